/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** Selects recommendations. All given conditions must hold; within a list, any value matches. */
export type RecommendationFilter = {
  /** Only recommendations addressed to one of these agencies. */
  agencyIds?: Array<string | number> | null | undefined;
  /**
   * True: only recommendations overdue at the query's `asOf` (past their target date and open);
   * false: only those not overdue (NOT_KNOWN ones included, as they are never overdue); null or
   * omitted: both.
   */
  overdue?: boolean | null | undefined;
  /** Only recommendations owned by one of these agencies. */
  ownerAgencyIds?: Array<string | number> | null | undefined;
  /** Only recommendations owned by one of these partnerships. */
  ownerPartnershipIds?: Array<string | number> | null | undefined;
  /** Only recommendations made by reviews matching this filter. */
  review?: ReviewFilter | null | undefined;
  /**
   * Only recommendations whose current status (`status`) is one of these; NOT_KNOWN selects
   * those whose status no source we hold reports.
   */
  statuses?: Array<RecommendationStatus> | null | undefined;
  /** Only recommendations addressing one of these themes. */
  themeIds?: Array<string | number> | null | undefined;
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

/**
 * Selects reviews. All given conditions must hold; within a list, any value matches, and an empty
 * list is the same as omitting it.
 * Dates are inclusive, `YYYY-MM` or `YYYY-MM-DD`; a month-precision publication date counts as the
 * 1st of its month; any date condition excludes reviews whose publication date is unknown.
 */
export type ReviewFilter = {
  /** Only reviews that involved at least one of these agencies. */
  agencyIds?: Array<string | number> | null | undefined;
  /** Only reviews of one of these kinds. */
  kinds?: Array<ReviewKind> | null | undefined;
  /** Only reviews published by one of these partnerships. */
  partnershipIds?: Array<string | number> | null | undefined;
  /** Earliest publication date, inclusive (`YYYY-MM` means from the 1st of that month). */
  publishedFrom?: string | null | undefined;
  /** Latest publication date, inclusive (`YYYY-MM` means to the end of that month). */
  publishedTo?: string | null | undefined;
  /** True: only synthetic (generated) reviews; false: only real reviews; null or omitted: both. */
  synthetic?: boolean | null | undefined;
  /** Only reviews linked (by any evidence) to at least one of these themes. */
  themeIds?: Array<string | number> | null | undefined;
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

/** How `timeliness` groups reviews. */
export type TimelinessGroupBy =
  /** One group per publishing partnership, by partnership name. */
  | 'PARTNERSHIP'
  /**
   * One group per calendar year of notification (`notifiedOn`), oldest first; reviews whose
   * notification date is unknown form a last group with key `unknown`.
   */
  | 'YEAR';

export type ReviewItemFragment = {
  id: string;
  title: string;
  kind: ReviewKind;
  publishedOn: string | null;
  synthetic: boolean;
  partnership: { id: string; name: string } | null;
  documents: Array<{ id: string; title: string; kind: DocumentKind; url: string | null }>;
  sources: Array<{ id: string; url: string; title: string }>;
};

export type DashboardMetaQueryVariables = Exact<{ [key: string]: never }>;

export type DashboardMetaQuery = {
  partnerships: Array<{ id: string; name: string; synthetic: boolean }>;
  kinds: { enumValues: Array<{ name: string; description: string | null }> | null } | null;
  allReviews: { totalCount: number };
  syntheticReviews: { totalCount: number };
};

export type DashboardRecurringThemesQueryVariables = Exact<{
  minReviews: number;
  filter?: ReviewFilter | null | undefined;
}>;

export type DashboardRecurringThemesQuery = {
  recurringThemes: Array<{
    reviewCount: number;
    firstPublished: string | null;
    lastPublished: string | null;
    theme: { id: string; name: string; synthetic: boolean };
  }>;
};

export type DashboardPairThemesQueryVariables = Exact<{
  minReviews: number;
  filter?: ReviewFilter | null | undefined;
}>;

export type DashboardPairThemesQuery = {
  recurringThemes: Array<{ reviewCount: number; theme: { id: string; name: string } }>;
};

export type DashboardCooccurrenceQueryVariables = Exact<{
  minReviews: number;
  themeIds: Array<string | number> | string | number;
  filter?: ReviewFilter | null | undefined;
}>;

export type DashboardCooccurrenceQuery = {
  themeCooccurrence: Array<{ reviewCount: number; themes: Array<{ id: string; name: string }> }>;
};

export type DashboardTrendQueryVariables = Exact<{
  themeIds?: Array<string | number> | string | number | null | undefined;
  filter?: ReviewFilter | null | undefined;
}>;

export type DashboardTrendQuery = {
  themeTrend: Array<{ year: number; reviewCount: number; theme: { id: string; name: string } }>;
};

export type PickedReviewFragment = {
  id: string;
  title: string;
  publishedOn: string | null;
  synthetic: boolean;
  partnership: { id: string; name: string } | null;
  themes: Array<{ id: string; name: string }>;
};

export type NeighbourFragment = {
  score: number;
  review: {
    id: string;
    title: string;
    publishedOn: string | null;
    synthetic: boolean;
    partnership: { id: string; name: string } | null;
  };
  sharedThemes: Array<{ id: string; name: string }>;
};

export type DashboardSimilarQueryVariables = Exact<{
  reviewId: string | number;
  first: number;
  filter?: ReviewFilter | null | undefined;
}>;

export type DashboardSimilarQuery = {
  review: {
    id: string;
    title: string;
    publishedOn: string | null;
    synthetic: boolean;
    partnership: { id: string; name: string } | null;
    themes: Array<{ id: string; name: string }>;
  } | null;
  similarReviews: Array<{
    score: number;
    review: {
      id: string;
      title: string;
      publishedOn: string | null;
      synthetic: boolean;
      partnership: { id: string; name: string } | null;
    };
    sharedThemes: Array<{ id: string; name: string }>;
  }>;
};

export type DashboardNewestSimilarQueryVariables = Exact<{
  first: number;
  filter?: ReviewFilter | null | undefined;
}>;

export type DashboardNewestSimilarQuery = {
  reviews: {
    nodes: Array<{
      id: string;
      title: string;
      publishedOn: string | null;
      synthetic: boolean;
      similarReviews: Array<{
        score: number;
        review: {
          id: string;
          title: string;
          publishedOn: string | null;
          synthetic: boolean;
          partnership: { id: string; name: string } | null;
        };
        sharedThemes: Array<{ id: string; name: string }>;
      }>;
      partnership: { id: string; name: string } | null;
      themes: Array<{ id: string; name: string }>;
    }>;
  };
};

export type DashboardSimilarCandidatesQueryVariables = Exact<{
  filter?: ReviewFilter | null | undefined;
  first: number;
}>;

export type DashboardSimilarCandidatesQuery = {
  reviews: { nodes: Array<{ id: string; themes: Array<{ id: string }> }> };
  recurringThemes: Array<{ theme: { id: string } }>;
};

export type DashboardReviewQueryVariables = Exact<{
  id: string | number;
}>;

export type DashboardReviewQuery = {
  review: {
    id: string;
    title: string;
    kind: ReviewKind;
    publishedOn: string | null;
    synthetic: boolean;
    partnership: { id: string; name: string } | null;
    documents: Array<{ id: string; title: string; kind: DocumentKind; url: string | null }>;
    sources: Array<{ id: string; url: string; title: string }>;
  } | null;
};

export type DashboardPickableReviewsQueryVariables = Exact<{
  filter?: ReviewFilter | null | undefined;
}>;

export type DashboardPickableReviewsQuery = {
  reviews: {
    totalCount: number;
    nodes: Array<{
      id: string;
      title: string;
      publishedOn: string | null;
      synthetic: boolean;
      partnership: { name: string } | null;
    }>;
  };
};

export type DashboardReviewsBehindQueryVariables = Exact<{
  filter?: ReviewFilter | null | undefined;
}>;

export type DashboardReviewsBehindQuery = {
  reviews: {
    totalCount: number;
    nodes: Array<{
      id: string;
      title: string;
      kind: ReviewKind;
      publishedOn: string | null;
      synthetic: boolean;
      partnership: { id: string; name: string } | null;
      documents: Array<{ id: string; title: string; kind: DocumentKind; url: string | null }>;
      sources: Array<{ id: string; url: string; title: string }>;
    }>;
  };
};

export type DashboardPairReviewsQueryVariables = Exact<{
  themeIds: Array<string | number> | string | number;
  filter?: ReviewFilter | null | undefined;
}>;

export type DashboardPairReviewsQuery = {
  themeCooccurrence: Array<{
    reviewCount: number;
    themes: Array<{ id: string }>;
    reviews: Array<{
      id: string;
      title: string;
      kind: ReviewKind;
      publishedOn: string | null;
      synthetic: boolean;
      partnership: { id: string; name: string } | null;
      documents: Array<{ id: string; title: string; kind: DocumentKind; url: string | null }>;
      sources: Array<{ id: string; url: string; title: string }>;
    }>;
  }>;
};

export type DashboardCountQueryVariables = Exact<{
  filter?: ReviewFilter | null | undefined;
}>;

export type DashboardCountQuery = { reviews: { totalCount: number } };

export type DashboardTimelinessQueryVariables = Exact<{
  filter?: ReviewFilter | null | undefined;
  groupBy: TimelinessGroupBy;
}>;

export type DashboardTimelinessQuery = {
  timeliness: Array<{
    key: string;
    year: number | null;
    reviewCount: number;
    partnership: { id: string; name: string } | null;
    notification: {
      onTime: number;
      late: number;
      unknown: number;
      medianWorkingDays: number | null;
    };
    rapidReview: {
      onTime: number;
      late: number;
      unknown: number;
      medianWorkingDays: number | null;
    };
  }>;
};

export type DashboardFollowUpQueryVariables = Exact<{
  filter?: RecommendationFilter | null | undefined;
  asOf?: string | null | undefined;
  first: number;
}>;

export type DashboardFollowUpQuery = {
  recommendationFollowUp: Array<{
    total: number;
    open: number;
    overdue: number;
    completed: number;
    notKnown: number;
    medianDaysToCompletion: number | null;
    owner:
      | { __typename: 'Agency'; id: string; name: string }
      | { __typename: 'Partnership'; id: string; name: string }
      | null;
  }>;
};

export type DashboardOwnerReviewsQueryVariables = Exact<{
  filter?: RecommendationFilter | null | undefined;
  asOf?: string | null | undefined;
}>;

export type DashboardOwnerReviewsQuery = {
  recommendations: {
    totalCount: number;
    nodes: Array<{
      id: string;
      review: {
        id: string;
        title: string;
        kind: ReviewKind;
        publishedOn: string | null;
        synthetic: boolean;
        partnership: { id: string; name: string } | null;
        documents: Array<{ id: string; title: string; kind: DocumentKind; url: string | null }>;
        sources: Array<{ id: string; url: string; title: string }>;
      };
    }>;
  };
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ReviewItemFragmentDoc = new TypedDocumentString(
  `
    fragment ReviewItem on Review {
  id
  title
  kind
  publishedOn
  synthetic
  partnership {
    id
    name
  }
  documents {
    id
    title
    kind
    url
  }
  sources {
    id
    url
    title
  }
}
    `,
  { fragmentName: 'ReviewItem' },
) as unknown as TypedDocumentString<ReviewItemFragment, unknown>;
export const PickedReviewFragmentDoc = new TypedDocumentString(
  `
    fragment PickedReview on Review {
  id
  title
  publishedOn
  synthetic
  partnership {
    id
    name
  }
  themes {
    id
    name
  }
}
    `,
  { fragmentName: 'PickedReview' },
) as unknown as TypedDocumentString<PickedReviewFragment, unknown>;
export const NeighbourFragmentDoc = new TypedDocumentString(
  `
    fragment Neighbour on SimilarReview {
  review {
    id
    title
    publishedOn
    synthetic
    partnership {
      id
      name
    }
  }
  sharedThemes {
    id
    name
  }
  score
}
    `,
  { fragmentName: 'Neighbour' },
) as unknown as TypedDocumentString<NeighbourFragment, unknown>;
export const DashboardMetaDocument = new TypedDocumentString(`
    query DashboardMeta {
  partnerships {
    id
    name
    synthetic
  }
  kinds: __type(name: "ReviewKind") {
    enumValues {
      name
      description
    }
  }
  allReviews: reviews(first: 1) {
    totalCount
  }
  syntheticReviews: reviews(first: 1, filter: {synthetic: true}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DashboardMetaQuery, DashboardMetaQueryVariables>;
export const DashboardRecurringThemesDocument = new TypedDocumentString(`
    query DashboardRecurringThemes($minReviews: Int!, $filter: ReviewFilter) {
  recurringThemes(minReviews: $minReviews, filter: $filter) {
    theme {
      id
      name
      synthetic
    }
    reviewCount
    firstPublished
    lastPublished
  }
}
    `) as unknown as TypedDocumentString<
  DashboardRecurringThemesQuery,
  DashboardRecurringThemesQueryVariables
>;
export const DashboardPairThemesDocument = new TypedDocumentString(`
    query DashboardPairThemes($minReviews: Int!, $filter: ReviewFilter) {
  recurringThemes(minReviews: $minReviews, filter: $filter) {
    theme {
      id
      name
    }
    reviewCount
  }
}
    `) as unknown as TypedDocumentString<
  DashboardPairThemesQuery,
  DashboardPairThemesQueryVariables
>;
export const DashboardCooccurrenceDocument = new TypedDocumentString(`
    query DashboardCooccurrence($minReviews: Int!, $themeIds: [ID!]!, $filter: ReviewFilter) {
  themeCooccurrence(minReviews: $minReviews, themeIds: $themeIds, filter: $filter) {
    themes {
      id
      name
    }
    reviewCount
  }
}
    `) as unknown as TypedDocumentString<
  DashboardCooccurrenceQuery,
  DashboardCooccurrenceQueryVariables
>;
export const DashboardTrendDocument = new TypedDocumentString(`
    query DashboardTrend($themeIds: [ID!], $filter: ReviewFilter) {
  themeTrend(themeIds: $themeIds, filter: $filter) {
    theme {
      id
      name
    }
    year
    reviewCount
  }
}
    `) as unknown as TypedDocumentString<DashboardTrendQuery, DashboardTrendQueryVariables>;
export const DashboardSimilarDocument = new TypedDocumentString(`
    query DashboardSimilar($reviewId: ID!, $first: Int!, $filter: ReviewFilter) {
  review(id: $reviewId) {
    ...PickedReview
  }
  similarReviews(reviewId: $reviewId, first: $first, filter: $filter) {
    ...Neighbour
  }
}
    fragment PickedReview on Review {
  id
  title
  publishedOn
  synthetic
  partnership {
    id
    name
  }
  themes {
    id
    name
  }
}
fragment Neighbour on SimilarReview {
  review {
    id
    title
    publishedOn
    synthetic
    partnership {
      id
      name
    }
  }
  sharedThemes {
    id
    name
  }
  score
}`) as unknown as TypedDocumentString<DashboardSimilarQuery, DashboardSimilarQueryVariables>;
export const DashboardNewestSimilarDocument = new TypedDocumentString(`
    query DashboardNewestSimilar($first: Int!, $filter: ReviewFilter) {
  reviews(filter: $filter, first: 1) {
    nodes {
      ...PickedReview
      similarReviews(first: $first, filter: $filter) {
        ...Neighbour
      }
    }
  }
}
    fragment PickedReview on Review {
  id
  title
  publishedOn
  synthetic
  partnership {
    id
    name
  }
  themes {
    id
    name
  }
}
fragment Neighbour on SimilarReview {
  review {
    id
    title
    publishedOn
    synthetic
    partnership {
      id
      name
    }
  }
  sharedThemes {
    id
    name
  }
  score
}`) as unknown as TypedDocumentString<
  DashboardNewestSimilarQuery,
  DashboardNewestSimilarQueryVariables
>;
export const DashboardSimilarCandidatesDocument = new TypedDocumentString(`
    query DashboardSimilarCandidates($filter: ReviewFilter, $first: Int!) {
  reviews(filter: $filter, first: $first) {
    nodes {
      id
      themes {
        id
      }
    }
  }
  recurringThemes(minReviews: 2, filter: $filter) {
    theme {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<
  DashboardSimilarCandidatesQuery,
  DashboardSimilarCandidatesQueryVariables
>;
export const DashboardReviewDocument = new TypedDocumentString(`
    query DashboardReview($id: ID!) {
  review(id: $id) {
    ...ReviewItem
  }
}
    fragment ReviewItem on Review {
  id
  title
  kind
  publishedOn
  synthetic
  partnership {
    id
    name
  }
  documents {
    id
    title
    kind
    url
  }
  sources {
    id
    url
    title
  }
}`) as unknown as TypedDocumentString<DashboardReviewQuery, DashboardReviewQueryVariables>;
export const DashboardPickableReviewsDocument = new TypedDocumentString(`
    query DashboardPickableReviews($filter: ReviewFilter) {
  reviews(filter: $filter, first: 100) {
    totalCount
    nodes {
      id
      title
      publishedOn
      synthetic
      partnership {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  DashboardPickableReviewsQuery,
  DashboardPickableReviewsQueryVariables
>;
export const DashboardReviewsBehindDocument = new TypedDocumentString(`
    query DashboardReviewsBehind($filter: ReviewFilter) {
  reviews(filter: $filter, first: 100) {
    totalCount
    nodes {
      ...ReviewItem
    }
  }
}
    fragment ReviewItem on Review {
  id
  title
  kind
  publishedOn
  synthetic
  partnership {
    id
    name
  }
  documents {
    id
    title
    kind
    url
  }
  sources {
    id
    url
    title
  }
}`) as unknown as TypedDocumentString<
  DashboardReviewsBehindQuery,
  DashboardReviewsBehindQueryVariables
>;
export const DashboardPairReviewsDocument = new TypedDocumentString(`
    query DashboardPairReviews($themeIds: [ID!]!, $filter: ReviewFilter) {
  themeCooccurrence(minReviews: 1, themeIds: $themeIds, filter: $filter) {
    themes {
      id
    }
    reviewCount
    reviews(first: 100) {
      ...ReviewItem
    }
  }
}
    fragment ReviewItem on Review {
  id
  title
  kind
  publishedOn
  synthetic
  partnership {
    id
    name
  }
  documents {
    id
    title
    kind
    url
  }
  sources {
    id
    url
    title
  }
}`) as unknown as TypedDocumentString<
  DashboardPairReviewsQuery,
  DashboardPairReviewsQueryVariables
>;
export const DashboardCountDocument = new TypedDocumentString(`
    query DashboardCount($filter: ReviewFilter) {
  reviews(filter: $filter, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DashboardCountQuery, DashboardCountQueryVariables>;
export const DashboardTimelinessDocument = new TypedDocumentString(`
    query DashboardTimeliness($filter: ReviewFilter, $groupBy: TimelinessGroupBy!) {
  timeliness(filter: $filter, groupBy: $groupBy) {
    key
    year
    partnership {
      id
      name
    }
    reviewCount
    notification {
      onTime
      late
      unknown
      medianWorkingDays
    }
    rapidReview {
      onTime
      late
      unknown
      medianWorkingDays
    }
  }
}
    `) as unknown as TypedDocumentString<
  DashboardTimelinessQuery,
  DashboardTimelinessQueryVariables
>;
export const DashboardFollowUpDocument = new TypedDocumentString(`
    query DashboardFollowUp($filter: RecommendationFilter, $asOf: String, $first: Int!) {
  recommendationFollowUp(filter: $filter, asOf: $asOf, first: $first) {
    owner {
      __typename
      ... on Agency {
        id
        name
      }
      ... on Partnership {
        id
        name
      }
    }
    total
    open
    overdue
    completed
    notKnown
    medianDaysToCompletion
  }
}
    `) as unknown as TypedDocumentString<DashboardFollowUpQuery, DashboardFollowUpQueryVariables>;
export const DashboardOwnerReviewsDocument = new TypedDocumentString(`
    query DashboardOwnerReviews($filter: RecommendationFilter, $asOf: String) {
  recommendations(filter: $filter, asOf: $asOf, first: 100) {
    totalCount
    nodes {
      id
      review {
        ...ReviewItem
      }
    }
  }
}
    fragment ReviewItem on Review {
  id
  title
  kind
  publishedOn
  synthetic
  partnership {
    id
    name
  }
  documents {
    id
    title
    kind
    url
  }
  sources {
    id
    url
    title
  }
}`) as unknown as TypedDocumentString<
  DashboardOwnerReviewsQuery,
  DashboardOwnerReviewsQueryVariables
>;
