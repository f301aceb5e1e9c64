// The seven benchmarked questions, each asked of our API, of the floor (Cypher) and of @neo4j/graphql.
import * as floor from './floor';

/** Untyped JSON of an answer: each summary reads the few fields it compares. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response shapes differ per system
type Json = any;

/** Concrete inputs shared by all three (picked from the loaded data by `pickInputs`). */
export interface Inputs {
  year: number;
  kind: string;
  reviewId: string;
  searchTerm: string;
  /** Co-occurrence cut: reviews/200 (at least 2), so the answer stays dashboard-sized at any scale. */
  pairMinReviews: number;
}

/** A GraphQL request body. */
export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

/** One question in three forms, with a summary of each answer (row keys) to check they agree. */
export interface Operation {
  id: string;
  title: string;
  ours: GraphQLRequest;
  neo: GraphQLRequest;
  floor: { cypher: string; params: Record<string, unknown> };
  /** Row keys of an answer (`data` of a GraphQL response, or the floor's rows); equal keys = same answer. */
  keys: { ours(data: Json): string[]; neo(data: Json): string[]; floor(rows: Json[]): string[] };
}

/** `YYYY-MM` and `YYYY-MM-01` sort the same; which of two tied earliest reviews is shown may differ. */
const day = (d: unknown) => (typeof d === 'string' && d.length === 7 ? `${d}-01` : d);
const themeRow = (r: Json) =>
  `${r.theme.id}:${r.reviewCount}:${day(r.firstPublished)}:${day(r.lastPublished)}`;
const PAGE_FIELDS = 'id title kind publishedOn';
const n = (xs: unknown[] | undefined) => xs?.length ?? 0;
const pageRow = (r: Json) =>
  `${r.id}:${n(r.themes)}/${n(r.children)}/${n(r.agencies)}/${n(r.recommendations)}:${r.themes?.[0]?.id}`;
const fullRow = (r: Json) =>
  [
    r?.id,
    n(r?.children),
    n(r?.documents),
    n(r?.themes),
    n(r?.agencies),
    n(r?.recommendations),
    n(r?.sources),
  ]
    .concat(
      (r?.recommendations ?? []).map((m: Json) => `${m.id}:${n(m.addressedTo)}/${n(m.themes)}`),
    )
    .map(String);
const similarRow = (r: Json) =>
  `${r.review.id}:${Number(r.score).toFixed(4)}:${r.sharedThemes.map((t: Json) => t.id).join(',')}`;
/** Search hits tie on score, and each engine breaks ties its own way: compare the score multiset. */
const scores = (hits: { score: number }[]) =>
  hits
    .map((h) => h.score)
    .sort((a, b) => b - a)
    .map((x) => x.toFixed(4));

const BY_NAME = '(sort: [{ name: ASC }])';
const NEO_REVIEW_CORE = `themes${BY_NAME} { id name } children { id pseudonym ageBand } agencies${BY_NAME} { id name sector }`;

const pairRow = (p: Json) => `${p.themes[0].id}+${p.themes[1].id}:${p.reviewCount}`;

/** The seven operations for the given inputs. */
export function operations(inp: Inputs): Operation[] {
  const yearKind = { year: inp.year, kind: inp.kind, minReviews: 2 };
  return [
    {
      id: 'recurring-all',
      title: '1. Recurring themes, all reviews',
      ours: {
        query: `{ recurringThemes(minReviews: 2) { theme { id name } reviewCount firstPublished lastPublished } }`,
        variables: {},
      },
      neo: {
        query: `{ recurringThemes(minReviews: 2) { theme { id name } reviewCount firstPublished lastPublished } }`,
        variables: {},
      },
      floor: { cypher: floor.RECURRING_ALL, params: { minReviews: 2 } },
      keys: {
        ours: (d) => d.recurringThemes.map(themeRow),
        neo: (d) => d.recurringThemes.map(themeRow),
        floor: (rows) => rows.map(themeRow),
      },
    },
    {
      id: 'recurring-year-kind',
      title: `2. Recurring themes, ${inp.year} ${inp.kind}`,
      ours: {
        query: `query($f: ReviewFilter) { recurringThemes(minReviews: 2, filter: $f) { theme { id name } reviewCount firstPublished lastPublished } }`,
        variables: {
          f: { publishedFrom: `${inp.year}-01`, publishedTo: `${inp.year}-12`, kinds: [inp.kind] },
        },
      },
      neo: {
        query: `query($year: Int!, $kind: String!) { recurringThemesIn(year: $year, kind: $kind, minReviews: 2) { theme { id name } reviewCount firstPublished lastPublished } }`,
        variables: { year: inp.year, kind: inp.kind },
      },
      floor: { cypher: floor.RECURRING_YEAR_KIND, params: yearKind },
      keys: {
        ours: (d) => d.recurringThemes.map(themeRow),
        neo: (d) => d.recurringThemesIn.map(themeRow),
        floor: (rows) => rows.map(themeRow),
      },
    },
    {
      id: 'review-page',
      title: '3. Page of 50 reviews with links',
      ours: {
        query: `{ reviews(first: 50) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${PAGE_FIELDS}
          themes { id name } children { id pseudonym ageBand } agencies { id name sector } recommendations { id number text status } } } } }`,
        variables: {},
      },
      neo: {
        query: `{ reviewsConnection(first: 50, sort: [{ publishedSort: DESC }, { title: ASC }, { id: ASC }]) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { ${PAGE_FIELDS} ${NEO_REVIEW_CORE}
          recommendations(sort: [{ number: ASC }]) { id number text status } } } } }`,
        variables: {},
      },
      floor: { cypher: floor.REVIEW_PAGE, params: { first: 50 } },
      keys: {
        ours: (d) => [
          String(d.reviews.totalCount),
          ...d.reviews.edges.map((e: Json) => pageRow(e.node)),
        ],
        neo: (d) => [
          String(d.reviewsConnection.totalCount),
          ...d.reviewsConnection.edges.map((e: Json) => pageRow(e.node)),
        ],
        floor: (rows) => [String(rows[0]?.totalCount), ...rows.map((r) => pageRow(r.review))],
      },
    },
    {
      id: 'review-full',
      title: '4. One review with everything linked',
      ours: {
        query: `query($id: ID!) { review(id: $id) { id title kind publishedOn publishedYear summary methodology synthetic
          partnership { id name } children { id pseudonym ageBand } documents { id title kind url }
          themes { id name } agencies { id name sector }
          recommendations { id number text status statusUpdatedOn addressedTo { id name } themes { id name } }
          sources { id url title facts } } }`,
        variables: { id: inp.reviewId },
      },
      neo: {
        query: `query($id: ID!) { reviews(where: { id: { eq: $id } }) { id title kind publishedOn publishedYear summary methodology synthetic
          partnership { id name } ${NEO_REVIEW_CORE} documents(sort: [{ title: ASC }]) { id title kind url }
          recommendations(sort: [{ number: ASC }]) { id number text status statusUpdatedOn
            addressedTo${BY_NAME} { id name } themes${BY_NAME} { id name } }
          sourcesConnection { edges { properties { facts } node { id url title } } } } }`,
        variables: { id: inp.reviewId },
      },
      floor: { cypher: floor.REVIEW_FULL, params: { id: inp.reviewId } },
      keys: {
        ours: (d) => fullRow(d.review),
        neo: (d) => fullRow({ ...d.reviews[0], sources: d.reviews[0]?.sourcesConnection.edges }),
        floor: (rows) => fullRow(rows[0]?.review),
      },
    },
    {
      id: 'similar',
      title: '5. Similar reviews (top 5)',
      ours: {
        query: `query($id: ID!) { similarReviews(reviewId: $id, first: 5) { review { id title } sharedThemes { id name } score } }`,
        variables: { id: inp.reviewId },
      },
      neo: {
        query: `query($id: ID!) { similarReviews(reviewId: $id, first: 5) { review { id title } sharedThemes { id name } score } }`,
        variables: { id: inp.reviewId },
      },
      floor: { cypher: floor.SIMILAR, params: { id: inp.reviewId, first: 5 } },
      keys: {
        ours: (d) => d.similarReviews.map(similarRow),
        neo: (d) => d.similarReviews.map(similarRow),
        floor: (rows) => rows.map(similarRow),
      },
    },
    {
      id: 'search',
      title: `6. Full-text search "${inp.searchTerm}" (top 20)`,
      ours: {
        query: `query($q: String!) { search(query: $q, first: 20) { kind id label score } }`,
        variables: { q: inp.searchTerm },
      },
      neo: {
        query: `query($q: String!) {
          reviewsFulltext(phrase: $q, first: 20) { edges { score node { id title } } }
          themesFulltext(phrase: $q, first: 20) { edges { score node { id name } } }
          documentsFulltext(phrase: $q, first: 20) { edges { score node { id title } } }
          recommendationsFulltext(phrase: $q, first: 20) { edges { score node { id text } } } }`,
        variables: { q: inp.searchTerm },
      },
      floor: { cypher: floor.SEARCH, params: { query: inp.searchTerm, first: 20 } },
      keys: {
        ours: (d) => scores(d.search),
        neo: (d) => scores(Object.values(d).flatMap((c: Json) => c.edges)).slice(0, 20),
        floor: (rows) => scores(rows),
      },
    },
    {
      id: 'cooccurrence',
      title: `7. Theme co-occurrence, pairs in ${inp.pairMinReviews}+ reviews`,
      ours: {
        query: `query($m: Int!) { themeCooccurrence(minReviews: $m) { themes { id name } reviewCount } }`,
        variables: { m: inp.pairMinReviews },
      },
      neo: {
        query: `query($m: Int!) { themeCooccurrence(minReviews: $m) { themes { id name } reviewCount } }`,
        variables: { m: inp.pairMinReviews },
      },
      floor: { cypher: floor.COOCCURRENCE, params: { minReviews: inp.pairMinReviews } },
      keys: {
        ours: (d) => d.themeCooccurrence.map(pairRow),
        neo: (d) => d.themeCooccurrence.map(pairRow),
        floor: (rows) => rows.map(pairRow),
      },
    },
  ];
}
