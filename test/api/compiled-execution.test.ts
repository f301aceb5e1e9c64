// Queries run compiled by graphql-jit (ADR 0016): every answer must equal graphql-js's, the
// reference, on the seed, for the shapes of query clients send (fragments, aliases, directives,
// variables and their defaults, a union, introspection, nulls and errors).
import { makeExecutableSchema } from '@graphql-tools/schema';
import { execute, parse, type ExecutionResult } from 'graphql';
import { createContext } from '../../src/context';
import { resolvers, typeDefs } from '../../src/modules';
import { createServer, type RunningServer } from '../../src/server';
import { closeTestDb, openTestDb } from '../helpers/db';
import { post } from '../helpers/server';

let server: RunningServer;
beforeAll(async () => {
  server = await createServer({ db: openTestDb(), port: 0, analyticsIndex: { refreshMs: 0 } });
});
afterAll(async () => {
  await server.stop();
  await closeTestDb();
});

const schema = makeExecutableSchema({ typeDefs, resolvers });

/** The answer graphql-js gives, with the same resolvers and the same analytics index. */
async function reference(query: string, variables: Record<string, unknown>) {
  const contextValue = createContext(
    openTestDb(),
    'reference',
    {},
    { analytics: server.analytics },
  );
  const result: ExecutionResult = await execute({
    schema,
    document: parse(query),
    contextValue,
    variableValues: variables,
  });
  return {
    data: result.data,
    errors: result.errors?.map((e) => ({
      message: e.message,
      path: e.path,
      code: e.extensions?.code,
    })),
  };
}

/** The answer the service gives over HTTP, errors reduced to what `reference` keeps. */
async function compiled(query: string, variables: Record<string, unknown>) {
  const res = await post(server.url, query, variables);
  return {
    data: res.data,
    errors: res.errors?.map((e) => ({
      message: e.message,
      path: (e as { path?: unknown }).path,
      code: e.extensions?.code,
    })),
  };
}

const FRAGMENTS = `
  query Page($first: Int = 4, $withThemes: Boolean!, $noDocs: Boolean!) {
    newest: reviews(first: $first) {
      totalCount
      nodes { ...Card themes @include(if: $withThemes) { id name } documents @skip(if: $noDocs) { title } }
    }
    oldest: reviews(first: 2, orderBy: PUBLISHED_ASC) { nodes { ...Card } }
  }
  fragment Card on Review { id title kind publishedOn partnership { name } children { pseudonym } }`;

const CASES: [string, string, Record<string, unknown>][] = [
  [
    'recurring themes with a filter, nested themes and reviews',
    `query($f: ReviewFilter) { recurringThemes(minReviews: 2, filter: $f) {
       theme { id name } reviewCount firstPublished lastPublished reviews { title } } }`,
    { f: { publishedFrom: '2020-01', publishedTo: '2023-12' } },
  ],
  [
    'fragments, aliases, directives and a variable default',
    FRAGMENTS,
    { withThemes: true, noDocs: false },
  ],
  [
    'the same document with the directives turned the other way',
    FRAGMENTS,
    { first: 2, withThemes: false, noDocs: true },
  ],
  [
    'a union (recommendation owners) and typename',
    `{ reviews(first: 3) { nodes { __typename recommendations { number status
       owner { __typename ... on Agency { name sector } ... on Partnership { name } } } } } }`,
    {},
  ],
  ['a review that does not exist', `{ review(id: "no-such-review") { id title } }`, {}],
  [
    'an argument refused by a resolver (partial data, an error with its path)',
    `{ themes(first: 1) { nodes { id } } reviews(first: -1) { totalCount } }`,
    {},
  ],
  [
    'introspection',
    `{ __type(name: "ThemeRecurrence") { name fields { name type { name kind } } } }`,
    {},
  ],
];

describe('compiled query execution', () => {
  it.each(CASES)('%s: the same answer as graphql-js', async (_name, query, variables) => {
    const expected = await reference(query, variables);
    // The cases must mean something: each returns data, and the refused argument an error.
    expect(expected.data ?? expected.errors).toBeTruthy();
    expect(await compiled(query, variables)).toEqual(expected);
    // A second request runs the compiled query Apollo now holds for the document.
    expect(await compiled(query, variables)).toEqual(expected);
  });

  // Each refused by graphql-js's variable coercion; the compiled query coerces variables itself,
  // and the service must answer with graphql-js's refusal whatever the compiled query said.
  const BAD_VARIABLES: [string, string, Record<string, unknown>][] = [
    [
      'a string for an Int',
      'query($first: Int!) { reviews(first: $first) { totalCount } }',
      { first: 'ten' },
    ],
    [
      'a missing non-null variable',
      'query($first: Int!) { reviews(first: $first) { totalCount } }',
      {},
    ],
    [
      'a field its input type does not define',
      'query($f: ReviewFilter) { recurringThemes(filter: $f) { reviewCount } }',
      { f: { publishedFrom: '2020-01', colour: 'red' } },
    ],
    [
      'a value outside an enum',
      'query($f: ReviewFilter) { recurringThemes(filter: $f) { reviewCount } }',
      { f: { kinds: ['NOT_A_KIND'] } },
    ],
    [
      'null inside a list of non-null',
      'query($f: ReviewFilter) { recurringThemes(filter: $f) { reviewCount } }',
      { f: { kinds: [null] } },
    ],
  ];

  it.each(BAD_VARIABLES)(
    'refuses %s with graphql-js’s message, BAD_USER_INPUT and status 400',
    async (_name, query, variables) => {
      const { errors } = await reference(query, variables);
      // graphql-js refuses them before any resolver runs: one error per bad variable, no path.
      expect(errors?.length).toBeGreaterThan(0);
      const res = await post(server.url, query, variables);
      expect(res.status).toBe(400);
      expect(res.errors?.map((e) => [e.message, e.extensions?.code])).toEqual(
        errors?.map((e) => [e.message, 'BAD_USER_INPUT']),
      );
    },
  );

  it('runs mutations (graphql-js) after queries in the same service', async () => {
    const res = await post(server.url, 'mutation { __typename }');
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ __typename: 'Mutation' });
  });
});
