// Every GraphQL operation the dashboard sends: typed documents checked against schema/ by codegen.
import { graphql } from './gql';

/** A review as every list shows it: where it comes from, and its documents to open. */
export const ReviewItemFragment = graphql(`
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
`);

/** What the filters offer and what this API can answer (introspection), loaded once. */
export const MetaQuery = graphql(`
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
    syntheticReviews: reviews(first: 1, filter: { synthetic: true }) {
      totalCount
    }
  }
`);

/** Bar chart: reviews per theme. */
export const RecurringThemesQuery = graphql(`
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
`);

/**
 * Heat map, first step: the themes raised by at least as many reviews as a pair needs, most
 * first (a theme raised by fewer cannot be in such a pair); the map draws the busiest of them.
 */
export const PairThemesQuery = graphql(`
  query DashboardPairThemes($minReviews: Int!, $filter: ReviewFilter) {
    recurringThemes(minReviews: $minReviews, filter: $filter) {
      theme {
        id
        name
      }
      reviewCount
    }
  }
`);

/** Heat map, second step: the pairs of those themes raised together (only what the map draws). */
export const CooccurrenceQuery = graphql(`
  query DashboardCooccurrence($minReviews: Int!, $themeIds: [ID!]!, $filter: ReviewFilter) {
    themeCooccurrence(minReviews: $minReviews, themeIds: $themeIds, filter: $filter) {
      themes {
        id
        name
      }
      reviewCount
    }
  }
`);

/** Lines: reviews per year for the chosen themes. */
export const TrendQuery = graphql(`
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
`);

/** The review the similar-reviews panel compares against: what its caption and picker show. */
export const PickedReviewFragment = graphql(`
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
`);

/**
 * One neighbour as the similar-reviews chart draws it: the review (its documents are asked for
 * when it is opened), the themes it shares with the picked review, and the score.
 */
export const NeighbourFragment = graphql(`
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
`);

/** The picked review, its themes, and its nearest neighbours by shared themes. */
export const SimilarQuery = graphql(`
  query DashboardSimilar($reviewId: ID!, $first: Int!, $filter: ReviewFilter) {
    review(id: $reviewId) {
      ...PickedReview
    }
    similarReviews(reviewId: $reviewId, first: $first, filter: $filter) {
      ...Neighbour
    }
  }
`);

/**
 * The newest review under the filters (the picker's first option, compared when the view names
 * no review), its themes, and its nearest neighbours: in one request, without waiting for the list.
 */
export const NewestSimilarQuery = graphql(`
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
`);

/**
 * For when the newest review shares no theme: the next newest reviews' themes, and the themes
 * raised by two or more reviews under the filters. A review has a neighbour exactly when one of
 * its themes is raised by another review under the filters, so the first of these reviews with
 * such a theme is the newest review that has a neighbour.
 */
export const CandidatesQuery = graphql(`
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
`);

/** One review with its documents and sources: a neighbour, opened. */
export const ReviewQuery = graphql(`
  query DashboardReview($id: ID!) {
    review(id: $id) {
      ...ReviewItem
    }
  }
`);

/** Reviews to pick from: the newest under the filters. */
export const PickableReviewsQuery = graphql(`
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
`);

/** The reviews behind a number that a filter can express (a theme, a theme in a year). */
export const ReviewsBehindQuery = graphql(`
  query DashboardReviewsBehind($filter: ReviewFilter) {
    reviews(filter: $filter, first: 100) {
      totalCount
      nodes {
        ...ReviewItem
      }
    }
  }
`);

/** The reviews behind a heat-map cell: the one pair of its two themes. */
export const PairReviewsQuery = graphql(`
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
`);

/** How many reviews the shared filters select. */
export const CountQuery = graphql(`
  query DashboardCount($filter: ReviewFilter) {
    reviews(filter: $filter, first: 1) {
      totalCount
    }
  }
`);

/** Stacked bars: notifications within 5 working days and rapid reviews within 15, per group. */
export const TimelinessQuery = graphql(`
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
`);

/** Stacked bars: each owner's recommendations overdue, open, completed and otherwise closed. */
export const FollowUpQuery = graphql(`
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
`);

/** The reviews whose recommendations one owner holds (from its first 100 recommendations). */
export const OwnerReviewsQuery = graphql(`
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
`);
