// GraphQL errors for clients and operators: a code, a safe message and the request id out; detail to the log.
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Context } from '../context';
import type { Logger } from '../shared/logger';

const INTERNAL = 'INTERNAL_SERVER_ERROR';

/**
 * True when an error's message was written for clients: a GraphQLError thrown on purpose with a
 * code of its own (BAD_USER_INPUT, DATABASE_UNAVAILABLE, TIMEOUT, validation and parse errors,
 * ...). Anything else (a plain Error, a driver error, a GraphQLError without a code) may carry
 * internal detail such as Neo4j's own message.
 */
export function isClientSafe(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (!(original instanceof GraphQLError)) return false;
  const code = original.extensions?.code;
  return typeof code === 'string' && code !== INTERNAL;
}

/**
 * Apollo's formatError: a client-safe error goes out as it is (minus any `neo4jCode`); any other
 * becomes `INTERNAL_SERVER_ERROR` with a fixed message. The plugin below adds the request id.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  if (isClientSafe(error)) {
    const { neo4jCode: _internal, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'Internal server error; quote the request id to the operator.',
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: INTERNAL },
  };
}

/**
 * Logs every error of a request with its request id and operation (internal ones at `error`
 * with the original message and stack, database outages and timeouts at `warn`, client
 * mistakes at `debug`), and puts `extensions.requestId` on every error a client receives.
 */
export function errorReportingPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            const fields = {
              requestId: contextValue.requestId,
              operation: operationName ?? null,
              path: error.path?.join('.'),
              code: error.extensions?.code ?? INTERNAL,
              err:
                original instanceof GraphQLError && original.originalError
                  ? original.originalError
                  : original,
            };
            if (!isClientSafe(error)) logger.error(fields, `internal error: ${error.message}`);
            else if (fields.code === 'DATABASE_UNAVAILABLE' || fields.code === 'TIMEOUT')
              logger.warn(fields, error.message);
            else logger.debug(fields, error.message);
          }
        },
        async willSendResponse({ response, contextValue }) {
          const errors =
            response.body.kind === 'single'
              ? response.body.singleResult.errors
              : response.body.initialResult.errors;
          for (const err of errors ?? []) {
            (err.extensions as Record<string, unknown>).requestId = contextValue.requestId;
          }
        },
      };
    },
  };
}
