// Compiles a ReviewFilter into Cypher conditions on a review variable; the review orders.
import { Label, Rel } from '../../db/schema';
import type { ReviewFilter, ReviewOrder } from '../../generated/graphql';
import { badUserInput } from '../../shared/errors';
import type { CypherFilter } from '../../shared/pagination';
import { dateBound } from '../../shared/validation';

const some = (xs: readonly string[] | null | undefined): xs is readonly string[] =>
  Array.isArray(xs) && xs.length > 0;

/**
 * Validates `filter` (dates; BAD_USER_INPUT when malformed or reversed) and compiles it to
 * conditions on review variable `v`, with parameters named `rf_*`. Subquery variables are prefixed `rf_` so they never capture outer ones.
 */
export function reviewFilterCypher(
  filter: ReviewFilter | null | undefined,
  v = 'r',
  argName = 'filter',
): CypherFilter {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (!filter) return { conditions, params };
  const from =
    filter.publishedFrom == null
      ? null
      : dateBound(`${argName}.publishedFrom`, filter.publishedFrom, 'from');
  const to =
    filter.publishedTo == null
      ? null
      : dateBound(`${argName}.publishedTo`, filter.publishedTo, 'to');
  if (from !== null && to !== null && from > to) {
    throw badUserInput(
      `${argName}: expected publishedFrom on or before publishedTo, got "${filter.publishedFrom}" after "${filter.publishedTo}"`,
    );
  }
  conditions.push(...dateConditions(v, from, to, params));
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

/**
 * Conditions for inclusive date bounds (`YYYY-MM-DD`). A bound on a year's first or last day is
 * the same as one on `publishedYear` (set exactly when `publishedSort` is, from its year), which
 * the planner can seek by equality for a single year; other bounds compare `publishedSort`.
 */
function dateConditions(
  v: string,
  from: string | null,
  to: string | null,
  params: Record<string, unknown>,
): string[] {
  const fromYear = from?.endsWith('-01-01') ? Number(from.slice(0, 4)) : null;
  const toYear = to?.endsWith('-12-31') ? Number(to.slice(0, 4)) : null;
  if (fromYear !== null && fromYear === toYear) {
    params.rf_year = fromYear;
    return [`${v}.publishedYear = toInteger($rf_year)`];
  }
  const out: string[] = [];
  if (fromYear !== null) {
    params.rf_fromYear = fromYear;
    out.push(`${v}.publishedYear >= toInteger($rf_fromYear)`);
  } else if (from !== null) {
    params.rf_from = from;
    out.push(`${v}.publishedSort >= $rf_from`);
  }
  if (toYear !== null) {
    params.rf_toYear = toYear;
    out.push(`${v}.publishedYear <= toInteger($rf_toYear)`);
  } else if (to !== null) {
    params.rf_to = to;
    out.push(`${v}.publishedSort <= $rf_to`);
  }
  return out;
}

/** ORDER BY expressions for a review variable `v`; every order ends with title and id. */
export function reviewOrderBy(order: ReviewOrder | null | undefined, v = 'r'): string {
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
