// Multiplies the synthetic reviews of a store in Cypher (see bench/grow.ts), for measuring the
// analytics index's build at scales the importer takes long to reach. Only for a throwaway store.
//   NEO4J_URI=bolt://127.0.0.1:7687 node -r ts-node/register/transpile-only bench/replicate.ts --from 1 --to 9
import neo4j from 'neo4j-driver';
import { intOption, parseCommandLine, runTool } from '../src/shared/cli';
import { copySyntheticReviews } from './grow';

const USAGE =
  'usage: NEO4J_URI=bolt://… node -r ts-node/register/transpile-only bench/replicate.ts --from K --to K';

runTool(USAGE, async () => {
  const { values } = parseCommandLine(process.argv.slice(2), {
    options: { from: { type: 'string' }, to: { type: 'string' } },
  });
  const from = intOption('from', values.from, 1);
  const to = intOption('to', values.to, from);
  const driver = neo4j.driver(
    process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
    neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
  );
  const session = driver.session();
  try {
    await copySyntheticReviews(session, from, to, (line) => process.stdout.write(`${line}\n`));
  } finally {
    await session.close();
    await driver.close();
  }
});
