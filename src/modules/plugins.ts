// Apollo plugins of the API: per-response database statistics, argument-error codes, cost limit.
import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { Context } from '../context';
import { operationCost, tooCostly, type OperationCost } from '../shared/cost';

/** Default of GRAPHQL_MAX_COST: the most rows an operation may be estimated to fetch. */
export const DEFAULT_MAX_COST = 100_000;

/**
 * Refuses an operation whose estimated cost (`operationCost`: rows from `first` arguments and
 * documented list sizes, multiplied through nesting) is above `maxCost`, before any resolver runs,
 * with QUERY_TOO_COSTLY, `extensions.cost` and `extensions.maxCost`. Variables that do not fit the
 * operation are left to execution, which refuses them before any resolver runs too.
 */
export function costLimitPlugin(maxCost: number = DEFAULT_MAX_COST): ApolloServerPlugin<Context> {
  // Apollo keeps one parsed document per query text, so a dashboard asking the same question again
  // finds its cost here instead of walking the document with the schema again.
  const memo = new WeakMap<DocumentNode, Map<string, OperationCost>>();
  const listener = {
    async didResolveOperation({
      request,
      document,
      schema,
    }: {
      request: { variables?: Record<string, unknown>; operationName?: string | null };
      document: DocumentNode;
      schema: GraphQLSchema;
    }) {
      const variables = request.variables ?? {};
      const key = `${request.operationName ?? ''}\u0000${JSON.stringify(variables)}`;
      let byVariables = memo.get(document);
      let cost = byVariables?.get(key);
      if (!cost) {
        try {
          cost = operationCost(schema, document, variables, request.operationName);
        } catch {
          return;
        }
        if (!byVariables || byVariables.size >= MEMO_PER_DOCUMENT) {
          byVariables = new Map();
          memo.set(document, byVariables);
        }
        byVariables.set(key, cost);
      }
      if (cost.cost > maxCost) throw tooCostly(cost, maxCost);
    },
  };
  return { requestDidStart: async () => listener };
}

/** Variable sets whose cost is remembered per query text (then forgotten all at once). */
const MEMO_PER_DOCUMENT = 64;

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
