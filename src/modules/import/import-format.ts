// The import file format (import-v1): one JSON document of reviews and everything they link to.

/**
 * Format identifier; every import file carries it in `format`.
 *
 * An import file is JSON with these top-level fields (all arrays optional except `reviews`):
 *
 * ```json
 * {
 *   "format": "safeguarding-learning-graph/import-v1",
 *   "synthetic": false,
 *   "sources": [{ "id": "...", "url": "https://...", "title": "...", "publisher": "...", "retrievedOn": null }],
 *   "themeCategories": [{ "id": "neglect", "name": "Neglect" }],
 *   "partnerships": [{ "id": "warwickshire", "name": "...", "statutoryPartners": [{ "agencyId": "...", "sourceId": "..." }] }],
 *   "agencies": [{ "id": "...", "name": "...", "sector": "POLICE" }],
 *   "themes": [{ "id": "child-neglect", "name": "Child Neglect", "aliases": ["..."], "categoryIds": ["neglect"] }],
 *   "documents": [{ "id": "...", "title": "...", "kind": "REPORT", "url": null, "themeId": null }],
 *   "reviews": [{
 *     "id": "warwickshire-grace", "partnershipId": "warwickshire", "title": "Grace",
 *     "kind": "CHILD_SAFEGUARDING_PRACTICE_REVIEW", "publishedOn": "2022-09",
 *     "children": [{ "pseudonym": "Grace" }],
 *     "agencies": [{ "agencyId": "...", "sourceId": null }],
 *     "documentIds": ["..."],
 *     "themes": [{ "themeId": "child-neglect", "sourceId": "..." }],
 *     "recommendations": [{ "number": 1, "text": "...", "status": "OPEN", "agencyIds": [], "themeIds": [] }],
 *     "sources": [{ "sourceId": "...", "facts": [] }]
 *   }]
 * }
 * ```
 *
 * Rules (checked by `validateImport`): no unknown fields; ids are lower-case slugs; ids are unique
 * per kind; every reference resolves within the file or to a node already in the database (for
 * partnerships, agencies, themes, theme categories, sources and documents); dates are `YYYY-MM` or
 * `YYYY-MM-DD`. Child ids are derived as `<review id>-<slug(pseudonym)>` and recommendation ids as
 * `<review id>-rec-<number>`. A synthetic file (`"synthetic": true`) marks every record
 * `synthetic: true` and prefixes every id with `synthetic-` (theme categories excepted: they are
 * the shared national taxonomy); a real file contains neither. Every review of a real file cites
 * at least one source in `sources`. Facts a source does not give are left out or null: nothing is
 * guessed.
 */
export const IMPORT_FORMAT_ID = 'safeguarding-learning-graph/import-v1';

/** Prefix of every synthetic id. */
export const SYNTHETIC_PREFIX = 'synthetic-';

export const REVIEW_KINDS = [
  'CHILD_SAFEGUARDING_PRACTICE_REVIEW',
  'SERIOUS_CASE_REVIEW',
  'ALTERNATIVE_LEARNING_REVIEW',
  'RAPID_REVIEW',
] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const AGENCY_SECTORS = [
  'CHILDRENS_SOCIAL_CARE',
  'POLICE',
  'HEALTH',
  'EDUCATION',
  'PROBATION',
  'HOUSING',
  'EARLY_HELP',
  'VOLUNTARY',
  'LOCAL_AUTHORITY',
  'OTHER',
] as const;
export type AgencySector = (typeof AGENCY_SECTORS)[number];

export const DOCUMENT_KINDS = [
  'REPORT',
  'LESSONS_LEARNED_BRIEFING',
  'SEVEN_MINUTE_BRIEFING',
  'STATEMENT',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const RECOMMENDATION_STATUSES = ['OPEN', 'IN_PROGRESS', 'IMPLEMENTED', 'NOT_KNOWN'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/** A citation of a Source by a record: `facts` names the properties/links it supports; [] = all. */
export interface SourceRef {
  sourceId: string;
  facts?: string[];
}

/** A published source (provenance). */
export interface ImportSource {
  id: string;
  url: string;
  title: string;
  publisher?: string | null;
  /** `YYYY-MM` or `YYYY-MM-DD` when known. */
  retrievedOn?: string | null;
}

/** A category of the national theme taxonomy (shared reference data, never synthetic). */
export interface ImportThemeCategory {
  id: string;
  name: string;
}

/** A statutory partner of a partnership, with the source that says so. */
export interface StatutoryPartnerRef {
  agencyId: string;
  sourceId?: string | null;
}

export interface ImportPartnership {
  id: string;
  name: string;
  synthetic?: boolean;
  statutoryPartners?: StatutoryPartnerRef[];
  sources?: SourceRef[];
}

export interface ImportAgency {
  id: string;
  name: string;
  sector: AgencySector;
  synthetic?: boolean;
  sources?: SourceRef[];
}

export interface ImportTheme {
  id: string;
  /** Canonical name. */
  name: string;
  /** Every spelling seen; the name is added if missing. */
  aliases?: string[];
  categoryIds?: string[];
  synthetic?: boolean;
  sources?: SourceRef[];
}

export interface ImportDocument {
  id: string;
  /** The title as published. */
  title: string;
  kind: DocumentKind;
  url?: string | null;
  /** The theme of a 7-minute briefing. */
  themeId?: string | null;
  synthetic?: boolean;
  sources?: SourceRef[];
}

/** One child of a review; id is derived as `<review id>-<slug(pseudonym)>`. */
export interface ImportChild {
  pseudonym: string;
  ageBand?: string | null;
}

/** A link from a review to an agency or theme, with the source that supports it. */
export interface AgencyLink {
  agencyId: string;
  sourceId?: string | null;
}
export interface ThemeLink {
  themeId: string;
  sourceId?: string | null;
}

/** A recommendation; id is derived as `<review id>-rec-<number>`. */
export interface ImportRecommendation {
  number: number;
  text: string;
  status: RecommendationStatus;
  statusUpdatedOn?: string | null;
  agencyIds?: string[];
  themeIds?: string[];
  synthetic?: boolean;
  sources?: SourceRef[];
}

export interface ImportReview {
  /** `<partnership>-<slug(title)>`, e.g. `warwickshire-alice-and-beth`. */
  id: string;
  partnershipId: string;
  title: string;
  kind: ReviewKind;
  /** `YYYY-MM` or `YYYY-MM-DD`; null or absent when no source gives it. */
  publishedOn?: string | null;
  summary?: string | null;
  methodology?: string | null;
  synthetic?: boolean;
  children?: ImportChild[];
  agencies?: AgencyLink[];
  documentIds?: string[];
  themes?: ThemeLink[];
  recommendations?: ImportRecommendation[];
  sources?: SourceRef[];
}

/** A whole import file. */
export interface ImportFile {
  format: typeof IMPORT_FORMAT_ID;
  /** True for generated data; then every record must be synthetic too. */
  synthetic?: boolean;
  /** Free text for humans (where the data came from); not stored. */
  description?: string;
  sources?: ImportSource[];
  themeCategories?: ImportThemeCategory[];
  partnerships?: ImportPartnership[];
  agencies?: ImportAgency[];
  themes?: ImportTheme[];
  documents?: ImportDocument[];
  reviews: ImportReview[];
}

/** One problem found in a file. `message` is complete on its own and starts with `path`. */
export interface ImportIssue {
  /** Where, e.g. `reviews[3].publishedOn` (`$` for the whole file). */
  path: string;
  /** e.g. `reviews[3].publishedOn: expected YYYY-MM or YYYY-MM-DD, got "Sept 2022"`. */
  message: string;
}

/** What an import wrote. */
export interface ImportSummary {
  sources: number;
  themeCategories: number;
  partnerships: number;
  agencies: number;
  themes: number;
  documents: number;
  reviews: number;
  children: number;
  recommendations: number;
  /** Write transactions committed. */
  transactions: number;
  ms: number;
}
