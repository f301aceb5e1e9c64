// Storage-shaped records of the findings domain (codegen mappers): plain JS values only.
import type { SourceRecord } from '../reviews';
import type { ThemeRecord } from '../themes';

/** A Finding node's properties plus the ids of its review and its source. */
export interface FindingRecord {
  id: string;
  text: string;
  /** Where in the source, e.g. `p. 14`; null when not recorded. */
  pageRef: string | null;
  /** 1-based position among the review's findings. */
  position: number;
  synthetic: boolean;
  /** Edit counter (absent until the first change through the API: version 1). */
  version?: number | null;
  reviewId: string;
  sourceId: string;
  /** Fetched with it (lists and by id), so `Finding.source` needs no query; absent otherwise. */
  source?: SourceRecord | null;
  /** Its themes, when a lookahead prefetch fetched them with its review; absent otherwise. */
  themes?: ThemeRecord[];
}
