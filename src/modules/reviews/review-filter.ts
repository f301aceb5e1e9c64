// Translates a ReviewFilter into Cypher conditions on a review variable, shared by every domain.
import { Label, Rel } from '../../db/schema';
import { badUserInput } from '../../shared/errors';
import { dateBound } from '../../shared/validation';

/** The ReviewFilter input as resolvers receive it. */
export interface ReviewFilterInput {
  publishedFrom?: string | null;
  publishedTo?: string | null;
  kinds?: readonly string[] | null;
  partnershipIds?: readonly string[] | null;
  themeIds?: readonly string[] | null;
  agencyIds?: readonly string[] | null;
  synthetic?: boolean | null;
}

/** Cypher conditions (to be AND-ed) and their parameters, all named `rf_*`. */
export interface CypherFilter {
  conditions: string[];
  params: Record<string, unknown>;
}

const some = (xs: readonly string[] | null | undefined): xs is readonly string[] =>
  Array.isArray(xs) && xs.length > 0;

/**
 * Validates `filter` (dates; BAD_USER_INPUT when malformed or reversed) and returns conditions on
 * review variable `v`. Subquery variables are prefixed `rf_` so they never capture outer ones.
 */
export function reviewFilterCypher(
  filter: ReviewFilterInput | null | undefined,
  v = 'r',
  argName = 'filter',
): CypherFilter {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (!filter) return { conditions, params };
  if (filter.publishedFrom != null) {
    params.rf_from = dateBound(`${argName}.publishedFrom`, filter.publishedFrom, 'from');
    conditions.push(`${v}.publishedSort >= $rf_from`);
  }
  if (filter.publishedTo != null) {
    params.rf_to = dateBound(`${argName}.publishedTo`, filter.publishedTo, 'to');
    conditions.push(`${v}.publishedSort <= $rf_to`);
  }
  if (
    typeof params.rf_from === 'string' &&
    typeof params.rf_to === 'string' &&
    params.rf_from > params.rf_to
  ) {
    throw badUserInput(
      `${argName}: expected publishedFrom on or before publishedTo, got "${filter.publishedFrom}" after "${filter.publishedTo}"`,
    );
  }
  if (some(filter.kinds)) {
    params.rf_kinds = [...filter.kinds];
    conditions.push(`${v}.kind IN $rf_kinds`);
  }
  if (some(filter.partnershipIds)) {
    params.rf_partnershipIds = [...filter.partnershipIds];
    conditions.push(
      `EXISTS { MATCH (rf_p:${Label.Partnership})-[:${Rel.PUBLISHED}]->(${v}) WHERE rf_p.id IN $rf_partnershipIds }`,
    );
  }
  if (some(filter.themeIds)) {
    params.rf_themeIds = [...filter.themeIds];
    conditions.push(
      `EXISTS { MATCH (${v})-[:${Rel.RAISES}]->(rf_t:${Label.Theme}) WHERE rf_t.id IN $rf_themeIds }`,
    );
  }
  if (some(filter.agencyIds)) {
    params.rf_agencyIds = [...filter.agencyIds];
    conditions.push(
      `EXISTS { MATCH (${v})-[:${Rel.INVOLVED}]->(rf_a:${Label.Agency}) WHERE rf_a.id IN $rf_agencyIds }`,
    );
  }
  if (filter.synthetic != null) {
    params.rf_synthetic = filter.synthetic;
    conditions.push(`coalesce(${v}.synthetic, false) = $rf_synthetic`);
  }
  return { conditions, params };
}

/** Joins conditions into a WHERE clause body (`true` when there are none). */
export function whereAll(conditions: string[]): string {
  return conditions.length ? conditions.join(' AND ') : 'true';
}

/** ORDER BY expressions for a review variable `v`; every order ends with title and id. */
export function reviewOrderBy(order: string | null | undefined, v = 'r'): string {
  const tail = `toLower(${v}.title), ${v}.id`;
  switch (order ?? 'PUBLISHED_DESC') {
    case 'PUBLISHED_ASC':
      return `${v}.publishedSort IS NULL, ${v}.publishedSort, ${tail}`;
    case 'TITLE_ASC':
      return tail;
    default:
      return `${v}.publishedSort IS NULL, ${v}.publishedSort DESC, ${tail}`;
  }
}
