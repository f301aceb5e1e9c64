// Storage-shaped records of the themes domain (codegen mappers): plain JS values only.

/** A Theme node's properties. */
export interface ThemeRecord {
  id: string;
  name: string;
  /** Every spelling seen, including the name; may be absent on hand-made nodes. */
  aliases?: string[] | null;
  synthetic: boolean;
  /** Edit counter (absent until the first change through the API: version 1). */
  version?: number | null;
}

/** One RAISES link between a review and a theme. */
export interface ReviewThemeLinkRecord {
  theme: ThemeRecord;
  evidence: string;
  sourceId: string | null;
  note: string | null;
}

/** A theme a partnership states for a group of its reviews (a STATES_THEME link). */
export interface PartnershipThemeRecord {
  theme: ThemeRecord;
  sourceId: string | null;
  note: string | null;
}
