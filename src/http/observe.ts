// One log line and the metrics of each request: HTTP facts from Fastify, GraphQL facts from Apollo.
import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../context';
import { metrics, operationLabel } from '../shared/metrics';

interface OperationReport {
  operation: string | null;
  /** `ok`, or the code of the first error. */
  outcome: string;
}

const contexts = new WeakMap<FastifyRequest, Context>();
// Keyed by the request's db handle: Apollo may hand plugins a shallow copy of the context.
const reports = new WeakMap<object, OperationReport>();

/** Links a request to the GraphQL context built for it (called by the context function). */
export function rememberContext(request: FastifyRequest, context: Context): Context {
  contexts.set(request, context);
  return context;
}

/** Records each operation's name and outcome for the request's log line and metrics. */
export function operationReportPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, operationName }) {
          const result =
            response.body.kind === 'single'
              ? response.body.singleResult
              : response.body.initialResult;
          const code = result.errors?.[0]?.extensions?.code;
          reports.set(contextValue.db, {
            operation: operationName ?? null,
            outcome: result.errors?.length ? String(code ?? 'INTERNAL_SERVER_ERROR') : 'ok',
          });
        },
      };
    },
  };
}

/**
 * Fastify onResponse hook: one `request` log line with the request id (bound by Fastify),
 * method, path, status and milliseconds, plus for GraphQL the operation name, outcome, and the
 * Cypher query count and time; and the matching metrics.
 */
export async function logAndMeasure(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const ms = reply.elapsedTime;
  const route = request.routeOptions.url ?? 'unmatched';
  metrics.httpRequests.inc({ route, status: String(reply.statusCode) });
  const context = contexts.get(request);
  const report = context ? reports.get(context.db) : undefined;
  const stats = context?.db.queryStats;
  if (report) {
    metrics.graphqlDuration.observe(
      { operation: operationLabel(report.operation), outcome: report.outcome },
      ms / 1000,
    );
  }
  request.log.info(
    {
      method: request.method,
      path: request.url.split('?')[0],
      status: reply.statusCode,
      ms: round(ms),
      ...(report ? { operation: report.operation, outcome: report.outcome } : {}),
      ...(stats ? { cypherQueries: stats.queries, cypherMs: round(stats.ms) } : {}),
    },
    'request',
  );
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
