// Request limits through the real HTTP server: too-deep operations, malformed and oversized bodies.
import { gql } from '../helpers/server';
import { data, useServer } from './api-helpers';

// A small limit keeps the answer at the limit small: the graph is cyclic, so each level of
// `themes { reviews { … } }` multiplies the size of the answer.
const url = useServer({ maxDepth: 6, dbStats: true });

/** `theme { reviews { themes { reviews … } } }` nested to the given number of field levels. */
function nested(levels: number): string {
  // Level 1 is `theme`; even levels are `reviews` (of a theme), odd ones `themes` (of a review).
  let inner = (levels - 1) % 2 === 0 ? 'title' : 'name';
  for (let i = levels - 1; i > 1; i -= 1) {
    inner = i % 2 === 0 ? `reviews { ${inner} }` : `themes { ${inner} }`;
  }
  return `query Nested { theme(id: "professional-curiosity") { ${inner} } }`;
}

describe('request limits', () => {
  it('answers an operation at the depth limit', async () => {
    const d = await data<{ theme: unknown }>(url(), nested(6));
    expect(d.theme).not.toBeNull();
  });

  it('refuses a deeper one before touching the database, saying what is allowed', async () => {
    const res = await gql(url(), nested(7));
    expect(res.data).toBeUndefined();
    expect(res.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      [
        'GRAPHQL_VALIDATION_FAILED',
        'Operation "Nested" nests fields 7 levels deep; expected at most 6 (set GRAPHQL_MAX_DEPTH to change the limit).',
      ],
    ]);
    // Refused during validation: not one Cypher query ran.
    expect(res.extensions?.db).toMatchObject({ queries: 0 });
    // The counter does count: the same operation one level shallower runs queries.
    const ok = await gql(url(), nested(6));
    expect((ok.extensions?.db as { queries: number }).queries).toBeGreaterThan(0);
  });

  it('answers a malformed JSON body with 400 and what was expected', async () => {
    const res = await fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0]?.message).toMatch(/^Expected a JSON request body: /);
  });

  it('refuses a body over 1 MB with 413', async () => {
    const res = await fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(1_100_000)}` }),
    });
    expect(res.status).toBe(413);
  });
});
