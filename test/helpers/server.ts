// Starts the real HTTP server on a free port against the test database.
import type { AuthSettings } from '../../src/config';
import { createServer } from '../../src/server';
import { openTestDb } from './db';

export interface TestServer {
  url: string;
  stop(): Promise<void>;
}

/** The real server (Apollo + HTTP) on port 0; stop() in afterAll. */
export async function startTestServer(
  opts: { dbStats?: boolean; maxDepth?: number; maxCost?: number; auth?: AuthSettings } = {},
): Promise<TestServer> {
  const server = await createServer({
    db: openTestDb(),
    port: 0,
    dbStats: opts.dbStats ?? false,
    maxDepth: opts.maxDepth,
    auth: opts.auth,
    maxCost: opts.maxCost,
    // Tests write with importFile, outside the server, and ask at once: the analytics index
    // checks the data version on every request (a deployment checks every ANALYTICS_REFRESH_MS).
    analyticsIndex: { refreshMs: 0 },
  });
  return { url: server.url, stop: () => server.stop() };
}

/** A GraphQL response as the client sees it: HTTP status, headers and the parsed body. */
export interface GqlResponse<T> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  extensions?: Record<string, unknown>;
}

/** POSTs a GraphQL operation (with extra request headers, e.g. Authorization) and returns the response. */
export async function post<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GqlResponse<T>, 'status' | 'headers'>;
  return { status: res.status, headers: res.headers, ...body };
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
  const { data, errors, extensions } = await post<T>(url, query, variables);
  return { data, errors, extensions };
}
