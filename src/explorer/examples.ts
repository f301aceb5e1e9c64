// Example operations preloaded into the explorer: one tab per question the API answers.

/** One explorer tab: a named operation and its variables (JSON text). */
export interface ExampleTab {
  query: string;
  variables?: string;
}

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
];
