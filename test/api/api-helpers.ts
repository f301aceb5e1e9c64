// Helpers for the HTTP API tests: one server per file, typed GraphQL calls, error assertions.
import { closeTestDb } from '../helpers/db';
import { gql, startTestServer, type TestServer } from '../helpers/server';

/** Starts the real server in beforeAll and stops it in afterAll; returns a getter for its url. */
export function useServer(opts: Parameters<typeof startTestServer>[0] = {}): () => string {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(opts);
  });
  afterAll(async () => {
    await server?.stop();
    await closeTestDb();
  });
  return () => {
    if (!server) throw new Error('server not started');
    return server.url;
  };
}

/** Runs an operation and fails the test on any GraphQL error. */
export async function data<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await gql<T>(url, query, variables);
  if (res.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

/** Runs an operation expected to fail; returns its first error's code and message. */
export async function firstError(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ code: unknown; message: string }> {
  const res = await gql(url, query, variables);
  const err = res.errors?.[0];
  if (!err) throw new Error(`expected an error, got ${JSON.stringify(res.data)}`);
  return { code: err.extensions?.code, message: err.message };
}

/** The 11 Warwickshire reviews, newest first (ties by title), as derived from the source page. */
export const REVIEWS_NEWEST_FIRST = [
  // Anna "Published September 2023"; Simon has no Published line but the news report says September 2023
  'Anna',
  'Simon',
  'Grace', // September 2022
  'James', // June 2022
  'Charlie', // April 2022
  'Prada and Jordan', // March 2022
  'Jack', // October 2021
  'Alice and Beth', // September 2020
  'Sophie', // July 2020
  'Child K', // February 2020
  'Amy', // January 2020
];
