// Storage-shaped records of the search domain (codegen mappers): plain JS values only.
import type { SearchHitKind } from '../../generated/graphql';

/** One full-text hit: what it is, its id, a display label and the index score. */
export interface SearchHitRecord {
  kind: SearchHitKind;
  id: string;
  label: string;
  score: number;
}
