// Per-request context: a request-scoped db handle and fresh DataLoaders, built once per request.
import type { Db } from './db/database';
import { createLoaders, type Loaders } from './modules/loaders';

export interface Context {
  requestId: string;
  /** Request-scoped handle: counts queries and tags transactions with the request id. */
  db: Db;
  /** Fresh per request: never shared between requests, so no cache outlives a request. */
  loaders: Loaders;
}

/** Builds the context of one request from the shared database handle. */
export function createContext(sharedDb: Db, requestId: string): Context {
  const db = sharedDb.forRequest(requestId);
  return { requestId, db, loaders: createLoaders(db) };
}
