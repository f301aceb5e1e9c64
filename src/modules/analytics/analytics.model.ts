// Storage-shaped records of the analytics domain (codegen mappers): plain JS values only.
import type { ThemeRecord } from '../themes/themes.model';

/** A theme with the ids of the reviews raising it, newest first. */
export interface ThemeRecurrenceRecord {
  theme: ThemeRecord;
  reviewCount: number;
  reviewIds: string[];
  firstPublished: string | null;
  lastPublished: string | null;
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
  reviewId: string;
  sharedThemeIds: string[];
  score: number;
}
