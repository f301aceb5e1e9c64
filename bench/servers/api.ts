// Child process: our API (createServer with dbStats) on a free port, reporting its peak RSS and
// what its analytics index cost: build time at start, and the heap one index holds (measured).
import { createDriver } from '../../src/db/connect';
import { Db } from '../../src/db/database';
import { readDataVersion } from '../../src/db/data-version';
import { buildAnalyticsIndex } from '../../src/modules/analytics';
import { createServer, type RunningServer } from '../../src/server';
import { DEFAULT_HEAP_GROWING_PERCENT } from '../../src/config';
import { tuneHeap } from '../../src/shared/heap';
import { serveParent } from '../child';
import { retainedBytes, sampleRss } from './rss';

// The heap setting `npm start` applies by default (API_HEAP_GROWING_PERCENT).
tuneHeap(DEFAULT_HEAP_GROWING_PERCENT);
const rss = sampleRss();
const driver = createDriver(process.env.BENCH_NEO4J_URI ?? '', 'neo4j', 'neo4j');
const db = new Db(driver, 'neo4j');
let server: RunningServer | undefined;

/**
 * Builds a second index beside the server's and measures what it retains (heap and typed arrays
 * after full collections, before and after), then drops it; and how long that build took.
 */
async function measureIndex(): Promise<Record<string, unknown>> {
  const before = retainedBytes();
  const started = performance.now();
  let ix: Awaited<ReturnType<typeof buildAnalyticsIndex>> | null = await buildAnalyticsIndex(db);
  const buildMs = performance.now() - started;
  // The keeper's next step, a version check: until the driver runs another query it holds much
  // of the build's decoded rows (about 100 MB at 100,000 reviews).
  await readDataVersion(db);
  const after = retainedBytes();
  const stats = ix.stats();
  ix = null;
  return {
    buildMs: Math.round(buildMs),
    retainedMb: Math.round(((after - before) / 1048576) * 10) / 10,
    estimatedMb: Math.round((stats.bytes / 1048576) * 10) / 10,
    reviews: stats.reviews,
    themes: stats.themes,
    links: stats.links,
    gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function',
  };
}

serveParent(
  async () => {
    const started = performance.now();
    server = await createServer({ db, port: 0, dbStats: true, explorer: false });
    const startMs = Math.round(performance.now() - started);
    return {
      type: 'ready',
      url: server.url,
      startMs,
      startBuildMs: server.analytics?.stats().lastBuildMs ?? null,
    };
  },
  async (msg) => {
    if (msg.type === 'measureIndex') return { type: 'index', ...(await measureIndex()) };
    if (msg.type === 'resetPeak') rss.reset();
    return {
      type: 'stats',
      rss: process.memoryUsage.rss(),
      peakRss: rss.peak(),
      overallPeakRss: rss.overall(),
    };
  },
  async () => {
    await server?.stop();
    await driver.close();
  },
);
