// `npm run seed`: loads the Warwickshire seed into the configured (or bundled local) Neo4j.
import { withDatabase } from '../src/db/connect';
import { loadWarwickshireSeed } from './load';

withDatabase(async (db) => {
  const summary = await loadWarwickshireSeed(db);
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
