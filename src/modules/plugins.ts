// Apollo plugins of the API: per-response database statistics, argument-error codes, cost limit.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import { operationCost, tooCostly } from '../shared/cost';

/** Default of GRAPHQL_MAX_COST: the most rows an operation may be estimated to fetch. */
export const DEFAULT_MAX_COST = 100_000;

/**
 * Refuses an operation whose estimated cost (`operationCost`: rows from `first` arguments and
 * documented list sizes, multiplied through nesting) is above `maxCost`, before any resolver runs,
 * with QUERY_TOO_COSTLY, `extensions.cost` and `extensions.maxCost`. Variables that do not fit the
 * operation are left to execution, which refuses them before any resolver runs too.
 */
export function costLimitPlugin(maxCost: number = DEFAULT_MAX_COST): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost;
          try {
            cost = operationCost(schema, document, request.variables ?? {}, request.operationName);
          } catch {
            return;
          }
          if (cost.cost > maxCost) throw tooCostly(cost, maxCost);
        },
      };
    },
  };
}

/**
 * Adds `extensions.db = { queries, ms }` to every single-result response, from the request's
 * `db.queryStats` (the number of Cypher queries the request ran and the milliseconds spent).
 */
export function dbStatsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const stats = contextValue?.db?.queryStats;
          if (!stats || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            db: { queries: stats.queries, ms: Math.round(stats.ms * 100) / 100 },
          };
        },
      };
    },
  };
}

/** Messages of graphql-js's ValuesOfCorrectTypeRule: a literal argument of the wrong type. */
const BAD_LITERAL =
  /^(Value .* does not exist in .* enum|Enum .* cannot represent|Expected value of type|Int cannot represent|Float cannot represent|String cannot represent|Boolean cannot represent|ID cannot represent|Field .* of required type .* was not provided)/;

/**
 * Gives a literal argument of the wrong type (e.g. an unknown enum value written in the query)
 * the code BAD_USER_INPUT, as variables of the wrong type already get, instead of
 * GRAPHQL_VALIDATION_FAILED. The graphql-js message (which says what was expected) is kept.
 */
export function userInputErrorsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          for (const err of response.body.singleResult.errors ?? []) {
            const ext = err.extensions as Record<string, unknown> | undefined;
            if (ext?.code === 'GRAPHQL_VALIDATION_FAILED' && BAD_LITERAL.test(err.message)) {
              ext.code = 'BAD_USER_INPUT';
            }
          }
        },
      };
    },
  };
}
