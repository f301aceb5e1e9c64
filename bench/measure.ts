// Sequential (concurrency 1) latency measurement and the single-request clients of the three systems.
import { Agent, request } from 'node:http';
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
  /** Milliseconds spent in database queries (summed, so parallel queries overlap); NaN if unknown. */
  dbMs: number;
}

/**
 * One keep-alive connection per server for the sequential measurement. The client is node:http,
 * not fetch: fetch's own cost per request (its streams and header objects) was a large part of a
 * millisecond-scale answer's time, and it is the client's cost, not the server's (bench/README.md).
 */
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** POSTs `body` as JSON to `url`; resolves with the status and the whole response text. */
function postJson(url: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Posts one GraphQL request; throws on HTTP or GraphQL errors. `queries` from extensions.db. */
export async function postGraphQL(url: string, req: GraphQLRequest): Promise<Answer> {
  const res = await postJson(url, JSON.stringify(req));
  let body: {
    data?: unknown;
    errors?: { message: string }[];
    extensions?: { db?: { queries?: number; ms?: number } };
  };
  try {
    body = JSON.parse(res.text) as typeof body;
  } catch {
    throw new Error(`${url} answered ${res.status} with no JSON: ${res.text.slice(0, 500)}`);
  }
  if (res.status !== 200 || body.errors?.length) {
    throw new Error(
      `${url} answered ${res.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`,
    );
  }
  return {
    data: body.data,
    queries: body.extensions?.db?.queries ?? NaN,
    dbMs: body.extensions?.db?.ms ?? NaN,
  };
}

/** `postGraphQL` through fetch, as the benchmark posted before: only to measure what the client costs. */
export async function postGraphQLWithFetch(url: string, req: GraphQLRequest): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(req),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
  if (!res.ok || body.errors?.length) {
    throw new Error(`${url} answered ${res.status}: ${JSON.stringify(body).slice(0, 500)}`);
  }
  return { data: body.data, queries: NaN, dbMs: NaN };
}

/** Runs one Cypher query in a read transaction, as the floor does; one round trip. */
export async function runCypher(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown>,
): Promise<Answer> {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: 'READ' });
  try {
    const t0 = performance.now();
    const rows = await session.executeRead(async (tx) =>
      (await tx.run(cypher, params)).records.map((r) => r.toObject()),
    );
    return { data: rows.map((r) => toPlain(r)), queries: 1, dbMs: performance.now() - t0 };
  } finally {
    await session.close();
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Latency and mean round trips of one system. */
export interface Measured {
  latency: Latency;
  queries: number;
  /** Mean of `Answer.dbMs`. */
  dbMs: number;
}

/**
 * Measures several systems at concurrency 1, interleaved (one request to each in turn, order
 * rotating), so drift in a shared machine's load hits all of them alike. `warmup` untimed rounds,
 * then rounds until `requests` each, or until `maxMs` per system has passed (at least 20 rounds).
 */
export async function measureLatencies<K extends string>(
  fns: Record<K, () => Promise<Answer>>,
  opts: { warmup: number; requests: number; maxMs: number },
): Promise<Record<K, Measured>> {
  const keys = Object.keys(fns) as K[];
  for (let i = 0; i < opts.warmup; i += 1) for (const k of keys) await fns[k]();
  const times = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  const queries = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  const dbMs = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  const until = performance.now() + opts.maxMs * keys.length;
  for (
    let round = 0;
    round < opts.requests && (round < 20 || performance.now() < until);
    round += 1
  ) {
    for (let j = 0; j < keys.length; j += 1) {
      const k = keys[(round + j) % keys.length] as K;
      const t0 = performance.now();
      const answer = await fns[k]();
      times[k].push(performance.now() - t0);
      queries[k] += answer.queries;
      dbMs[k] += answer.dbMs;
    }
  }
  const round2 = (x: number) => Math.round(x * 100) / 100;
  const out = {} as Record<K, Measured>;
  for (const k of keys) {
    const t = times[k].sort((a, b) => a - b);
    out[k] = {
      latency: {
        p50: round2(percentile(t, 50)),
        p95: round2(percentile(t, 95)),
        p99: round2(percentile(t, 99)),
        n: t.length,
      },
      queries: round2(queries[k] / t.length),
      dbMs: round2(dbMs[k] / t.length),
    };
  }
  return out;
}
