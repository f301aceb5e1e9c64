// HTTP tests of batching: the number of Cypher queries does not grow with the items returned.
import { gql } from '../helpers/server';
import { useServer } from './api-helpers';

const url = useServer({ dbStats: true });

const NESTED = `query($first: Int!) { reviews(first: $first) { totalCount nodes {
  id title children { pseudonym } documents { title }
  themes { id name reviews { title } }
} } }`;

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
    // page + children + documents + themes + reviews of those themes
    expect(three).toBe(5);
    expect(eleven).toBe(three);
  });

  it('analytics and their nested reviews make a fixed number of queries', async () => {
    const q = `{ recurringThemes(minReviews: 1) { theme { name categories { name } } reviews { title themes { name } } } }`;
    // aggregation + categories + reviews by id + themes of those reviews
    expect(await queriesOf(q, {})).toBe(4);
  });

  it('every response carries extensions.db', async () => {
    const res = await gql(url(), '{ review(id: "no-such-review") { id } }');
    expect(res.extensions?.db).toMatchObject({ queries: 1 });
  });
});
