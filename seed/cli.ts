// `npm run seed`: loads the seed (taxonomies and every partnership) into the configured (or bundled local) Neo4j.
import { withDatabase } from '../src/db/connect';
import { parseCommandLine, runTool } from '../src/shared/cli';
import { loadSeed } from './load';

runTool('usage: npm run seed (no options)', async () => {
  parseCommandLine(process.argv.slice(2), { options: {} });
  await withDatabase(async (db) => {
    const summary = await loadSeed(db);
    process.stdout.write(`${JSON.stringify(summary)}\n`);
  });
});
