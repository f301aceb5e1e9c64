// Cypher of a review's involvements: organisations (INVOLVED) and sectors named without one.
import type { Db } from '../../db/database';
import { Label, Rel } from '../../db/schema';
import type { KeyedItems } from '../../shared/loader-utils';
import type { InvolvementRecord } from './reviews.model';

const { Review, Agency, SectorInvolvement } = Label;

/**
 * Every involvement of each review: organisations (INVOLVED) and sectors named without an
 * organisation (SectorInvolvement nodes); by sector, then name.
 */
export function findInvolvementsByReviewIds(
  db: Db,
  ids: string[],
): Promise<KeyedItems<InvolvementRecord>[]> {
  return db.read(
    'involvement.byReviewIds',
    `UNWIND $ids AS key MATCH (r:${Review} {id: key})
     WITH key, COLLECT {
       MATCH (r)-[i:${Rel.INVOLVED}]->(a:${Agency})
       RETURN {agencyId: a.id, sector: a.sector, name: a.name, sourceId: i.sourceId} AS x
       UNION
       MATCH (r)-[:${Rel.INVOLVED_SECTOR}]->(s:${SectorInvolvement})
       RETURN {agencyId: null, sector: s.sector, name: s.name, sourceId: s.sourceId} AS x
     } AS xs
     RETURN key, COLLECT { UNWIND xs AS x WITH x ORDER BY x.sector, toLower(x.name) RETURN x } AS items`,
    { ids },
  );
}
