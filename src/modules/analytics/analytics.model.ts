// Storage-shaped records of the analytics domain (codegen mappers): plain JS values only.
import type { CypherFilter } from '../../shared/pagination';
import type { ReviewRecord } from '../reviews';
import type { ThemeRecord } from '../themes';

/** A theme, how many matching reviews raise it and when; its reviews are loaded only if asked. */
export interface ThemeRecurrenceRecord {
  theme: ThemeRecord;
  reviewCount: number;
  firstPublished: string | null;
  lastPublished: string | null;
  /** The filter (with the evidence condition) the reviews were counted under, compiled once, to load the same reviews. */
  filter: CypherFilter;
}

/** Two themes (ordered by name) and the reviews raising both, newest first. */
export interface ThemePairRecord {
  themes: ThemeRecord[];
  reviewCount: number;
  reviewIds: string[];
}

/** Reviews of one year raising one theme. */
export interface ThemeTrendPointRecord {
  theme: ThemeRecord;
  year: number;
  reviewCount: number;
  reviewIds: string[];
}

/** A review similar to another, the themes both raise (by name) and the Jaccard score. */
export interface SimilarReviewRecord {
  review: ReviewRecord;
  sharedThemes: ThemeRecord[];
  score: number;
}
