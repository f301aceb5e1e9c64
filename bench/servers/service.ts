// Child process for the fault run: the service as `npm start` runs it on the bundled Neo4j (started
// and supervised by `connect`, restarted when it dies), reporting its RSS and the JVM's pid.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_HEAP_GROWING_PERCENT, loadConfig } from '../../src/config';
import { connect, type Connection } from '../../src/db/connect';
import { ensureSchema } from '../../src/db/schema';
import { createServer, type RunningServer } from '../../src/server';
import { tuneHeap } from '../../src/shared/heap';
import { serveParent } from '../child';
import { sampleRss } from './rss';

// The heap setting `npm start` applies by default (API_HEAP_GROWING_PERCENT).
tuneHeap(DEFAULT_HEAP_GROWING_PERCENT);
const rss = sampleRss();
const home = mkdtempSync(join(tmpdir(), 'slg-faults-'));
let conn: Connection | undefined;
let server: RunningServer | undefined;
const log = (line: string) => {
  if (process.env.BENCH_VERBOSE) process.stderr.write(`${line}\n`);
};

serveParent(
  async () => {
    // The bench's Neo4j sizing (heap 1 GB, page cache 512 MB), supervised as in production.
    conn = await connect(
      {
        kind: 'local',
        home,
        port: 0,
        heapMb: 1024,
        pageCacheMb: 512,
        startTimeoutMs: 600_000,
        database: 'neo4j',
      },
      log,
    );
    await ensureSchema(conn.db);
    return { type: 'ready', uri: conn.local?.uri ?? '', pid: conn.local?.pid ?? -1 };
  },
  async (msg) => {
    if (msg.type === 'serve') {
      if (!conn) throw new Error('serve before the database started');
      // Started once the data is loaded, so the analytics index is built from it before listening;
      // the request deadline and cost limit as configured (defaults: 10 s, the documented limit).
      const config = loadConfig();
      server = await createServer({
        db: conn.db,
        port: 0,
        dbStats: true,
        explorer: false,
        timeoutMs: config.timeoutMs,
        maxCost: config.maxCost,
      });
      return { type: 'serving', url: server.url };
    }
    if (msg.type === 'resetPeak') rss.reset();
    return {
      type: 'stats',
      rss: process.memoryUsage.rss(),
      peakRss: rss.peak(),
      neo4jPid: conn?.local?.pid ?? -1,
      restarts: conn?.local?.restarts ?? 0,
    };
  },
  async () => {
    await server?.stop();
    await conn?.close();
    rmSync(home, { recursive: true, force: true });
  },
);
