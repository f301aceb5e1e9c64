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

  it('judges the same query text afresh for each set of variables and each operation', async () => {
    // The plugin remembers costs per parsed document; the remembered cost must follow the variables.
    const query = 'query($n: Int) { reviews(first: $n) { nodes { id } } }';
    for (const n of [10, 26, 10, 26]) {
      const res = await gql(url(), query, { n });
      if (n === 10) expect(res.errors).toBeUndefined();
      else
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', cost: 52 });
    }
    // Two operations in one document: 5 x 2 = 10 for Small, 30 x 2 = 60 for Big.
    const doc =
      'query Small { reviews(first: 5) { nodes { id } } } query Big { reviews(first: 30) { nodes { id } } }';
    for (const [operationName, cost] of [
      ['Small', 10],
      ['Big', 60],
      ['Small', 10],
    ] as const) {
      const res = (await (
        await fetch(url(), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: doc, operationName }),
        })
      ).json()) as Awaited<ReturnType<typeof gql>>;
      if (cost <= 50) expect(res.errors).toBeUndefined();
      else expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', cost });
    }
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
