// Child process: our API (createServer with dbStats) on a free port, reporting its peak RSS.
import { createDriver } from '../../src/db/connect';
import { Db } from '../../src/db/database';
import { createServer, type RunningServer } from '../../src/server';
import { serveParent } from '../child';
import { sampleRss } from './rss';

const rss = sampleRss();
const driver = createDriver(process.env.BENCH_NEO4J_URI ?? '', 'neo4j', 'neo4j');
let server: RunningServer | undefined;

serveParent(
  async () => {
    server = await createServer({
      db: new Db(driver, 'neo4j'),
      port: 0,
      dbStats: true,
      explorer: false,
    });
    return { type: 'ready', url: server.url };
  },
  async (msg) => {
    if (msg.type === 'resetPeak') rss.reset();
    return { type: 'stats', peakRss: rss.peak(), overallPeakRss: rss.overall() };
  },
  async () => {
    await server?.stop();
    await driver.close();
  },
);
