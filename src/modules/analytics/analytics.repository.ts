// All Cypher of the analytics domain: one aggregation query per question.
import type { Db } from '../../db/database';
import { Label, Rel } from '../../db/schema';
import type { ReviewFilter, ThemeEvidence } from '../../generated/graphql';
import { whereAll, type CypherFilter } from '../../shared/pagination';
import { reviewFilterCypher, reviewOrderBy } from '../reviews';
import { evidenceCypher } from '../../shared/theme-evidence';
import type { ReviewRecord } from '../reviews';
import type { ThemeRecord } from '../themes';

/** A theme, how many matching reviews raise it and when. */
export interface RecurrenceRow {
  theme: ThemeRecord;
  reviewCount: number;
  firstPublished: string | null;
  lastPublished: string | null;
}

/** Two themes (ordered by name) and the reviews raising both, newest first. */
export interface PairRow {
  themes: ThemeRecord[];
  reviewCount: number;
  reviewIds: string[];
}

/** Reviews of one year raising one theme, newest first. */
export interface TrendRow {
  theme: ThemeRecord;
  year: number;
  reviewCount: number;
  reviewIds: string[];
}

/** A similar review, the themes both raise (by name) and the Jaccard score. */
export interface SimilarRow {
  review: ReviewRecord;
  sharedThemes: ThemeRecord[];
  score: number;
}

const { Review, Theme } = Label;
const RAISES = Rel.RAISES;
const NEWEST_FIRST = reviewOrderBy('PUBLISHED_DESC', 'r');

/**
 * Themes linked to at least `minReviews` distinct matching reviews, most recurrent first, then
 * name: one aggregation pass (count, earliest and latest date), without the reviews themselves.
 * `f` holds conditions on review `r` and on link `l` (its evidence, see `withEvidence`).
 */
export async function findRecurringThemes(
  db: Db,
  minReviews: number,
  f: CypherFilter,
): Promise<RecurrenceRow[]> {
  return db.read(
    'analytics.recurringThemes',
    `MATCH (r:${Review})-[l:${RAISES}]->(t:${Theme}) WHERE ${whereAll(f.conditions)}
     WITH t, count(DISTINCT r) AS reviewCount,
          min(r.publishedSort + ' ' + r.publishedOn) AS firstKey,
          max(r.publishedSort + ' ' + r.publishedOn) AS lastKey
     WHERE reviewCount >= $minReviews
     RETURN t {.*} AS theme, reviewCount,
            split(firstKey, ' ')[1] AS firstPublished, split(lastKey, ' ')[1] AS lastPublished
     ORDER BY reviewCount DESC, toLower(t.name), t.id`,
    { ...f.params, minReviews },
  );
}

/** Which pairs `themeCooccurrence` asks for (see the schema's arguments). */
export interface PairScope {
  minReviews: number;
  /** Only pairs containing this theme. */
  themeId: string | null;
  /** Only pairs of two themes both in this list. */
  themeIds: readonly string[] | null;
}

/** Pairs of themes linked to at least `minReviews` matching reviews, most frequent first. */
export function findThemeCooccurrence(
  db: Db,
  { minReviews, themeId, themeIds }: PairScope,
  filter: ReviewFilter | null | undefined,
  evidence: readonly ThemeEvidence[] | null = null,
): Promise<PairRow[]> {
  const f = reviewFilterCypher(filter);
  const ea = evidenceCypher('la', evidence);
  const eb = evidenceCypher('lb', evidence);
  return db.read(
    'analytics.themeCooccurrence',
    `MATCH (r:${Review}) WHERE ${whereAll(f.conditions)}
     MATCH (r)-[la:${RAISES}]->(a:${Theme}), (r)-[lb:${RAISES}]->(b:${Theme})
     WHERE ${ea.condition} AND ${eb.condition}
       AND (toLower(a.name) < toLower(b.name) OR (toLower(a.name) = toLower(b.name) AND a.id < b.id))
       AND ($themeId IS NULL OR a.id = $themeId OR b.id = $themeId)
       AND ($themeIds IS NULL OR (a.id IN $themeIds AND b.id IN $themeIds))
     WITH DISTINCT a, b, r
     WITH a, b, r ORDER BY ${NEWEST_FIRST}
     WITH a, b, collect(r.id) AS reviewIds WHERE size(reviewIds) >= $minReviews
     RETURN [a {.*}, b {.*}] AS themes, size(reviewIds) AS reviewCount, reviewIds
     ORDER BY reviewCount DESC, toLower(a.name), a.id, toLower(b.name), b.id`,
    { ...f.params, ...ea.params, minReviews, themeId, themeIds: themeIds && [...themeIds] },
  );
}

/** Per theme and publication year, the matching reviews linked to it; by theme name, then year. */
export function findThemeTrend(
  db: Db,
  themeIds: readonly string[] | null,
  filter: ReviewFilter | null | undefined,
  evidence: readonly ThemeEvidence[] | null = null,
): Promise<TrendRow[]> {
  const f = reviewFilterCypher(filter);
  const ev = evidenceCypher('l', evidence);
  return db.read(
    'analytics.themeTrend',
    `MATCH (r:${Review})-[l:${RAISES}]->(t:${Theme})
     WHERE ${whereAll(f.conditions)} AND ${ev.condition} AND r.publishedYear IS NOT NULL
       AND ($themeIds IS NULL OR t.id IN $themeIds)
     WITH DISTINCT t, r
     WITH t, r ORDER BY ${NEWEST_FIRST}
     WITH t, r.publishedYear AS year, collect(r.id) AS reviewIds
     RETURN t {.*} AS theme, year, size(reviewIds) AS reviewCount, reviewIds
     ORDER BY toLower(t.name), t.id, year`,
    { ...f.params, ...ev.params, themeIds: themeIds?.length ? [...themeIds] : null },
  );
}

/**
 * Reviews sharing at least one theme with `reviewId`, by Jaccard score of the theme sets (themes
 * of links whose evidence is one of `evidence`), then shared count, then title, with the review
 * and the shared themes (by name). Scores every candidate, keeps the top `first`, and only then
 * sorts their shared themes.
 */
export function findSimilarReviews(
  db: Db,
  reviewId: string,
  first: number,
  filter: ReviewFilter | null | undefined,
  evidence: readonly ThemeEvidence[] | null = null,
): Promise<SimilarRow[]> {
  const f = reviewFilterCypher(filter, 'o');
  const e1 = evidenceCypher('l1', evidence);
  const e2 = evidenceCypher('l2', evidence);
  const e3 = evidenceCypher('l3', evidence);
  return db.read(
    'analytics.similarReviews',
    `MATCH (src:${Review} {id: $reviewId})-[l1:${RAISES}]->(t:${Theme}) WHERE ${e1.condition}
     WITH src, collect(DISTINCT t) AS srcThemes
     UNWIND srcThemes AS t
     MATCH (t)<-[l2:${RAISES}]-(o:${Review})
     WHERE o <> src AND ${e2.condition} AND ${whereAll(f.conditions)}
     WITH o, size(srcThemes) AS srcCount, collect(DISTINCT t) AS shared
     WITH o, shared, toFloat(size(shared)) /
          (srcCount + COUNT { MATCH (o)-[l3:${RAISES}]->(y:${Theme}) WHERE ${e3.condition} RETURN DISTINCT y } - size(shared)) AS score
     ORDER BY score DESC, size(shared) DESC, toLower(o.title), o.id
     LIMIT toInteger($first)
     RETURN o {.*} AS review, score,
            COLLECT { UNWIND shared AS s WITH s ORDER BY toLower(s.name), s.id RETURN s {.*} } AS sharedThemes`,
    { ...f.params, ...e1.params, reviewId, first },
  );
}
