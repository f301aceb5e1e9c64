// Example operations preloaded into the explorer: one tab per question the API answers.

/** One explorer tab: a named operation, its variables and request headers (JSON text). */
export interface ExampleTab {
  query: string;
  variables?: string;
  headers?: string;
}

/** Mutations need a credential: the tab carries the header with a placeholder to replace. */
const AUTH_HEADER = JSON.stringify(
  { Authorization: 'Bearer <token from: npm run token -- create --name "..." --role ANALYST>' },
  null,
  2,
);

/** The example tabs, in the order the issue lists the questions. */
export const EXAMPLE_TABS: ExampleTab[] = [
  {
    query: `# Reviews, newest first, one page at a time (pass pageInfo.endCursor as $after)
query Reviews($first: Int = 5, $after: String) {
  reviews(first: $first, after: $after, orderBy: PUBLISHED_DESC) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id title kind publishedOn synthetic
      children { pseudonym }
      themes { id name }
      documents { title kind }
      sources { title url facts }
    }
  }
}`,
  },
  {
    query: `# One review with everything about it
query Review($id: ID! = "warwickshire-simon") {
  review(id: $id) {
    id title kind publishedOn summary
    partnership { name statutoryPartners { name sector } }
    children { pseudonym ageBand }
    documents { title kind url }
    unlistedDocuments { kind description }
    themeLinks { theme { id name } evidence note source { title url } }
    involvements { name sector agency { name } }
    caveats
    recommendations { number text status }
    sources { title url publisher facts }
  }
}`,
  },
  {
    query: `# Themes linked to at least two reviews, most recurrent first; evidence: which links count
query RecurringThemes($minReviews: Int = 2, $filter: ReviewFilter, $evidence: [ThemeEvidence!]) {
  recurringThemes(minReviews: $minReviews, filter: $filter, evidence: $evidence) {
    theme { id name }
    reviewCount firstPublished lastPublished
    reviews { title publishedOn }
  }
}`,
    variables: '{ "filter": { "synthetic": false }, "evidence": ["REPORT_FINDING"] }',
  },
  {
    query: `# Which national practice themes recur across partnerships, and in how many reviews?
query RecurringCategories($taxonomyId: ID! = "panel-ar-2022-23", $evidence: [ThemeEvidence!]) {
  recurringCategories(taxonomyId: $taxonomyId, minReviews: 2, evidence: $evidence) {
    category { name taxonomy { name publisher year source { url } } }
    reviewCount partnershipCount
    themes { name }
    reviews { title partnership { name } }
  }
}`,
  },
  {
    query: `# The published national schemes, their sources and categories
query Taxonomies {
  taxonomies {
    id name publisher year kind note
    source { title url publisher }
    categories { name themes { name } }
  }
}`,
  },
  {
    query: `# Pairs of themes linked to at least two of the same reviews
query ThemeCooccurrence($themeId: ID) {
  themeCooccurrence(minReviews: 2, themeId: $themeId) {
    themes { id name }
    reviewCount
    reviews { title }
  }
}`,
  },
  {
    query: `# Per theme and year, how many reviews are linked to it
query ThemeTrend($themeIds: [ID!] = ["the-importance-of-history-in-assessments", "professional-curiosity"]) {
  themeTrend(themeIds: $themeIds) { theme { name } year reviewCount reviews { title } }
}`,
  },
  {
    query: `# Reviews most like a given review, by shared themes (Jaccard score)
query SimilarReviews($reviewId: ID! = "warwickshire-simon") {
  similarReviews(reviewId: $reviewId, first: 5) {
    score
    review { title publishedOn }
    sharedThemes { name }
  }
}`,
  },
  {
    query: `# A training curriculum: modules by recurrence, with evidence, briefings and related themes
query Curriculum($input: CurriculumInput = { minReviews: 2 }) {
  curriculum(input: $input) {
    reviewCount
    modules {
      position
      theme { name }
      reviewCount years
      reviews { title }
      briefings { title url }
      teachAlongside { name }
    }
  }
}`,
  },
  {
    query: `# Full-text search over reviews, themes, documents and recommendations
query Search($query: String! = "curiosity") {
  search(query: $query, first: 10) {
    kind id label score
    theme { name }
    document { title kind }
    review { title }
  }
}`,
  },
  {
    query: `# Themes, agencies and recommendations as pages
query Lists {
  themes(first: 10) { totalCount nodes { id name aliases reviewCount } }
  agencies(first: 10) { totalCount nodes { name sector } }
  recommendations(first: 10) { totalCount nodes { number text status review { title } } }
}`,
  },
  {
    query: `# Curating (needs a token: replace the placeholder in Headers below)
mutation CreateTheme($input: CreateThemeInput!) {
  createTheme(input: $input) {
    theme { id name aliases version }
    change { id at operation actor { name role } before after reason requestId }
  }
}`,
    variables: JSON.stringify(
      { input: { name: 'Example Theme', aliases: ['Example theme (draft)'], reason: 'why' } },
      null,
      2,
    ),
    headers: AUTH_HEADER,
  },
  {
    query: `# Linking a theme to a review with its evidence and source (ANALYST; replace the ids)
mutation LinkReviewTheme($input: LinkReviewThemeInput!) {
  linkReviewTheme(input: $input) {
    review { id title version themeLinks { theme { name } evidence note source { title url } } }
    change { id at operation actor { name role } after reason }
  }
}`,
    variables: JSON.stringify(
      {
        input: {
          reviewId: 'review-id',
          themeId: 'theme-id',
          evidence: 'REPORT_FINDING',
          sourceId: 'source-id',
          note: 'what the source says about it, in your own words',
          expectedVersion: 1,
          reason: 'why',
        },
      },
      null,
      2,
    ),
    headers: AUTH_HEADER,
  },
  {
    query: `# Recording where a recommendation stands, as a published source reports it
# (ANALYST; expectedVersion is the recommendation's version; entries go in date order)
mutation RecordStatus($input: RecordRecommendationStatusInput!) {
  recordRecommendationStatus(input: $input) {
    recommendation { id version status statusUpdatedOn statusHistory { status on note source { title } } }
    change { id at before after }
  }
}`,
    variables: JSON.stringify(
      {
        input: {
          recommendationId: 'review-id-rec-1',
          expectedVersion: 1,
          status: 'COMPLETED',
          on: '2024-03',
          sourceId: 'source-id',
          note: 'reported complete in the annual report',
        },
      },
      null,
      2,
    ),
    headers: AUTH_HEADER,
  },
  {
    query: `# Merging two spellings of a theme (ADMIN; expectedVersion is the kept theme's version)
mutation MergeThemes($input: MergeThemesInput!) {
  mergeThemes(input: $input) {
    theme { id name aliases version reviews { title } }
    change { id at before after }
  }
}`,
    variables: JSON.stringify(
      { input: { keepId: 'keep-this-theme', mergeIds: ['merge-this-theme'], expectedVersion: 1 } },
      null,
      2,
    ),
    headers: AUTH_HEADER,
  },
  {
    query: `# Deleting a review with what it owns (ADMIN; expectedVersion is the review's version).
# The Change's before is the review's whole import record: restoreReview(input: { changeId })
# with the Change's id puts the review back.
mutation DeleteReview($input: DeleteInput!) {
  deleteReview(input: $input) {
    deletedId
    change { id at operation entityId before reason }
  }
}`,
    variables: JSON.stringify(
      { input: { id: 'review-id', expectedVersion: 1, reason: 'why' } },
      null,
      2,
    ),
    headers: AUTH_HEADER,
  },
  {
    query: `# The audit trail, newest first (any signed-in caller)
query Changes($filter: ChangeFilter) {
  viewer { name role }
  changes(filter: $filter, first: 20) {
    totalCount
    nodes { at operation entityType entityId actor { name role } before after reason requestId }
  }
}`,
    variables: JSON.stringify({ filter: { actorName: null, from: null } }, null, 2),
    headers: AUTH_HEADER,
  },
  {
    query: `# Are notifications and rapid reviews on time, by year of notification? (working days in England)
query Timeliness {
  timeliness(groupBy: YEAR) {
    key reviewCount
    notification { onTime late unknown medianWorkingDays }
    rapidReview { onTime late unknown medianWorkingDays }
  }
}`,
  },
  {
    query: `# Which agencies have overdue recommendations? (status judged as it stood on asOf)
query FollowUp($asOf: String = "2024-06-30") {
  recommendationFollowUp(asOf: $asOf) {
    owner { ... on Agency { name } ... on Partnership { name } }
    total open overdue completed medianDaysToCompletion
  }
  recommendations(filter: { overdue: true }, asOf: $asOf, first: 10) {
    nodes { text targetDate status owner { ... on Agency { name } } review { title } }
  }
}`,
  },
];
