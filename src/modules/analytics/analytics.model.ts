// Storage-shaped records of the analytics domain (codegen mappers): ids and numbers, plain JS only.
// Themes and reviews are resolved through the per-request loaders (primed when Cypher returned them).
import type { CypherFilter } from '../../shared/pagination';
import type { ReviewRecord } from '../reviews';
import type { ThemeRecord } from '../themes';

/** Review ids newest first, as a list or computed on demand (the index computes them when asked). */
export type ReviewIdList = readonly string[] | (() => readonly string[]);

/** The first `first` ids of a `ReviewIdList`. */
export const reviewIdsOf = (ids: ReviewIdList, first: number): string[] =>
  (typeof ids === 'function' ? ids() : ids).slice(0, first);

/** A theme, how many matching reviews raise it and when; its reviews are loaded only if asked. */
export interface ThemeRecurrenceRecord {
  themeId: string;
  /**
   * The theme's record, read with the answer (from the index, what the loader holds at its
   * version; or in the same query), so the field needs no resolver.
   */
  theme: Readonly<ThemeRecord>;
  reviewCount: number;
  firstPublished: string | null;
  lastPublished: string | null;
  /** The filter (with the evidence condition) the reviews were counted under, compiled once, to load the same reviews. */
  filter: CypherFilter;
  /** The reviews when the index answered; null: load them by (theme, filter). */
  reviewIds: ReviewIdList | null;
}

/** Two themes (ordered by name) and the reviews raising both, newest first. */
export interface ThemePairRecord {
  themeIds: string[];
  /** The themes' records when the index answered. */
  themes?: Readonly<ThemeRecord>[];
  reviewCount: number;
  reviewIds: ReviewIdList;
}

/** Reviews of one year raising one theme. */
export interface ThemeTrendPointRecord {
  themeId: string;
  /** The theme's record when the index answered. */
  theme?: Readonly<ThemeRecord>;
  year: number;
  reviewCount: number;
  reviewIds: ReviewIdList;
}

/** A review similar to another, the themes both raise (by name) and the Jaccard score. */
export interface SimilarReviewRecord {
  reviewId: string;
  /** The review's record with the lists the query selects on it, when they were fetched with it. */
  review?: ReviewRecord;
  sharedThemeIds: string[];
  /** The shared themes' records when the index answered. */
  sharedThemes?: Readonly<ThemeRecord>[];
  score: number;
}
