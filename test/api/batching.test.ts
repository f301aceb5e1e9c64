// HTTP tests of batching: the number of Cypher queries does not grow with the items returned.
import { gql } from '../helpers/server';
import { data, useServer } from './api-helpers';

const url = useServer({ dbStats: true });

const NESTED = `query($first: Int!) { reviews(first: $first) { totalCount nodes {
  id title children { pseudonym } documents { title }
  themes { id name reviews { title } }
} } }`;

const FULL_FRAGMENT = `fragment Full on Review { id title partnership { id name }
  children { id pseudonym ageBand } documents { id title kind url } themes { id name }
  agencies { id name sector } sources { id title facts }
  recommendations { id number text status addressedTo { id name } themes { id name } } }`;

const FULL_ONE = `query($id: ID!) { review(id: $id) { ...Full } } ${FULL_FRAGMENT}`;

async function queriesOf(query: string, variables: Record<string, unknown>): Promise<number> {
  const res = await gql(url(), query, variables);
  expect(res.errors).toBeUndefined();
  const db = res.extensions?.db as { queries: number; ms: number } | undefined;
  expect(db).toEqual({ queries: expect.any(Number), ms: expect.any(Number) });
  return db?.queries ?? -1;
}

describe('batching', () => {
  it('reviews(first: 3) and reviews(first: 11) with nested fields make the same number of queries', async () => {
    const three = await queriesOf(NESTED, { first: 3 });
    const eleven = await queriesOf(NESTED, { first: 11 });
    // page (with children, documents and themes fetched in it) + reviews of those themes
    expect(three).toBe(2);
    expect(eleven).toBe(three);
  });

  it('analytics and their nested reviews make a fixed number of queries', async () => {
    const q = `{ recurringThemes(minReviews: 1) { theme { name mappings { basis } } reviews { title themes { name } } } }`;
    // mappings + reviews by id + themes of those reviews: the aggregation and the themes' records
    // come from the analytics index, whose version check runs outside the request's count
    expect(await queriesOf(q, {})).toBe(3);
  });

  it('review(id) with its linked lists selected is one query', async () => {
    const q = `query($id: ID!) { review(id: $id) { id title
      children { pseudonym } themes { name } documents { title } agencies { name }
      recommendations { number text } } }`;
    expect(await queriesOf(q, { id: 'warwickshire-simon' })).toBe(1);
    expect(await queriesOf(FULL_ONE, { id: 'warwickshire-simon' })).toBe(1);
  });

  it('a page of reviews with every linked list is one query, whatever the page size', async () => {
    const q = `query($first: Int!) { reviews(first: $first) { totalCount
      edges { node { ...Full } } } } ${FULL_FRAGMENT}`;
    expect(await queriesOf(q, { first: 3 })).toBe(1);
    expect(await queriesOf(q, { first: 11 })).toBe(1);
  });

  it('similar reviews with their lists selected make one query, whatever their number', async () => {
    // The ranking and the shared themes come from the analytics index; the neighbours with their
    // partnership, documents and sources are one query by id.
    const q = `query($first: Int!) { similarReviews(reviewId: "warwickshire-simon", first: $first) {
      review { id title partnership { name } documents { title } sources { url } } sharedThemes { name } score } }`;
    expect(await queriesOf(q, { first: 1 })).toBe(1);
    expect(await queriesOf(q, { first: 10 })).toBe(1);
    // A review with its lists and its neighbours with theirs (as the dashboard asks for the
    // newest review): the review, then the neighbours.
    const nested = `{ review(id: "warwickshire-simon") { id documents { title } similarReviews(first: 10) {
      review { id partnership { name } documents { title } } score } } }`;
    expect(await queriesOf(nested, {})).toBe(2);
  });

  it('a count of reviews alone runs no query: the analytics index counts them', async () => {
    const count = `query($f: ReviewFilter) { reviews(filter: $f, first: 1) { totalCount } }`;
    const withNodes = `query($f: ReviewFilter) { reviews(filter: $f, first: 1) { totalCount nodes { id } } }`;
    const f = { kinds: ['CHILD_SAFEGUARDING_PRACTICE_REVIEW'] };
    expect(await queriesOf(count, { f })).toBe(0);
    expect(await queriesOf(withNodes, { f })).toBe(1);
    // The same total either way, and the same as paging through the reviews by title (Cypher).
    const total = async (q: string, extra = '') =>
      (
        await data<{ reviews: { totalCount: number } }>(
          url(),
          extra ? q.replace('first: 1', `first: 1, ${extra}`) : q,
          { f },
        )
      ).reviews.totalCount;
    const n = await total(count);
    expect(n).toBeGreaterThan(0);
    expect(await total(withNodes)).toBe(n);
    expect(await total(count, 'orderBy: TITLE_ASC')).toBe(n);
  });

  it('prefetched lists equal the lists the loaders give, for every review', async () => {
    const prefetched = await data<{ reviews: { nodes: Array<{ id: string }> } }>(
      url(),
      `{ reviews(first: 100, filter: { partnershipIds: ["warwickshire"] }) { nodes { ...Full } } } ${FULL_FRAGMENT}`,
    );
    // The same reviews through the loaders: a search hit's review comes from the by-id loader,
    // and every list under it from its own loader. The search names each seed review's title
    // (Amy has no theme, document or agency, so no other loader path reaches every review).
    const titles = 'Simon Anna Grace James Charlie Prada Jordan Jack Alice Beth Sophie Child K Amy';
    const loaded = await data<{ search: Array<{ review: { id: string } | null }> }>(
      url(),
      `query($q: String!) { search(query: $q, first: 100) { review { ...Full } } } ${FULL_FRAGMENT}`,
      { q: titles },
    );
    const byId = new Map(
      loaded.search.flatMap((h) => (h.review ? [h.review] : [])).map((r) => [r.id, r]),
    );
    // The 11 Warwickshire reviews, in both answers.
    expect(prefetched.reviews.nodes.map((r) => r.id).sort()).toEqual(
      [...byId.keys()].filter((id) => id.startsWith('warwickshire-')).sort(),
    );
    expect(prefetched.reviews.nodes).toHaveLength(11);
    for (const r of prefetched.reviews.nodes) expect(r).toEqual(byId.get(r.id));
  });

  describe("reviews' findings", () => {
    const F = `id text pageRef synthetic version source { id url title } themes { id name }`;
    const SEED = [
      'birmingham',
      'croydon',
      'cumbria',
      'devon',
      'gloucestershire',
      'herefordshire',
      'lambeth',
      'lancashire',
      'sunderland',
      'sutton',
      'wandsworth',
    ];
    const PAGE = `query($ids: [ID!]) { reviews(first: 100, filter: { partnershipIds: $ids }) {
      nodes { id findings { ${F} } } } }`;

    it('come with a page of reviews in its one query, sources and themes included', async () => {
      expect(await queriesOf(PAGE, { ids: SEED })).toBe(1);
    });

    it('prefetched equal what the loaders give', async () => {
      const prefetched = await data<{
        reviews: { nodes: Array<{ id: string; findings: Array<{ id: string }> }> };
      }>(url(), PAGE, { ids: SEED });
      const withFindings = prefetched.reviews.nodes.filter((r) => r.findings.length > 0);
      // The 14 seed reviews with findings (see the partnerships test).
      expect(withFindings).toHaveLength(14);
      // The loaders' path: a finding by id, its review by id, that review's findings by review.
      const aliases = withFindings.map(
        (r, k) => `r${k}: finding(id: "${r.findings[0]?.id}") { review { id findings { ${F} } } }`,
      );
      const loaded = await data<Record<string, { review: unknown }>>(
        url(),
        `{ ${aliases.join('\n')} }`,
      );
      expect(withFindings.map((_r, k) => loaded[`r${k}`]?.review)).toEqual(withFindings);
    });
  });

  it('every response carries extensions.db', async () => {
    const res = await gql(url(), '{ review(id: "no-such-review") { id } }');
    expect(res.extensions?.db).toMatchObject({ queries: 1 });
  });
});
