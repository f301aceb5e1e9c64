// Storage-shaped records of the search domain (codegen mappers): plain JS values only.

/** One full-text hit: what it is, its id, a display label and the index score. */
export interface SearchHitRecord {
  kind: 'REVIEW' | 'THEME' | 'DOCUMENT' | 'RECOMMENDATION';
  id: string;
  label: string;
  score: number;
}
