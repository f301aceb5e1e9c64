// Sequential (concurrency 1) latency measurement and the single-request clients of the three systems.
import type { Driver } from 'neo4j-driver';
import { toPlain } from '../src/db/values';
import type { GraphQLRequest } from './operations';

/** Latency percentiles in milliseconds, with the number of timed requests. */
export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  n: number;
}

/** One answer: its rows or data, and the database round trips it took when known. */
export interface Answer {
  data: unknown;
  queries: number;
}

/** Posts one GraphQL request; throws on HTTP or GraphQL errors. `queries` from extensions.db. */
export async function postGraphQL(url: string, req: GraphQLRequest): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(req),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string }[]; extensions?: { db?: { queries?: number } } };
  if (!res.ok || body.errors?.length) {
    throw new Error(`${url} answered ${res.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  return { data: body.data, queries: body.extensions?.db?.queries ?? NaN };
}

/** Runs one Cypher query in a read transaction, as the floor does; one round trip. */
export async function runCypher(driver: Driver, cypher: string, params: Record<string, unknown>): Promise<Answer> {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: 'READ' });
  try {
    const rows = await session.executeRead(async (tx) => (await tx.run(cypher, params)).records.map((r) => r.toObject()));
    return { data: rows.map((r) => toPlain(r)), queries: 1 };
  } finally {
    await session.close();
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/**
 * Calls `fn` `warmup` times untimed, then sequentially until `requests` calls or `maxMs` have
 * passed (at least 20 calls), and returns the latency percentiles and mean round trips.
 */
export async function measureLatency(
  fn: () => Promise<Answer>,
  opts: { warmup: number; requests: number; maxMs: number },
): Promise<{ latency: Latency; queries: number }> {
  for (let i = 0; i < opts.warmup; i += 1) await fn();
  const times: number[] = [];
  let queries = 0;
  const until = performance.now() + opts.maxMs;
  while (times.length < opts.requests && (times.length < 20 || performance.now() < until)) {
    const t0 = performance.now();
    const answer = await fn();
    times.push(performance.now() - t0);
    queries += answer.queries;
  }
  times.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    latency: { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), p99: round(percentile(times, 99)), n: times.length },
    queries: round(queries / times.length),
  };
}
