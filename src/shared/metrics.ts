// The process's Prometheus metrics (prom-client), served at GET /metrics by the HTTP layer.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The one registry: process metrics (memory, CPU, event loop, GC) plus the service's own. */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** Every metric the service records; names start with `slg_`. */
export const metrics = {
  graphqlDuration: new Histogram({
    name: 'slg_graphql_request_duration_seconds',
    help: 'GraphQL requests from arrival to response, by operation name and outcome (ok or the first error code)',
    labelNames: ['operation', 'outcome'] as const,
    buckets: SECONDS,
    registers: [registry],
  }),
  httpRequests: new Counter({
    name: 'slg_http_requests_total',
    help: 'HTTP responses by route and status code',
    labelNames: ['route', 'status'] as const,
    registers: [registry],
  }),
  cypherDuration: new Histogram({
    name: 'slg_cypher_query_duration_seconds',
    help: 'Cypher queries by query name and outcome (ok or error), including driver queueing and retries',
    labelNames: ['query', 'outcome'] as const,
    buckets: SECONDS,
    registers: [registry],
  }),
  transactionsActive: new Gauge({
    name: 'slg_neo4j_transactions_active',
    help: 'Neo4j transactions in flight; each holds one connection of the driver pool',
    registers: [registry],
  }),
  poolMax: new Gauge({
    name: 'slg_neo4j_pool_max_connections',
    help: 'Size limit of the driver connection pool',
    registers: [registry],
  }),
  databaseUp: new Gauge({
    name: 'slg_neo4j_up',
    help: '1 while the database is known to answer, 0 while it is known down',
    registers: [registry],
  }),
  localRestarts: new Counter({
    name: 'slg_local_neo4j_restarts_total',
    help: 'Restarts of the bundled Neo4j after it exited unexpectedly',
    registers: [registry],
  }),
};

const MAX_OPERATION_LABELS = 200;
const operationLabels = new Set<string>();

/**
 * A bounded metric label for a client-chosen operation name: the name itself for the first 200
 * distinct names, `anonymous` for none, `other` after that (so clients cannot grow the registry).
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (operationLabels.has(name)) return name;
  if (operationLabels.size >= MAX_OPERATION_LABELS) return 'other';
  operationLabels.add(name);
  return name;
}
