// Storage-shaped records of the taxonomies domain (codegen mappers): plain JS values only.
import type { ThemeRecord } from '../themes';

/** A Taxonomy node's properties with the id of the source it is taken from. */
export interface TaxonomyRecord {
  id: string;
  name: string;
  publisher: string;
  year: number | null;
  kind: string;
  note: string | null;
  sourceId: string | null;
}

/** A TaxonomyCategory node's properties with its taxonomy's id and its own source's id. */
export interface TaxonomyCategoryRecord {
  id: string;
  name: string;
  note: string | null;
  /** Position in the source's list, from 1. */
  position: number;
  taxonomyId: string;
  sourceId: string | null;
}

/** A MAPS_TO link from a theme to a category. */
export interface ThemeMappingRecord {
  category: TaxonomyCategoryRecord;
  basis: string;
  note: string | null;
}

/** A category and the distinct reviews reaching it through their themes' mappings. */
export interface CategoryRecurrenceRecord {
  category: TaxonomyCategoryRecord;
  reviewCount: number;
  partnershipCount: number;
  /** Newest first. */
  reviewIds: string[];
  /** By name. */
  themes: ThemeRecord[];
  firstPublished: string | null;
  lastPublished: string | null;
}
