// The one way the dashboard talks to the API: POST /graphql with a typed document, a request id per call.
import type { TypedDocumentString } from './gql/graphql';

/** Where the API answers, relative to the dashboard page (`/dashboard/` -> `/graphql`). */
export const GRAPHQL_ENDPOINT = new URL('../graphql', window.location.href).toString();

/** A failed request: what went wrong in words a person can act on, and the id to quote. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    /** The request id the server logged (its `x-request-id`), to quote when reporting it. */
    readonly requestId: string,
    /** `extensions.code` of the first GraphQL error, or `HTTP <status>`, or `NETWORK`. */
    readonly code: string,
  ) {
    super(message);
  }
}

/** A short id the server keeps as it is (letters, digits, `-`): `dash-` and 16 hex digits. */
export function newRequestId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return `dash-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const cache = new Map<string, Promise<unknown>>();

/**
 * Runs a typed operation and resolves with its `data`; rejects with an ApiError carrying the
 * request id on a network failure, a non-JSON answer or any GraphQL error. Answers are cached
 * for the page's lifetime by operation and variables (the dashboard only reads), so going back to
 * an earlier filter redraws without a round trip; a failed request is not cached.
 */
export function request<R, V>(doc: TypedDocumentString<R, V>, variables: V): Promise<R> {
  const query = doc.toString();
  const key = `${query}\n${JSON.stringify(variables)}`;
  const hit = cache.get(key);
  if (hit) return hit as Promise<R>;
  const p = send<R>(query, variables);
  cache.set(key, p);
  p.catch(() => cache.delete(key));
  return p;
}

async function send<R>(query: string, variables: unknown): Promise<R> {
  const sentId = newRequestId();
  let res: Response;
  try {
    res = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': sentId },
      body: JSON.stringify({ query, variables }),
    });
  } catch (err) {
    throw new ApiError(
      `Cannot reach the API at ${GRAPHQL_ENDPOINT}: ${(err as Error).message}`,
      sentId,
      'NETWORK',
    );
  }
  const requestId = res.headers.get('x-request-id') ?? sentId;
  let body: GraphQLResponse<R>;
  try {
    body = (await res.json()) as GraphQLResponse<R>;
  } catch {
    throw new ApiError(
      `The API answered HTTP ${res.status} without a JSON body`,
      requestId,
      `HTTP ${res.status}`,
    );
  }
  const first = body.errors?.[0];
  if (first) {
    throw new ApiError(first.message, requestId, first.extensions?.code ?? `HTTP ${res.status}`);
  }
  if (!res.ok || !body.data) {
    throw new ApiError(
      `The API answered HTTP ${res.status} with no data`,
      requestId,
      `HTTP ${res.status}`,
    );
  }
  return body.data;
}
