// HTTP tests of review, reviews (filters, order, pagination) against the Warwickshire seed.
import { REVIEWS_NEWEST_FIRST, data, firstError, useServer } from './api-helpers';

const url = useServer();

interface Page {
  reviews: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; title: string } }[];
  };
}
const PAGE = `query($first: Int, $after: String, $filter: ReviewFilter, $orderBy: ReviewOrder) {
  reviews(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id title } }
  }
}`;

/** The seed holds eleven more partnerships; these tests page through Warwickshire's reviews. */
const W = { partnershipIds: ['warwickshire'] };
const page = (vars: { filter?: Record<string, unknown>; [k: string]: unknown }) =>
  data<Page>(url(), PAGE, { ...vars, filter: { ...W, ...(vars.filter ?? {}) } });

describe('Query.review', () => {
  it('answers Simon: a CSPR dated from the news report it cites', async () => {
    // Page: "A Child Safeguarding Practice Review has been undertaken in relation to the case of 'Simon'",
    // no "Published" line; source README: the nub.news report says September 2023.
    const d = await data<{
      review: Record<string, unknown> & { sources: { url: string; facts: string[] }[] };
    }>(
      url(),
      `{ review(id: "warwickshire-simon") { id title kind publishedOn publishedYear synthetic
          partnership { id } children { pseudonym }
          themes { id name } sources { url facts } } }`,
    );
    expect(d.review).toMatchObject({
      id: 'warwickshire-simon',
      title: 'Simon',
      kind: 'CHILD_SAFEGUARDING_PRACTICE_REVIEW',
      publishedOn: '2023-09',
      publishedYear: 2023,
      synthetic: false,
      partnership: { id: 'warwickshire' },
      children: [{ pseudonym: 'Simon' }],
    });
    // Simon's 7-minute briefings: Suicide Awareness, The Importance of History in Assessments,
    // Use of Interpreters and Translators (by name).
    expect((d.review.themes as { id: string }[]).map((t) => t.id)).toEqual(
      expect.arrayContaining([
        'suicide-awareness',
        'the-importance-of-history-in-assessments',
        'use-of-interpreters-and-translators',
      ]),
    );
    const news = d.review.sources.find((s) => s.url.includes('nub.news'));
    expect(news?.facts).toContain('publishedOn');
  });

  it('gives two children for Alice and Beth and none of the 7-minute briefing documents for Amy', async () => {
    const d = await data<{
      ab: { children: { pseudonym: string }[] };
      amy: { documents: unknown[] };
    }>(
      url(),
      `{ ab: review(id: "warwickshire-alice-and-beth") { children { pseudonym } }
         amy: review(id: "warwickshire-amy") { documents { title } } }`,
    );
    expect(d.ab.children.map((c) => c.pseudonym)).toEqual(['Alice', 'Beth']);
    // The page lists no documents under Amy.
    expect(d.amy.documents).toEqual([]);
  });

  it('gives null, not an error, for an unknown id', async () => {
    const d = await data<{ review: unknown }>(url(), '{ review(id: "no-such-review") { id } }');
    expect(d.review).toBeNull();
  });
});

describe('Query.reviews', () => {
  it('walks every review two at a time with no duplicates or gaps, newest first', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i += 1) {
      const d: Page = await page({ first: 2, after });
      expect(d.reviews.totalCount).toBe(11);
      expect(d.reviews.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...d.reviews.edges.map((e) => e.node.title));
      if (!d.reviews.pageInfo.hasNextPage) break;
      after = d.reviews.pageInfo.endCursor;
    }
    expect(seen).toEqual(REVIEWS_NEWEST_FIRST);
    expect(new Set(seen).size).toBe(11);
  });

  it('orders oldest first and by title', async () => {
    const asc = await page({ first: 11, orderBy: 'PUBLISHED_ASC' });
    // Oldest first: Amy (Jan 2020) ... then Anna and Simon (both Sep 2023, by title).
    expect(asc.reviews.edges.map((e) => e.node.title)).toEqual([
      ...REVIEWS_NEWEST_FIRST.slice(2).reverse(),
      'Anna',
      'Simon',
    ]);
    const byTitle = await page({ first: 11, orderBy: 'TITLE_ASC' });
    expect(byTitle.reviews.edges.map((e) => e.node.title)).toEqual(
      [...REVIEWS_NEWEST_FIRST].sort((a, b) => a.localeCompare(b)),
    );
  });

  it('filters by inclusive publication dates and by kind', async () => {
    // 2022: Grace (Sep), James (Jun), Charlie (Apr), Prada and Jordan (Mar).
    const y2022 = await page({
      first: 20,
      filter: { publishedFrom: '2022-01', publishedTo: '2022-12-31' },
    });
    expect(y2022.reviews.edges.map((e) => e.node.title)).toEqual([
      'Grace',
      'James',
      'Charlie',
      'Prada and Jordan',
    ]);
    // Month bounds are inclusive: 2022-04 to 2022-06 keeps Charlie (Apr) and James (Jun).
    const q2 = await page({
      filter: { publishedFrom: '2022-04', publishedTo: '2022-06' },
    });
    expect(q2.reviews.edges.map((e) => e.node.title)).toEqual(['James', 'Charlie']);
    // "Serious Case Review" entries: Alice and Beth, Sophie, Child K, Amy.
    const scr = await page({ filter: { kinds: ['SERIOUS_CASE_REVIEW'] } });
    expect(scr.reviews.totalCount).toBe(4);
    expect(scr.reviews.edges.map((e) => e.node.title)).toEqual([
      'Alice and Beth',
      'Sophie',
      'Child K',
      'Amy',
    ]);
    // Only Anna is an Alternative Learning Review.
    const alr = await page({
      filter: { kinds: ['ALTERNATIVE_LEARNING_REVIEW'] },
    });
    expect(alr.reviews.edges.map((e) => e.node.title)).toEqual(['Anna']);
  });

  it('filters by theme (any of) and by real/synthetic', async () => {
    // Professional Curiosity briefings: Charlie and Alice and Beth.
    const pc = await page({ filter: { themeIds: ['professional-curiosity'] } });
    expect(pc.reviews.edges.map((e) => e.node.title)).toEqual(['Charlie', 'Alice and Beth']);
    const real = await page({ filter: { synthetic: false } });
    expect(real.reviews.totalCount).toBe(11);
    const fake = await page({ filter: { synthetic: true } });
    expect(fake.reviews.totalCount).toBe(0);
  });

  it('counts 13 children over the 11 reviews (two reviews concern two children each)', async () => {
    const d = await data<{ reviews: { nodes: { children: unknown[] }[] } }>(
      url(),
      '{ reviews(first: 11, filter: { partnershipIds: ["warwickshire"] }) { nodes { children { pseudonym } } } }',
    );
    expect(d.reviews.nodes.flatMap((n) => n.children)).toHaveLength(13);
  });
});

describe('bad arguments', () => {
  it.each([
    ['first: -1', { first: -1 }, 'first: expected an integer from 1 to 100, got -1'],
    ['first: 101', { first: 101 }, 'first: expected an integer from 1 to 100, got 101'],
    [
      'a malformed date',
      { filter: { publishedFrom: '2022-13' } },
      'filter.publishedFrom: expected a date "YYYY-MM" or "YYYY-MM-DD"',
    ],
    [
      'reversed dates',
      { filter: { publishedFrom: '2023-01', publishedTo: '2022-01' } },
      'expected publishedFrom on or before publishedTo',
    ],
    ['a bad cursor', { after: 'not-a-cursor' }, 'after: expected a cursor returned by this API'],
    [
      'an unknown enum value',
      { orderBy: 'NEWEST' },
      'Value "NEWEST" does not exist in "ReviewOrder" enum',
    ],
  ])(
    '%s is BAD_USER_INPUT with a message saying what was expected',
    async (_label, vars, message) => {
      const err = await firstError(url(), PAGE, vars);
      expect(err.code).toBe('BAD_USER_INPUT');
      expect(err.message).toContain(message);
    },
  );
});
