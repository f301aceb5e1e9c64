// Starts the real HTTP server on a free port against the test database.
import { createServer } from '../../src/server';
import { openTestDb } from './db';

export interface TestServer {
  url: string;
  stop(): Promise<void>;
}

/** The real server (Apollo + HTTP) on port 0; stop() in afterAll. */
export async function startTestServer(
  opts: { dbStats?: boolean; maxDepth?: number } = {},
): Promise<TestServer> {
  const server = await createServer({
    db: openTestDb(),
    port: 0,
    dbStats: opts.dbStats ?? false,
    maxDepth: opts.maxDepth,
  });
  return { url: server.url, stop: () => server.stop() };
}

/** POSTs a GraphQL operation and returns the parsed JSON body. */
export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  extensions?: Record<string, unknown>;
}> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as never;
}
