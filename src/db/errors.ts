// Maps Neo4j driver errors to GraphQL errors with extensions.code, once, for every query.
import { GraphQLError } from 'graphql';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** True when a driver error means the database cannot be reached (as opposed to a bad query). */
export function isUnavailable(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code ?? '';
  return UNAVAILABLE_CODES.has(code);
}

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** True when Neo4j ended a transaction because its timeout (the request's deadline) passed. */
export function isTimeout(err: unknown): boolean {
  return TIMEOUT_CODES.has((err as { code?: string } | null)?.code ?? '');
}

/**
 * Wraps a driver error raised while running the named query into a GraphQLError whose message
 * is safe for clients: `DATABASE_UNAVAILABLE` when Neo4j cannot be reached, otherwise
 * `INTERNAL_SERVER_ERROR`. Neo4j's own message and stack stay on `originalError`, for the log.
 */
export function mapDbError(queryName: string, err: unknown): GraphQLError {
  if (err instanceof GraphQLError) return err;
  const originalError = err instanceof Error ? err : new Error(String(err));
  if (isUnavailable(err)) return databaseUnavailable(originalError);
  return new GraphQLError(`Database query ${queryName} failed`, {
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
    originalError,
  });
}

/** The client's answer while Neo4j cannot be reached. */
export function databaseUnavailable(originalError?: Error): GraphQLError {
  return new GraphQLError('The database is unavailable; try again shortly.', {
    extensions: { code: 'DATABASE_UNAVAILABLE' },
    originalError,
  });
}

/** The client's answer when a request outlives its deadline (GRAPHQL_TIMEOUT_MS). */
export function requestTimedOut(timeoutMs: number): GraphQLError {
  return new GraphQLError(
    `The request did not finish within its deadline of ${timeoutMs} ms and was cancelled.`,
    { extensions: { code: 'TIMEOUT', timeoutMs } },
  );
}
