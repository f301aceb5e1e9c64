// Maps Neo4j driver errors to GraphQL errors with extensions.code, once, for every query.
import { GraphQLError } from 'graphql';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** Wraps a driver error raised while running the named query into a GraphQLError. */
export function mapDbError(queryName: string, err: unknown): GraphQLError {
  if (err instanceof GraphQLError) return err;
  const code = (err as { code?: string } | null)?.code ?? '';
  const message = err instanceof Error ? err.message : String(err);
  if (UNAVAILABLE_CODES.has(code)) {
    return new GraphQLError(`The database is unavailable (query ${queryName}): ${message}`, {
      extensions: { code: 'DATABASE_UNAVAILABLE' },
      originalError: err instanceof Error ? err : undefined,
    });
  }
  return new GraphQLError(`Database query ${queryName} failed: ${message}`, {
    extensions: { code: 'INTERNAL_SERVER_ERROR', neo4jCode: code || undefined },
    originalError: err instanceof Error ? err : undefined,
  });
}
