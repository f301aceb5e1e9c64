// All Cypher of the findings domain beyond its lists (those are relations in lists.ts): findings by id.
import type { Db } from '../../db/database';
import { Label, Rel } from '../../db/schema';
import type { KeyedItem } from '../../shared/loader-utils';
import { findingExtra } from '../lists';
import { ALL, projectCypher } from '../relations';
import type { FindingRecord } from './findings.model';

const { Review, Finding } = Label;

/** Findings by id, each with the same entries as in a review's or a theme's list. */
export function findFindingsByIds(db: Db, ids: string[]): Promise<KeyedItem<FindingRecord>[]> {
  return db.read(
    'finding.byIds',
    `UNWIND $ids AS key MATCH (r:${Review})-[:${Rel.HAS_FINDING}]->(f:${Finding} {id: key})
     RETURN key, ${projectCypher('f', ALL, {}, findingExtra('r'))} AS item`,
    { ids },
  );
}
