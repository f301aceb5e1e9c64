// The import file format (import-v1), defined once in zod: its types, validator and JSON Schema come from here.
/**
 * An import file is one JSON document of reviews and everything they link to:
 *
 * ```json
 * {
 *   "format": "safeguarding-learning-graph/import-v1",
 *   "synthetic": false,
 *   "sources": [{ "id": "...", "url": "https://...", "title": "...", "publisher": "...", "retrievedOn": null }],
 *   "taxonomies": [{ "id": "nspcc-lfcr", "name": "...", "publisher": "NSPCC Learning", "year": null, "kind": "TOPICS", "sourceId": "..." }],
 *   "taxonomyCategories": [{ "id": "nspcc-lfcr-neglect", "taxonomyId": "nspcc-lfcr", "name": "Neglect", "sourceId": "..." }],
 *   "partnerships": [{ "id": "warwickshire", "name": "...", "statutoryPartners": [{ "agencyId": "...", "sourceId": "..." }],
 *                      "olderReviews": { "note": "...", "url": null, "sourceId": "..." }, "caveats": ["..."] }],
 *   "agencies": [{ "id": "...", "name": "...", "sector": "POLICE" }],
 *   "themes": [{ "id": "child-neglect", "name": "Child Neglect", "aliases": ["..."],
 *                "mappings": [{ "categoryId": "nspcc-lfcr-neglect", "basis": "DIRECT" }] }],
 *   "documents": [{ "id": "...", "title": "...", "kind": "REPORT", "url": null, "themeId": null }],
 *   "reviews": [{
 *     "id": "warwickshire-grace", "partnershipId": "warwickshire", "title": "Grace",
 *     "kind": "CHILD_SAFEGUARDING_PRACTICE_REVIEW", "publishedOn": "2022-09",
 *     "children": [{ "pseudonym": "Grace" }],
 *     "agencies": [{ "agencyId": "...", "sourceId": null }],
 *     "sectors": [{ "sector": "EDUCATION", "name": "his school", "sourceId": "..." }],
 *     "documents": [{ "documentId": "...", "title": "the title it is listed with here" }],
 *     "unlistedDocuments": [{ "kind": "STATEMENT", "description": "...", "sourceId": "..." }],
 *     "themes": [{ "themeId": "child-neglect", "evidence": "BRIEFING_PUBLISHED", "sourceId": "...", "note": null }],
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
  AgeBand,
  AgencySector,
  DocumentKind,
  MappingBasis,
  HarmType,
  IncidentOutcome,
  RapidReviewDecision,
  RecommendationStatus,
  ReviewKind,
  TaxonomyKind,
  ThemeEvidence,
} from '../../generated/graphql';
import { ID_PATTERN, isPartialDate } from './ids';

export type {
  AgencySector,
  DocumentKind,
  MappingBasis,
  RecommendationStatus,
  ReviewKind,
  TaxonomyKind,
  ThemeEvidence,
};
export type { AgeBand, HarmType, IncidentOutcome, RapidReviewDecision };

/** Format identifier; every import file carries it in `format`. */
export const IMPORT_FORMAT_ID = 'safeguarding-learning-graph/import-v1';

/** Prefix of every synthetic id. */
export const SYNTHETIC_PREFIX = 'synthetic-';

/** Top-level record kinds of a file; every record of these kinds has an `id`. */
export type RecordKind =
  | 'sources'
  | 'taxonomies'
  | 'taxonomyCategories'
  | 'partnerships'
  | 'agencies'
  | 'themes'
  | 'documents'
  | 'reviews';

/** Marks the id schemas that refer to a record of another kind (read by `format-rules.ts`). */
export const references = z.registry<{ ref: RecordKind }>();

/**
 * The error text of a schema: what was expected, e.g. `YYYY, YYYY-MM or YYYY-MM-DD`. `validate.ts` turns
 * it into `<path>: expected <text>, got <value>`.
 */
const expecting = (text: string) => ({ error: () => text });

/** A string with at least one non-space character. */
const text = z.string(expecting('a non-empty string')).regex(/\S/, expecting('a non-empty string'));
const ID = 'an id (lower-case letters, digits and single hyphens)';
const id = z.string(expecting(ID)).regex(ID_PATTERN, expecting(ID)).describe('lower-case slug id');
const URL_TEXT = 'an http(s) URL';
const url = z.string(expecting(URL_TEXT)).regex(/^https?:\/\/\S+$/, expecting(URL_TEXT));
const DATE = 'YYYY, YYYY-MM or YYYY-MM-DD';
const date = z
  .string(expecting(DATE))
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, expecting(DATE))
  .refine(isPartialDate, expecting(DATE))
  .describe(
    'a calendar date written YYYY, YYYY-MM or YYYY-MM-DD: as precise as the source gives it',
  );
const DAY = 'a date YYYY-MM-DD';
/** A calendar day, `YYYY-MM-DD` (the lifecycle dates, which working days are counted between). */
const day = z
  .string(expecting(DAY))
  .refine((v) => v.length === 10 && isPartialDate(v), expecting(DAY))
  .describe('a calendar day written YYYY-MM-DD');
const MONTH = 'a month YYYY-MM';
const month = z
  .string(expecting(MONTH))
  .refine((v) => v.length === 7 && isPartialDate(v), expecting(MONTH))
  .describe('a calendar month written YYYY-MM');
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

/**
 * The values a generated GraphQL enum type `T` allows, all of them (the compiler checks both ways).
 * `retired` explains values the format no longer takes, in the message for that value.
 */
function oneOf<T extends string>() {
  return <const V extends readonly [T, ...T[]]>(
    values: V & ([T] extends [V[number]] ? unknown : { missing: Exclude<T, V[number]> }),
    retired: Readonly<Record<string, string>> = {},
  ) =>
    z.enum(values, {
      error: (issue) => {
        const why = typeof issue.input === 'string' ? retired[issue.input] : undefined;
        return `one of ${values.join(', ')}${why ? ` (${why})` : ''}`;
      },
    });
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

export const reviewKind = oneOf<ReviewKind>()(
  [
    'CHILD_SAFEGUARDING_PRACTICE_REVIEW',
    'SERIOUS_CASE_REVIEW',
    'ALTERNATIVE_LEARNING_REVIEW',
    'RAPID_REVIEW_LEARNING',
    'LEARNING_REVIEW',
    'NATIONAL_REVIEW',
    'NOT_STATED',
  ],
  {
    RAPID_REVIEW:
      'RAPID_REVIEW is no longer a kind: a rapid review is a stage of every notified case. Give the ' +
      "kind of the review that followed, or RAPID_REVIEW_LEARNING when only the rapid review's " +
      'learning was published, and the stage itself as "rapidReview": { "heldOn": "YYYY-MM-DD", ' +
      '"decision": "NO_FURTHER_REVIEW" }',
  },
);
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
  'SUMMARY',
  'PRESS_STATEMENT',
  'LEARNING_BRIEFING',
  'PRESENTATION',
  'OTHER',
]);
export const themeEvidence = oneOf<ThemeEvidence>()([
  'BRIEFING_PUBLISHED',
  'REPORT_FINDING',
  'CURATOR_JUDGEMENT',
]);
export const taxonomyKind = oneOf<TaxonomyKind>()(['PRACTICE_THEMES', 'HARM_TYPES', 'TOPICS']);
export const mappingBasis = oneOf<MappingBasis>()(['DIRECT', 'JUDGED']);
/** A status a source reports: every RecommendationStatus but NOT_KNOWN (a history entry's). */
export type ReportedStatus = Exclude<RecommendationStatus, 'NOT_KNOWN'>;
const RETIRED_STATUSES = { IMPLEMENTED: 'IMPLEMENTED is now COMPLETED' };
export const reportedStatus = oneOf<ReportedStatus>()(
  ['OPEN', 'IN_PROGRESS', 'COMPLETED', 'NOT_ACCEPTED', 'SUPERSEDED'],
  {
    ...RETIRED_STATUSES,
    NOT_KNOWN:
      'a status history holds reported statuses only: leave out statusHistory and give "status": "NOT_KNOWN", or neither',
  },
);
/** A recommendation's `status`: a reported one, or NOT_KNOWN when no published source gives one. */
export const recommendationStatus = oneOf<RecommendationStatus>()(
  ['OPEN', 'IN_PROGRESS', 'COMPLETED', 'NOT_ACCEPTED', 'SUPERSEDED', 'NOT_KNOWN'],
  RETIRED_STATUSES,
);
export const incidentOutcome = oneOf<IncidentOutcome>()(['DEATH', 'SERIOUS_HARM']);
export const harmType = oneOf<HarmType>()([
  'MALTREATMENT_WITHIN_FAMILY',
  'PHYSICAL_ABUSE',
  'NON_ACCIDENTAL_INJURY',
  'NEGLECT',
  'SEXUAL_ABUSE_OR_EXPLOITATION',
  'SUDI',
  'SUICIDE',
  'EXTRA_FAMILIAL_ASSAULT_OR_HOMICIDE',
  'EXTRAFAMILIAL_HARM',
  'CRIMINAL_EXPLOITATION',
]);
export const ageBand = oneOf<AgeBand>()([
  'UNDER_1',
  'AGE_1_TO_5',
  'AGE_6_TO_10',
  'AGE_11_TO_15',
  'AGE_16_TO_17',
]);
export const rapidReviewDecision = oneOf<RapidReviewDecision>()([
  'LOCAL_CSPR',
  'NATIONAL_REVIEW',
  'ALTERNATIVE_LEARNING_REVIEW',
  'NO_FURTHER_REVIEW',
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

/** A published national scheme of categories (shared reference data, never synthetic). */
export const taxonomySchema = record({
  id,
  name: text,
  publisher: text,
  year: z.int(expecting('an integer year')).nullish(),
  kind: taxonomyKind,
  sourceId: ref('sources').describe('the published source the scheme is taken from'),
  note: text.nullish().describe('what the scheme covers and how much of it is held'),
}).describe('A published scheme of categories (shared by real and synthetic data)');

/** A category of a taxonomy, named exactly as its source names it; listed in the source's order. */
export const taxonomyCategorySchema = record({
  id,
  taxonomyId: ref('taxonomies'),
  name: text.describe('exactly as the source names it'),
  sourceId: ref('sources').nullish().describe("its own source, when not the taxonomy's"),
  note: text.nullish().describe('a caveat about the name as held'),
}).describe(
  "A category of a taxonomy; categories of one taxonomy are listed in the source's order",
);

/** A statutory partner of a partnership, with the source that says so. */
export const statutoryPartnerSchema = record({
  agencyId: ref('agencies'),
  sourceId: ref('sources').nullish(),
});

/** Where a partnership's older reviews are published, when its page says so. */
export const olderReviewsSchema = record({
  note: text.describe('what the page says, in our own words'),
  url: url.nullish(),
  sourceId: ref('sources'),
});

/** A theme a partnership states for a group of its reviews together (not for any one review). */
export const statedThemeSchema = record({
  themeId: ref('themes'),
  sourceId: ref('sources'),
  note: text.nullish().describe('which reviews it was stated for'),
});

export const partnershipSchema = record({
  id,
  name: text,
  synthetic: syntheticFlag,
  statutoryPartners: list(statutoryPartnerSchema).optional(),
  olderReviews: olderReviewsSchema.nullish(),
  caveats: list(text).optional().describe("what the partnership's pages warn about their list"),
  themes: list(statedThemeSchema).optional(),
  sources: sourceRefs,
}).describe('A local safeguarding children partnership');

export const agencySchema = record({
  id,
  name: text,
  sector: agencySector,
  synthetic: syntheticFlag,
  sources: sourceRefs,
}).describe('An agency that reviews involve or recommendations address');

/** A theme's mapping to a taxonomy category; a JUDGED mapping gives its reason in `note`. */
export const themeMappingSchema = record({
  categoryId: ref('taxonomyCategories'),
  basis: mappingBasis,
  note: text.nullish().describe('one line: why, for a JUDGED mapping (required then)'),
});

export const themeSchema = record({
  id,
  name: text.describe('the canonical name'),
  aliases: list(text).optional().describe('every spelling seen; the name is added if missing'),
  mappings: list(themeMappingSchema).optional(),
  synthetic: syntheticFlag,
  sources: sourceRefs,
}).describe('A learning theme');

export const documentSchema = record({
  id,
  title: text.describe('the title as published'),
  kind: documentKind,
  url: url.nullish(),
  author: text.nullish().describe('as the document names them'),
  publishedOn: date.nullish().describe("its own date, when it differs from the review's"),
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

/** A link from a review to a theme: what it rests on and the source that shows it. */
export const themeLinkSchema = record({
  themeId: ref('themes'),
  evidence: themeEvidence.describe(
    'BRIEFING_PUBLISHED: a briefing on the theme is listed under the review; REPORT_FINDING: a published account of the review states it; CURATOR_JUDGEMENT: our judgement',
  ),
  sourceId: ref('sources').nullish(),
  note: text.nullish().describe('what the source says about it, in our own words'),
});

/** A document listed under a review, with the exact title it is listed with there. */
export const documentListingSchema = record({
  documentId: ref('documents'),
  title: text
    .nullish()
    .describe("the title it is listed with for this review; absent: the document's title"),
});

/** A document a source says exists for the review but does not list with a title. */
export const unlistedDocumentSchema = record({
  kind: documentKind,
  description: text.describe('what the source says about it, in our own words'),
  sourceId: ref('sources'),
});

/** A sector a source names as involved without naming an organisation. */
export const sectorInvolvementSchema = record({
  sector: agencySector,
  name: text.describe('the source\'s words, e.g. "his school"'),
  sourceId: ref('sources').nullish(),
});

/** One entry of a recommendation's status history. */
export const statusChangeSchema = record({
  status: reportedStatus.describe('the status a source reports (never NOT_KNOWN)'),
  on: date.describe('when the status took effect'),
  sourceId: ref('sources').nullish().describe('the source that reports it, when known'),
  note: text.nullish(),
}).describe('A status change of a recommendation');

/** A recommendation; id is derived as `<review id>-rec-<number>`. */
export const recommendationSchema = record({
  number: z
    .int(expecting('an integer >= 1'))
    .min(1, expecting('an integer >= 1'))
    .describe('its number in the review; id = <review id>-rec-<number>'),
  text,
  status: recommendationStatus
    .optional()
    .describe(
      'where it stands, when a source says so without a history; with statusHistory, its latest entry; NOT_KNOWN (or no status and no statusHistory) when no published source gives one',
    ),
  statusUpdatedOn: date
    .nullish()
    .describe(
      'the date of `status`; with it, `status` is a one-entry history (not with NOT_KNOWN)',
    ),
  statusHistory: list(statusChangeSchema)
    .optional()
    .describe('status changes, oldest first; a closed status comes last unless reopened'),
  ownerAgencyId: ref('agencies').nullish().describe('the agency that owns its follow-up'),
  ownerPartnershipId: ref('partnerships')
    .nullish()
    .describe('the partnership that owns its follow-up (instead of an agency)'),
  targetDate: date.nullish().describe('when it should be done by (a month: by its last day)'),
  agencyIds: ids('agencies'),
  themeIds: ids('themes'),
  synthetic: syntheticFlag,
  sources: sourceRefs,
}).describe('A recommendation of a review');

/** The serious incident a review is about; every field optional (null unless a source gives it). */
export const incidentSchema = record({
  month: month.nullish(),
  outcome: incidentOutcome.nullish(),
  harmTypes: list(harmType).optional(),
  ageBand: ageBand.nullish().describe("the child's age at the incident"),
}).describe('The serious incident');

/** The rapid review of the notified incident. */
export const rapidReviewSchema = record({
  heldOn: day.nullish(),
  decision: rapidReviewDecision.nullish(),
}).describe('The rapid review: a stage of every notified case');

/** A finding of a review; id is derived as `<review id>-finding-<n>` (n from 1, in order). */
export const findingSchema = record({
  text: text.describe('the finding, restated from the source in your own words'),
  themeIds: ids('themes'),
  sourceId: ref('sources').describe('the published source that states it'),
  pageRef: text.nullish().describe('where in the source, e.g. "p. 14"'),
}).describe('A finding of a review, with its source (synthetic when its review is)');

export const reviewSchema = record({
  id: id.describe('<partnership>-<slug(title)>, e.g. warwickshire-alice-and-beth'),
  partnershipId: ref('partnerships'),
  title: text,
  kind: reviewKind,
  publishedOn: date.nullish().describe('null or absent when no source gives it'),
  summary: text.nullish(),
  methodology: text.nullish(),
  incident: incidentSchema.nullish(),
  awareOn: day.nullish().describe('the local authority became aware of the serious incident'),
  notifiedOn: day.nullish().describe('the local authority notified the national Panel'),
  rapidReview: rapidReviewSchema.nullish(),
  commissionedOn: day.nullish().describe('this review was commissioned'),
  synthetic: syntheticFlag,
  children: list(childSchema).optional(),
  caveats: list(text).optional().describe('what the sources warn about this record'),
  agencies: list(agencyLinkSchema).optional(),
  sectors: list(sectorInvolvementSchema).optional(),
  documents: list(documentListingSchema).optional(),
  unlistedDocuments: list(unlistedDocumentSchema).optional(),
  themes: list(themeLinkSchema).optional(),
  recommendations: list(recommendationSchema).optional(),
  findings: list(findingSchema).optional(),
  sources: sourceRefs.describe('where each fact was published; a real review cites at least one'),
}).describe('A case review');

/** The schema of each top-level record kind, for validating one record (e.g. in a mutation). */
export const RECORD_SCHEMAS = {
  sources: sourceSchema,
  taxonomies: taxonomySchema,
  taxonomyCategories: taxonomyCategorySchema,
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
  taxonomies: list(taxonomySchema).optional(),
  taxonomyCategories: list(taxonomyCategorySchema).optional(),
  partnerships: list(partnershipSchema).optional(),
  agencies: list(agencySchema).optional(),
  themes: list(themeSchema).optional(),
  documents: list(documentSchema).optional(),
  reviews: list(reviewSchema),
}).describe('A Safeguarding Learning Graph import file (import-v1)');

export type SourceRef = z.infer<typeof sourceRefSchema>;
export type ImportSource = z.infer<typeof sourceSchema>;
export type ImportTaxonomy = z.infer<typeof taxonomySchema>;
export type ImportTaxonomyCategory = z.infer<typeof taxonomyCategorySchema>;
export type ImportThemeMapping = z.infer<typeof themeMappingSchema>;
export type ImportDocumentListing = z.infer<typeof documentListingSchema>;
export type ImportThemeLink = z.infer<typeof themeLinkSchema>;
export type StatutoryPartnerRef = z.infer<typeof statutoryPartnerSchema>;
export type ImportPartnership = z.infer<typeof partnershipSchema>;
export type ImportAgency = z.infer<typeof agencySchema>;
export type ImportTheme = z.infer<typeof themeSchema>;
export type ImportDocument = z.infer<typeof documentSchema>;
export type ImportChild = z.infer<typeof childSchema>;
export type AgencyLink = z.infer<typeof agencyLinkSchema>;
export type ThemeLink = z.infer<typeof themeLinkSchema>;
export type ImportRecommendation = z.infer<typeof recommendationSchema>;
export type ImportStatusChange = z.infer<typeof statusChangeSchema>;
export type ImportFinding = z.infer<typeof findingSchema>;
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
  /** e.g. `reviews[3].publishedOn: expected YYYY, YYYY-MM or YYYY-MM-DD, got "Sept 2022"`. */
  message: string;
}

/** What an import wrote. */
export interface ImportSummary {
  sources: number;
  taxonomies: number;
  taxonomyCategories: number;
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
