import type { GraphQLResolveInfo } from 'graphql';
import type {
  ReviewRecord,
  ChildRecord,
  DocumentRecord,
  PartnershipRecord,
  SourceCitationRecord,
  SourceRecord,
  UnlistedDocumentRecord,
  InvolvementRecord,
  OlderReviewsRecord,
} from '../modules/reviews/reviews.model';
import type {
  TimelinessGroupRecord,
  HarmTypeInfoRecord,
} from '../modules/lifecycle/lifecycle.model';
import type { FindingRecord } from '../modules/findings/findings.model';
import type {
  ThemeRecord,
  ReviewThemeLinkRecord,
  PartnershipThemeRecord,
} from '../modules/themes/themes.model';
import type {
  TaxonomyRecord,
  TaxonomyCategoryRecord,
  ThemeMappingRecord,
  CategoryRecurrenceRecord,
} from '../modules/taxonomies/taxonomies.model';
import type { AgencyRecord } from '../modules/agencies/agencies.model';
import type {
  RecommendationRecord,
  StatusChangeRecord,
  RecommendationOwnerRecord,
  RecommendationFollowUpRecord,
} from '../modules/recommendations/recommendations.model';
import type {
  ThemeRecurrenceRecord,
  ThemePairRecord,
  ThemeTrendPointRecord,
  SimilarReviewRecord,
} from '../modules/analytics/analytics.model';
import type {
  CurriculumRecord,
  CurriculumModuleRecord,
} from '../modules/curriculum/curriculum.model';
import type { SearchHitRecord } from '../modules/search/search.model';
import type { ChangeRecord } from '../modules/audit/audit.model';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
};

/** A person or script that made a request or a change, as their credential named them. */
export type Actor = {
  __typename?: 'Actor';
  /** The name on the API token, or the name claim of the single sign-on token. */
  name: Scalars['String']['output'];
  /** The role the credential carried at the time. */
  role: Role;
};

/** Add a finding to a review (ANALYST); it takes the review's next position. */
export type AddFindingInput = {
  /** Where in the source, e.g. `p. 14`. */
  pageRef?: InputMaybe<Scalars['String']['input']>;
  /** Why the change is made, kept in the audit trail. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The review that found it. */
  reviewId: Scalars['ID']['input'];
  /** The published source that states it. */
  sourceId: Scalars['ID']['input'];
  /** The finding, restated from the source in your own words. */
  text: Scalars['String']['input'];
  /** The themes it is about. */
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Add a recommendation to a review (ANALYST); it takes the review's next number. */
export type AddRecommendationInput = {
  /** Agencies it is addressed to. */
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The agency that owns its follow-up, when the source names one. */
  ownerAgencyId?: InputMaybe<Scalars['ID']['input']>;
  /** The partnership that owns its follow-up (instead of an agency), when the source says so. */
  ownerPartnershipId?: InputMaybe<Scalars['ID']['input']>;
  /** Why the change is made, kept in the audit trail. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The review that makes the recommendation. */
  reviewId: Scalars['ID']['input'];
  /** The source that publishes it. */
  sourceId: Scalars['ID']['input'];
  /**
   * Where it stands, as the source reports it, with `statusOn`. Omitted (or NOT_KNOWN, with no
   * `statusOn`) when no source gives a status: it is then stored as NOT_KNOWN.
   */
  status?: InputMaybe<RecommendationStatus>;
  /**
   * The date the given `status` took effect (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), required with a
   * status: the status is recorded as the first entry of its status history, from `sourceId`.
   */
  statusOn?: InputMaybe<Scalars['String']['input']>;
  /** When it should be done by (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`: a month means its last day). */
  targetDate?: InputMaybe<Scalars['String']['input']>;
  /** The recommendation as published. */
  text: Scalars['String']['input'];
  /** Themes it addresses. */
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Add a published source that facts can cite (ANALYST). */
export type AddSourceInput = {
  /** Stable id: lower-case words joined by hyphens, e.g. `warwickshire-cspr-page`. */
  id: Scalars['ID']['input'];
  /** Who published it. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Why the change is made, kept in the audit trail. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** When it was read: `YYYY-MM` or `YYYY-MM-DD`. */
  retrievedOn?: InputMaybe<Scalars['String']['input']>;
  /** The source's title as published. */
  title: Scalars['String']['input'];
  /** Where the source is published. */
  url: Scalars['String']['input'];
};

/**
 * The child's age at the incident, in the bands the national Panel's annual report 2018 to 2019
 * and the serious incident notification statistics use.
 */
export type AgeBand =
  /** Aged 1 to 5. */
  | 'AGE_1_TO_5'
  /** Aged 6 to 10. */
  | 'AGE_6_TO_10'
  /** Aged 11 to 15. */
  | 'AGE_11_TO_15'
  /** Aged 16 or 17. */
  | 'AGE_16_TO_17'
  /** Under 1 year old. */
  | 'UNDER_1';

/** An organisation involved in a case or addressed by a recommendation. */
export type Agency = {
  __typename?: 'Agency';
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Name of the agency. */
  name: Scalars['String']['output'];
  /**
   * Recommendations addressed to the agency, newest review first, then by number: the first `first`
   * of them. To page through all, use `Query.recommendations(filter: { agencyIds: [...] })`.
   */
  recommendations: Array<Recommendation>;
  /**
   * Reviews of cases the agency was involved in, newest first: the first `first` of them. To page
   * through all, use `Query.reviews(filter: { agencyIds: [...] })`.
   */
  reviews: Array<Review>;
  /** The sector it works in. */
  sector: AgencySector;
  /** True for generated (synthetic) data. */
  synthetic: Scalars['Boolean']['output'];
};

/** An organisation involved in a case or addressed by a recommendation. */
export type AgencyRecommendationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An organisation involved in a case or addressed by a recommendation. */
export type AgencyReviewsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of agencies, ordered by name. */
export type AgencyConnection = {
  __typename?: 'AgencyConnection';
  /** The agencies on this page with their cursors. */
  edges: Array<AgencyEdge>;
  /** The agencies on this page. */
  nodes: Array<Agency>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of agencies matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of an agency connection. */
export type AgencyEdge = {
  __typename?: 'AgencyEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The agency. */
  node: Agency;
};

/** Selects agencies. All given conditions must hold. */
export type AgencyFilter = {
  /** Case-insensitive text the name must contain. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only agencies in one of these sectors. */
  sectors?: InputMaybe<Array<AgencySector>>;
  /** True: only synthetic agencies; false: only real ones; null or omitted: both. */
  synthetic?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The sector an agency works in. */
export type AgencySector =
  /** Local authority children's social care. */
  | 'CHILDRENS_SOCIAL_CARE'
  /** Early help services. */
  | 'EARLY_HELP'
  /** Schools, colleges and education services. */
  | 'EDUCATION'
  /** Health services: NHS trusts, integrated care boards, GPs, mental health services. */
  | 'HEALTH'
  /** Housing providers. */
  | 'HOUSING'
  /** Local authority (as a whole, e.g. a county council as statutory partner). */
  | 'LOCAL_AUTHORITY'
  /** Any other sector. */
  | 'OTHER'
  /** Police. */
  | 'POLICE'
  /** Probation service. */
  | 'PROBATION'
  /** Voluntary and community sector. */
  | 'VOLUNTARY';

/** A category of a taxonomy and the reviews that reach it through their local themes. */
export type CategoryRecurrence = {
  __typename?: 'CategoryRecurrence';
  /** The category. */
  category: TaxonomyCategory;
  /** Publication date of the earliest of those reviews with a known date. */
  firstPublished?: Maybe<Scalars['String']['output']>;
  /** Publication date of the latest of those reviews with a known date. */
  lastPublished?: Maybe<Scalars['String']['output']>;
  /** Number of distinct partnerships those reviews come from. */
  partnershipCount: Scalars['Int']['output'];
  /** Number of distinct matching reviews linked to a theme mapped to the category. */
  reviewCount: Scalars['Int']['output'];
  /**
   * The first `first` of those reviews, newest first; `reviewCount` says how many there are. To page
   * through all, ask `Query.reviews` with the theme ids in `themes`.
   */
  reviews: Array<Review>;
  /** The local themes through which those reviews reach the category, by name. */
  themes: Array<Theme>;
};

/** A category of a taxonomy and the reviews that reach it through their local themes. */
export type CategoryRecurrenceReviewsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * One recorded change to the graph: who made it, when, to what, and the changed fields before
 * and after. Written in the same transaction as the change itself; no operation edits or deletes it.
 */
export type Change = {
  __typename?: 'Change';
  /** Who made it, with their role at the time. */
  actor: Actor;
  /**
   * The changed fields after the change, as a JSON object; null when the entity was deleted. For
   * an import: the records the file holds, by kind, and which of the import's transactions this
   * was.
   */
  after?: Maybe<Scalars['String']['output']>;
  /** When the change was committed: an ISO 8601 date-time in UTC. */
  at: Scalars['String']['output'];
  /** The changed fields before the change, as a JSON object; null when the entity was created. */
  before?: Maybe<Scalars['String']['output']>;
  /**
   * The id of the entity changed (it may since have been deleted or merged away); for an import,
   * the name of the file imported.
   */
  entityId: Scalars['ID']['output'];
  /**
   * The kind of entity changed, e.g. `Theme`, `Review`, `Recommendation`; `ImportFile` for an
   * import.
   */
  entityType: Scalars['String']['output'];
  /** Stable id of this change. */
  id: Scalars['ID']['output'];
  /** The mutation (e.g. `createTheme`) or `import` (`npm run import`, the seed) that made it. */
  operation: Scalars['String']['output'];
  /** Why, as the caller said (`reason` in the mutation's input); null when none was given. */
  reason?: Maybe<Scalars['String']['output']>;
  /**
   * The id of the HTTP request that made the change (the `x-request-id` response header); for an
   * import, the id of that run, shared by the Changes of its transactions.
   */
  requestId: Scalars['String']['output'];
};

/** A page of changes, newest first. */
export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  /** The changes on this page with their cursors. */
  edges: Array<ChangeEdge>;
  /** The changes on this page. */
  nodes: Array<Change>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of changes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One change and its cursor. */
export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  /** Opaque cursor of this change: pass it as `after` for the changes that follow. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: Change;
};

/** Which changes to list; every field is optional and all given ones must hold. */
export type ChangeFilter = {
  /** Only changes made by a caller with exactly this name. */
  actorName?: InputMaybe<Scalars['String']['input']>;
  /** Only changes to this entity. */
  entityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only changes at or after this date (`YYYY-MM`, `YYYY-MM-DD`, inclusive). */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Only changes at or before this date (`YYYY-MM`, `YYYY-MM-DD`, inclusive). */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** A child a review concerns, known only by the pseudonym the review uses. */
export type Child = {
  __typename?: 'Child';
  /** Age band, null unless a source gives it. */
  ageBand?: Maybe<Scalars['String']['output']>;
  /** Stable id: `<review id>-<slug of pseudonym>`. */
  id: Scalars['ID']['output'];
  /** The pseudonym used by the review. */
  pseudonym: Scalars['String']['output'];
  /** True for generated (synthetic) data. */
  synthetic: Scalars['Boolean']['output'];
};

/** Create a theme (ANALYST). */
export type CreateThemeInput = {
  /** Other spellings of the name seen in reviews (the name is added). */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The theme's name as published; its id is the slug of the name. */
  name: Scalars['String']['input'];
  /** Why the change is made, kept in the audit trail. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** A training curriculum built from the themes linked to reviews. */
export type Curriculum = {
  __typename?: 'Curriculum';
  /** The audience sector the curriculum was tailored to, if any. */
  audienceSector?: Maybe<AgencySector>;
  /** The modules, most recurrent theme first. */
  modules: Array<CurriculumModule>;
  /** Number of distinct reviews that evidence at least one module. */
  reviewCount: Scalars['Int']['output'];
};

/** Scope of a curriculum. */
export type CurriculumInput = {
  /**
   * Tailor to an audience: only evidence from reviews whose involvements (an organisation, or a
   * sector named without one) include this sector.
   */
  audienceSector?: InputMaybe<AgencySector>;
  /** Which theme links count as evidence for a module; omitted means every kind of evidence. */
  evidence?: InputMaybe<Array<ThemeEvidence>>;
  /** Only evidence from reviews matching this filter. */
  filter?: InputMaybe<ReviewFilter>;
  /** At most this many modules, 1 to 100; omitted means all. */
  maxModules?: InputMaybe<Scalars['Int']['input']>;
  /** Minimum number of reviews evidencing a theme for it to get a module (at least 1; default 1). */
  minReviews?: InputMaybe<Scalars['Int']['input']>;
  /** How many related themes to list per module, 0 to 10 (default 3). */
  relatedThemes?: InputMaybe<Scalars['Int']['input']>;
  /** Only modules for these themes (related themes may still be any theme). */
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One module of a curriculum: a theme and what to teach it from. */
export type CurriculumModule = {
  __typename?: 'CurriculumModule';
  /** 7-minute briefings on the theme to teach from, by title. */
  briefings: Array<Document>;
  /**
   * The learning points: the findings on the theme of the reviews evidencing it, newest review
   * first and in each review's order, each with the published source that states it.
   */
  learningPoints: Array<Finding>;
  /** Position in the curriculum, from 1. */
  position: Scalars['Int']['output'];
  /** Number of reviews evidencing the theme. */
  reviewCount: Scalars['Int']['output'];
  /** The reviews evidencing the theme, newest first. */
  reviews: Array<Review>;
  /** Themes most often linked to the same reviews, to teach alongside; most frequent first, ties by name. */
  teachAlongside: Array<Theme>;
  /** The theme the module teaches. */
  theme: Theme;
  /** Distinct publication years of those reviews, ascending (unknown dates left out). */
  years: Array<Scalars['Int']['output']>;
};

/** One module of a curriculum: a theme and what to teach it from. */
export type CurriculumModuleReviewsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Delete an entity (ADMIN). The audit trail keeps every change to it. */
export type DeleteInput = {
  /** The `version` the caller last read (CONFLICT if it has changed since). */
  expectedVersion: Scalars['Int']['input'];
  /** The entity to delete. */
  id: Scalars['ID']['input'];
  /** Why the change is made, kept in the audit trail. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** An entity that was deleted, and the change that recorded it. */
export type DeletePayload = {
  __typename?: 'DeletePayload';
  /** The audit-trail entry of this mutation. */
  change: Change;
  /** The id of the deleted entity. */
  deletedId: Scalars['ID']['output'];
};

/**
 * A published document; a 7-minute briefing shared by several reviews is one document, which each
 * review may list under its own title.
 */
export type Document = {
  __typename?: 'Document';
  /** Its author as the document names them, when known. */
  author?: Maybe<Scalars['String']['output']>;
  /** Stable id; 7-minute briefings are `<partnership>-7mb-<theme id>`. */
  id: Scalars['ID']['output'];
  /** What kind of document it is. */
  kind: DocumentKind;
  /**
   * Its own date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) when it differs from the review's or the review's
   * is unknown; null otherwise.
   */
  publishedOn?: Maybe<Scalars['String']['output']>;
  /** The reviews that publish this document, newest first. */
  reviews: Array<Review>;
  /** True for generated (synthetic) data. */
  synthetic: Scalars['Boolean']['output'];
  /** The theme a 7-minute briefing is on; empty for other documents. */
  themes: Array<Theme>;
  /**
   * The title as published. Under `Review.documents`: the exact title it is listed with for that
   * review; elsewhere: its most common listed title.
   */
  title: Scalars['String']['output'];
  /** Where it is published, null unless known. */
  url?: Maybe<Scalars['String']['output']>;
};

/**
 * A published document; a 7-minute briefing shared by several reviews is one document, which each
 * review may list under its own title.
 */
export type DocumentReviewsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The kind of a published review document. */
export type DocumentKind =
  /**
   * A learning briefing other than a 7-minute briefing (a learning brief, briefing note, six-step or
   * 7-point briefing).
   */
  | 'LEARNING_BRIEFING'
  /** The partnership's lessons learned briefing. */
  | 'LESSONS_LEARNED_BRIEFING'
  /** Any other document (e.g. a recorded webinar). */
  | 'OTHER'
  /** Presentation slides. */
  | 'PRESENTATION'
  /** A press statement or press release. */
  | 'PRESS_STATEMENT'
  /** The full review report. */
  | 'REPORT'
  /** A 7-minute briefing on one learning theme, for practitioners' team meetings. */
  | 'SEVEN_MINUTE_BRIEFING'
  /** A statement issued by the partnership (e.g. a partnership statement or response). */
  | 'STATEMENT'
  /** A summary of the report (e.g. an executive summary), published instead of or beside it. */
  | 'SUMMARY';

/**
 * One finding of a review: what the review concluded about practice, restated from its published
 * source.
 */
export type Finding = {
  __typename?: 'Finding';
  /** Stable id: `<review id>-finding-<n>`, n counting from 1 in the order of the review's findings. */
  id: Scalars['ID']['output'];
  /** Where in the source, e.g. `p. 14` or `section 5.2`; null when not recorded. */
  pageRef?: Maybe<Scalars['String']['output']>;
  /** The review that found it. */
  review: Review;
  /** The published source that states the finding. */
  source: Source;
  /** True for generated (synthetic) data. */
  synthetic: Scalars['Boolean']['output'];
  /** The finding, restated from the source. */
  text: Scalars['String']['output'];
  /** The learning themes the finding is about, by name. */
  themes: Array<Theme>;
  /**
   * Edit counter: 1 for an imported or new finding, plus one for every change through the API
   * (`updateFinding`). Pass it as `expectedVersion` when changing it; a stale one is answered with
   * CONFLICT.
   */
  version: Scalars['Int']['output'];
};

/** A finding that was added or changed, and the change that recorded it. */
export type FindingPayload = {
  __typename?: 'FindingPayload';
  /** The audit-trail entry of this mutation. */
  change: Change;
  /** The finding as it now is. */
  finding: Finding;
};

/**
 * Categories of harm the national analyses of serious incidents count (the Child Safeguarding
 * Practice Review Panel's annual reports); `Query.harmTypes` gives each with its source.
 */
export type HarmType =
  /** Criminal exploitation (of adolescents, Panel annual report 2018 to 2019). */
  | 'CRIMINAL_EXPLOITATION'
  /** Extrafamilial harm (Panel annual report 2023 to 2024). */
  | 'EXTRAFAMILIAL_HARM'
  /** Extra-familial assault or homicide (a category of death, Panel annual report 2020). */
  | 'EXTRA_FAMILIAL_ASSAULT_OR_HOMICIDE'
  /** Maltreatment within the family (a category of death, Panel annual report 2020). */
  | 'MALTREATMENT_WITHIN_FAMILY'
  /** Neglect (Panel annual report 2022 to 2023). */
  | 'NEGLECT'
  /** Non-accidental injury (of babies under 1, Panel annual report 2018 to 2019). */
  | 'NON_ACCIDENTAL_INJURY'
  /** Physical abuse (the main form of non-fatal harm, Panel annual report 2020). */
  | 'PHYSICAL_ABUSE'
  /** Sexual abuse and/or exploitation (Panel annual report 2023 to 2024). */
  | 'SEXUAL_ABUSE_OR_EXPLOITATION'
  /** Sudden unexpected death in infancy, SUDI (a category of death, Panel annual report 2020). */
  | 'SUDI'
  /** Suicide (a category of death, Panel annual report 2020). */
  | 'SUICIDE';

/** A harm category with the words its source uses and the source itself. */
export type HarmTypeInfo = {
  __typename?: 'HarmTypeInfo';
  /** The category. */
  harmType: HarmType;
  /** The category as the source words it. */
  label: Scalars['String']['output'];
  /** The published page the category was taken from. */
  source: Source;
  /** Which national analysis uses the category. */
  usedBy: Scalars['String']['output'];
};

/** The serious incident a review is about. Each field is null (or empty) unless a source gives it. */
export type Incident = {
  __typename?: 'Incident';
  /** The child's age at the incident, in the bands the national analyses use. */
  ageBand?: Maybe<AgeBand>;
  /** The kinds of harm recorded, in the national analyses' categories; empty when unknown. */
  harmTypes: Array<HarmType>;
  /** The month of the incident, `YYYY-MM`. */
  month?: Maybe<Scalars['String']['output']>;
  /** Whether the child died or was seriously harmed. */
  outcome?: Maybe<IncidentOutcome>;
};

/** The serious incident a review is about; every field optional (null unless a source gives it). */
export type IncidentInput = {
  /** The child's age at the incident. */
  ageBand?: InputMaybe<AgeBand>;
  /** The kinds of harm. */
  harmTypes?: InputMaybe<Array<HarmType>>;
  /** The month of the incident, `YYYY-MM`. */
  month?: InputMaybe<Scalars['String']['input']>;
  /** Whether the child died or was seriously harmed. */
  outcome?: InputMaybe<IncidentOutcome>;
};

/** What happened to the child, as serious incident notifications are counted. */
export type IncidentOutcome =
  /** The child died. */
  | 'DEATH'
  /** The child was seriously harmed. */
  | 'SERIOUS_HARM';

/** An organisation or sector a source names as involved in a case. */
export type Involvement = {
  __typename?: 'Involvement';
  /** The organisation, when the source names one that is in the graph; null when it names a sector only. */
  agency?: Maybe<Agency>;
  /** The organisation's name, or the source's words for the sector (e.g. "his school"). */
  name: Scalars['String']['output'];
  /** The sector. */
  sector: AgencySector;
  /** The source that names the involvement. */
  source?: Maybe<Source>;
};

/** Link a theme to a review with the evidence it rests on (ANALYST); one link per theme and evidence. */
export type LinkReviewThemeInput = {
  /** What the link rests on: a listed briefing, a published finding, or our judgement. */
  evidence: ThemeEvidence;
  /**
   * The review's `version` the caller last read (CONFLICT if it has changed since). A review's
   * theme links are part of it: adding, changing or removing one advances its version.
   */
  expectedVersion: Scalars['Int']['input'];
  /** What the source says about it, in your own words. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Why the change is made, kept in the audit trail. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The review. */
  reviewId: Scalars['ID']['input'];
  /**
   * The published source that shows it; required for a real review's BRIEFING_PUBLISHED or
   * REPORT_FINDING link (only a curator's judgement may stand without one).
   */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** The theme. */
  themeId: Scalars['ID']['input'];
};

/**
 * Map a theme to a category of a published taxonomy (ANALYST), or change the basis of its mapping
 * to that category.
 */
export type MapThemeInput = {
  /** DIRECT when the source uses the same words; JUDGED for a curator's judgement. */
  basis: MappingBasis;
  /** The taxonomy category (`TaxonomyCategory.id`). */
  categoryId: Scalars['ID']['input'];
  /** The theme's `version` the caller last read (CONFLICT if it has changed since). */
  expectedVersion: Scalars['Int']['input'];
  /** One line: why (required for a JUDGED mapping). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Why the change is made, kept in the audit trail. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The theme. */
  themeId: Scalars['ID']['input'];
};

/** How a local theme relates to a category of a published taxonomy. */
export type MappingBasis =
  /** The category's source uses the same words as the theme (e.g. "Neglect" for "Child Neglect"). */
  | 'DIRECT'
  /** A curator's judgement that the theme belongs to the category; the mapping's note says why. */
  | 'JUDGED';

/**
 * Merge themes into one (ADMIN): every link of the merged themes moves to the kept theme, their
 * names and spellings become its aliases (so search still finds them), and they are deleted.
 */
export type MergeThemesInput = {
  /** The kept theme's `version` the caller last read (CONFLICT if it has changed since). */
  expectedVersion: Scalars['Int']['input'];
  /** The theme that stays. */
  keepId: Scalars['ID']['input'];
  /** The themes merged into it (at least one; not `keepId`). */
  mergeIds: Array<Scalars['ID']['input']>;
  /** Why the change is made, kept in the audit trail. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Changes to the graph through the API, each made by a signed-in caller with the role it needs
 * (ANALYST to curate, ADMIN to merge and delete). Each mutation is one transaction: all of it is
 * written, with the `Change` that records it, or nothing. Input is checked by the importer's rules.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Add a finding to a review (ANALYST). */
  addFinding: FindingPayload;
  /** Add a recommendation to a review (ANALYST). */
  addRecommendation: RecommendationPayload;
  /** Add a published source (ANALYST). */
  addSource: SourcePayload;
  /** Create a theme (ANALYST). */
  createTheme: ThemePayload;
  /**
   * Delete a finding (ADMIN; `expectedVersion`) with its links. A finding's id is its place in its
   * review, so each later finding moves up one place and takes the id of the one before it, with a
   * new `version` (read the review's findings again before editing one). The Change's `before`
   * holds the deleted finding and which ids moved.
   */
  deleteFinding: DeletePayload;
  /** Delete a recommendation and its links (ADMIN). */
  deleteRecommendation: DeletePayload;
  /**
   * Delete a review (ADMIN; `expectedVersion`) with what it owns: its children, sector
   * involvements, unlisted documents, findings, and recommendations with their status history.
   * Its partnership, agencies, documents, themes and sources are records of their own and stay.
   * The Change's `before` holds the review's whole import record: `restoreReview` with the Change's
   * id, or an import of that record, puts the review back.
   */
  deleteReview: DeletePayload;
  /** Delete a theme and its links (ADMIN); reviews and documents stay. */
  deleteTheme: DeletePayload;
  /** Link a theme to a review with its evidence and source (ANALYST; the review's `expectedVersion`). */
  linkReviewTheme: ReviewPayload;
  /** Map a theme to a published taxonomy category, with its basis (ANALYST; `expectedVersion`). */
  mapTheme: ThemePayload;
  /** Merge themes into one, keeping every link and every name as an alias (ADMIN). */
  mergeThemes: ThemePayload;
  /** Record where a recommendation stands from a date on (ANALYST; `expectedVersion`). */
  recordRecommendationStatus: RecommendationPayload;
  /**
   * Put back a review deleted with `deleteReview` (ADMIN), exactly as the deletion's Change
   * recorded it, with everything it owned. Refused, with nothing written, when a review with its id
   * exists again or when what it links to has gone since (the importer's messages say what).
   */
  restoreReview: ReviewPayload;
  /** Remove one theme link of a review (ANALYST; the review's `expectedVersion`). */
  unlinkReviewTheme: ReviewPayload;
  /** Remove a theme's mapping to one taxonomy category (ANALYST; `expectedVersion`). */
  unmapTheme: ThemePayload;
  /** Change a finding (ANALYST; `expectedVersion`). */
  updateFinding: FindingPayload;
  /**
   * Change the source or note of one theme link of a review in place (ANALYST; the review's
   * `expectedVersion`).
   */
  updateReviewThemeLink: ReviewPayload;
  /** Rename a theme or change its spellings (ANALYST; `expectedVersion`). */
  updateTheme: ThemePayload;
  /** Create a review or change its own fields (ANALYST; `expectedVersion` for an existing one). */
  upsertReview: ReviewPayload;
};

/**
 * Changes to the graph through the API, each made by a signed-in caller with the role it needs
 * (ANALYST to curate, ADMIN to merge and delete). Each mutation is one transaction: all of it is
 * written, with the `Change` that records it, or nothing. Input is checked by the importer's rules.
 */
export type MutationAddFindingArgs = {
  input: AddFindingInput;
};

/**
 * Changes to the graph through the API, each made by a signed-in caller with the role it needs
 * (ANALYST to curate, ADMIN to merge and delete). Each mutation is one transaction: all of it is
 * written, with the `Change` that records it, or nothing. Input is checked by the importer's rules.
 */
export type MutationAddRecommendationArgs = {
  input: AddRecommendationInput;
};

/**
 * Changes to the graph through the API, each made by a signed-in caller with the role it needs
 * (ANALYST to curate, ADMIN to merge and delete). Each mutation is one transaction: all of it is
 * written, with the `Change` that records it, or nothing. Input is checked by the importer's rules.
 */
export type MutationAddSourceArgs = {
  input: AddSourceInput;
};

/**
 * Changes to the graph through the API, each made by a signed-in caller with the role it needs
 * (ANALYST to curate, ADMIN to merge and delete). Each mutation is one transaction: all of it is
 * written, with the `Change` that records it, or nothing. Input is checked by the importer's rules.
 */
export type MutationCreateThemeArgs = {
  input: CreateThemeInput;
};

/**
 * Changes to the graph through the API, each made by a signed-in caller with the role it needs
 * (ANALYST to curate, ADMIN to merge and delete). Each mutation is one transaction: all of it is
 * written, with the `Change` that records it, or nothing. Input is checked by the importer's rules.
 */
export type MutationDeleteFindingArgs = {
  input: DeleteInput;
};

/**
 * Changes to the graph through the API, each made by a signed-in caller with the role it needs
 * (ANALYST to curate, ADMIN to merge and delete). Each mutation is one transaction: all of it is
 * written, with the `Change` that records it, or nothing. Input is checked by the importer's rules.
 */
export type MutationDeleteRecommendationArgs = {
  input: DeleteInput;
};

/**
 * Changes to the graph through the API, each made by a signed-in caller with the role it needs
 * (ANALYST to curate, ADMIN to merge and delete). Each mutation is one transaction: all of it is
 * written, with the `Change` that records it, or nothing. Input is checked by the importer's rules.
 */
export type MutationDeleteReviewArgs = {
  input: DeleteInput;
};

/**
 * Changes to the graph through the API, each made by a signed-in caller with the role it needs
 * (ANALYST to curate, ADMIN to merge and delete). Each mutation is one transaction: all of it is
 * written, with the `Change` that records it, or nothing. Input is checked by the importer's rules.
 */
export type MutationDeleteThemeArgs = {
  input: DeleteInput;
};

/**
 * Changes to the graph through the API, each made by a signed-in caller with the role it needs
 * (ANALYST to curate, ADMIN to merge and delete). Each mutation is one transaction: all of it is
 * written, with the `Change` that records it, or nothing. Input is checked by the importer's rules.
 */
export type MutationLinkReviewThemeArgs = {
  input: LinkReviewThemeInput;
};

/**
 * Changes to the graph through the API, each made by a signed-in caller with the role it needs
 * (ANALYST to curate, ADMIN to merge and delete). Each mutation is one transaction: all of it is
 * written, with the `Change` that records it, or nothing. Input is checked by the importer's rules.
 */
export type MutationMapThemeArgs = {
  input: MapThemeInput;
};

/**
 * Changes to the graph through the API, each made by a signed-in caller with the role it needs
 * (ANALYST to curate, ADMIN to merge and delete). Each mutation is one transaction: all of it is
 * written, with the `Change` that records it, or nothing. Input is checked by the importer's rules.
 */
export type MutationMergeThemesArgs = {
  input: MergeThemesInput;
};

/**
 * Changes to the graph through the API, each made by a signed-in caller with the role it needs
 * (ANALYST to curate, ADMIN to merge and delete). Each mutation is one transaction: all of it is
 * written, with the `Change` that records it, or nothing. Input is checked by the importer's rules.
 */
export type MutationRecordRecommendationStatusArgs = {
  input: RecordRecommendationStatusInput;
};

/**
 * Changes to the graph through the API, each made by a signed-in caller with the role it needs
 * (ANALYST to curate, ADMIN to merge and delete). Each mutation is one transaction: all of it is
 * written, with the `Change` that records it, or nothing. Input is checked by the importer's rules.
 */
export type MutationRestoreReviewArgs = {
  input: RestoreReviewInput;
};

/**
 * Changes to the graph through the API, each made by a signed-in caller with the role it needs
 * (ANALYST to curate, ADMIN to merge and delete). Each mutation is one transaction: all of it is
 * written, with the `Change` that records it, or nothing. Input is checked by the importer's rules.
 */
export type MutationUnlinkReviewThemeArgs = {
  input: UnlinkReviewThemeInput;
};

/**
 * Changes to the graph through the API, each made by a signed-in caller with the role it needs
 * (ANALYST to curate, ADMIN to merge and delete). Each mutation is one transaction: all of it is
 * written, with the `Change` that records it, or nothing. Input is checked by the importer's rules.
 */
export type MutationUnmapThemeArgs = {
  input: UnmapThemeInput;
};

/**
 * Changes to the graph through the API, each made by a signed-in caller with the role it needs
 * (ANALYST to curate, ADMIN to merge and delete). Each mutation is one transaction: all of it is
 * written, with the `Change` that records it, or nothing. Input is checked by the importer's rules.
 */
export type MutationUpdateFindingArgs = {
  input: UpdateFindingInput;
};

/**
 * Changes to the graph through the API, each made by a signed-in caller with the role it needs
 * (ANALYST to curate, ADMIN to merge and delete). Each mutation is one transaction: all of it is
 * written, with the `Change` that records it, or nothing. Input is checked by the importer's rules.
 */
export type MutationUpdateReviewThemeLinkArgs = {
  input: UpdateReviewThemeLinkInput;
};

/**
 * Changes to the graph through the API, each made by a signed-in caller with the role it needs
 * (ANALYST to curate, ADMIN to merge and delete). Each mutation is one transaction: all of it is
 * written, with the `Change` that records it, or nothing. Input is checked by the importer's rules.
 */
export type MutationUpdateThemeArgs = {
  input: UpdateThemeInput;
};

/**
 * Changes to the graph through the API, each made by a signed-in caller with the role it needs
 * (ANALYST to curate, ADMIN to merge and delete). Each mutation is one transaction: all of it is
 * written, with the `Change` that records it, or nothing. Input is checked by the importer's rules.
 */
export type MutationUpsertReviewArgs = {
  input: UpsertReviewInput;
};

/** Where a partnership's older reviews are published. */
export type OlderReviews = {
  __typename?: 'OlderReviews';
  /** What the page says, in our own words. */
  note: Scalars['String']['output'];
  /** The source that says so. */
  source?: Maybe<Source>;
  /** The address of the older list, when the page gives it. */
  url?: Maybe<Scalars['String']['output']>;
};

/**
 * Relay page information for a cursor connection. Cursors are opaque strings: pass `endCursor`
 * as `after` to fetch the next page.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page, null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede this page (the request used `after`). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item on this page, null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/**
 * A local safeguarding children partnership (the statutory safeguarding partners of an area), or
 * the board that preceded it.
 */
export type Partnership = {
  __typename?: 'Partnership';
  /**
   * What the partnership's pages warn about their own list, in our own words (e.g. dates that are
   * incident dates, reviews published in one batch).
   */
  caveats: Array<Scalars['String']['output']>;
  /** Stable id, e.g. `warwickshire`. */
  id: Scalars['ID']['output'];
  /** Name of the partnership. */
  name: Scalars['String']['output'];
  /**
   * Where the partnership's older reviews are published, when its page says so; null otherwise.
   * Reviews kept there are not in this graph unless listed here.
   */
  olderReviews?: Maybe<OlderReviews>;
  /**
   * Themes the partnership states for a group of its reviews together (not for any one review), by
   * theme name.
   */
  statedThemes: Array<PartnershipTheme>;
  /** The statutory safeguarding partners (local authority, health, police), by name. */
  statutoryPartners: Array<Agency>;
  /** True for generated (synthetic) data. */
  synthetic: Scalars['Boolean']['output'];
};

/** A theme a partnership states for a group of its reviews together. */
export type PartnershipTheme = {
  __typename?: 'PartnershipTheme';
  /** Which reviews it was stated for, in our own words. */
  note?: Maybe<Scalars['String']['output']>;
  /** The source that states it. */
  source?: Maybe<Source>;
  /** The theme. */
  theme: Theme;
};

/**
 * The read-only entry points of the Safeguarding Learning Graph. Each domain schema file
 * (`reviews`, `themes`, `agencies`, `recommendations`, `analytics`, `curriculum`, `search`)
 * adds its fields with `extend type Query`.
 */
export type Query = {
  __typename?: 'Query';
  /** Agencies matching `filter`, by name, one page at a time. */
  agencies: AgencyConnection;
  /** One agency by id, or null when unknown. */
  agency?: Maybe<Agency>;
  /** The audit trail: changes made through the API and by imports, newest first. */
  changes: ChangeConnection;
  /**
   * A training curriculum: one module per theme, most recurrent first (ties by name), each with the
   * reviews linked to it (by links whose evidence is one of `input.evidence`), the 7-minute briefings
   * to teach from and the related themes to teach alongside.
   */
  curriculum: Curriculum;
  /** One finding by id, or null when no finding has that id. */
  finding?: Maybe<Finding>;
  /**
   * The categories of harm a serious incident can be recorded with, each as the national
   * analyses name it and with the published source that names it.
   */
  harmTypes: Array<HarmTypeInfo>;
  /** One safeguarding partnership by id, or null when unknown. */
  partnership?: Maybe<Partnership>;
  /** Every safeguarding partnership, by name. */
  partnerships: Array<Partnership>;
  /**
   * Are recommendations followed up? One row per owner (an agency or a partnership) of the matching
   * recommendations: how many there are, how many are open, overdue and completed as of `asOf`,
   * how many have a status no source we hold reports (not known), and the median days from the
   * review's publication to completion. Rows with the most overdue come first.
   */
  recommendationFollowUp: Array<RecommendationFollowUp>;
  /** Recommendations matching `filter`, newest review first then by number, one page at a time. */
  recommendations: RecommendationConnection;
  /**
   * The categories of one taxonomy linked to at least `minReviews` distinct matching reviews, most
   * recurrent first, ties by name. A review counts for a category when it is linked (by one of the
   * given kinds of evidence) to a local theme that maps to the category (on one of the given
   * bases). This is the fair comparison across partnerships whose local theme names differ.
   */
  recurringCategories: Array<CategoryRecurrence>;
  /**
   * Themes linked to at least `minReviews` distinct reviews matching `filter`, by a link whose
   * evidence is one of `evidence`; most recurrent first, ties by name. With the default (every kind
   * of evidence) a review counts when a briefing on the theme was listed under it, when a published
   * account of it states the theme, or when a curator judged it; ask for `[REPORT_FINDING]` to count
   * only what published accounts of the reviews state.
   */
  recurringThemes: Array<ThemeRecurrence>;
  /** One review by id, or null when no review has that id. */
  review?: Maybe<Review>;
  /** Reviews matching `filter`, one page at a time. */
  reviews: ReviewConnection;
  /**
   * Full-text search over review titles and summaries, theme names and aliases, document titles,
   * recommendation text and finding text; best match first. Lucene special characters in `query`
   * are matched literally.
   */
  search: Array<SearchHit>;
  /**
   * Other reviews ranked by the overlap of their theme sets with this review's (Jaccard score),
   * ties by number of shared themes, then title. A review's theme set is the themes of its links
   * whose evidence is one of `evidence`. Reviews sharing no theme are left out; an unknown review id
   * gives an empty list.
   */
  similarReviews: Array<SimilarReview>;
  /**
   * Every taxonomy held, by publisher, then year (unknown last), then name. Each is a published
   * scheme, with its source; its categories are named exactly as that source names them.
   */
  taxonomies: Array<Taxonomy>;
  /** One taxonomy by id, or null when no taxonomy has that id. */
  taxonomy?: Maybe<Taxonomy>;
  /** One learning theme by id, or null when no theme has that id. */
  theme?: Maybe<Theme>;
  /**
   * Pairs of themes both linked to at least `minReviews` matching reviews (by links whose evidence
   * is one of `evidence`), most frequent first, ties by the two names.
   */
  themeCooccurrence: Array<ThemePair>;
  /**
   * Per theme and publication year, how many matching reviews are linked to the theme (by links
   * whose evidence is one of `evidence`); by theme name, then year. Years without such a review are
   * omitted; reviews of unknown date are not counted.
   */
  themeTrend: Array<ThemeTrendPoint>;
  /** Learning themes matching `filter`, by name, one page at a time. */
  themes: ThemeConnection;
  /**
   * Were serious incidents notified within 5 working days, and rapid reviews held within 15
   * working days of notification? One group per partnership or per year of notification, each
   * counting the matching reviews on time, late and unknown (a date missing) for each stage.
   * Working days exclude weekends and England's bank holidays.
   */
  timeliness: Array<TimelinessGroup>;
  /** The caller, from the `Authorization: Bearer` credential; null for an anonymous caller. */
  viewer?: Maybe<Actor>;
};

/**
 * The read-only entry points of the Safeguarding Learning Graph. Each domain schema file
 * (`reviews`, `themes`, `agencies`, `recommendations`, `analytics`, `curriculum`, `search`)
 * adds its fields with `extend type Query`.
 */
export type QueryAgenciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgencyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * The read-only entry points of the Safeguarding Learning Graph. Each domain schema file
 * (`reviews`, `themes`, `agencies`, `recommendations`, `analytics`, `curriculum`, `search`)
 * adds its fields with `extend type Query`.
 */
export type QueryAgencyArgs = {
  id: Scalars['ID']['input'];
};

/**
 * The read-only entry points of the Safeguarding Learning Graph. Each domain schema file
 * (`reviews`, `themes`, `agencies`, `recommendations`, `analytics`, `curriculum`, `search`)
 * adds its fields with `extend type Query`.
 */
export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ChangeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * The read-only entry points of the Safeguarding Learning Graph. Each domain schema file
 * (`reviews`, `themes`, `agencies`, `recommendations`, `analytics`, `curriculum`, `search`)
 * adds its fields with `extend type Query`.
 */
export type QueryCurriculumArgs = {
  input?: InputMaybe<CurriculumInput>;
};

/**
 * The read-only entry points of the Safeguarding Learning Graph. Each domain schema file
 * (`reviews`, `themes`, `agencies`, `recommendations`, `analytics`, `curriculum`, `search`)
 * adds its fields with `extend type Query`.
 */
export type QueryFindingArgs = {
  id: Scalars['ID']['input'];
};

/**
 * The read-only entry points of the Safeguarding Learning Graph. Each domain schema file
 * (`reviews`, `themes`, `agencies`, `recommendations`, `analytics`, `curriculum`, `search`)
 * adds its fields with `extend type Query`.
 */
export type QueryPartnershipArgs = {
  id: Scalars['ID']['input'];
};

/**
 * The read-only entry points of the Safeguarding Learning Graph. Each domain schema file
 * (`reviews`, `themes`, `agencies`, `recommendations`, `analytics`, `curriculum`, `search`)
 * adds its fields with `extend type Query`.
 */
export type QueryRecommendationFollowUpArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RecommendationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * The read-only entry points of the Safeguarding Learning Graph. Each domain schema file
 * (`reviews`, `themes`, `agencies`, `recommendations`, `analytics`, `curriculum`, `search`)
 * adds its fields with `extend type Query`.
 */
export type QueryRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RecommendationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * The read-only entry points of the Safeguarding Learning Graph. Each domain schema file
 * (`reviews`, `themes`, `agencies`, `recommendations`, `analytics`, `curriculum`, `search`)
 * adds its fields with `extend type Query`.
 */
export type QueryRecurringCategoriesArgs = {
  basis?: InputMaybe<Array<MappingBasis>>;
  evidence?: InputMaybe<Array<ThemeEvidence>>;
  filter?: InputMaybe<ReviewFilter>;
  minReviews?: InputMaybe<Scalars['Int']['input']>;
  taxonomyId: Scalars['ID']['input'];
};

/**
 * The read-only entry points of the Safeguarding Learning Graph. Each domain schema file
 * (`reviews`, `themes`, `agencies`, `recommendations`, `analytics`, `curriculum`, `search`)
 * adds its fields with `extend type Query`.
 */
export type QueryRecurringThemesArgs = {
  evidence?: InputMaybe<Array<ThemeEvidence>>;
  filter?: InputMaybe<ReviewFilter>;
  minReviews?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * The read-only entry points of the Safeguarding Learning Graph. Each domain schema file
 * (`reviews`, `themes`, `agencies`, `recommendations`, `analytics`, `curriculum`, `search`)
 * adds its fields with `extend type Query`.
 */
export type QueryReviewArgs = {
  id: Scalars['ID']['input'];
};

/**
 * The read-only entry points of the Safeguarding Learning Graph. Each domain schema file
 * (`reviews`, `themes`, `agencies`, `recommendations`, `analytics`, `curriculum`, `search`)
 * adds its fields with `extend type Query`.
 */
export type QueryReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReviewFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ReviewOrder>;
};

/**
 * The read-only entry points of the Safeguarding Learning Graph. Each domain schema file
 * (`reviews`, `themes`, `agencies`, `recommendations`, `analytics`, `curriculum`, `search`)
 * adds its fields with `extend type Query`.
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};

/**
 * The read-only entry points of the Safeguarding Learning Graph. Each domain schema file
 * (`reviews`, `themes`, `agencies`, `recommendations`, `analytics`, `curriculum`, `search`)
 * adds its fields with `extend type Query`.
 */
export type QuerySimilarReviewsArgs = {
  evidence?: InputMaybe<Array<ThemeEvidence>>;
  filter?: InputMaybe<ReviewFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  reviewId: Scalars['ID']['input'];
};

/**
 * The read-only entry points of the Safeguarding Learning Graph. Each domain schema file
 * (`reviews`, `themes`, `agencies`, `recommendations`, `analytics`, `curriculum`, `search`)
 * adds its fields with `extend type Query`.
 */
export type QueryTaxonomiesArgs = {
  kinds?: InputMaybe<Array<TaxonomyKind>>;
};

/**
 * The read-only entry points of the Safeguarding Learning Graph. Each domain schema file
 * (`reviews`, `themes`, `agencies`, `recommendations`, `analytics`, `curriculum`, `search`)
 * adds its fields with `extend type Query`.
 */
export type QueryTaxonomyArgs = {
  id: Scalars['ID']['input'];
};

/**
 * The read-only entry points of the Safeguarding Learning Graph. Each domain schema file
 * (`reviews`, `themes`, `agencies`, `recommendations`, `analytics`, `curriculum`, `search`)
 * adds its fields with `extend type Query`.
 */
export type QueryThemeArgs = {
  id: Scalars['ID']['input'];
};

/**
 * The read-only entry points of the Safeguarding Learning Graph. Each domain schema file
 * (`reviews`, `themes`, `agencies`, `recommendations`, `analytics`, `curriculum`, `search`)
 * adds its fields with `extend type Query`.
 */
export type QueryThemeCooccurrenceArgs = {
  evidence?: InputMaybe<Array<ThemeEvidence>>;
  filter?: InputMaybe<ReviewFilter>;
  minReviews?: InputMaybe<Scalars['Int']['input']>;
  themeId?: InputMaybe<Scalars['ID']['input']>;
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/**
 * The read-only entry points of the Safeguarding Learning Graph. Each domain schema file
 * (`reviews`, `themes`, `agencies`, `recommendations`, `analytics`, `curriculum`, `search`)
 * adds its fields with `extend type Query`.
 */
export type QueryThemeTrendArgs = {
  evidence?: InputMaybe<Array<ThemeEvidence>>;
  filter?: InputMaybe<ReviewFilter>;
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/**
 * The read-only entry points of the Safeguarding Learning Graph. Each domain schema file
 * (`reviews`, `themes`, `agencies`, `recommendations`, `analytics`, `curriculum`, `search`)
 * adds its fields with `extend type Query`.
 */
export type QueryThemesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ThemeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * The read-only entry points of the Safeguarding Learning Graph. Each domain schema file
 * (`reviews`, `themes`, `agencies`, `recommendations`, `analytics`, `curriculum`, `search`)
 * adds its fields with `extend type Query`.
 */
export type QueryTimelinessArgs = {
  filter?: InputMaybe<ReviewFilter>;
  groupBy?: InputMaybe<TimelinessGroupBy>;
};

/**
 * The rapid review of a notified serious incident: a stage every case passes through, which
 * decides whether a local or national review follows.
 */
export type RapidReview = {
  __typename?: 'RapidReview';
  /** What the rapid review decided; null when unknown. */
  decision?: Maybe<RapidReviewDecision>;
  /** The day the rapid review was held (`YYYY-MM-DD`); null when unknown. */
  heldOn?: Maybe<Scalars['String']['output']>;
};

/** What a rapid review decided should follow it. */
export type RapidReviewDecision =
  /** A local learning review held instead of a full CSPR. */
  | 'ALTERNATIVE_LEARNING_REVIEW'
  /** A local Child Safeguarding Practice Review. */
  | 'LOCAL_CSPR'
  /** A review by the national Child Safeguarding Practice Review Panel. */
  | 'NATIONAL_REVIEW'
  /** No further review (the rapid review's own learning stands). */
  | 'NO_FURTHER_REVIEW';

/** The rapid review of the notified incident. */
export type RapidReviewInput = {
  /** What it decided. */
  decision?: InputMaybe<RapidReviewDecision>;
  /** When it was held, `YYYY-MM-DD`. */
  heldOn?: InputMaybe<Scalars['String']['input']>;
};

/** A recommendation made by a review. */
export type Recommendation = {
  __typename?: 'Recommendation';
  /** The agencies it is addressed to, by name. */
  addressedTo: Array<Agency>;
  /** Stable id: `<review id>-rec-<number>`. */
  id: Scalars['ID']['output'];
  /** Its number within the review. */
  number: Scalars['Int']['output'];
  /**
   * True when, as of `asOf` (or the query's `asOf`, or today), the target date has passed and the
   * status then was open (no entry yet counts as open). False without a target date, and false
   * when the status is NOT_KNOWN: the graph cannot tell, so it does not claim it is overdue.
   */
  overdue: Scalars['Boolean']['output'];
  /** The agency or partnership that owns its follow-up; null when no source names one. */
  owner?: Maybe<RecommendationOwner>;
  /** The review that makes it. */
  review: Review;
  /**
   * Where it stands now: the latest entry of `statusHistory` (or the status a source gave without a
   * date, when there is no history); NOT_KNOWN when no published source we hold reports one.
   */
  status: RecommendationStatus;
  /** Every recorded status change, oldest first. */
  statusHistory: Array<RecommendationStatusChange>;
  /** The date of the latest status entry (`YYYY-MM` or `YYYY-MM-DD`), null when unknown. */
  statusUpdatedOn?: Maybe<Scalars['String']['output']>;
  /** True for generated (synthetic) data. */
  synthetic: Scalars['Boolean']['output'];
  /**
   * The date by which it should be carried out (`YYYY-MM` or `YYYY-MM-DD`: a month means its
   * last day); null when none is known.
   */
  targetDate?: Maybe<Scalars['String']['output']>;
  /** The recommendation as published. */
  text: Scalars['String']['output'];
  /** The themes it addresses, by name. */
  themes: Array<Theme>;
  /**
   * Edit counter: 1 for an imported or new recommendation, plus one for every change through the API. Pass it
   * as `expectedVersion` when changing it; a stale one is answered with CONFLICT.
   */
  version: Scalars['Int']['output'];
};

/** A recommendation made by a review. */
export type RecommendationOverdueArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};

/** A page of recommendations. */
export type RecommendationConnection = {
  __typename?: 'RecommendationConnection';
  /** The recommendations on this page with their cursors. */
  edges: Array<RecommendationEdge>;
  /** The recommendations on this page. */
  nodes: Array<Recommendation>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of recommendations matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a recommendation connection. */
export type RecommendationEdge = {
  __typename?: 'RecommendationEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The recommendation. */
  node: Recommendation;
};

/** Selects recommendations. All given conditions must hold; within a list, any value matches. */
export type RecommendationFilter = {
  /** Only recommendations addressed to one of these agencies. */
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /**
   * True: only recommendations overdue at the query's `asOf` (past their target date and open);
   * false: only those not overdue (NOT_KNOWN ones included, as they are never overdue); null or
   * omitted: both.
   */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only recommendations owned by one of these agencies. */
  ownerAgencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only recommendations owned by one of these partnerships. */
  ownerPartnershipIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only recommendations made by reviews matching this filter. */
  review?: InputMaybe<ReviewFilter>;
  /**
   * Only recommendations whose current status (`status`) is one of these; NOT_KNOWN selects
   * those whose status no source we hold reports.
   */
  statuses?: InputMaybe<Array<RecommendationStatus>>;
  /** Only recommendations addressing one of these themes. */
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Follow-up of the recommendations one owner holds, as of a day. */
export type RecommendationFollowUp = {
  __typename?: 'RecommendationFollowUp';
  /** Of the total, COMPLETED as of the day. */
  completed: Scalars['Int']['output'];
  /**
   * Median days from the review's publication (the 1st when only the month is known) to the
   * completing status entry, over the completed ones; null when none is completed.
   */
  medianDaysToCompletion?: Maybe<Scalars['Float']['output']>;
  /**
   * Of those, NOT_KNOWN: no published source we hold reports their status; neither open nor
   * closed, never overdue.
   */
  notKnown: Scalars['Int']['output'];
  /** Of those, open (OPEN or IN_PROGRESS, or no status entry yet) as of the day. */
  open: Scalars['Int']['output'];
  /** Of the open ones, past their target date. */
  overdue: Scalars['Int']['output'];
  /** The owning agency or partnership; null for the recommendations without a recorded owner. */
  owner?: Maybe<RecommendationOwner>;
  /** Matching recommendations it owns. */
  total: Scalars['Int']['output'];
};

/** The agency or partnership that owns a recommendation's follow-up. */
export type RecommendationOwner = Agency | Partnership;

/** A recommendation that was added, and the change that recorded it. */
export type RecommendationPayload = {
  __typename?: 'RecommendationPayload';
  /** The audit-trail entry of this mutation. */
  change: Change;
  /** The recommendation as it now is. */
  recommendation: Recommendation;
};

/**
 * Where a recommendation stands. OPEN and IN_PROGRESS are open; COMPLETED, NOT_ACCEPTED and
 * SUPERSEDED are closed; NOT_KNOWN is neither: no published source we hold reports its status.
 */
export type RecommendationStatus =
  /** Carried out (closed). */
  | 'COMPLETED'
  /** Work under way. */
  | 'IN_PROGRESS'
  /** The owner did not accept it (closed). */
  | 'NOT_ACCEPTED'
  /**
   * No published source we hold reports its status: not open, not closed, just not known. Such a
   * recommendation has no status history, is never `overdue` and is counted in
   * `RecommendationFollowUp.notKnown`. Never an entry of a status history.
   */
  | 'NOT_KNOWN'
  /** A source reports it accepted or published with work not yet started. */
  | 'OPEN'
  /** Replaced by a later recommendation or action (closed). */
  | 'SUPERSEDED';

/** One entry of a recommendation's status history. */
export type RecommendationStatusChange = {
  __typename?: 'RecommendationStatusChange';
  /** A short note, when the source gives one. */
  note?: Maybe<Scalars['String']['output']>;
  /** The date of the change (`YYYY-MM` or `YYYY-MM-DD`). */
  on: Scalars['String']['output'];
  /** The published source that reports it (e.g. a partnership's annual report), when known. */
  source?: Maybe<Source>;
  /** The status from this date on (a reported status: never NOT_KNOWN). */
  status: RecommendationStatus;
};

/**
 * Record a new entry of a recommendation's status history (ANALYST): where it stands from a date
 * on, as a published source reports it. Entries are in date order: one dated before the latest
 * entry is refused, and so is a closed status after a closed one.
 */
export type RecordRecommendationStatusInput = {
  /** The recommendation's `version` the caller last read (CONFLICT if it has changed since). */
  expectedVersion: Scalars['Int']['input'];
  /** A short note on what the source says, in your own words. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** When the status took effect: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, on or after the latest entry. */
  on: Scalars['String']['input'];
  /** Why the change is made, kept in the audit trail. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The recommendation. */
  recommendationId: Scalars['ID']['input'];
  /** The published source that reports it (e.g. a partnership's annual report), when there is one. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Where it stands from `on`: a status the source reports (not NOT_KNOWN). */
  status: RecommendationStatus;
};

/** Input of `restoreReview`: the `deleteReview` Change whose `before` holds the review. */
export type RestoreReviewInput = {
  /** The id of the Change that recorded the review's deletion (operation `deleteReview`). */
  changeId: Scalars['ID']['input'];
  /** Why the change is made, kept in the audit trail. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A child safeguarding case review (CSPR, Serious Case Review, learning review or national review),
 * as the partnership that lists it publishes it.
 */
export type Review = {
  __typename?: 'Review';
  /** Organisations in the graph named as involved in the case, by name. */
  agencies: Array<Agency>;
  /** The day the local authority became aware of the serious incident (`YYYY-MM-DD`); null when unknown. */
  awareOn?: Maybe<Scalars['String']['output']>;
  /**
   * What the sources warn about this record, in our own words: dates that differ between pages,
   * facts known only from a secondary site, dates that are not publication dates.
   */
  caveats: Array<Scalars['String']['output']>;
  /** The children the review concerns (pseudonyms only). */
  children: Array<Child>;
  /** The day the partnership commissioned this review (`YYYY-MM-DD`); null when unknown. */
  commissionedOn?: Maybe<Scalars['String']['output']>;
  /**
   * The documents listed for this review (report, summary, briefings, statements...), each under the
   * exact title it is listed with for this review (a briefing shared by several reviews may be listed
   * under different titles); by that title.
   */
  documents: Array<Document>;
  /** What the review found, in the order the source gives; empty when no finding is recorded. */
  findings: Array<Finding>;
  /** Stable id: `<partnership id>-<slug of title>`. */
  id: Scalars['ID']['output'];
  /** The serious incident that led to the review; null when no source describes it. */
  incident?: Maybe<Incident>;
  /**
   * Every involvement a source names: an organisation in the graph, or only a sector in the
   * source's words (e.g. "his school") when the source names no organisation; by sector, then name.
   */
  involvements: Array<Involvement>;
  /** The statutory type of review. */
  kind: ReviewKind;
  /** The review's methodology, when a source gives it. */
  methodology?: Maybe<Scalars['String']['output']>;
  /**
   * The day the local authority notified the national Child Safeguarding Practice Review Panel
   * (`YYYY-MM-DD`); null when unknown.
   */
  notifiedOn?: Maybe<Scalars['String']['output']>;
  /**
   * The safeguarding partnership whose published list the review is taken from (for a national
   * review, the partnership that published learning from it).
   */
  partnership?: Maybe<Partnership>;
  /**
   * Publication date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: exactly as precise as the source gives it;
   * null when no source gives it (see `caveats` for dates the sources disagree on).
   */
  publishedOn?: Maybe<Scalars['String']['output']>;
  /** Year of publication, null when unknown. */
  publishedYear?: Maybe<Scalars['Int']['output']>;
  /**
   * The rapid review every notified case goes through before any further review; null when
   * nothing is known of it.
   */
  rapidReview?: Maybe<RapidReview>;
  /** Recommendations the review makes, by number. */
  recommendations: Array<Recommendation>;
  /**
   * Other reviews ranked by the overlap of their theme sets with this review's: the same list, in
   * the same order, as `Query.similarReviews` with this review's id and the same arguments (Jaccard
   * score, ties by number of shared themes, then title; reviews sharing no theme are left out). It
   * lets a client ask for a review it has not picked by id, such as the newest under a filter
   * (`reviews(filter: ..., first: 1)`), and that review's neighbours in one request.
   */
  similarReviews: Array<SimilarReview>;
  /** Published sources for the review record and which facts each supports. */
  sources: Array<SourceCitation>;
  /**
   * A short factual summary in our own words of what the cited sources say about the case and what
   * the review found; null when no source says.
   */
  summary?: Maybe<Scalars['String']['output']>;
  /** True for generated (synthetic) benchmark data, false for real published reviews. */
  synthetic: Scalars['Boolean']['output'];
  /**
   * Every link between this review and a theme, with its evidence and source; by theme name, then
   * evidence.
   */
  themeLinks: Array<ReviewThemeLink>;
  /**
   * The distinct themes of `themeLinks`, by name. What a link means depends on its evidence: read
   * `themeLinks` before treating a theme as a finding of the review.
   */
  themes: Array<Theme>;
  /**
   * Working days taken to notify and to hold the rapid review, against the 5 and 15 working days
   * the statutory guidance expects; each part null when a date it needs is unknown.
   */
  timeliness: Timeliness;
  /** The review's name as published, usually the child's pseudonym (e.g. `Simon`). */
  title: Scalars['String']['output'];
  /**
   * Documents a source says exist for this review but does not list with a title (e.g. a statement
   * the page promises but does not link).
   */
  unlistedDocuments: Array<UnlistedDocument>;
  /**
   * Edit counter: 1 for an imported or new review, plus one for every change through the API to its
   * own fields (`upsertReview`) or its theme links (`linkReviewTheme`, `updateReviewThemeLink`,
   * `unlinkReviewTheme`). Pass it as `expectedVersion` when changing it; a stale one is answered
   * with CONFLICT.
   */
  version: Scalars['Int']['output'];
};

/**
 * A child safeguarding case review (CSPR, Serious Case Review, learning review or national review),
 * as the partnership that lists it publishes it.
 */
export type ReviewSimilarReviewsArgs = {
  evidence?: InputMaybe<Array<ThemeEvidence>>;
  filter?: InputMaybe<ReviewFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of reviews. */
export type ReviewConnection = {
  __typename?: 'ReviewConnection';
  /** The reviews on this page with their cursors. */
  edges: Array<ReviewEdge>;
  /** The reviews on this page (same as `edges.node`). */
  nodes: Array<Review>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of reviews matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a review connection. */
export type ReviewEdge = {
  __typename?: 'ReviewEdge';
  /** Opaque cursor of this edge; pass as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The review. */
  node: Review;
};

/**
 * Selects reviews. All given conditions must hold; within a list, any value matches, and an empty
 * list is the same as omitting it.
 * Dates are inclusive, `YYYY-MM` or `YYYY-MM-DD`; a month-precision publication date counts as the
 * 1st of its month; any date condition excludes reviews whose publication date is unknown.
 */
export type ReviewFilter = {
  /** Only reviews that involved at least one of these agencies. */
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only reviews of one of these kinds. */
  kinds?: InputMaybe<Array<ReviewKind>>;
  /** Only reviews published by one of these partnerships. */
  partnershipIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Earliest publication date, inclusive (`YYYY-MM` means from the 1st of that month). */
  publishedFrom?: InputMaybe<Scalars['String']['input']>;
  /** Latest publication date, inclusive (`YYYY-MM` means to the end of that month). */
  publishedTo?: InputMaybe<Scalars['String']['input']>;
  /** True: only synthetic (generated) reviews; false: only real reviews; null or omitted: both. */
  synthetic?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only reviews linked (by any evidence) to at least one of these themes. */
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** The statutory type of a case review. */
export type ReviewKind =
  /** A learning review held instead of a full CSPR. */
  | 'ALTERNATIVE_LEARNING_REVIEW'
  /**
   * A local Child Safeguarding Practice Review: the review the Children and Social Work Act 2017 and
   * Working Together 2018 put in place of the Serious Case Review (duty to notify from 29 June 2018;
   * new local arrangements by 29 September 2019).
   */
  | 'CHILD_SAFEGUARDING_PRACTICE_REVIEW'
  /**
   * A learning review the partnership names as such (e.g. a "local learning review"), without saying
   * it is a practice review.
   */
  | 'LEARNING_REVIEW'
  /**
   * A national review by the Child Safeguarding Practice Review Panel; the partnership it is listed
   * under published learning from it, not the review itself.
   */
  | 'NATIONAL_REVIEW'
  /** The source does not say what kind of review it is. */
  | 'NOT_STATED'
  /**
   * Only a rapid review's learning was published (no further review followed); the review's
   * `rapidReview` says when it was held and what it decided. A rapid review itself is a stage every
   * notified case passes through, not a kind of review.
   */
  | 'RAPID_REVIEW_LEARNING'
  /**
   * A Serious Case Review, commissioned by a Local Safeguarding Children Board: the kind of review
   * before the 2018-2019 change to Child Safeguarding Practice Reviews; the last were to be finished
   * by September 2020 (some were published later).
   */
  | 'SERIOUS_CASE_REVIEW';

/** Sort orders for review lists. Every order ends with title and id, so it is stable. */
export type ReviewOrder =
  /** Oldest first; reviews with an unknown publication date come last. */
  | 'PUBLISHED_ASC'
  /** Newest first; reviews with an unknown publication date come last. */
  | 'PUBLISHED_DESC'
  /** Alphabetical by title. */
  | 'TITLE_ASC';

/** A review that was created or changed, and the change that recorded it. */
export type ReviewPayload = {
  __typename?: 'ReviewPayload';
  /** The audit-trail entry of this mutation. */
  change: Change;
  /** The review as it now is. */
  review: Review;
};

/**
 * One link between a review and a theme, with what it rests on. A review may be linked to the same
 * theme more than once, by different evidence.
 */
export type ReviewThemeLink = {
  __typename?: 'ReviewThemeLink';
  /** What the link rests on. */
  evidence: ThemeEvidence;
  /**
   * A short note in our own words: what the source says about the theme in this review, or the
   * reason for a judgement.
   */
  note?: Maybe<Scalars['String']['output']>;
  /** The published source that shows the link; null for a curator's judgement without one. */
  source?: Maybe<Source>;
  /** The theme. */
  theme: Theme;
};

/** What a caller may do. Each role may do everything the roles before it may. */
export type Role =
  /** Also merges and deletes, and manages API tokens. */
  | 'ADMIN'
  /** Also curates: reviews, findings, theme links, recommendations and their status, sources. */
  | 'ANALYST'
  /** Reads the graph (what anonymous callers may also do unless `AUTH_READS=token`). */
  | 'READER';

/**
 * One full-text search hit. Exactly one of `review`, `theme`, `document`, `recommendation`,
 * `finding` is set, the one named by `kind`.
 */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The document, when `kind` is DOCUMENT. */
  document?: Maybe<Document>;
  /** The finding, when `kind` is FINDING. */
  finding?: Maybe<Finding>;
  /** Id of the matched item. */
  id: Scalars['ID']['output'];
  /** What the hit is. */
  kind: SearchHitKind;
  /** A display label: the title, the name, or the recommendation's or finding's text. */
  label: Scalars['String']['output'];
  /** The recommendation, when `kind` is RECOMMENDATION. */
  recommendation?: Maybe<Recommendation>;
  /** The review, when `kind` is REVIEW. */
  review?: Maybe<Review>;
  /** Relevance score from the full-text index; higher is better. */
  score: Scalars['Float']['output'];
  /** The theme, when `kind` is THEME. */
  theme?: Maybe<Theme>;
};

/** What a search hit is. */
export type SearchHitKind =
  /** A document (matched on title). */
  | 'DOCUMENT'
  /** A finding of a review (matched on its text). */
  | 'FINDING'
  /** A recommendation (matched on its text). */
  | 'RECOMMENDATION'
  /** A review (matched on title or summary). */
  | 'REVIEW'
  /** A theme (matched on name or an alias). */
  | 'THEME';

/** A review similar to a given review by the themes both are linked to. */
export type SimilarReview = {
  __typename?: 'SimilarReview';
  /** The similar review. */
  review: Review;
  /** Jaccard similarity of the two theme sets: shared / (union), from 0 to 1. */
  score: Scalars['Float']['output'];
  /** Themes both reviews are linked to, by name. */
  sharedThemes: Array<Theme>;
};

/** A published source. */
export type Source = {
  __typename?: 'Source';
  /** Source id. */
  id: Scalars['ID']['output'];
  /** Who published it, when known; a secondary site (a copy, a news story, minutes) says so here. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** When the copy the facts were read from was retrieved (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), when known. */
  retrievedOn?: Maybe<Scalars['String']['output']>;
  /** Title of the source (descriptive where the page title was not seen). */
  title: Scalars['String']['output'];
  /** Where the source is published. */
  url: Scalars['String']['output'];
};

/** A published source cited for a record, with the facts it supports. */
export type SourceCitation = {
  __typename?: 'SourceCitation';
  /** The properties or links this source supports (e.g. `publishedOn`, `agencies`); empty means the whole record. */
  facts: Array<Scalars['String']['output']>;
  /** Source id. */
  id: Scalars['ID']['output'];
  /** Who published it, when known. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** When the copy the facts were read from was retrieved (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), when known. */
  retrievedOn?: Maybe<Scalars['String']['output']>;
  /** Title of the source. */
  title: Scalars['String']['output'];
  /** Where the source is published. */
  url: Scalars['String']['output'];
};

/** A published source cited by a record, and which of the record's facts it supports. */
export type SourceCitationInput = {
  /** The properties or links it supports (e.g. `publishedOn`); empty or omitted: the whole record. */
  facts?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The source. */
  sourceId: Scalars['ID']['input'];
};

/** A source that was added, and the change that recorded it. */
export type SourcePayload = {
  __typename?: 'SourcePayload';
  /** The audit-trail entry of this mutation. */
  change: Change;
  /** The id of the source as stored. */
  sourceId: Scalars['ID']['output'];
};

/**
 * On-time, late and unknown counts of one stage within a group; they add up to the group's
 * review count.
 */
export type StageTimeliness = {
  __typename?: 'StageTimeliness';
  /** Reviews whose stage took longer. */
  late: Scalars['Int']['output'];
  /**
   * Median working days of the reviews whose stage is known (the mean of the two middle values
   * when their number is even); null when none is known.
   */
  medianWorkingDays?: Maybe<Scalars['Float']['output']>;
  /** Reviews whose stage took no more than the expected working days. */
  onTime: Scalars['Int']['output'];
  /** Reviews for which a date of the stage is unknown. */
  unknown: Scalars['Int']['output'];
};

/**
 * A published scheme of categories (e.g. the practice themes of one annual report of the national
 * Child Safeguarding Practice Review Panel). Only schemes seen in their source, or in a careful
 * summary of it, are held.
 */
export type Taxonomy = {
  __typename?: 'Taxonomy';
  /** Its categories, in the order the source lists them. */
  categories: Array<TaxonomyCategory>;
  /** Stable id, e.g. `panel-ar-2022-23`. */
  id: Scalars['ID']['output'];
  /** What the scheme classifies. */
  kind: TaxonomyKind;
  /** A descriptive name of the scheme. */
  name: Scalars['String']['output'];
  /** What the scheme covers and how much of it is held, in our own words. */
  note?: Maybe<Scalars['String']['output']>;
  /** Who published the scheme. */
  publisher: Scalars['String']['output'];
  /**
   * The published source the scheme is taken from (for some schemes a careful summary by another
   * body; the note says so).
   */
  source: Source;
  /** Year the scheme was published; null when the source gives none. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** A category of a published taxonomy, named exactly as its source names it. */
export type TaxonomyCategory = {
  __typename?: 'TaxonomyCategory';
  /** Stable id, e.g. `panel-ar-2022-23-young-carers`. */
  id: Scalars['ID']['output'];
  /** The category's name exactly as the source gives it. */
  name: Scalars['String']['output'];
  /** A caveat about the name as held, e.g. a name cut short in the source seen. */
  note?: Maybe<Scalars['String']['output']>;
  /** Its own source when it differs from the taxonomy's (e.g. one NSPCC briefing page per topic). */
  source?: Maybe<Source>;
  /** The taxonomy it belongs to. */
  taxonomy: Taxonomy;
  /** Local themes mapped to this category, by name. */
  themes: Array<Theme>;
};

/** What a taxonomy classifies. */
export type TaxonomyKind =
  /** What happened to the child: categories of death or serious harm. */
  | 'HARM_TYPES'
  /**
   * Themes of practice learning a national body draws from reviews: what professionals and systems
   * did or need to do, and the circumstances that learning concerns.
   */
  | 'PRACTICE_THEMES'
  /** Topics that group learning: kinds of abuse, groups of children, family circumstances, sectors. */
  | 'TOPICS';

/**
 * A local learning theme, e.g. "The Importance of History in Assessments": a name a partnership (or
 * a page about its review) uses for something its reviews teach. Themes of different partnerships
 * are kept apart, in their own words; they meet through `mappings` to the categories of published
 * taxonomies, not by being renamed.
 */
export type Theme = {
  __typename?: 'Theme';
  /** Every spelling seen in sources, including the canonical name. */
  aliases: Array<Scalars['String']['output']>;
  /** 7-minute briefings on this theme, by title. */
  briefings: Array<Document>;
  /**
   * The first `first` findings on this theme, newest review first, then in each review's order. To
   * read them all, follow `reviews` and their `findings`.
   */
  findings: Array<Finding>;
  /** Stable id: slug of the canonical name. */
  id: Scalars['ID']['output'];
  /**
   * The categories of published taxonomies this theme maps to, each with its basis (the same words,
   * or a judgement with its reason); by taxonomy id, then category name.
   */
  mappings: Array<ThemeMapping>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /**
   * Recommendations that address this theme, newest review first, then by number: the first
   * `first` of them. To page through all, use `Query.recommendations(filter: { themeIds: [...] })`.
   */
  recommendations: Array<Recommendation>;
  /** Number of reviews linked to this theme by any evidence. */
  reviewCount: Scalars['Int']['output'];
  /**
   * Reviews linked to this theme by any evidence (see `Review.themeLinks`), newest first: the first
   * `first` of them. To page through all, use `Query.reviews(filter: { themeIds: [...] })`.
   */
  reviews: Array<Review>;
  /** True for generated (synthetic) data. */
  synthetic: Scalars['Boolean']['output'];
  /**
   * Edit counter: 1 for an imported or new theme, plus one for every change through the API. Pass it
   * as `expectedVersion` when changing it; a stale one is answered with CONFLICT.
   */
  version: Scalars['Int']['output'];
};

/**
 * A local learning theme, e.g. "The Importance of History in Assessments": a name a partnership (or
 * a page about its review) uses for something its reviews teach. Themes of different partnerships
 * are kept apart, in their own words; they meet through `mappings` to the categories of published
 * taxonomies, not by being renamed.
 */
export type ThemeBriefingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A local learning theme, e.g. "The Importance of History in Assessments": a name a partnership (or
 * a page about its review) uses for something its reviews teach. Themes of different partnerships
 * are kept apart, in their own words; they meet through `mappings` to the categories of published
 * taxonomies, not by being renamed.
 */
export type ThemeFindingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A local learning theme, e.g. "The Importance of History in Assessments": a name a partnership (or
 * a page about its review) uses for something its reviews teach. Themes of different partnerships
 * are kept apart, in their own words; they meet through `mappings` to the categories of published
 * taxonomies, not by being renamed.
 */
export type ThemeRecommendationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A local learning theme, e.g. "The Importance of History in Assessments": a name a partnership (or
 * a page about its review) uses for something its reviews teach. Themes of different partnerships
 * are kept apart, in their own words; they meet through `mappings` to the categories of published
 * taxonomies, not by being renamed.
 */
export type ThemeReviewsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of themes, ordered by name. */
export type ThemeConnection = {
  __typename?: 'ThemeConnection';
  /** The themes on this page with their cursors. */
  edges: Array<ThemeEdge>;
  /** The themes on this page. */
  nodes: Array<Theme>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of themes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a theme connection. */
export type ThemeEdge = {
  __typename?: 'ThemeEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The theme. */
  node: Theme;
};

/** What a link between a review and a theme rests on. A link says no more than its evidence says. */
export type ThemeEvidence =
  /**
   * The partnership published a briefing on this theme (e.g. a 7-minute briefing) under the review.
   * It shows the partnership chose to teach the theme from the case; it is not a statement that the
   * review's report found it.
   */
  | 'BRIEFING_PUBLISHED'
  /** A curator of this graph judged that the review concerns the theme; no published text says so. */
  | 'CURATOR_JUDGEMENT'
  /**
   * A published account of the review (its report or summary, or the partnership's page about it)
   * states the theme as something the review found or as its learning.
   */
  | 'REPORT_FINDING';

/** Selects themes. All given conditions must hold. */
export type ThemeFilter = {
  /** Only themes mapped to at least one of these taxonomy categories (`TaxonomyCategory.id`). */
  categoryIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Case-insensitive text that the name or one of the aliases must contain. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** True: only synthetic themes; false: only real ones; null or omitted: both. */
  synthetic?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A local theme's mapping to one category of a published taxonomy. */
export type ThemeMapping = {
  __typename?: 'ThemeMapping';
  /** Whether the source uses the same words (DIRECT) or this is a judgement (JUDGED). */
  basis: MappingBasis;
  /** The category. */
  category: TaxonomyCategory;
  /** One line on why, for a judgement; optional for a direct mapping. */
  note?: Maybe<Scalars['String']['output']>;
};

/** Two themes linked to the same reviews. */
export type ThemePair = {
  __typename?: 'ThemePair';
  /** Number of reviews linked to both. */
  reviewCount: Scalars['Int']['output'];
  /** Those reviews, newest first. */
  reviews: Array<Review>;
  /** Exactly two themes, ordered by name. */
  themes: Array<Theme>;
};

/** Two themes linked to the same reviews. */
export type ThemePairReviewsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A theme that was created or changed, and the change that recorded it. */
export type ThemePayload = {
  __typename?: 'ThemePayload';
  /** The audit-trail entry of this mutation. */
  change: Change;
  /** The theme as it now is. */
  theme: Theme;
};

/** A theme and the matching reviews linked to it by the evidence asked for. */
export type ThemeRecurrence = {
  __typename?: 'ThemeRecurrence';
  /** Publication date of the earliest of those reviews with a known date. */
  firstPublished?: Maybe<Scalars['String']['output']>;
  /** Publication date of the latest of those reviews with a known date. */
  lastPublished?: Maybe<Scalars['String']['output']>;
  /** Number of distinct reviews linked to it. */
  reviewCount: Scalars['Int']['output'];
  /** Those reviews, newest first. */
  reviews: Array<Review>;
  /** The theme. */
  theme: Theme;
};

/** A theme and the matching reviews linked to it by the evidence asked for. */
export type ThemeRecurrenceReviewsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How many reviews published in one year are linked to one theme. */
export type ThemeTrendPoint = {
  __typename?: 'ThemeTrendPoint';
  /** Number of reviews published that year linked to the theme. */
  reviewCount: Scalars['Int']['output'];
  /** Those reviews, newest first. */
  reviews: Array<Review>;
  /** The theme. */
  theme: Theme;
  /** Publication year. */
  year: Scalars['Int']['output'];
};

/** How many reviews published in one year are linked to one theme. */
export type ThemeTrendPointReviewsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * How long the notification and the rapid review took, in working days (weekends and England's
 * bank holidays excluded; the first working day after the start is day 1 and the end day counts).
 */
export type Timeliness = {
  __typename?: 'Timeliness';
  /** The last day a notification was on time: 5 working days after `awareOn`; null when unknown. */
  notificationDueOn?: Maybe<Scalars['String']['output']>;
  /** True when the notification took at most 5 working days; null when unknown. */
  notificationOnTime?: Maybe<Scalars['Boolean']['output']>;
  /** Working days from `awareOn` to `notifiedOn`; null when either is unknown. */
  notificationWorkingDays?: Maybe<Scalars['Int']['output']>;
  /** The last day a rapid review was on time: 15 working days after `notifiedOn`; null when unknown. */
  rapidReviewDueOn?: Maybe<Scalars['String']['output']>;
  /** True when the rapid review was held at most 15 working days after notification; null when unknown. */
  rapidReviewOnTime?: Maybe<Scalars['Boolean']['output']>;
  /** Working days from `notifiedOn` to the rapid review's `heldOn`; null when either is unknown. */
  rapidReviewWorkingDays?: Maybe<Scalars['Int']['output']>;
};

/** Timeliness counts for one group of reviews. */
export type TimelinessGroup = {
  __typename?: 'TimelinessGroup';
  /** The group: a partnership id, a year (`2021`) or `unknown`. */
  key: Scalars['String']['output'];
  /** The notification stage: within 5 working days of the local authority becoming aware. */
  notification: StageTimeliness;
  /** The partnership, when grouped by partnership. */
  partnership?: Maybe<Partnership>;
  /** The rapid review stage: within 15 working days of the notification. */
  rapidReview: StageTimeliness;
  /** Reviews in the group. */
  reviewCount: Scalars['Int']['output'];
  /** The year of notification, when grouped by year; null for the `unknown` group. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** How `timeliness` groups reviews. */
export type TimelinessGroupBy =
  /** One group per publishing partnership, by partnership name. */
  | 'PARTNERSHIP'
  /**
   * One group per calendar year of notification (`notifiedOn`), oldest first; reviews whose
   * notification date is unknown form a last group with key `unknown`.
   */
  | 'YEAR';

/** Remove a theme link of a review (ANALYST); the review, the theme and the trail stay. */
export type UnlinkReviewThemeInput = {
  /** The evidence of the link to remove (a review may link a theme once per kind of evidence). */
  evidence: ThemeEvidence;
  /**
   * The review's `version` the caller last read (CONFLICT if it has changed since). A review's
   * theme links are part of it: adding, changing or removing one advances its version.
   */
  expectedVersion: Scalars['Int']['input'];
  /** Why the change is made, kept in the audit trail. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The review. */
  reviewId: Scalars['ID']['input'];
  /** The theme. */
  themeId: Scalars['ID']['input'];
};

/** A document a source says exists for a review without listing it under a title. */
export type UnlistedDocument = {
  __typename?: 'UnlistedDocument';
  /** What the source says about it, in our own words. */
  description: Scalars['String']['output'];
  /** What kind of document it is. */
  kind: DocumentKind;
  /** The source that says it exists. */
  source?: Maybe<Source>;
};

/**
 * Remove a theme's mapping to a taxonomy category (ANALYST). The theme, the category and its
 * other mappings stay.
 */
export type UnmapThemeInput = {
  /** The taxonomy category whose mapping is removed (`TaxonomyCategory.id`). */
  categoryId: Scalars['ID']['input'];
  /** The theme's `version` the caller last read (CONFLICT if it has changed since). */
  expectedVersion: Scalars['Int']['input'];
  /** Why the change is made, kept in the audit trail. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The theme. */
  themeId: Scalars['ID']['input'];
};

/** Change a finding (ANALYST). Fields left out keep their value; `pageRef: null` clears it. */
export type UpdateFindingInput = {
  /** The `version` the caller last read (CONFLICT if it has changed since). */
  expectedVersion: Scalars['Int']['input'];
  /** The finding. */
  id: Scalars['ID']['input'];
  /** Where in the source. */
  pageRef?: InputMaybe<Scalars['String']['input']>;
  /** Why the change is made, kept in the audit trail. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The published source that states it. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** The finding, restated from the source. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** The full new list of themes it is about. */
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/**
 * Change the source or note of a review's existing theme link in place (ANALYST). The link keeps
 * its theme and evidence; to change those, unlink it and link again.
 */
export type UpdateReviewThemeLinkInput = {
  /** The evidence of the link (a review may link a theme once per kind of evidence). */
  evidence: ThemeEvidence;
  /**
   * The review's `version` the caller last read (CONFLICT if it has changed since). A review's
   * theme links are part of it: adding, changing or removing one advances its version.
   */
  expectedVersion: Scalars['Int']['input'];
  /** What the source says about it, in your own words; null removes it; omitted keeps it. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Why the change is made, kept in the audit trail. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The review. */
  reviewId: Scalars['ID']['input'];
  /**
   * The published source that shows it; omitted keeps it; null removes it, which only a curator's
   * judgement (or a synthetic review's link) may be left without.
   */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** The theme of the link. */
  themeId: Scalars['ID']['input'];
};

/** Rename a theme or change its spellings (ANALYST). Omitted fields keep their value. */
export type UpdateThemeInput = {
  /** The full new list of other spellings (the name is added). */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /**
   * The `version` the caller last read; if the theme has changed since, nothing is written and the
   * answer is CONFLICT with the current version.
   */
  expectedVersion: Scalars['Int']['input'];
  /** The theme to change. */
  id: Scalars['ID']['input'];
  /** New canonical name (the id stays). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Why the change is made, kept in the audit trail. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Create a review, or change its own fields (ANALYST). For an existing review, fields left out
 * keep their value and a field given as null is cleared; its links (themes, findings,
 * recommendations) are changed by their own mutations. Checked by the importer's rules: a real
 * review cites at least one source, and a case's dates are in order.
 */
export type UpsertReviewInput = {
  /** The local authority became aware of the incident, `YYYY-MM-DD`. */
  awareOn?: InputMaybe<Scalars['String']['input']>;
  /** What the sources warn about this record. */
  caveats?: InputMaybe<Array<Scalars['String']['input']>>;
  /** This review was commissioned, `YYYY-MM-DD`. */
  commissionedOn?: InputMaybe<Scalars['String']['input']>;
  /**
   * Omitted to create a review; for an existing one, the `version` the caller last read (CONFLICT
   * if it has changed since).
   */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The review's id, `<partnership id>-<slug of title>` for a new one. */
  id: Scalars['ID']['input'];
  /** The serious incident (replaces the whole incident). */
  incident?: InputMaybe<IncidentInput>;
  /** The statutory type of review (required to create). */
  kind?: InputMaybe<ReviewKind>;
  /** How the review was carried out. */
  methodology?: InputMaybe<Scalars['String']['input']>;
  /** The local authority notified the national Panel, `YYYY-MM-DD`. */
  notifiedOn?: InputMaybe<Scalars['String']['input']>;
  /** The partnership that published it (required to create). */
  partnershipId?: InputMaybe<Scalars['ID']['input']>;
  /** Publication date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the source gives it. */
  publishedOn?: InputMaybe<Scalars['String']['input']>;
  /** The rapid review (replaces the whole rapid review). */
  rapidReview?: InputMaybe<RapidReviewInput>;
  /** Why the change is made, kept in the audit trail. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Where its facts were published (replaces every citation; required to create). */
  sources?: InputMaybe<Array<SourceCitationInput>>;
  /** A short summary, in your own words. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The review's name as published (required to create). */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ResolverFn<TResult, TParent, TContext, TArgs>
  | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<
  TResult,
  TKey extends string,
  TParent,
  TContext,
  TArgs,
> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<
  TTypes,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo,
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<
  T = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<Actor>;
  AddFindingInput: AddFindingInput;
  AddRecommendationInput: AddRecommendationInput;
  AddSourceInput: AddSourceInput;
  AgeBand: AgeBand;
  Agency: ResolverTypeWrapper<AgencyRecord>;
  AgencyConnection: ResolverTypeWrapper<
    Omit<AgencyConnection, 'edges' | 'nodes'> & {
      edges: Array<ResolversTypes['AgencyEdge']>;
      nodes: Array<ResolversTypes['Agency']>;
    }
  >;
  AgencyEdge: ResolverTypeWrapper<Omit<AgencyEdge, 'node'> & { node: ResolversTypes['Agency'] }>;
  AgencyFilter: AgencyFilter;
  AgencySector: AgencySector;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CategoryRecurrence: ResolverTypeWrapper<CategoryRecurrenceRecord>;
  Change: ResolverTypeWrapper<ChangeRecord>;
  ChangeConnection: ResolverTypeWrapper<
    Omit<ChangeConnection, 'edges' | 'nodes'> & {
      edges: Array<ResolversTypes['ChangeEdge']>;
      nodes: Array<ResolversTypes['Change']>;
    }
  >;
  ChangeEdge: ResolverTypeWrapper<Omit<ChangeEdge, 'node'> & { node: ResolversTypes['Change'] }>;
  ChangeFilter: ChangeFilter;
  Child: ResolverTypeWrapper<ChildRecord>;
  CreateThemeInput: CreateThemeInput;
  Curriculum: ResolverTypeWrapper<CurriculumRecord>;
  CurriculumInput: CurriculumInput;
  CurriculumModule: ResolverTypeWrapper<CurriculumModuleRecord>;
  DeleteInput: DeleteInput;
  DeletePayload: ResolverTypeWrapper<
    Omit<DeletePayload, 'change'> & { change: ResolversTypes['Change'] }
  >;
  Document: ResolverTypeWrapper<DocumentRecord>;
  DocumentKind: DocumentKind;
  Finding: ResolverTypeWrapper<FindingRecord>;
  FindingPayload: ResolverTypeWrapper<
    Omit<FindingPayload, 'change' | 'finding'> & {
      change: ResolversTypes['Change'];
      finding: ResolversTypes['Finding'];
    }
  >;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  HarmType: HarmType;
  HarmTypeInfo: ResolverTypeWrapper<HarmTypeInfoRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Incident: ResolverTypeWrapper<Incident>;
  IncidentInput: IncidentInput;
  IncidentOutcome: IncidentOutcome;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Involvement: ResolverTypeWrapper<InvolvementRecord>;
  LinkReviewThemeInput: LinkReviewThemeInput;
  MapThemeInput: MapThemeInput;
  MappingBasis: MappingBasis;
  MergeThemesInput: MergeThemesInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OlderReviews: ResolverTypeWrapper<OlderReviewsRecord>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partnership: ResolverTypeWrapper<PartnershipRecord>;
  PartnershipTheme: ResolverTypeWrapper<PartnershipThemeRecord>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RapidReview: ResolverTypeWrapper<RapidReview>;
  RapidReviewDecision: RapidReviewDecision;
  RapidReviewInput: RapidReviewInput;
  Recommendation: ResolverTypeWrapper<RecommendationRecord>;
  RecommendationConnection: ResolverTypeWrapper<
    Omit<RecommendationConnection, 'edges' | 'nodes'> & {
      edges: Array<ResolversTypes['RecommendationEdge']>;
      nodes: Array<ResolversTypes['Recommendation']>;
    }
  >;
  RecommendationEdge: ResolverTypeWrapper<
    Omit<RecommendationEdge, 'node'> & { node: ResolversTypes['Recommendation'] }
  >;
  RecommendationFilter: RecommendationFilter;
  RecommendationFollowUp: ResolverTypeWrapper<RecommendationFollowUpRecord>;
  RecommendationOwner: ResolverTypeWrapper<RecommendationOwnerRecord>;
  RecommendationPayload: ResolverTypeWrapper<
    Omit<RecommendationPayload, 'change' | 'recommendation'> & {
      change: ResolversTypes['Change'];
      recommendation: ResolversTypes['Recommendation'];
    }
  >;
  RecommendationStatus: RecommendationStatus;
  RecommendationStatusChange: ResolverTypeWrapper<StatusChangeRecord>;
  RecordRecommendationStatusInput: RecordRecommendationStatusInput;
  RestoreReviewInput: RestoreReviewInput;
  Review: ResolverTypeWrapper<ReviewRecord>;
  ReviewConnection: ResolverTypeWrapper<
    Omit<ReviewConnection, 'edges' | 'nodes'> & {
      edges: Array<ResolversTypes['ReviewEdge']>;
      nodes: Array<ResolversTypes['Review']>;
    }
  >;
  ReviewEdge: ResolverTypeWrapper<Omit<ReviewEdge, 'node'> & { node: ResolversTypes['Review'] }>;
  ReviewFilter: ReviewFilter;
  ReviewKind: ReviewKind;
  ReviewOrder: ReviewOrder;
  ReviewPayload: ResolverTypeWrapper<
    Omit<ReviewPayload, 'change' | 'review'> & {
      change: ResolversTypes['Change'];
      review: ResolversTypes['Review'];
    }
  >;
  ReviewThemeLink: ResolverTypeWrapper<ReviewThemeLinkRecord>;
  Role: Role;
  SearchHit: ResolverTypeWrapper<SearchHitRecord>;
  SearchHitKind: SearchHitKind;
  SimilarReview: ResolverTypeWrapper<SimilarReviewRecord>;
  Source: ResolverTypeWrapper<SourceRecord>;
  SourceCitation: ResolverTypeWrapper<SourceCitationRecord>;
  SourceCitationInput: SourceCitationInput;
  SourcePayload: ResolverTypeWrapper<
    Omit<SourcePayload, 'change'> & { change: ResolversTypes['Change'] }
  >;
  StageTimeliness: ResolverTypeWrapper<StageTimeliness>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Taxonomy: ResolverTypeWrapper<TaxonomyRecord>;
  TaxonomyCategory: ResolverTypeWrapper<TaxonomyCategoryRecord>;
  TaxonomyKind: TaxonomyKind;
  Theme: ResolverTypeWrapper<ThemeRecord>;
  ThemeConnection: ResolverTypeWrapper<
    Omit<ThemeConnection, 'edges' | 'nodes'> & {
      edges: Array<ResolversTypes['ThemeEdge']>;
      nodes: Array<ResolversTypes['Theme']>;
    }
  >;
  ThemeEdge: ResolverTypeWrapper<Omit<ThemeEdge, 'node'> & { node: ResolversTypes['Theme'] }>;
  ThemeEvidence: ThemeEvidence;
  ThemeFilter: ThemeFilter;
  ThemeMapping: ResolverTypeWrapper<ThemeMappingRecord>;
  ThemePair: ResolverTypeWrapper<ThemePairRecord>;
  ThemePayload: ResolverTypeWrapper<
    Omit<ThemePayload, 'change' | 'theme'> & {
      change: ResolversTypes['Change'];
      theme: ResolversTypes['Theme'];
    }
  >;
  ThemeRecurrence: ResolverTypeWrapper<ThemeRecurrenceRecord>;
  ThemeTrendPoint: ResolverTypeWrapper<ThemeTrendPointRecord>;
  Timeliness: ResolverTypeWrapper<Timeliness>;
  TimelinessGroup: ResolverTypeWrapper<TimelinessGroupRecord>;
  TimelinessGroupBy: TimelinessGroupBy;
  UnlinkReviewThemeInput: UnlinkReviewThemeInput;
  UnlistedDocument: ResolverTypeWrapper<UnlistedDocumentRecord>;
  UnmapThemeInput: UnmapThemeInput;
  UpdateFindingInput: UpdateFindingInput;
  UpdateReviewThemeLinkInput: UpdateReviewThemeLinkInput;
  UpdateThemeInput: UpdateThemeInput;
  UpsertReviewInput: UpsertReviewInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: Actor;
  AddFindingInput: AddFindingInput;
  AddRecommendationInput: AddRecommendationInput;
  AddSourceInput: AddSourceInput;
  Agency: AgencyRecord;
  AgencyConnection: Omit<AgencyConnection, 'edges' | 'nodes'> & {
    edges: Array<ResolversParentTypes['AgencyEdge']>;
    nodes: Array<ResolversParentTypes['Agency']>;
  };
  AgencyEdge: Omit<AgencyEdge, 'node'> & { node: ResolversParentTypes['Agency'] };
  AgencyFilter: AgencyFilter;
  Boolean: Scalars['Boolean']['output'];
  CategoryRecurrence: CategoryRecurrenceRecord;
  Change: ChangeRecord;
  ChangeConnection: Omit<ChangeConnection, 'edges' | 'nodes'> & {
    edges: Array<ResolversParentTypes['ChangeEdge']>;
    nodes: Array<ResolversParentTypes['Change']>;
  };
  ChangeEdge: Omit<ChangeEdge, 'node'> & { node: ResolversParentTypes['Change'] };
  ChangeFilter: ChangeFilter;
  Child: ChildRecord;
  CreateThemeInput: CreateThemeInput;
  Curriculum: CurriculumRecord;
  CurriculumInput: CurriculumInput;
  CurriculumModule: CurriculumModuleRecord;
  DeleteInput: DeleteInput;
  DeletePayload: Omit<DeletePayload, 'change'> & { change: ResolversParentTypes['Change'] };
  Document: DocumentRecord;
  Finding: FindingRecord;
  FindingPayload: Omit<FindingPayload, 'change' | 'finding'> & {
    change: ResolversParentTypes['Change'];
    finding: ResolversParentTypes['Finding'];
  };
  Float: Scalars['Float']['output'];
  HarmTypeInfo: HarmTypeInfoRecord;
  ID: Scalars['ID']['output'];
  Incident: Incident;
  IncidentInput: IncidentInput;
  Int: Scalars['Int']['output'];
  Involvement: InvolvementRecord;
  LinkReviewThemeInput: LinkReviewThemeInput;
  MapThemeInput: MapThemeInput;
  MergeThemesInput: MergeThemesInput;
  Mutation: Record<PropertyKey, never>;
  OlderReviews: OlderReviewsRecord;
  PageInfo: PageInfo;
  Partnership: PartnershipRecord;
  PartnershipTheme: PartnershipThemeRecord;
  Query: Record<PropertyKey, never>;
  RapidReview: RapidReview;
  RapidReviewInput: RapidReviewInput;
  Recommendation: RecommendationRecord;
  RecommendationConnection: Omit<RecommendationConnection, 'edges' | 'nodes'> & {
    edges: Array<ResolversParentTypes['RecommendationEdge']>;
    nodes: Array<ResolversParentTypes['Recommendation']>;
  };
  RecommendationEdge: Omit<RecommendationEdge, 'node'> & {
    node: ResolversParentTypes['Recommendation'];
  };
  RecommendationFilter: RecommendationFilter;
  RecommendationFollowUp: RecommendationFollowUpRecord;
  RecommendationOwner: RecommendationOwnerRecord;
  RecommendationPayload: Omit<RecommendationPayload, 'change' | 'recommendation'> & {
    change: ResolversParentTypes['Change'];
    recommendation: ResolversParentTypes['Recommendation'];
  };
  RecommendationStatusChange: StatusChangeRecord;
  RecordRecommendationStatusInput: RecordRecommendationStatusInput;
  RestoreReviewInput: RestoreReviewInput;
  Review: ReviewRecord;
  ReviewConnection: Omit<ReviewConnection, 'edges' | 'nodes'> & {
    edges: Array<ResolversParentTypes['ReviewEdge']>;
    nodes: Array<ResolversParentTypes['Review']>;
  };
  ReviewEdge: Omit<ReviewEdge, 'node'> & { node: ResolversParentTypes['Review'] };
  ReviewFilter: ReviewFilter;
  ReviewPayload: Omit<ReviewPayload, 'change' | 'review'> & {
    change: ResolversParentTypes['Change'];
    review: ResolversParentTypes['Review'];
  };
  ReviewThemeLink: ReviewThemeLinkRecord;
  SearchHit: SearchHitRecord;
  SimilarReview: SimilarReviewRecord;
  Source: SourceRecord;
  SourceCitation: SourceCitationRecord;
  SourceCitationInput: SourceCitationInput;
  SourcePayload: Omit<SourcePayload, 'change'> & { change: ResolversParentTypes['Change'] };
  StageTimeliness: StageTimeliness;
  String: Scalars['String']['output'];
  Taxonomy: TaxonomyRecord;
  TaxonomyCategory: TaxonomyCategoryRecord;
  Theme: ThemeRecord;
  ThemeConnection: Omit<ThemeConnection, 'edges' | 'nodes'> & {
    edges: Array<ResolversParentTypes['ThemeEdge']>;
    nodes: Array<ResolversParentTypes['Theme']>;
  };
  ThemeEdge: Omit<ThemeEdge, 'node'> & { node: ResolversParentTypes['Theme'] };
  ThemeFilter: ThemeFilter;
  ThemeMapping: ThemeMappingRecord;
  ThemePair: ThemePairRecord;
  ThemePayload: Omit<ThemePayload, 'change' | 'theme'> & {
    change: ResolversParentTypes['Change'];
    theme: ResolversParentTypes['Theme'];
  };
  ThemeRecurrence: ThemeRecurrenceRecord;
  ThemeTrendPoint: ThemeTrendPointRecord;
  Timeliness: Timeliness;
  TimelinessGroup: TimelinessGroupRecord;
  UnlinkReviewThemeInput: UnlinkReviewThemeInput;
  UnlistedDocument: UnlistedDocumentRecord;
  UnmapThemeInput: UnmapThemeInput;
  UpdateFindingInput: UpdateFindingInput;
  UpdateReviewThemeLinkInput: UpdateReviewThemeLinkInput;
  UpdateThemeInput: UpdateThemeInput;
  UpsertReviewInput: UpsertReviewInput;
};

export type ListSizeDirectiveArgs = {
  assumedSize: Scalars['Int']['input'];
};

export type ListSizeDirectiveResolver<
  Result,
  Parent,
  ContextType = Context,
  Args = ListSizeDirectiveArgs,
> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActorResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor'],
> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type AgencyResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recommendations?: Resolver<
    Array<ResolversTypes['Recommendation']>,
    ParentType,
    ContextType,
    RequireFields<AgencyRecommendationsArgs, 'first'>
  >;
  reviews?: Resolver<
    Array<ResolversTypes['Review']>,
    ParentType,
    ContextType,
    RequireFields<AgencyReviewsArgs, 'first'>
  >;
  sector?: Resolver<ResolversTypes['AgencySector'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgencyConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['AgencyConnection'] =
    ResolversParentTypes['AgencyConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['AgencyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgencyEdgeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['AgencyEdge'] = ResolversParentTypes['AgencyEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
};

export type CategoryRecurrenceResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['CategoryRecurrence'] =
    ResolversParentTypes['CategoryRecurrence'],
> = {
  category?: Resolver<ResolversTypes['TaxonomyCategory'], ParentType, ContextType>;
  firstPublished?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastPublished?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partnershipCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviewCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviews?: Resolver<
    Array<ResolversTypes['Review']>,
    ParentType,
    ContextType,
    RequireFields<CategoryRecurrenceReviewsArgs, 'first'>
  >;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
};

export type ChangeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change'],
> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChangeConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ChangeConnection'] =
    ResolversParentTypes['ChangeConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ChangeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeEdgeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ChangeEdge'] = ResolversParentTypes['ChangeEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
};

export type ChildResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Child'] = ResolversParentTypes['Child'],
> = {
  ageBand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pseudonym?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CurriculumResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Curriculum'] = ResolversParentTypes['Curriculum'],
> = {
  audienceSector?: Resolver<Maybe<ResolversTypes['AgencySector']>, ParentType, ContextType>;
  modules?: Resolver<Array<ResolversTypes['CurriculumModule']>, ParentType, ContextType>;
  reviewCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CurriculumModuleResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['CurriculumModule'] =
    ResolversParentTypes['CurriculumModule'],
> = {
  briefings?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  learningPoints?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviewCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviews?: Resolver<
    Array<ResolversTypes['Review']>,
    ParentType,
    ContextType,
    RequireFields<CurriculumModuleReviewsArgs, 'first'>
  >;
  teachAlongside?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DeletePayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['DeletePayload'] = ResolversParentTypes['DeletePayload'],
> = {
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  deletedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type DocumentResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document'],
> = {
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviews?: Resolver<
    Array<ResolversTypes['Review']>,
    ParentType,
    ContextType,
    RequireFields<DocumentReviewsArgs, 'first'>
  >;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FindingResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pageRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  review?: Resolver<ResolversTypes['Review'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FindingPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['FindingPayload'] =
    ResolversParentTypes['FindingPayload'],
> = {
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  finding?: Resolver<ResolversTypes['Finding'], ParentType, ContextType>;
};

export type HarmTypeInfoResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['HarmTypeInfo'] = ResolversParentTypes['HarmTypeInfo'],
> = {
  harmType?: Resolver<ResolversTypes['HarmType'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  usedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IncidentResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Incident'] = ResolversParentTypes['Incident'],
> = {
  ageBand?: Resolver<Maybe<ResolversTypes['AgeBand']>, ParentType, ContextType>;
  harmTypes?: Resolver<Array<ResolversTypes['HarmType']>, ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['IncidentOutcome']>, ParentType, ContextType>;
};

export type InvolvementResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Involvement'] = ResolversParentTypes['Involvement'],
> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['AgencySector'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type MutationResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  addFinding?: Resolver<
    ResolversTypes['FindingPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationAddFindingArgs, 'input'>
  >;
  addRecommendation?: Resolver<
    ResolversTypes['RecommendationPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationAddRecommendationArgs, 'input'>
  >;
  addSource?: Resolver<
    ResolversTypes['SourcePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationAddSourceArgs, 'input'>
  >;
  createTheme?: Resolver<
    ResolversTypes['ThemePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateThemeArgs, 'input'>
  >;
  deleteFinding?: Resolver<
    ResolversTypes['DeletePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteFindingArgs, 'input'>
  >;
  deleteRecommendation?: Resolver<
    ResolversTypes['DeletePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteRecommendationArgs, 'input'>
  >;
  deleteReview?: Resolver<
    ResolversTypes['DeletePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteReviewArgs, 'input'>
  >;
  deleteTheme?: Resolver<
    ResolversTypes['DeletePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteThemeArgs, 'input'>
  >;
  linkReviewTheme?: Resolver<
    ResolversTypes['ReviewPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationLinkReviewThemeArgs, 'input'>
  >;
  mapTheme?: Resolver<
    ResolversTypes['ThemePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationMapThemeArgs, 'input'>
  >;
  mergeThemes?: Resolver<
    ResolversTypes['ThemePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationMergeThemesArgs, 'input'>
  >;
  recordRecommendationStatus?: Resolver<
    ResolversTypes['RecommendationPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationRecordRecommendationStatusArgs, 'input'>
  >;
  restoreReview?: Resolver<
    ResolversTypes['ReviewPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationRestoreReviewArgs, 'input'>
  >;
  unlinkReviewTheme?: Resolver<
    ResolversTypes['ReviewPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationUnlinkReviewThemeArgs, 'input'>
  >;
  unmapTheme?: Resolver<
    ResolversTypes['ThemePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationUnmapThemeArgs, 'input'>
  >;
  updateFinding?: Resolver<
    ResolversTypes['FindingPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateFindingArgs, 'input'>
  >;
  updateReviewThemeLink?: Resolver<
    ResolversTypes['ReviewPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateReviewThemeLinkArgs, 'input'>
  >;
  updateTheme?: Resolver<
    ResolversTypes['ThemePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateThemeArgs, 'input'>
  >;
  upsertReview?: Resolver<
    ResolversTypes['ReviewPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationUpsertReviewArgs, 'input'>
  >;
};

export type OlderReviewsResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['OlderReviews'] = ResolversParentTypes['OlderReviews'],
> = {
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PageInfoResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PartnershipResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Partnership'] = ResolversParentTypes['Partnership'],
> = {
  caveats?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  olderReviews?: Resolver<Maybe<ResolversTypes['OlderReviews']>, ParentType, ContextType>;
  statedThemes?: Resolver<Array<ResolversTypes['PartnershipTheme']>, ParentType, ContextType>;
  statutoryPartners?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PartnershipThemeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['PartnershipTheme'] =
    ResolversParentTypes['PartnershipTheme'],
> = {
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  agencies?: Resolver<
    ResolversTypes['AgencyConnection'],
    ParentType,
    ContextType,
    Partial<QueryAgenciesArgs>
  >;
  agency?: Resolver<
    Maybe<ResolversTypes['Agency']>,
    ParentType,
    ContextType,
    RequireFields<QueryAgencyArgs, 'id'>
  >;
  changes?: Resolver<
    ResolversTypes['ChangeConnection'],
    ParentType,
    ContextType,
    Partial<QueryChangesArgs>
  >;
  curriculum?: Resolver<
    ResolversTypes['Curriculum'],
    ParentType,
    ContextType,
    Partial<QueryCurriculumArgs>
  >;
  finding?: Resolver<
    Maybe<ResolversTypes['Finding']>,
    ParentType,
    ContextType,
    RequireFields<QueryFindingArgs, 'id'>
  >;
  harmTypes?: Resolver<Array<ResolversTypes['HarmTypeInfo']>, ParentType, ContextType>;
  partnership?: Resolver<
    Maybe<ResolversTypes['Partnership']>,
    ParentType,
    ContextType,
    RequireFields<QueryPartnershipArgs, 'id'>
  >;
  partnerships?: Resolver<Array<ResolversTypes['Partnership']>, ParentType, ContextType>;
  recommendationFollowUp?: Resolver<
    Array<ResolversTypes['RecommendationFollowUp']>,
    ParentType,
    ContextType,
    Partial<QueryRecommendationFollowUpArgs>
  >;
  recommendations?: Resolver<
    ResolversTypes['RecommendationConnection'],
    ParentType,
    ContextType,
    Partial<QueryRecommendationsArgs>
  >;
  recurringCategories?: Resolver<
    Array<ResolversTypes['CategoryRecurrence']>,
    ParentType,
    ContextType,
    RequireFields<QueryRecurringCategoriesArgs, 'minReviews' | 'taxonomyId'>
  >;
  recurringThemes?: Resolver<
    Array<ResolversTypes['ThemeRecurrence']>,
    ParentType,
    ContextType,
    RequireFields<QueryRecurringThemesArgs, 'minReviews'>
  >;
  review?: Resolver<
    Maybe<ResolversTypes['Review']>,
    ParentType,
    ContextType,
    RequireFields<QueryReviewArgs, 'id'>
  >;
  reviews?: Resolver<
    ResolversTypes['ReviewConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryReviewsArgs, 'orderBy'>
  >;
  search?: Resolver<
    Array<ResolversTypes['SearchHit']>,
    ParentType,
    ContextType,
    RequireFields<QuerySearchArgs, 'first' | 'query'>
  >;
  similarReviews?: Resolver<
    Array<ResolversTypes['SimilarReview']>,
    ParentType,
    ContextType,
    RequireFields<QuerySimilarReviewsArgs, 'first' | 'reviewId'>
  >;
  taxonomies?: Resolver<
    Array<ResolversTypes['Taxonomy']>,
    ParentType,
    ContextType,
    Partial<QueryTaxonomiesArgs>
  >;
  taxonomy?: Resolver<
    Maybe<ResolversTypes['Taxonomy']>,
    ParentType,
    ContextType,
    RequireFields<QueryTaxonomyArgs, 'id'>
  >;
  theme?: Resolver<
    Maybe<ResolversTypes['Theme']>,
    ParentType,
    ContextType,
    RequireFields<QueryThemeArgs, 'id'>
  >;
  themeCooccurrence?: Resolver<
    Array<ResolversTypes['ThemePair']>,
    ParentType,
    ContextType,
    RequireFields<QueryThemeCooccurrenceArgs, 'minReviews'>
  >;
  themeTrend?: Resolver<
    Array<ResolversTypes['ThemeTrendPoint']>,
    ParentType,
    ContextType,
    Partial<QueryThemeTrendArgs>
  >;
  themes?: Resolver<
    ResolversTypes['ThemeConnection'],
    ParentType,
    ContextType,
    Partial<QueryThemesArgs>
  >;
  timeliness?: Resolver<
    Array<ResolversTypes['TimelinessGroup']>,
    ParentType,
    ContextType,
    RequireFields<QueryTimelinessArgs, 'groupBy'>
  >;
  viewer?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
};

export type RapidReviewResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['RapidReview'] = ResolversParentTypes['RapidReview'],
> = {
  decision?: Resolver<Maybe<ResolversTypes['RapidReviewDecision']>, ParentType, ContextType>;
  heldOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RecommendationResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Recommendation'] =
    ResolversParentTypes['Recommendation'],
> = {
  addressedTo?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<
    ResolversTypes['Boolean'],
    ParentType,
    ContextType,
    Partial<RecommendationOverdueArgs>
  >;
  owner?: Resolver<Maybe<ResolversTypes['RecommendationOwner']>, ParentType, ContextType>;
  review?: Resolver<ResolversTypes['Review'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RecommendationStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<
    Array<ResolversTypes['RecommendationStatusChange']>,
    ParentType,
    ContextType
  >;
  statusUpdatedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  targetDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RecommendationConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['RecommendationConnection'] =
    ResolversParentTypes['RecommendationConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['RecommendationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RecommendationEdgeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['RecommendationEdge'] =
    ResolversParentTypes['RecommendationEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
};

export type RecommendationFollowUpResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['RecommendationFollowUp'] =
    ResolversParentTypes['RecommendationFollowUp'],
> = {
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  medianDaysToCompletion?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  notKnown?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['RecommendationOwner']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RecommendationOwnerResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['RecommendationOwner'] =
    ResolversParentTypes['RecommendationOwner'],
> = {
  __resolveType: TypeResolveFn<'Agency' | 'Partnership', ParentType, ContextType>;
};

export type RecommendationPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['RecommendationPayload'] =
    ResolversParentTypes['RecommendationPayload'],
> = {
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
};

export type RecommendationStatusChangeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['RecommendationStatusChange'] =
    ResolversParentTypes['RecommendationStatusChange'],
> = {
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  on?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RecommendationStatus'], ParentType, ContextType>;
};

export type ReviewResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Review'] = ResolversParentTypes['Review'],
> = {
  agencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  awareOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  caveats?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Child']>, ParentType, ContextType>;
  commissionedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incident?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType>;
  involvements?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReviewKind'], ParentType, ContextType>;
  methodology?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notifiedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partnership?: Resolver<Maybe<ResolversTypes['Partnership']>, ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rapidReview?: Resolver<Maybe<ResolversTypes['RapidReview']>, ParentType, ContextType>;
  recommendations?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  similarReviews?: Resolver<
    Array<ResolversTypes['SimilarReview']>,
    ParentType,
    ContextType,
    RequireFields<ReviewSimilarReviewsArgs, 'first'>
  >;
  sources?: Resolver<Array<ResolversTypes['SourceCitation']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  themeLinks?: Resolver<Array<ResolversTypes['ReviewThemeLink']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  timeliness?: Resolver<ResolversTypes['Timeliness'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unlistedDocuments?: Resolver<Array<ResolversTypes['UnlistedDocument']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReviewConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ReviewConnection'] =
    ResolversParentTypes['ReviewConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ReviewEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Review']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReviewEdgeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ReviewEdge'] = ResolversParentTypes['ReviewEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Review'], ParentType, ContextType>;
};

export type ReviewPayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ReviewPayload'] = ResolversParentTypes['ReviewPayload'],
> = {
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  review?: Resolver<ResolversTypes['Review'], ParentType, ContextType>;
};

export type ReviewThemeLinkResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ReviewThemeLink'] =
    ResolversParentTypes['ReviewThemeLink'],
> = {
  evidence?: Resolver<ResolversTypes['ThemeEvidence'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
};

export type SearchHitResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit'],
> = {
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  finding?: Resolver<Maybe<ResolversTypes['Finding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchHitKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recommendation?: Resolver<Maybe<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['Review']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  theme?: Resolver<Maybe<ResolversTypes['Theme']>, ParentType, ContextType>;
};

export type SimilarReviewResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['SimilarReview'] = ResolversParentTypes['SimilarReview'],
> = {
  review?: Resolver<ResolversTypes['Review'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sharedThemes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
};

export type SourceResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  retrievedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourceCitationResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['SourceCitation'] =
    ResolversParentTypes['SourceCitation'],
> = {
  facts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  retrievedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourcePayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['SourcePayload'] = ResolversParentTypes['SourcePayload'],
> = {
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type StageTimelinessResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['StageTimeliness'] =
    ResolversParentTypes['StageTimeliness'],
> = {
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  medianWorkingDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unknown?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TaxonomyResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Taxonomy'] = ResolversParentTypes['Taxonomy'],
> = {
  categories?: Resolver<Array<ResolversTypes['TaxonomyCategory']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TaxonomyKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TaxonomyCategoryResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['TaxonomyCategory'] =
    ResolversParentTypes['TaxonomyCategory'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  taxonomy?: Resolver<ResolversTypes['Taxonomy'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
};

export type ThemeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme'],
> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  briefings?: Resolver<
    Array<ResolversTypes['Document']>,
    ParentType,
    ContextType,
    RequireFields<ThemeBriefingsArgs, 'first'>
  >;
  findings?: Resolver<
    Array<ResolversTypes['Finding']>,
    ParentType,
    ContextType,
    RequireFields<ThemeFindingsArgs, 'first'>
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mappings?: Resolver<Array<ResolversTypes['ThemeMapping']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recommendations?: Resolver<
    Array<ResolversTypes['Recommendation']>,
    ParentType,
    ContextType,
    RequireFields<ThemeRecommendationsArgs, 'first'>
  >;
  reviewCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviews?: Resolver<
    Array<ResolversTypes['Review']>,
    ParentType,
    ContextType,
    RequireFields<ThemeReviewsArgs, 'first'>
  >;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ThemeConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ThemeConnection'] =
    ResolversParentTypes['ThemeConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ThemeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ThemeEdgeResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ThemeEdge'] = ResolversParentTypes['ThemeEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
};

export type ThemeMappingResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ThemeMapping'] = ResolversParentTypes['ThemeMapping'],
> = {
  basis?: Resolver<ResolversTypes['MappingBasis'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['TaxonomyCategory'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ThemePairResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ThemePair'] = ResolversParentTypes['ThemePair'],
> = {
  reviewCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviews?: Resolver<
    Array<ResolversTypes['Review']>,
    ParentType,
    ContextType,
    RequireFields<ThemePairReviewsArgs, 'first'>
  >;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
};

export type ThemePayloadResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ThemePayload'] = ResolversParentTypes['ThemePayload'],
> = {
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
};

export type ThemeRecurrenceResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ThemeRecurrence'] =
    ResolversParentTypes['ThemeRecurrence'],
> = {
  firstPublished?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastPublished?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviews?: Resolver<
    Array<ResolversTypes['Review']>,
    ParentType,
    ContextType,
    RequireFields<ThemeRecurrenceReviewsArgs, 'first'>
  >;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
};

export type ThemeTrendPointResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['ThemeTrendPoint'] =
    ResolversParentTypes['ThemeTrendPoint'],
> = {
  reviewCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviews?: Resolver<
    Array<ResolversTypes['Review']>,
    ParentType,
    ContextType,
    RequireFields<ThemeTrendPointReviewsArgs, 'first'>
  >;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelinessResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['Timeliness'] = ResolversParentTypes['Timeliness'],
> = {
  notificationDueOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notificationOnTime?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  notificationWorkingDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rapidReviewDueOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rapidReviewOnTime?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  rapidReviewWorkingDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TimelinessGroupResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['TimelinessGroup'] =
    ResolversParentTypes['TimelinessGroup'],
> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notification?: Resolver<ResolversTypes['StageTimeliness'], ParentType, ContextType>;
  partnership?: Resolver<Maybe<ResolversTypes['Partnership']>, ParentType, ContextType>;
  rapidReview?: Resolver<ResolversTypes['StageTimeliness'], ParentType, ContextType>;
  reviewCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type UnlistedDocumentResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes['UnlistedDocument'] =
    ResolversParentTypes['UnlistedDocument'],
> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Actor?: ActorResolvers<ContextType>;
  Agency?: AgencyResolvers<ContextType>;
  AgencyConnection?: AgencyConnectionResolvers<ContextType>;
  AgencyEdge?: AgencyEdgeResolvers<ContextType>;
  CategoryRecurrence?: CategoryRecurrenceResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  Child?: ChildResolvers<ContextType>;
  Curriculum?: CurriculumResolvers<ContextType>;
  CurriculumModule?: CurriculumModuleResolvers<ContextType>;
  DeletePayload?: DeletePayloadResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  Finding?: FindingResolvers<ContextType>;
  FindingPayload?: FindingPayloadResolvers<ContextType>;
  HarmTypeInfo?: HarmTypeInfoResolvers<ContextType>;
  Incident?: IncidentResolvers<ContextType>;
  Involvement?: InvolvementResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OlderReviews?: OlderReviewsResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partnership?: PartnershipResolvers<ContextType>;
  PartnershipTheme?: PartnershipThemeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RapidReview?: RapidReviewResolvers<ContextType>;
  Recommendation?: RecommendationResolvers<ContextType>;
  RecommendationConnection?: RecommendationConnectionResolvers<ContextType>;
  RecommendationEdge?: RecommendationEdgeResolvers<ContextType>;
  RecommendationFollowUp?: RecommendationFollowUpResolvers<ContextType>;
  RecommendationOwner?: RecommendationOwnerResolvers<ContextType>;
  RecommendationPayload?: RecommendationPayloadResolvers<ContextType>;
  RecommendationStatusChange?: RecommendationStatusChangeResolvers<ContextType>;
  Review?: ReviewResolvers<ContextType>;
  ReviewConnection?: ReviewConnectionResolvers<ContextType>;
  ReviewEdge?: ReviewEdgeResolvers<ContextType>;
  ReviewPayload?: ReviewPayloadResolvers<ContextType>;
  ReviewThemeLink?: ReviewThemeLinkResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SimilarReview?: SimilarReviewResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceCitation?: SourceCitationResolvers<ContextType>;
  SourcePayload?: SourcePayloadResolvers<ContextType>;
  StageTimeliness?: StageTimelinessResolvers<ContextType>;
  Taxonomy?: TaxonomyResolvers<ContextType>;
  TaxonomyCategory?: TaxonomyCategoryResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
  ThemeConnection?: ThemeConnectionResolvers<ContextType>;
  ThemeEdge?: ThemeEdgeResolvers<ContextType>;
  ThemeMapping?: ThemeMappingResolvers<ContextType>;
  ThemePair?: ThemePairResolvers<ContextType>;
  ThemePayload?: ThemePayloadResolvers<ContextType>;
  ThemeRecurrence?: ThemeRecurrenceResolvers<ContextType>;
  ThemeTrendPoint?: ThemeTrendPointResolvers<ContextType>;
  Timeliness?: TimelinessResolvers<ContextType>;
  TimelinessGroup?: TimelinessGroupResolvers<ContextType>;
  UnlistedDocument?: UnlistedDocumentResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  listSize?: ListSizeDirectiveResolver<any, any, ContextType>;
};
