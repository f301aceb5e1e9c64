// Writes a run's results: a Markdown table (with machine and date) and the JSON beside it.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import * as prettier from 'prettier';
import type { BenchOptions } from './args';
import type { ImportResult } from './data';
import type { Latency } from './measure';
import type { Inputs } from './operations';

/** One system's numbers for one operation. */
export interface SystemResult {
  latency: Latency;
  requestsPerSecond: number;
  loadErrors: number;
  /** Length of the throughput window: the configured seconds, longer for slow operations. */
  loadSeconds: number;
  /** Mean database round trips (Cypher statements) per request. */
  queries: number;
  /** Mean milliseconds in Cypher per request at concurrency 1 (ours: extensions.db.ms, summed over queries). */
  dbMs: number;
  /** Peak RSS of the server process while this operation ran (HTTP systems only), MB. */
  peakRssMb?: number;
}

/** All numbers for one operation, and whether the three answers agreed. */
export interface OperationResult {
  id: string;
  title: string;
  ours: SystemResult;
  floor: SystemResult;
  neo: SystemResult;
  warnings: string[];
}

/** What the API's analytics index cost on this data. */
export interface IndexResult {
  /** The build before the server listened (createServer). */
  startBuildMs: number;
  /** A second build measured on its own, with the heap it retains. */
  buildMs: number;
  /** Heap plus typed arrays retained by one index (after full collections), MB. */
  retainedMb: number;
  /** The index's own count of its arrays and strings, MB. */
  estimatedMb: number;
  reviews: number;
  themes: number;
  links: number;
}

/** A whole run. */
export interface RunResult {
  date: string;
  machine: Record<string, string | number>;
  options: BenchOptions;
  inputs: Inputs;
  import: ImportResult;
  index: IndexResult;
  operations: OperationResult[];
  /**
   * The measuring client's own cost: `{ __typename }` to our API at concurrency 1, posted with
   * node:http (the client of every GraphQL latency above) and with fetch, in turn.
   */
  client?: { http: Latency; fetch: Latency };
  apiPeakRssMb: number;
  /** The API's RSS once started (index built), before any load: the service idle. */
  apiIdleRssMb: number;
  warnings: string[];
  seconds: number;
}

const safe = (f: () => string) => {
  try {
    return f().trim();
  } catch {
    return 'unknown';
  }
};

/** CPU model, cores, memory, load average, Node and Java versions. */
export function describeMachine(): Record<string, string | number> {
  const model = safe(
    () =>
      /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ??
      cpus()[0]?.model ??
      'unknown',
  );
  return {
    cpu: model,
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1e9),
    node: process.version,
    java: safe(
      () => spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr.split('\n')[0] ?? '',
    ),
    loadAverageAtStart: loadavg()
      .map((x) => x.toFixed(2))
      .join(' '),
  };
}

/** CPU time counters of the whole machine (all cores): busy and total, in clock ticks; null off Linux. */
function cpuTicks(): { busy: number; total: number } | null {
  try {
    const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const total = fields.slice(0, 8).reduce((a, b) => a + b, 0); // guest time is inside user
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0); // idle + iowait
    return Number.isFinite(total) ? { busy: total - idle, total } : null;
  } catch {
    return null;
  }
}

/**
 * The share of the machine's CPU (0 to 1) that other work used while this process waited `ms`,
 * from /proc/stat (Linux; null elsewhere). Taken before a run starts anything of its own: unlike
 * the load average, which decays over minutes (a test run that ended a minute ago still reads
 * 2), it says whether the cores are free now.
 */
export async function otherWorkShare(ms = 3000): Promise<number | null> {
  const before = cpuTicks();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = cpuTicks();
  if (!before || !after || after.total <= before.total) return null;
  return (after.busy - before.busy) / (after.total - before.total);
}

/** `otherWorkShare` as the result files print it. */
export const sharePercent = (share: number | null) =>
  share === null ? 'not measured' : `${Math.round(share * 100)}% of the CPU`;

/**
 * The warning a run carries when other work used a quarter or more of the CPU as it started: its
 * import rate, build times and latencies then read slower than on a machine to itself (on two
 * cores, two developers' builds and tests beside a run halved the import rate and doubled
 * Neo4j's CPU for the same work). Null on a quiet machine.
 */
export function busyWarning(share: number | null): string | null {
  if (share === null || share < 0.25) return null;
  return `other work used ${sharePercent(share)} when the run started: import rates, build times and latencies read slower than on a machine to itself. Compare ratios from one run, and rerun with nothing else running before quoting absolute figures.`;
}

const f = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const lat = (l: Latency) => `${f(l.p50)} / ${f(l.p95)} / ${f(l.p99)}`;
const ratio = (a: number, b: number) =>
  b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(2)}×` : 'n/a';

/** The Markdown report of a run. */
export function toMarkdown(r: RunResult): string {
  const m = r.machine;
  const imp = r.import;
  const lines = [
    `# Benchmark: ${r.options.reviews.toLocaleString('en-GB')} synthetic reviews${r.options.quick ? ' (--quick)' : ''}`,
    '',
    `Run ${r.date} on ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB; Node ${m.node}, ${m.java}; load average (1/5/15 min) at start ${m.loadAverageAtStart}; other work at start ${m.otherWorkAtStart ?? 'not measured'}; 1-min load average during the run ${m.loadAverageDuringRun ?? 'n/a'}.`,
    `Data: seed ${r.options.seed}, ${imp.nodes.toLocaleString('en-GB')} nodes, ${imp.relationships.toLocaleString('en-GB')} relationships.`,
    `Inputs: year ${r.inputs.year}, kind ${r.inputs.kind}, review \`${r.inputs.reviewId}\`, search "${r.inputs.searchTerm}".`,
    `Latency: concurrency 1, ${r.options.warmup} warm-up requests, then up to ${r.options.requests} requests or ${r.options.latencyMaxMs / 1000} s.`,
    `Throughput: ${r.options.connections} concurrent connections for ${r.options.loadSeconds} s (up to 30 s for slow operations: 3 × connections × p50), load from a separate process. Method: [README](../README.md).`,
    '',
    '## Latency (ms, p50 / p95 / p99)',
    '',
    '| Operation | ours | floor (Cypher) | @neo4j/graphql | ours ÷ floor (p50) | ours ÷ @neo4j/graphql (p50) | ours: mean ms in Cypher (summed) |',
    '|---|---|---|---|---|---|---|',
    ...r.operations.map(
      (o) =>
        `| ${o.title} | ${lat(o.ours.latency)} | ${lat(o.floor.latency)} | ${lat(o.neo.latency)} | ${ratio(o.ours.latency.p50, o.floor.latency.p50)} | ${ratio(o.ours.latency.p50, o.neo.latency.p50)} | ${f(o.ours.dbMs)} |`,
    ),
    '',
    ...(r.client
      ? [
          `GraphQL requests are posted with node:http over one keep-alive connection. The smallest request, \`{ __typename }\` to our API, took ${lat(r.client.http)} ms that way and ${lat(r.client.fetch)} ms with fetch (the client used before), in turn in the same minutes: fetch's own cost is not the server's.`,
          '',
        ]
      : []),
    `## Throughput (requests/s at ${r.options.connections} connections), round trips, memory`,
    '',
    '| Operation | ours | floor | @neo4j/graphql | floor ÷ ours | @neo4j/graphql ÷ ours | round trips ours / floor / @neo4j/graphql | API peak RSS (MB) | @neo4j/graphql peak RSS (MB) |',
    '|---|---|---|---|---|---|---|---|---|',
    ...r.operations.map(
      (o) =>
        `| ${o.title} | ${f(o.ours.requestsPerSecond)} | ${f(o.floor.requestsPerSecond)} | ${f(o.neo.requestsPerSecond)} | ${ratio(o.floor.requestsPerSecond, o.ours.requestsPerSecond)} | ${ratio(o.neo.requestsPerSecond, o.ours.requestsPerSecond)} | ${f(o.ours.queries, 0)} / ${f(o.floor.queries, 0)} / ${f(o.neo.queries, 0)} | ${f(o.ours.peakRssMb ?? NaN, 0)} | ${f(o.neo.peakRssMb ?? NaN, 0)} |`,
    ),
    '',
    `API process (compiled, as \`npm start\` runs it) RSS: idle ${f(r.apiIdleRssMb, 0)} MB after start with its index built, before any load; peak ${f(r.apiPeakRssMb, 0)} MB over the whole run (16 connections at most; targets: under 150 MB idle, under 250 MB at 16 connections).`,
    '',
    '## Analytics index',
    '',
    `${r.index.reviews.toLocaleString('en-GB')} reviews, ${r.index.themes.toLocaleString('en-GB')} themes, ${r.index.links.toLocaleString('en-GB')} theme links. Built in **${f(r.index.startBuildMs / 1000, 2)} s** when the API started (a second build, measured alone: ${f(r.index.buildMs / 1000, 2)} s); one index holds **${f(r.index.retainedMb)} MB** (heap and typed arrays retained after full collections; its own count of arrays and strings: ${f(r.index.estimatedMb)} MB).`,
    '',
    '## Import',
    '',
    `Generated ${imp.reviews.toLocaleString('en-GB')} reviews in ${f(imp.generateMs / 1000)} s; imported in ${f(imp.importMs / 1000)} s (validation included):`,
    `**${imp.recordsPerSecond.toLocaleString('en-GB')} records/s** (records = nodes + relationships written), ${imp.reviewsPerSecond.toLocaleString('en-GB')} reviews/s.`,
    '',
    '## Warnings',
    '',
    ...(r.warnings.length
      ? r.warnings.map((w) => `- ${w}`)
      : ['None: the three systems gave the same answer to every operation, with no load errors.']),
    '',
    `Whole run: ${f(r.seconds, 0)} s.`,
    '',
  ];
  return lines.join('\n');
}

/** Writes `bench/results/<name>.md` and `<name>.json`, formatted as `npm run format:check` expects. */
export async function writeResults(r: RunResult): Promise<string> {
  const dir = join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const base = join(dir, r.options.outName);
  const config = (await prettier.resolveConfig(`${base}.md`)) ?? {};
  writeFileSync(
    `${base}.json`,
    await prettier.format(JSON.stringify(r), { ...config, parser: 'json' }),
  );
  writeFileSync(
    `${base}.md`,
    await prettier.format(toMarkdown(r), { ...config, parser: 'markdown' }),
  );
  return `${base}.md`;
}
