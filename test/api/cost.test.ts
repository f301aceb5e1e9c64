// HTTP tests of the cost limit: a costly operation is refused before any Cypher query runs.
import { gql } from '../helpers/server';
import { useServer } from './api-helpers';

// A small limit so that small operations cross it: reviews(first: n) { nodes { id } } costs 2n.
const url = useServer({ dbStats: true, maxCost: 50 });

const ISSUE_EXAMPLE = `{ reviews(first: 100) { nodes { themes { name reviews { themes { name reviews { title } } } } } } }`;

async function refused(query: string, variables: Record<string, unknown> = {}) {
  const res = await gql(url(), query, variables);
  expect(res.data).toBeUndefined();
  return { error: res.errors?.[0], db: res.extensions?.db };
}

describe('cost limit (GRAPHQL_MAX_COST)', () => {
  it("refuses the issue's example before any Cypher query runs, naming the costliest field", async () => {
    const { error, db } = await refused(ISSUE_EXAMPLE);
    // 100 x (1 + 1 x (1 + 10 x (1 + 20 x (1 + 10 x (1 + 20))))) = 4,221,200 (see src/modules/cost.test.ts)
    expect(error?.extensions).toMatchObject({
      code: 'QUERY_TOO_COSTLY',
      cost: 4_221_200,
      maxCost: 50,
    });
    expect(error?.message).toContain(
      'most of it under reviews.nodes.themes.reviews.themes.reviews',
    );
    expect(db).toEqual({ queries: 0, ms: 0 });
  });

  it('answers an operation at the limit and refuses one just over it', async () => {
    // 25 x (1 + 1) = 50: at the limit
    const ok = await gql(url(), '{ reviews(first: 25) { nodes { id } } }');
    expect(ok.errors).toBeUndefined();
    expect((ok.data as { reviews: { nodes: unknown[] } }).reviews.nodes).toHaveLength(25); // the seed has more
    // 26 x 2 = 52, from a variable
    const { error, db } = await refused('query($n: Int) { reviews(first: $n) { nodes { id } } }', {
      n: 26,
    });
    expect(error?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', cost: 52, maxCost: 50 });
    expect(db).toEqual({ queries: 0, ms: 0 });
  });

  it('counts aliases and repeated root fields', async () => {
    // 15 x 2 = 30 each, 60 in all
    const aliased = await refused(
      '{ a: reviews(first: 15) { nodes { id } } b: reviews(first: 15) { nodes { id } } }',
    );
    expect(aliased.error?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', cost: 60 });
    expect(aliased.db).toEqual({ queries: 0, ms: 0 });
    const repeated = await refused(
      '{ reviews(first: 15) { nodes { id } } reviews(first: 15) { nodes { title } } }',
    );
    expect(repeated.error?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', cost: 60 });
  });
});
