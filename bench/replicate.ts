// Multiplies the synthetic reviews of a store in Cypher, for measuring the analytics index's build
// at scales the importer takes long to reach: copy k of each synthetic review gets the id
// `<id>~k`, the same partnerships, agencies, sectors and theme links (with their evidence), and
// copies of its findings and of its recommendations (addressees, owner, themes, status history).
// Only for a throwaway store; the data version is not advanced.
//   NEO4J_URI=bolt://127.0.0.1:7687 node -r ts-node/register/transpile-only bench/replicate.ts --from 1 --to 9
import neo4j from 'neo4j-driver';
import { intOption, parseCommandLine, runTool } from '../src/shared/cli';

const USAGE =
  'usage: NEO4J_URI=bolt://… node -r ts-node/register/transpile-only bench/replicate.ts --from K --to K';

const COPY = `MATCH (r:Review) WHERE r.synthetic = true AND NOT r.id CONTAINS '~'
  CALL (r) {
    CREATE (c:Review) SET c = r {.*, id: r.id + '~' + $k}
    WITH r, c
    CALL (r, c) { MATCH (p:Partnership)-[:PUBLISHED]->(r) CREATE (p)-[:PUBLISHED]->(c) }
    CALL (r, c) { MATCH (r)-[:INVOLVED]->(a:Agency) CREATE (c)-[:INVOLVED]->(a) }
    CALL (r, c) { MATCH (r)-[:INVOLVED_SECTOR]->(si) CREATE (c)-[:INVOLVED_SECTOR]->(si) }
    CALL (r, c) { MATCH (r)-[x:RAISES]->(t:Theme) CREATE (c)-[y:RAISES]->(t) SET y = properties(x) }
    CALL (r, c) { MATCH (r)-[:HAS_FINDING]->(f:Finding)
      CREATE (g:Finding) SET g = f {.*, id: f.id + '~' + $k}
      CREATE (c)-[:HAS_FINDING]->(g)
      WITH f, g MATCH (f)-[:ABOUT]->(t:Theme) CREATE (g)-[:ABOUT]->(t) }
    CALL (r, c) { MATCH (r)-[:MAKES]->(x:Recommendation)
      CREATE (y:Recommendation) SET y = x {.*, id: x.id + '~' + $k}
      CREATE (c)-[:MAKES]->(y)
      WITH x, y
      CALL (x, y) { MATCH (x)-[:ADDRESSED_TO]->(a:Agency) CREATE (y)-[:ADDRESSED_TO]->(a) }
      CALL (x, y) { MATCH (x)-[:OWNED_BY]->(o) CREATE (y)-[:OWNED_BY]->(o) }
      CALL (x, y) { MATCH (x)-[:ADDRESSES]->(t:Theme) CREATE (y)-[:ADDRESSES]->(t) }
      CALL (x, y) { MATCH (x)-[:HAS_STATUS_CHANGE]->(s:StatusChange)
        CREATE (z:StatusChange) SET z = s {.*, id: s.id + '~' + $k}
        CREATE (y)-[:HAS_STATUS_CHANGE]->(z) } }
  } IN TRANSACTIONS OF 1000 ROWS`;

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
    for (let k = from; k <= to; k++) {
      const started = Date.now();
      await session.run(COPY, { k: String(k) });
      process.stdout.write(`copy ${k}: ${Date.now() - started} ms\n`);
    }
  } finally {
    await session.close();
    await driver.close();
  }
});
