// All Cypher of the agencies domain: agencies by id, by filter, and by related node.
import type { Db } from '../../db/database';
import { Label, Rel } from '../../db/schema';
import type { AgencyFilter } from '../../generated/graphql';
import type { KeyedItem, KeyedItems } from '../../shared/loader-utils';
import type { Connection, PageWindow } from '../../shared/pagination';
import type { AgencyRecord } from './agencies.model';

const { Agency, Review, Recommendation, Partnership } = Label;
const BY_NAME = 'toLower(a.name), a.id';

/** Agencies by id. */
export function findAgenciesByIds(db: Db, ids: string[]): Promise<KeyedItem<AgencyRecord>[]> {
  return db.read(
    'agency.byIds',
    `UNWIND $ids AS key MATCH (a:${Agency} {id: key}) RETURN key, a {.*} AS item`,
    { ids },
  );
}

/** One page of the agencies matching `filter`, by name, with the total count, in one query. */
export async function findAgencyPage(
  db: Db,
  filter: AgencyFilter | null | undefined,
  { skip, limit }: PageWindow,
): Promise<Connection<AgencyRecord>> {
  const conditions: string[] = [];
  const params: Record<string, unknown> = { skip, limit };
  if (filter?.sectors?.length) {
    params.sectors = [...filter.sectors];
    conditions.push('a.sector IN $sectors');
  }
  if (filter?.nameContains) {
    params.text = filter.nameContains.toLowerCase();
    conditions.push('toLower(a.name) CONTAINS $text');
  }
  if (filter?.synthetic != null) {
    params.synthetic = filter.synthetic;
    conditions.push('coalesce(a.synthetic, false) = $synthetic');
  }
  const [row] = await db.read<{ totalCount: number; items: AgencyRecord[] }>(
    'agency.page',
    `MATCH (a:${Agency}) WHERE ${conditions.length ? conditions.join(' AND ') : 'true'}
     WITH a ORDER BY ${BY_NAME}
     WITH collect(a) AS xs
     RETURN size(xs) AS totalCount, [x IN xs[$skip..($skip + $limit)] | x {.*}] AS items`,
    params,
  );
  return { items: row?.items ?? [], totalCount: row?.totalCount ?? 0, offset: skip };
}

/** Agencies involved in each review, by name. */
export function findAgenciesByReviewIds(
  db: Db,
  ids: string[],
): Promise<KeyedItems<AgencyRecord>[]> {
  return db.read(
    'agency.byReviewIds',
    `UNWIND $ids AS key MATCH (:${Review} {id: key})-[:${Rel.INVOLVED}]->(a:${Agency})
     WITH key, a ORDER BY ${BY_NAME} RETURN key, collect(a {.*}) AS items`,
    { ids },
  );
}

/** Agencies each recommendation is addressed to, by name. */
export function findAgenciesByRecommendationIds(
  db: Db,
  ids: string[],
): Promise<KeyedItems<AgencyRecord>[]> {
  return db.read(
    'agency.byRecommendationIds',
    `UNWIND $ids AS key MATCH (:${Recommendation} {id: key})-[:${Rel.ADDRESSED_TO}]->(a:${Agency})
     WITH key, a ORDER BY ${BY_NAME} RETURN key, collect(a {.*}) AS items`,
    { ids },
  );
}

/** Statutory safeguarding partners of each partnership, by name. */
export function findStatutoryPartnersByPartnershipIds(
  db: Db,
  ids: string[],
): Promise<KeyedItems<AgencyRecord>[]> {
  return db.read(
    'agency.statutoryPartnersByPartnershipIds',
    `UNWIND $ids AS key MATCH (:${Partnership} {id: key})-[:${Rel.HAS_STATUTORY_PARTNER}]->(a:${Agency})
     WITH key, a ORDER BY ${BY_NAME} RETURN key, collect(a {.*}) AS items`,
    { ids },
  );
}
