// Grows a throwaway store by copying its synthetic reviews in Cypher (bench/replicate.ts, and
// `npm run bench -- --index-only` beyond 10,000 reviews): copy k of each synthetic review gets the
// id `<id>~k`, the same partnerships, agencies, sectors and theme links (with their evidence), and
// copies of its findings and of its recommendations (addressees, owner, themes, status history).
// The data version is not advanced.
import type { Session } from 'neo4j-driver';

/** One copy `$k` of every original synthetic review (ids without `~`), 1,000 reviews per transaction. */
export const COPY = `MATCH (r:Review) WHERE r.synthetic = true AND NOT r.id CONTAINS '~'
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

/** Makes copies `from`..`to` (see `COPY`); reports each copy's time. */
export async function copySyntheticReviews(
  session: Session,
  from: number,
  to: number,
  log: (line: string) => void,
): Promise<void> {
  for (let k = from; k <= to; k++) {
    const started = Date.now();
    await session.run(COPY, { k: String(k) });
    log(`copy ${k}: ${Date.now() - started} ms`);
  }
}
