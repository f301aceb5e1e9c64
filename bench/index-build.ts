// Builds the analytics index from a running Neo4j, as the API does, and prints each build's time
// (and this process's CPU time during it) and the memory the index retains (heap and typed arrays after full collections, before and
// after, once the driver has run one more query as the API's next version check would). For a store loaded by other means than `npm run bench`:
//   NEO4J_URI=bolt://127.0.0.1:7687 node --expose-gc -r ts-node/register/transpile-only bench/index-build.ts [--runs 1]
import { createDriver } from '../src/db/connect';
import { readDataVersion } from '../src/db/data-version';
import { Db } from '../src/db/database';
import { intOption, parseCommandLine, runTool } from '../src/shared/cli';
import { buildAnalyticsIndex } from '../src/modules/analytics';
import { retainedBytes } from './servers/rss';

const USAGE =
  'usage: NEO4J_URI=bolt://… node --expose-gc -r ts-node/register/transpile-only bench/index-build.ts [--runs N]';

runTool(USAGE, async () => {
  const { values } = parseCommandLine(process.argv.slice(2), {
    options: { runs: { type: 'string' } },
  });
  const runs = intOption('runs', values.runs, 1);
  const driver = createDriver(
    process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
    process.env.NEO4J_USERNAME ?? 'neo4j',
    process.env.NEO4J_PASSWORD ?? '',
  );
  const db = new Db(driver, process.env.NEO4J_DATABASE ?? 'neo4j');
  try {
    for (let i = 1; i <= runs; i++) {
      const before = retainedBytes();
      const cpu = process.cpuUsage();
      const started = performance.now();
      let ix: Awaited<ReturnType<typeof buildAnalyticsIndex>> | null =
        await buildAnalyticsIndex(db);
      const ms = performance.now() - started;
      const used = process.cpuUsage(cpu);
      // The keeper's next step, a version check: until the driver runs another query it holds
      // much of the build's decoded rows (about 100 MB at 100,000 reviews; one query releases them).
      await readDataVersion(db);
      const after = retainedBytes();
      const s = ix.stats();
      ix = null;
      process.stdout.write(
        `build ${i}: ${s.reviews} reviews, ${s.themes} themes, ${s.links} theme links, ${s.recommendations} recommendations with ${s.statusChanges} status changes: ${Math.round(ms)} ms (this process ${((used.user + used.system) / 1e6).toFixed(1)} s of CPU), retains ${((after - before) / 1048576).toFixed(1)} MB (own count ${(s.bytes / 1048576).toFixed(1)} MB)\n`,
      );
    }
  } finally {
    await driver.close();
  }
});
