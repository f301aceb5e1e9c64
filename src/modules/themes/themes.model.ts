// Storage-shaped records of the themes domain (codegen mappers): plain JS values only.

/** A Theme node's properties. */
export interface ThemeRecord {
  id: string;
  name: string;
  /** Every spelling seen, including the name; may be absent on hand-made nodes. */
  aliases?: string[] | null;
  synthetic: boolean;
}

/** A ThemeCategory node's properties. */
export interface ThemeCategoryRecord {
  id: string;
  name: string;
}
