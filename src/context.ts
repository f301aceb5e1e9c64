// Per-request context: a request-scoped db handle, fresh DataLoaders and the caller, built once per request.
import type { Db } from './db/database';
import type { AnalyticsIndexKeeper } from './modules/analytics';
import type { Viewer } from './modules/auth';
import { createLoaders, type Loaders } from './modules/loaders';

export interface Context {
  requestId: string;
  /** Request-scoped handle: counts queries and tags transactions with the request id. */
  db: Db;
  /** Fresh per request: never shared between requests, so no cache outlives a request. */
  loaders: Loaders;
  /** The `Authorization` header as sent: the only place a credential is read from. */
  authorization?: string;
  /** The client's address, for slowing repeated failed sign-ins. */
  address?: string;
  /** The caller, set by the auth plugin before any resolver runs; null: anonymous. */
  viewer: Viewer | null;
  /**
   * The process's analytics index (a cache of the graph, kept in step by data version), or null
   * when analytics answer from Cypher only (ANALYTICS_INDEX=off, command-line tools). A write
   * made through this process calls `analytics.noteWrite()` after it commits.
   */
  analytics: AnalyticsIndexKeeper | null;
}

/** What a request says about its caller (read by the HTTP layer from the request). */
export interface RequestCaller {
  authorization?: string;
  address?: string;
}

/**
 * Builds the context of one request from the shared database handle; with `timeoutMs` its
 * queries fail with TIMEOUT once that many milliseconds have passed since the request began;
 * `analytics` is the process's analytics index keeper.
 */
export function createContext(
  sharedDb: Db,
  requestId: string,
  caller: RequestCaller = {},
  opts: { timeoutMs?: number; analytics?: AnalyticsIndexKeeper | null } = {},
): Context {
  const db = sharedDb.forRequest(requestId, { timeoutMs: opts.timeoutMs });
  const analytics = opts.analytics ?? null;
  return { requestId, db, loaders: createLoaders(db), viewer: null, analytics, ...caller };
}
