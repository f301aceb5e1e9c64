// Answers each analytics question from the in-memory index when this process has a current one,
// else from Cypher (the reference, and the only path with ANALYTICS_INDEX=off). Same records both ways.
import type { Context } from '../../context';
import type { RecommendationFilter, ReviewFilter, ThemeEvidence } from '../../generated/graphql';
import type { CypherFilter } from '../../shared/pagination';
import { evidenceScope, withEvidence } from '../../shared/theme-evidence';
import type { Projection } from '../relations';
import { anyLists, findReviewsByIdsProjected, reviewFilterCypher } from '../reviews';
import type { AgencyRecord } from '../agencies';
import type { PartnershipRecord } from '../reviews';
import type { ThemeRecord } from '../themes';
import type { AnalyticsIndex } from './analytics-index';
import { indexCanEvaluate, reviewMask, type ReviewMask } from './analytics-index.filter';
import {
  followUpGroups,
  type FollowUpRules,
  type IndexFollowUpGroup,
} from './analytics-index.follow-up';
import * as fromIndex from './analytics-index.queries';
import * as cypher from './analytics.repository';
import type {
  SimilarReviewRecord,
  ThemePairRecord,
  ThemeRecurrenceRecord,
  ThemeTrendPointRecord,
} from './analytics.model';

/** A record the index named but the database no longer has (deleted since the last check). */
export const present =
  (id: string) =>
  <T>(x: T | null): T => {
    if (x === null) throw new Error(`${id} was deleted while the answer was computed; ask again`);
    return x;
  };

/**
 * The index to answer from in this request, or null for Cypher: none kept (ANALYTICS_INDEX=off),
 * none current (rebuilding), or a filter with a condition the index cannot evaluate.
 */
export async function currentIndex(
  ctx: Context,
  filter?: CypherFilter,
): Promise<AnalyticsIndex | null> {
  if (!ctx.analytics || (filter && !indexCanEvaluate(filter))) return null;
  return ctx.analytics.current();
}

/**
 * Lets the request's `themeById` loader answer `ids` from the index's records (read in the index's
 * own transaction, so they are the records the loader would return at the index's version), as
 * if primed with them: an answer from the index then needs no Neo4j round trip for its themes.
 * Lazy: nothing is done per theme until a resolver loads one, so an answer whose records carry
 * their themes (most) pays nothing for it. Returns the index's lookup of theme records.
 */
export function primeThemes(
  ctx: Context,
  ix: AnalyticsIndex,
  ids: readonly string[],
): (id: string) => Readonly<ThemeRecord> | undefined {
  const record = (id: string) => ix.themeRecord(id);
  let named: Set<string> | undefined;
  ctx.loaders.themeById.answerFrom((id) =>
    (named ??= new Set(ids)).has(id) ? (record(id) as ThemeRecord | undefined) : undefined,
  );
  return record;
}

/**
 * Primes the request's `partnershipById` loader with the index's records of `ids` (null and
 * unknown ids skipped), as `primeThemes` does for themes: a partnership named in an answer from
 * the index then needs no Neo4j round trip.
 */
export function primePartnerships(
  ctx: Context,
  ix: AnalyticsIndex,
  ids: Iterable<string | null>,
): void {
  for (const id of ids) {
    const code = id === null ? undefined : ix.partnershipCodes.get(id);
    const record = code === undefined ? undefined : ix.partnershipRecords[code];
    if (record) ctx.loaders.partnershipById.prime(record.id, record as PartnershipRecord);
  }
}

/** `theme`, the index's record of a theme id it handed out itself (always known: a build fault otherwise). */
function known(theme: Readonly<ThemeRecord> | undefined, id: string): Readonly<ThemeRecord> {
  if (!theme) throw new Error(`analytics index: no record for theme ${id}, which it listed`);
  return theme;
}

/** The records of `ids` when every one is known, else undefined (the resolver loads them). */
function records(
  ids: readonly string[],
  theme: (id: string) => Readonly<ThemeRecord> | undefined,
): Readonly<ThemeRecord>[] | undefined {
  const out: Readonly<ThemeRecord>[] = [];
  for (const id of ids) {
    const t = theme(id);
    if (!t) return undefined;
    out.push(t);
  }
  return out;
}

/** The index, the review mask of `filter` and the evidence mask, or null to answer from Cypher. */
async function fromCurrent(
  ctx: Context,
  f: CypherFilter,
  evidence: readonly ThemeEvidence[] | null,
): Promise<{ ix: AnalyticsIndex; mask: ReviewMask; ev: number } | null> {
  const ix = await currentIndex(ctx, f);
  return ix && { ix, mask: reviewMask(ix, f), ev: ix.evidenceMask(evidence) };
}

/**
 * Themes linked to at least `minReviews` matching reviews by links of the `evidence` kinds
 * (null: all); `minReviews` is validated by the caller.
 */
export async function recurringThemes(
  ctx: Context,
  minReviews: number,
  filter: ReviewFilter | null,
  evidence: readonly ThemeEvidence[] | null | undefined,
): Promise<ThemeRecurrenceRecord[]> {
  const scope = evidenceScope(evidence);
  const rf = reviewFilterCypher(filter);
  // The compiled filter with the evidence condition: what the reviews load by when Cypher answered.
  const f = withEvidence(rf, 'l', scope);
  const at = await fromCurrent(ctx, rf, scope);
  if (at) {
    const rows = fromIndex.recurringThemes(at.ix, minReviews, at.mask, at.ev);
    const theme = primeThemes(
      ctx,
      at.ix,
      rows.map((r) => r.themeId),
    );
    // Fields written out, not spread: a spread of each row cost more than counting the reviews.
    return rows.map((r) => ({
      themeId: r.themeId,
      theme: known(theme(r.themeId), r.themeId),
      reviewCount: r.reviewCount,
      firstPublished: r.firstPublished,
      lastPublished: r.lastPublished,
      filter: f,
      reviewIds: r.reviewIds,
    }));
  }
  const rows = await cypher.findRecurringThemes(ctx.db, minReviews, f);
  return rows.map(({ theme, ...row }) => {
    ctx.loaders.themeById.prime(theme.id, theme);
    return { ...row, themeId: theme.id, theme, filter: f, reviewIds: null };
  });
}

/**
 * Pairs of themes linked together to at least `minReviews` matching reviews; only pairs with
 * `themeId` when given, only pairs of two themes of `themeIds` when given (validated by the caller).
 */
export async function themeCooccurrence(
  ctx: Context,
  minReviews: number,
  themeId: string | null,
  themeIds: readonly string[] | null,
  filter: ReviewFilter | null | undefined,
  evidence: readonly ThemeEvidence[] | null | undefined,
): Promise<ThemePairRecord[]> {
  const scope = evidenceScope(evidence);
  const at = await fromCurrent(ctx, reviewFilterCypher(filter), scope);
  if (at) {
    const pairs = fromIndex.themeCooccurrence(
      at.ix,
      { minReviews, themeId, themeIds },
      at.mask,
      at.ev,
    );
    const theme = primeThemes(
      ctx,
      at.ix,
      pairs.flatMap((p) => p.themeIds),
    );
    return pairs.map((p) => ({ ...p, themes: records(p.themeIds, theme) }));
  }
  const rows = await cypher.findThemeCooccurrence(
    ctx.db,
    { minReviews, themeId, themeIds },
    filter,
    scope,
  );
  return rows.map(({ themes, ...row }) => {
    for (const t of themes) ctx.loaders.themeById.prime(t.id, t);
    return { ...row, themeIds: themes.map((t) => t.id) };
  });
}

/** Per theme and year, the matching reviews linked to it. */
export async function themeTrend(
  ctx: Context,
  themeIds: readonly string[] | null,
  filter: ReviewFilter | null | undefined,
  evidence: readonly ThemeEvidence[] | null | undefined,
): Promise<ThemeTrendPointRecord[]> {
  const scope = evidenceScope(evidence);
  const wanted = themeIds?.length ? themeIds : null;
  const at = await fromCurrent(ctx, reviewFilterCypher(filter), scope);
  if (at) {
    const points = fromIndex.themeTrend(at.ix, wanted, at.mask, at.ev);
    const theme = primeThemes(
      ctx,
      at.ix,
      points.map((p) => p.themeId),
    );
    return points.map((p) => ({
      themeId: p.themeId,
      theme: theme(p.themeId),
      year: p.year,
      reviewCount: p.reviewCount,
      reviewIds: p.reviewIds,
    }));
  }
  const rows = await cypher.findThemeTrend(ctx.db, wanted, filter, scope);
  return rows.map(({ theme, ...row }) => {
    ctx.loaders.themeById.prime(theme.id, theme);
    return { ...row, themeId: theme.id };
  });
}

/**
 * Gives each similar review its record projected by `p` (its selected fields and the lists
 * selected on it), all in one query, when `p` selects lists: otherwise each list would be one
 * loader query more. Without lists the rows go as they are and `SimilarReview.review` goes
 * through the `reviewById` loader (one query for all, none when Cypher primed it). A review
 * deleted since it was ranked gets no record here and is reported by that resolver.
 */
export async function withReviews(
  ctx: Context,
  rows: SimilarReviewRecord[],
  p: Projection,
): Promise<SimilarReviewRecord[]> {
  if (rows.length === 0 || !anyLists(p)) return rows;
  const found = await findReviewsByIdsProjected(
    ctx.db,
    rows.map((r) => r.reviewId),
    p,
  );
  const byId = new Map(found.map((f) => [f.key, f.item]));
  return rows.map((r) => {
    const review = byId.get(r.reviewId);
    return review ? { ...r, review } : r;
  });
}

/** The `first` reviews most similar to `reviewId` by theme overlap. */
export async function similarReviews(
  ctx: Context,
  reviewId: string,
  first: number,
  filter: ReviewFilter | null | undefined,
  evidence: readonly ThemeEvidence[] | null | undefined,
): Promise<SimilarReviewRecord[]> {
  const scope = evidenceScope(evidence);
  const at = await fromCurrent(ctx, reviewFilterCypher(filter, 'o'), scope);
  if (at) {
    const similar = fromIndex.similarReviews(at.ix, reviewId, first, at.mask, at.ev);
    const theme = primeThemes(
      ctx,
      at.ix,
      similar.flatMap((s) => s.sharedThemeIds),
    );
    return similar.map((s) => ({ ...s, sharedThemes: records(s.sharedThemeIds, theme) }));
  }
  const rows = await cypher.findSimilarReviews(ctx.db, reviewId, first, filter, scope);
  return rows.map(({ review, sharedThemes, score }) => {
    ctx.loaders.reviewById.prime(review.id, review);
    for (const t of sharedThemes) ctx.loaders.themeById.prime(t.id, t);
    return { reviewId: review.id, sharedThemeIds: sharedThemes.map((t) => t.id), score };
  });
}

/**
 * The `RecommendationFilter` fields the index evaluates. A filter with any other (a field added
 * since) is answered from Cypher, so a new condition is never silently ignored.
 */
const FOLLOW_UP_FIELDS = new Set<string>([
  'statuses',
  'agencyIds',
  'ownerAgencyIds',
  'ownerPartnershipIds',
  'overdue',
  'themeIds',
  'review',
] satisfies (keyof RecommendationFilter)[]);

/** A follow-up row from the index: the owner's record tagged with its GraphQL type, and the counts. */
export type IndexFollowUpRow = Omit<IndexFollowUpGroup, 'owner'> & {
  owner:
    | (Readonly<AgencyRecord> & { __typename: 'Agency' })
    | (Readonly<PartnershipRecord> & { __typename: 'Partnership' })
    | null;
};

/**
 * Recommendation follow-up from the index, as of `asOf` (validated by the caller), or null when
 * Cypher must answer (no current index, or a filter condition the index cannot evaluate). The
 * review filter is compiled (and so validated) first, exactly as the Cypher path compiles it.
 * Owners come from the index's records, and prime the request's loaders; with `first`, only the
 * first `first` rows are returned.
 */
export async function recommendationFollowUp(
  ctx: Context,
  filter: RecommendationFilter | null | undefined,
  asOf: string,
  rules: FollowUpRules,
  first: number | null = null,
): Promise<IndexFollowUpRow[] | null> {
  const rf = reviewFilterCypher(filter?.review, 'r', 'filter.review');
  if (filter && Object.keys(filter).some((k) => !FOLLOW_UP_FIELDS.has(k))) return null;
  const ix = await currentIndex(ctx, rf);
  if (!ix) return null;
  const keys = {
    nameKey: (o: number) =>
      o % 2 === 0
        ? (ix.agencyNameKeys[o / 2] ?? null)
        : ix.partnershipRecords[(o - 1) / 2]?.name == null
          ? null
          : (ix.partnershipNameKeys[(o - 1) / 2] ?? null),
    id: (o: number) =>
      (o % 2 === 0 ? ix.agencyRecords[o / 2] : ix.partnershipRecords[(o - 1) / 2])?.id as string,
  };
  const groups = followUpGroups(ix, reviewMask(ix, rf), filter ?? {}, asOf, rules, keys);
  // Only the rows asked for get owner records and prime the loaders (a chart of 25 of 3,000).
  const kept = first === null ? groups : groups.slice(0, first);
  return kept.map(({ owner, ...counts }) => {
    if (owner < 0) return { owner: null, ...counts };
    if (owner % 2 === 0) {
      const record = ix.agencyRecords[owner / 2] as Readonly<AgencyRecord>;
      ctx.loaders.agencyById.prime(record.id, record as AgencyRecord);
      return { owner: { ...record, __typename: 'Agency' as const }, ...counts };
    }
    const record = ix.partnershipRecords[(owner - 1) / 2] as Readonly<PartnershipRecord>;
    primePartnerships(ctx, ix, [record.id]);
    return { owner: { ...record, __typename: 'Partnership' as const }, ...counts };
  });
}
