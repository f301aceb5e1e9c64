// The import file format (import-v1), defined once in zod: its types, validator and JSON Schema come from here.
/**
 * An import file is one JSON document of reviews and everything they link to:
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
 * The schemas below give the structure (no unknown fields, types, enums, ids, dates);
 * `format-rules.ts` holds the rules across records (unique ids, references, synthetic marking,
 * provenance); `validate.ts` runs both and words the messages; `import-plan.ts` turns records into
 * database rows. The full JSON Schema is written to docs/import-format.schema.json.
 *
 * How to add a field (e.g. `Review.incidentOn`):
 * 1. Add it to the record's schema below with a `.describe()`: `incidentOn: date.nullish()`.
 *    Reuse the leaf schemas (`text`, `id`, `date`, `url`, `oneOf<GeneratedEnum>()(...)`); a field
 *    holding another record's id uses `ref('<kind>')`, which makes the reference checks (resolves
 *    in the file or the database; `synthetic-` prefix in synthetic files) apply to it with no
 *    further code. A new nested record with a `synthetic` field gets the synthetic rule likewise.
 * 2. Write it to the database in `import-plan.ts` (the compiler points at the row function).
 * 3. Run `npm run import:schema` to refresh docs/import-format.schema.json, and describe the
 *    property in docs/graph-model.md.
 * A new top-level record kind also needs an entry in `RECORD_SCHEMAS` (and in
 * `format-rules.ts`'s `NOUN` if other records refer to it).
 */
import { z } from 'zod';
import type {
  AgencySector,
  DocumentKind,
  RecommendationStatus,
  ReviewKind,
} from '../../generated/graphql';
import { ID_PATTERN, isPartialDate } from './ids';

export type { AgencySector, DocumentKind, RecommendationStatus, ReviewKind };

/** Format identifier; every import file carries it in `format`. */
export const IMPORT_FORMAT_ID = 'safeguarding-learning-graph/import-v1';

/** Prefix of every synthetic id. */
export const SYNTHETIC_PREFIX = 'synthetic-';

/** Top-level record kinds of a file; every record of these kinds has an `id`. */
export type RecordKind =
  'sources' | 'themeCategories' | 'partnerships' | 'agencies' | 'themes' | 'documents' | 'reviews';

/** Marks the id schemas that refer to a record of another kind (read by `format-rules.ts`). */
export const references = z.registry<{ ref: RecordKind }>();

/**
 * The error text of a schema: what was expected, e.g. `YYYY-MM or YYYY-MM-DD`. `validate.ts` turns
 * it into `<path>: expected <text>, got <value>`.
 */
const expecting = (text: string) => ({ error: () => text });

/** A string with at least one non-space character. */
const text = z.string(expecting('a non-empty string')).regex(/\S/, expecting('a non-empty string'));
const ID = 'an id (lower-case letters, digits and single hyphens)';
const id = z.string(expecting(ID)).regex(ID_PATTERN, expecting(ID)).describe('lower-case slug id');
const URL_TEXT = 'an http(s) URL';
const url = z.string(expecting(URL_TEXT)).regex(/^https?:\/\/\S+$/, expecting(URL_TEXT));
const DATE = 'YYYY-MM or YYYY-MM-DD';
const date = z
  .string(expecting(DATE))
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, expecting(DATE))
  .refine(isPartialDate, expecting(DATE))
  .describe('a calendar date written YYYY-MM or YYYY-MM-DD');
const flag = z.boolean(expecting('true or false'));
/** `synthetic` on a record: true in (and only in) a synthetic file. */
const syntheticFlag = flag.optional().describe('true for generated records (synthetic files only)');

/** An id that must resolve to a record of `kind`, in the file or in the database. */
function ref(kind: RecordKind) {
  return z
    .string(expecting(ID))
    .regex(ID_PATTERN, expecting(ID))
    .describe(`the id of a record in ${kind}`)
    .register(references, { ref: kind });
}

/** The values a generated GraphQL enum type `T` allows, all of them (the compiler checks both ways). */
function oneOf<T extends string>() {
  return <const V extends readonly [T, ...T[]]>(
    values: V & ([T] extends [V[number]] ? unknown : { missing: Exclude<T, V[number]> }),
  ) => z.enum(values, expecting(`one of ${values.join(', ')}`));
}

/** An object that refuses unknown fields; the unknown-field message lists the allowed ones. */
function record<S extends z.ZodRawShape>(shape: S) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? allowed : 'an object'),
  });
}
const list = <T extends z.ZodType>(of: T) => z.array(of, expecting('an array'));
const ids = (kind: RecordKind) => list(ref(kind)).optional();

export const reviewKind = oneOf<ReviewKind>()([
  'CHILD_SAFEGUARDING_PRACTICE_REVIEW',
  'SERIOUS_CASE_REVIEW',
  'ALTERNATIVE_LEARNING_REVIEW',
  'RAPID_REVIEW',
]);
export const agencySector = oneOf<AgencySector>()([
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
]);
export const documentKind = oneOf<DocumentKind>()([
  'REPORT',
  'LESSONS_LEARNED_BRIEFING',
  'SEVEN_MINUTE_BRIEFING',
  'STATEMENT',
]);
export const recommendationStatus = oneOf<RecommendationStatus>()([
  'OPEN',
  'IN_PROGRESS',
  'IMPLEMENTED',
  'NOT_KNOWN',
]);

/** A citation of a Source by a record: `facts` names the properties/links it supports; [] = all. */
export const sourceRefSchema = record({
  sourceId: ref('sources'),
  facts: list(text)
    .optional()
    .describe('the properties or links this source supports; empty or absent: the whole record'),
});
const sourceRefs = list(sourceRefSchema).optional();

/** A published source (provenance). */
export const sourceSchema = record({
  id,
  url,
  title: text,
  publisher: text.nullish(),
  retrievedOn: date.nullish(),
}).describe('A published source that records cite');

/** A category of the national theme taxonomy (shared reference data, never synthetic). */
export const themeCategorySchema = record({ id, name: text }).describe(
  'A category of the national theme taxonomy (shared by real and synthetic data)',
);

/** A statutory partner of a partnership, with the source that says so. */
export const statutoryPartnerSchema = record({
  agencyId: ref('agencies'),
  sourceId: ref('sources').nullish(),
});

export const partnershipSchema = record({
  id,
  name: text,
  synthetic: syntheticFlag,
  statutoryPartners: list(statutoryPartnerSchema).optional(),
  sources: sourceRefs,
}).describe('A local safeguarding children partnership');

export const agencySchema = record({
  id,
  name: text,
  sector: agencySector,
  synthetic: syntheticFlag,
  sources: sourceRefs,
}).describe('An agency that reviews involve or recommendations address');

export const themeSchema = record({
  id,
  name: text.describe('the canonical name'),
  aliases: list(text).optional().describe('every spelling seen; the name is added if missing'),
  categoryIds: ids('themeCategories'),
  synthetic: syntheticFlag,
  sources: sourceRefs,
}).describe('A learning theme');

export const documentSchema = record({
  id,
  title: text.describe('the title as published'),
  kind: documentKind,
  url: url.nullish(),
  themeId: ref('themes').nullish().describe('the theme of a 7-minute briefing'),
  synthetic: syntheticFlag,
  sources: sourceRefs,
}).describe('A published document of a review (report, briefing, statement)');

/** One child of a review; id is derived as `<review id>-<slug(pseudonym)>`. */
export const childSchema = record({
  pseudonym: text,
  ageBand: text.nullish().describe('null unless a source gives it'),
}).describe('A child the review concerns; id = <review id>-<slug(pseudonym)>');

/** A link from a review to an agency, with the source that supports it. */
export const agencyLinkSchema = record({
  agencyId: ref('agencies'),
  sourceId: ref('sources').nullish(),
});

/** A link from a review to a theme, with the source that supports it. */
export const themeLinkSchema = record({
  themeId: ref('themes'),
  sourceId: ref('sources').nullish(),
});

/** A recommendation; id is derived as `<review id>-rec-<number>`. */
export const recommendationSchema = record({
  number: z
    .int(expecting('an integer >= 1'))
    .min(1, expecting('an integer >= 1'))
    .describe('its number in the review; id = <review id>-rec-<number>'),
  text,
  status: recommendationStatus,
  statusUpdatedOn: date.nullish(),
  agencyIds: ids('agencies'),
  themeIds: ids('themes'),
  synthetic: syntheticFlag,
  sources: sourceRefs,
}).describe('A recommendation of a review');

export const reviewSchema = record({
  id: id.describe('<partnership>-<slug(title)>, e.g. warwickshire-alice-and-beth'),
  partnershipId: ref('partnerships'),
  title: text,
  kind: reviewKind,
  publishedOn: date.nullish().describe('null or absent when no source gives it'),
  summary: text.nullish(),
  methodology: text.nullish(),
  synthetic: syntheticFlag,
  children: list(childSchema).optional(),
  agencies: list(agencyLinkSchema).optional(),
  documentIds: ids('documents'),
  themes: list(themeLinkSchema).optional(),
  recommendations: list(recommendationSchema).optional(),
  sources: sourceRefs.describe('where each fact was published; a real review cites at least one'),
}).describe('A case review');

/** The schema of each top-level record kind, for validating one record (e.g. in a mutation). */
export const RECORD_SCHEMAS = {
  sources: sourceSchema,
  themeCategories: themeCategorySchema,
  partnerships: partnershipSchema,
  agencies: agencySchema,
  themes: themeSchema,
  documents: documentSchema,
  reviews: reviewSchema,
} as const satisfies Record<RecordKind, z.ZodType>;

/** A whole import file. */
export const importFileSchema = record({
  format: z.literal(IMPORT_FORMAT_ID, expecting(JSON.stringify(IMPORT_FORMAT_ID))),
  synthetic: flag.optional().describe('true for generated data; then every record is synthetic'),
  description: text
    .optional()
    .describe('free text for humans (where the data came from); not stored'),
  sources: list(sourceSchema).optional(),
  themeCategories: list(themeCategorySchema).optional(),
  partnerships: list(partnershipSchema).optional(),
  agencies: list(agencySchema).optional(),
  themes: list(themeSchema).optional(),
  documents: list(documentSchema).optional(),
  reviews: list(reviewSchema),
}).describe('A Safeguarding Learning Graph import file (import-v1)');

export type SourceRef = z.infer<typeof sourceRefSchema>;
export type ImportSource = z.infer<typeof sourceSchema>;
export type ImportThemeCategory = z.infer<typeof themeCategorySchema>;
export type StatutoryPartnerRef = z.infer<typeof statutoryPartnerSchema>;
export type ImportPartnership = z.infer<typeof partnershipSchema>;
export type ImportAgency = z.infer<typeof agencySchema>;
export type ImportTheme = z.infer<typeof themeSchema>;
export type ImportDocument = z.infer<typeof documentSchema>;
export type ImportChild = z.infer<typeof childSchema>;
export type AgencyLink = z.infer<typeof agencyLinkSchema>;
export type ThemeLink = z.infer<typeof themeLinkSchema>;
export type ImportRecommendation = z.infer<typeof recommendationSchema>;
export type ImportReview = z.infer<typeof reviewSchema>;
export type ImportFile = z.infer<typeof importFileSchema>;

/** The format as a JSON Schema (draft 2020-12), the documentation in docs/import-format.schema.json. */
export function importJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(importFileSchema, { unrepresentable: 'any' });
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
