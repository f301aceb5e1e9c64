// All Cypher of the findings domain: findings by id, by review and by theme, and each finding's themes.
import type { Db } from '../../db/database';
import { Label, Rel } from '../../db/schema';
import type { KeyedItem, KeyedItems } from '../../shared/loader-utils';
import { reviewOrderBy } from '../reviews';
import type { ThemeRecord } from '../themes';
import type { FindingRecord } from './findings.model';

const { Review, Finding, Theme, Source } = Label;
/** A finding `f` of review `r` as a record; its source is the one it is SOURCED_FROM. */
const FINDING = `f {.*, reviewId: r.id,
  sourceId: COLLECT { MATCH (f)-[:${Rel.SOURCED_FROM}]->(s:${Source}) WITH s ORDER BY s.id RETURN s.id }[0]}`;

/** Findings by id. */
export function findFindingsByIds(db: Db, ids: string[]): Promise<KeyedItem<FindingRecord>[]> {
  return db.read(
    'finding.byIds',
    `UNWIND $ids AS key MATCH (r:${Review})-[:${Rel.HAS_FINDING}]->(f:${Finding} {id: key})
     RETURN key, ${FINDING} AS item`,
    { ids },
  );
}

/** Findings of each review, in the order the review's source gives them. */
export function findFindingsByReviewIds(
  db: Db,
  ids: string[],
): Promise<KeyedItems<FindingRecord>[]> {
  return db.read(
    'finding.byReviewIds',
    `UNWIND $ids AS key MATCH (r:${Review} {id: key})-[:${Rel.HAS_FINDING}]->(f:${Finding})
     WITH key, r, f ORDER BY f.position, f.id RETURN key, collect(${FINDING}) AS items`,
    { ids },
  );
}

/** The first `first` findings on each theme, newest review first, then in the review's order. */
export function findFindingsByThemeIds(
  db: Db,
  ids: string[],
  first: number,
): Promise<KeyedItems<FindingRecord>[]> {
  return db.read(
    'finding.byThemeIds',
    `UNWIND $ids AS key MATCH (t:${Theme} {id: key})
     RETURN key, COLLECT {
       MATCH (r:${Review})-[:${Rel.HAS_FINDING}]->(f:${Finding})-[:${Rel.ABOUT}]->(t)
       WITH r, f ORDER BY ${reviewOrderBy('PUBLISHED_DESC', 'r')}, f.position, f.id
       LIMIT toInteger($first)
       RETURN ${FINDING} } AS items`,
    { ids, first },
  );
}

/** Themes of each finding, by name. */
export function findThemesByFindingIds(db: Db, ids: string[]): Promise<KeyedItems<ThemeRecord>[]> {
  return db.read(
    'theme.byFindingIds',
    `UNWIND $ids AS key MATCH (:${Finding} {id: key})-[:${Rel.ABOUT}]->(t:${Theme})
     WITH key, t ORDER BY toLower(t.name), t.id RETURN key, collect(t {.*}) AS items`,
    { ids },
  );
}
