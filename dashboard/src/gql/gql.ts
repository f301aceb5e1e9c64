/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment ReviewItem on Review {\n    id\n    title\n    kind\n    publishedOn\n    synthetic\n    partnership {\n      id\n      name\n    }\n    documents {\n      id\n      title\n      kind\n      url\n    }\n    sources {\n      id\n      url\n      title\n    }\n  }\n': typeof types.ReviewItemFragmentDoc;
  '\n  query DashboardMeta {\n    partnerships {\n      id\n      name\n      synthetic\n    }\n    kinds: __type(name: "ReviewKind") {\n      enumValues {\n        name\n        description\n      }\n    }\n    allReviews: reviews(first: 1) {\n      totalCount\n    }\n    syntheticReviews: reviews(first: 1, filter: { synthetic: true }) {\n      totalCount\n    }\n  }\n': typeof types.DashboardMetaDocument;
  '\n  query DashboardRecurringThemes($minReviews: Int!, $filter: ReviewFilter) {\n    recurringThemes(minReviews: $minReviews, filter: $filter) {\n      theme {\n        id\n        name\n        synthetic\n      }\n      reviewCount\n      firstPublished\n      lastPublished\n    }\n  }\n': typeof types.DashboardRecurringThemesDocument;
  '\n  query DashboardPairThemes($minReviews: Int!, $filter: ReviewFilter) {\n    recurringThemes(minReviews: $minReviews, filter: $filter) {\n      theme {\n        id\n        name\n      }\n      reviewCount\n    }\n  }\n': typeof types.DashboardPairThemesDocument;
  '\n  query DashboardCooccurrence($minReviews: Int!, $themeIds: [ID!]!, $filter: ReviewFilter) {\n    themeCooccurrence(minReviews: $minReviews, themeIds: $themeIds, filter: $filter) {\n      themes {\n        id\n        name\n      }\n      reviewCount\n    }\n  }\n': typeof types.DashboardCooccurrenceDocument;
  '\n  query DashboardTrend($themeIds: [ID!], $filter: ReviewFilter) {\n    themeTrend(themeIds: $themeIds, filter: $filter) {\n      theme {\n        id\n        name\n      }\n      year\n      reviewCount\n    }\n  }\n': typeof types.DashboardTrendDocument;
  '\n  fragment PickedReview on Review {\n    id\n    title\n    publishedOn\n    synthetic\n    partnership {\n      id\n      name\n    }\n    themes {\n      id\n      name\n    }\n  }\n': typeof types.PickedReviewFragmentDoc;
  '\n  fragment Neighbour on SimilarReview {\n    review {\n      id\n      title\n      publishedOn\n      synthetic\n      partnership {\n        id\n        name\n      }\n    }\n    sharedThemes {\n      id\n      name\n    }\n    score\n  }\n': typeof types.NeighbourFragmentDoc;
  '\n  query DashboardSimilar($reviewId: ID!, $first: Int!, $filter: ReviewFilter) {\n    review(id: $reviewId) {\n      ...PickedReview\n    }\n    similarReviews(reviewId: $reviewId, first: $first, filter: $filter) {\n      ...Neighbour\n    }\n  }\n': typeof types.DashboardSimilarDocument;
  '\n  query DashboardNewestSimilar($first: Int!, $filter: ReviewFilter) {\n    reviews(filter: $filter, first: 1) {\n      nodes {\n        ...PickedReview\n        similarReviews(first: $first, filter: $filter) {\n          ...Neighbour\n        }\n      }\n    }\n  }\n': typeof types.DashboardNewestSimilarDocument;
  '\n  query DashboardSimilarCandidates($filter: ReviewFilter, $first: Int!) {\n    reviews(filter: $filter, first: $first) {\n      nodes {\n        id\n        themes {\n          id\n        }\n      }\n    }\n    recurringThemes(minReviews: 2, filter: $filter) {\n      theme {\n        id\n      }\n    }\n  }\n': typeof types.DashboardSimilarCandidatesDocument;
  '\n  query DashboardReview($id: ID!) {\n    review(id: $id) {\n      ...ReviewItem\n    }\n  }\n': typeof types.DashboardReviewDocument;
  '\n  query DashboardPickableReviews($filter: ReviewFilter) {\n    reviews(filter: $filter, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        publishedOn\n        synthetic\n        partnership {\n          name\n        }\n      }\n    }\n  }\n': typeof types.DashboardPickableReviewsDocument;
  '\n  query DashboardReviewsBehind($filter: ReviewFilter) {\n    reviews(filter: $filter, first: 100) {\n      totalCount\n      nodes {\n        ...ReviewItem\n      }\n    }\n  }\n': typeof types.DashboardReviewsBehindDocument;
  '\n  query DashboardPairReviews($themeIds: [ID!]!, $filter: ReviewFilter) {\n    themeCooccurrence(minReviews: 1, themeIds: $themeIds, filter: $filter) {\n      themes {\n        id\n      }\n      reviewCount\n      reviews(first: 100) {\n        ...ReviewItem\n      }\n    }\n  }\n': typeof types.DashboardPairReviewsDocument;
  '\n  query DashboardCount($filter: ReviewFilter) {\n    reviews(filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n': typeof types.DashboardCountDocument;
  '\n  query DashboardTimeliness($filter: ReviewFilter, $groupBy: TimelinessGroupBy!) {\n    timeliness(filter: $filter, groupBy: $groupBy) {\n      key\n      year\n      partnership {\n        id\n        name\n      }\n      reviewCount\n      notification {\n        onTime\n        late\n        unknown\n        medianWorkingDays\n      }\n      rapidReview {\n        onTime\n        late\n        unknown\n        medianWorkingDays\n      }\n    }\n  }\n': typeof types.DashboardTimelinessDocument;
  '\n  query DashboardFollowUp($filter: RecommendationFilter, $asOf: String, $first: Int!) {\n    recommendationFollowUp(filter: $filter, asOf: $asOf, first: $first) {\n      owner {\n        __typename\n        ... on Agency {\n          id\n          name\n        }\n        ... on Partnership {\n          id\n          name\n        }\n      }\n      total\n      open\n      overdue\n      completed\n      notKnown\n      medianDaysToCompletion\n    }\n  }\n': typeof types.DashboardFollowUpDocument;
  '\n  query DashboardOwnerReviews($filter: RecommendationFilter, $asOf: String) {\n    recommendations(filter: $filter, asOf: $asOf, first: 100) {\n      totalCount\n      nodes {\n        id\n        review {\n          ...ReviewItem\n        }\n      }\n    }\n  }\n': typeof types.DashboardOwnerReviewsDocument;
};
const documents: Documents = {
  '\n  fragment ReviewItem on Review {\n    id\n    title\n    kind\n    publishedOn\n    synthetic\n    partnership {\n      id\n      name\n    }\n    documents {\n      id\n      title\n      kind\n      url\n    }\n    sources {\n      id\n      url\n      title\n    }\n  }\n':
    types.ReviewItemFragmentDoc,
  '\n  query DashboardMeta {\n    partnerships {\n      id\n      name\n      synthetic\n    }\n    kinds: __type(name: "ReviewKind") {\n      enumValues {\n        name\n        description\n      }\n    }\n    allReviews: reviews(first: 1) {\n      totalCount\n    }\n    syntheticReviews: reviews(first: 1, filter: { synthetic: true }) {\n      totalCount\n    }\n  }\n':
    types.DashboardMetaDocument,
  '\n  query DashboardRecurringThemes($minReviews: Int!, $filter: ReviewFilter) {\n    recurringThemes(minReviews: $minReviews, filter: $filter) {\n      theme {\n        id\n        name\n        synthetic\n      }\n      reviewCount\n      firstPublished\n      lastPublished\n    }\n  }\n':
    types.DashboardRecurringThemesDocument,
  '\n  query DashboardPairThemes($minReviews: Int!, $filter: ReviewFilter) {\n    recurringThemes(minReviews: $minReviews, filter: $filter) {\n      theme {\n        id\n        name\n      }\n      reviewCount\n    }\n  }\n':
    types.DashboardPairThemesDocument,
  '\n  query DashboardCooccurrence($minReviews: Int!, $themeIds: [ID!]!, $filter: ReviewFilter) {\n    themeCooccurrence(minReviews: $minReviews, themeIds: $themeIds, filter: $filter) {\n      themes {\n        id\n        name\n      }\n      reviewCount\n    }\n  }\n':
    types.DashboardCooccurrenceDocument,
  '\n  query DashboardTrend($themeIds: [ID!], $filter: ReviewFilter) {\n    themeTrend(themeIds: $themeIds, filter: $filter) {\n      theme {\n        id\n        name\n      }\n      year\n      reviewCount\n    }\n  }\n':
    types.DashboardTrendDocument,
  '\n  fragment PickedReview on Review {\n    id\n    title\n    publishedOn\n    synthetic\n    partnership {\n      id\n      name\n    }\n    themes {\n      id\n      name\n    }\n  }\n':
    types.PickedReviewFragmentDoc,
  '\n  fragment Neighbour on SimilarReview {\n    review {\n      id\n      title\n      publishedOn\n      synthetic\n      partnership {\n        id\n        name\n      }\n    }\n    sharedThemes {\n      id\n      name\n    }\n    score\n  }\n':
    types.NeighbourFragmentDoc,
  '\n  query DashboardSimilar($reviewId: ID!, $first: Int!, $filter: ReviewFilter) {\n    review(id: $reviewId) {\n      ...PickedReview\n    }\n    similarReviews(reviewId: $reviewId, first: $first, filter: $filter) {\n      ...Neighbour\n    }\n  }\n':
    types.DashboardSimilarDocument,
  '\n  query DashboardNewestSimilar($first: Int!, $filter: ReviewFilter) {\n    reviews(filter: $filter, first: 1) {\n      nodes {\n        ...PickedReview\n        similarReviews(first: $first, filter: $filter) {\n          ...Neighbour\n        }\n      }\n    }\n  }\n':
    types.DashboardNewestSimilarDocument,
  '\n  query DashboardSimilarCandidates($filter: ReviewFilter, $first: Int!) {\n    reviews(filter: $filter, first: $first) {\n      nodes {\n        id\n        themes {\n          id\n        }\n      }\n    }\n    recurringThemes(minReviews: 2, filter: $filter) {\n      theme {\n        id\n      }\n    }\n  }\n':
    types.DashboardSimilarCandidatesDocument,
  '\n  query DashboardReview($id: ID!) {\n    review(id: $id) {\n      ...ReviewItem\n    }\n  }\n':
    types.DashboardReviewDocument,
  '\n  query DashboardPickableReviews($filter: ReviewFilter) {\n    reviews(filter: $filter, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        publishedOn\n        synthetic\n        partnership {\n          name\n        }\n      }\n    }\n  }\n':
    types.DashboardPickableReviewsDocument,
  '\n  query DashboardReviewsBehind($filter: ReviewFilter) {\n    reviews(filter: $filter, first: 100) {\n      totalCount\n      nodes {\n        ...ReviewItem\n      }\n    }\n  }\n':
    types.DashboardReviewsBehindDocument,
  '\n  query DashboardPairReviews($themeIds: [ID!]!, $filter: ReviewFilter) {\n    themeCooccurrence(minReviews: 1, themeIds: $themeIds, filter: $filter) {\n      themes {\n        id\n      }\n      reviewCount\n      reviews(first: 100) {\n        ...ReviewItem\n      }\n    }\n  }\n':
    types.DashboardPairReviewsDocument,
  '\n  query DashboardCount($filter: ReviewFilter) {\n    reviews(filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n':
    types.DashboardCountDocument,
  '\n  query DashboardTimeliness($filter: ReviewFilter, $groupBy: TimelinessGroupBy!) {\n    timeliness(filter: $filter, groupBy: $groupBy) {\n      key\n      year\n      partnership {\n        id\n        name\n      }\n      reviewCount\n      notification {\n        onTime\n        late\n        unknown\n        medianWorkingDays\n      }\n      rapidReview {\n        onTime\n        late\n        unknown\n        medianWorkingDays\n      }\n    }\n  }\n':
    types.DashboardTimelinessDocument,
  '\n  query DashboardFollowUp($filter: RecommendationFilter, $asOf: String, $first: Int!) {\n    recommendationFollowUp(filter: $filter, asOf: $asOf, first: $first) {\n      owner {\n        __typename\n        ... on Agency {\n          id\n          name\n        }\n        ... on Partnership {\n          id\n          name\n        }\n      }\n      total\n      open\n      overdue\n      completed\n      notKnown\n      medianDaysToCompletion\n    }\n  }\n':
    types.DashboardFollowUpDocument,
  '\n  query DashboardOwnerReviews($filter: RecommendationFilter, $asOf: String) {\n    recommendations(filter: $filter, asOf: $asOf, first: 100) {\n      totalCount\n      nodes {\n        id\n        review {\n          ...ReviewItem\n        }\n      }\n    }\n  }\n':
    types.DashboardOwnerReviewsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReviewItem on Review {\n    id\n    title\n    kind\n    publishedOn\n    synthetic\n    partnership {\n      id\n      name\n    }\n    documents {\n      id\n      title\n      kind\n      url\n    }\n    sources {\n      id\n      url\n      title\n    }\n  }\n',
): typeof import('./graphql').ReviewItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardMeta {\n    partnerships {\n      id\n      name\n      synthetic\n    }\n    kinds: __type(name: "ReviewKind") {\n      enumValues {\n        name\n        description\n      }\n    }\n    allReviews: reviews(first: 1) {\n      totalCount\n    }\n    syntheticReviews: reviews(first: 1, filter: { synthetic: true }) {\n      totalCount\n    }\n  }\n',
): typeof import('./graphql').DashboardMetaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardRecurringThemes($minReviews: Int!, $filter: ReviewFilter) {\n    recurringThemes(minReviews: $minReviews, filter: $filter) {\n      theme {\n        id\n        name\n        synthetic\n      }\n      reviewCount\n      firstPublished\n      lastPublished\n    }\n  }\n',
): typeof import('./graphql').DashboardRecurringThemesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardPairThemes($minReviews: Int!, $filter: ReviewFilter) {\n    recurringThemes(minReviews: $minReviews, filter: $filter) {\n      theme {\n        id\n        name\n      }\n      reviewCount\n    }\n  }\n',
): typeof import('./graphql').DashboardPairThemesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardCooccurrence($minReviews: Int!, $themeIds: [ID!]!, $filter: ReviewFilter) {\n    themeCooccurrence(minReviews: $minReviews, themeIds: $themeIds, filter: $filter) {\n      themes {\n        id\n        name\n      }\n      reviewCount\n    }\n  }\n',
): typeof import('./graphql').DashboardCooccurrenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardTrend($themeIds: [ID!], $filter: ReviewFilter) {\n    themeTrend(themeIds: $themeIds, filter: $filter) {\n      theme {\n        id\n        name\n      }\n      year\n      reviewCount\n    }\n  }\n',
): typeof import('./graphql').DashboardTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PickedReview on Review {\n    id\n    title\n    publishedOn\n    synthetic\n    partnership {\n      id\n      name\n    }\n    themes {\n      id\n      name\n    }\n  }\n',
): typeof import('./graphql').PickedReviewFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment Neighbour on SimilarReview {\n    review {\n      id\n      title\n      publishedOn\n      synthetic\n      partnership {\n        id\n        name\n      }\n    }\n    sharedThemes {\n      id\n      name\n    }\n    score\n  }\n',
): typeof import('./graphql').NeighbourFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardSimilar($reviewId: ID!, $first: Int!, $filter: ReviewFilter) {\n    review(id: $reviewId) {\n      ...PickedReview\n    }\n    similarReviews(reviewId: $reviewId, first: $first, filter: $filter) {\n      ...Neighbour\n    }\n  }\n',
): typeof import('./graphql').DashboardSimilarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardNewestSimilar($first: Int!, $filter: ReviewFilter) {\n    reviews(filter: $filter, first: 1) {\n      nodes {\n        ...PickedReview\n        similarReviews(first: $first, filter: $filter) {\n          ...Neighbour\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DashboardNewestSimilarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardSimilarCandidates($filter: ReviewFilter, $first: Int!) {\n    reviews(filter: $filter, first: $first) {\n      nodes {\n        id\n        themes {\n          id\n        }\n      }\n    }\n    recurringThemes(minReviews: 2, filter: $filter) {\n      theme {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').DashboardSimilarCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardReview($id: ID!) {\n    review(id: $id) {\n      ...ReviewItem\n    }\n  }\n',
): typeof import('./graphql').DashboardReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardPickableReviews($filter: ReviewFilter) {\n    reviews(filter: $filter, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        publishedOn\n        synthetic\n        partnership {\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DashboardPickableReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardReviewsBehind($filter: ReviewFilter) {\n    reviews(filter: $filter, first: 100) {\n      totalCount\n      nodes {\n        ...ReviewItem\n      }\n    }\n  }\n',
): typeof import('./graphql').DashboardReviewsBehindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardPairReviews($themeIds: [ID!]!, $filter: ReviewFilter) {\n    themeCooccurrence(minReviews: 1, themeIds: $themeIds, filter: $filter) {\n      themes {\n        id\n      }\n      reviewCount\n      reviews(first: 100) {\n        ...ReviewItem\n      }\n    }\n  }\n',
): typeof import('./graphql').DashboardPairReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardCount($filter: ReviewFilter) {\n    reviews(filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n',
): typeof import('./graphql').DashboardCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardTimeliness($filter: ReviewFilter, $groupBy: TimelinessGroupBy!) {\n    timeliness(filter: $filter, groupBy: $groupBy) {\n      key\n      year\n      partnership {\n        id\n        name\n      }\n      reviewCount\n      notification {\n        onTime\n        late\n        unknown\n        medianWorkingDays\n      }\n      rapidReview {\n        onTime\n        late\n        unknown\n        medianWorkingDays\n      }\n    }\n  }\n',
): typeof import('./graphql').DashboardTimelinessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardFollowUp($filter: RecommendationFilter, $asOf: String, $first: Int!) {\n    recommendationFollowUp(filter: $filter, asOf: $asOf, first: $first) {\n      owner {\n        __typename\n        ... on Agency {\n          id\n          name\n        }\n        ... on Partnership {\n          id\n          name\n        }\n      }\n      total\n      open\n      overdue\n      completed\n      notKnown\n      medianDaysToCompletion\n    }\n  }\n',
): typeof import('./graphql').DashboardFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardOwnerReviews($filter: RecommendationFilter, $asOf: String) {\n    recommendations(filter: $filter, asOf: $asOf, first: 100) {\n      totalCount\n      nodes {\n        id\n        review {\n          ...ReviewItem\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DashboardOwnerReviewsDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
