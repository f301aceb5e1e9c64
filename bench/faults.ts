// `npm run bench -- --faults`: the service on the bundled Neo4j under 16 connections for 60 s, its
// Neo4j JVM killed (SIGKILL) at 15 s: errors outside the outage, time to recovery, how fast the
// outage is answered, the API's memory, and that the data after equals the data before.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createDriver } from '../src/db/connect';
import { Db } from '../src/db/database';
import { graphFingerprint, type GraphFingerprint } from '../test/helpers/graph-fingerprint';
import type { BenchOptions } from './args';
import { startChild, type Child } from './child';
import { loadData } from './data';
import { pickInputs } from './inputs';
import type { Sample } from './load/fault-load';
import { operations } from './operations';
import { describeMachine } from './report';

const MB = 1024 * 1024;
/** The fault run's shape: the issue's numbers. */
const RUN_SECONDS = 60;
const KILL_AT_SECONDS = 15;
/** If Neo4j is not back by the end of the run, the load goes on until it is, up to this. */
const MAX_SECONDS = 300;
/** How long the service sits idle (after its index is built) before its idle RSS is read. */
const IDLE_SETTLE_MS = 5000;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const mb = (bytes: unknown) => Math.round(Number(bytes) / MB);

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** What the samples say about the outage; times in ms from the start of the load. */
export interface FaultAnalysis {
  requests: number;
  killAtMs: number;
  /** End of the first successful request that ran Cypher and started after the kill. */
  recoveredAtMs: number | null;
  recoveryMs: number | null;
  /** /ready: first 503 after the kill and first 200 after that. */
  readyDownAtMs: number | null;
  readyUpAtMs: number | null;
  /** Failed requests that ended before the kill or started after the recovery: must be 0. */
  errorsOutsideOutage: number;
  errorsOutsideByOutcome: Record<string, number>;
  /** Every answer inside the outage window, by outcome. */
  inOutageByOutcome: Record<string, number>;
  unavailableLatencyMs: { count: number; p50: number; p95: number; p99: number; max: number };
  /** Successful requests per second before the kill, during the outage and after recovery. */
  okPerSecond: { before: number; during: number; after: number };
  /** Per 5 s of the run: answers by outcome. */
  timeline: { fromS: number; outcomes: Record<string, number> }[];
}

/** Reads the outage out of the load's samples and the /ready polls (times are `Date.now()`). */
export function analyse(
  samples: readonly Sample[],
  t0: number,
  killAt: number,
  ready: readonly [number, number][],
  endAt: number,
): FaultAnalysis {
  const recovered = samples
    .filter(([start, , outcome, queries]) => start >= killAt && outcome === 'ok' && queries > 0)
    .reduce<number | null>((first, [, end]) => (first === null || end < first ? end : first), null);
  const outageEnd = recovered ?? Infinity;
  const tally = (list: readonly Sample[]) =>
    list.reduce<Record<string, number>>((acc, [, , o]) => ({ ...acc, [o]: (acc[o] ?? 0) + 1 }), {});
  const failed = (s: Sample) => s[2] !== 'ok';
  const outside = samples.filter((s) => failed(s) && (s[1] < killAt || s[0] > outageEnd));
  const inside = samples.filter((s) => s[1] >= killAt && s[0] <= outageEnd);
  const unavailable = inside
    .filter((s) => s[2] === 'DATABASE_UNAVAILABLE')
    .map(([start, end]) => end - start)
    .sort((a, b) => a - b);
  const down = ready.find(([t, status]) => t >= killAt && status !== 200);
  const up = down ? ready.find(([t, status]) => t > down[0] && status === 200) : undefined;
  const okIn = (from: number, to: number) =>
    samples.filter(([, end, o]) => o === 'ok' && end >= from && end < to).length /
    Math.max(0.001, (to - from) / 1000);
  const timeline: FaultAnalysis['timeline'] = [];
  for (let from = t0; from < endAt; from += 5000) {
    timeline.push({
      fromS: Math.round((from - t0) / 1000),
      outcomes: tally(samples.filter(([, end]) => end >= from && end < from + 5000)),
    });
  }
  const r1 = (x: number) => Math.round(x * 10) / 10;
  return {
    requests: samples.length,
    killAtMs: killAt - t0,
    recoveredAtMs: recovered === null ? null : recovered - t0,
    recoveryMs: recovered === null ? null : recovered - killAt,
    readyDownAtMs: down ? down[0] - t0 : null,
    readyUpAtMs: up ? up[0] - t0 : null,
    errorsOutsideOutage: outside.length,
    errorsOutsideByOutcome: tally(outside),
    inOutageByOutcome: tally(inside),
    unavailableLatencyMs: {
      count: unavailable.length,
      p50: percentile(unavailable, 50),
      p95: percentile(unavailable, 95),
      p99: percentile(unavailable, 99),
      max: unavailable.at(-1) ?? NaN,
    },
    okPerSecond: {
      before: r1(okIn(t0, killAt)),
      during: recovered === null ? r1(okIn(killAt, endAt)) : r1(okIn(killAt, recovered)),
      after: recovered === null ? 0 : r1(okIn(recovered, endAt)),
    },
    timeline,
  };
}

/** Polls `/ready` every 200 ms until `stop()`; records [time, status] (0: no answer). */
function pollReady(baseUrl: string): { polls: [number, number][]; stop: () => Promise<void> } {
  const polls: [number, number][] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const t = Date.now();
      const status = await fetch(`${baseUrl}/ready`, { signal: AbortSignal.timeout(2000) })
        .then((r) => r.status)
        .catch(() => 0);
      polls.push([t, status]);
      await sleep(200);
    }
  })();
  return {
    polls,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

/** Runs the fault benchmark and writes results/faults.{md,json}. */
export async function runFaults(o: BenchOptions, log: (line: string) => void): Promise<void> {
  const machine = describeMachine();
  const started = performance.now();
  const children: Child[] = [];
  try {
    log('starting the service on its own bundled Neo4j');
    const service = await startChild('servers/service.ts', {}, 600_000, [], { compiled: true });
    children.push(service);
    const driver = createDriver(String(service.ready.uri), 'neo4j', 'neo4j');
    const db = new Db(driver, 'neo4j');
    try {
      const imported = await loadData({ db }, o.reviews, o.seed, log);
      log(`imported ${imported.nodes} nodes + ${imported.relationships} relationships`);
      const inputs = await pickInputs(driver);
      const bodies = operations(inputs).map((op) => JSON.stringify(op.ours));
      log('fingerprinting the data before');
      const before = await graphFingerprint(db);
      const { url } = await service.ask({ type: 'serve' }, 600_000);
      const baseUrl = String(url).replace(/\/graphql$/, '');
      await sleep(IDLE_SETTLE_MS);
      const idle = await service.ask({ type: 'stats' });
      log(
        `service idle at ${mb(idle.rss)} MB RSS; load for ${RUN_SECONDS} s, kill at ${KILL_AT_SECONDS} s`,
      );
      const loader = await startChild('load/fault-load.ts', {});
      children.push(loader);
      await service.ask({ type: 'resetPeak' });
      const ready = pollReady(baseUrl);
      const t0 = Date.now();
      const faultAt = t0 + KILL_AT_SECONDS * 1000;
      const load = loader.ask(
        {
          type: 'run',
          url,
          bodies,
          connections: o.connections,
          seconds: RUN_SECONDS,
          faultAt,
          maxSeconds: MAX_SECONDS,
        },
        (MAX_SECONDS + 60) * 1000,
      );
      await sleep(faultAt - Date.now());
      const atKill = await service.ask({ type: 'stats' });
      const neo4jPid = atKill.neo4jPid;
      process.kill(Number(neo4jPid), 'SIGKILL');
      const killAt = Date.now();
      log(`killed Neo4j (pid ${String(neo4jPid)}) with SIGKILL`);
      const { samples } = await load;
      const endAt = Date.now();
      await ready.stop();
      const peak = await service.ask({ type: 'stats' });
      const analysis = analyse(samples as Sample[], t0, killAt, ready.polls, endAt);
      log(
        `recovered after ${analysis.recoveryMs ?? 'never'} ms; ${analysis.errorsOutsideOutage} errors outside the outage; peak RSS ${mb(peak.peakRss)} MB`,
      );
      if (analysis.readyUpAtMs === null) {
        log('waiting (up to 10 min) for the service to be ready again');
        const until = Date.now() + 600_000;
        while (Date.now() < until) {
          const status = await fetch(`${baseUrl}/ready`).then(
            (r) => r.status,
            () => 0,
          );
          if (status === 200) break;
          await sleep(1000);
        }
      }
      const after = await service.ask({ type: 'stats' });
      log('fingerprinting the data after');
      const afterData = await graphFingerprint(db);
      const result = {
        date: new Date().toISOString(),
        machine: {
          ...machine,
          loadAverageAtEnd: loadavg()
            .map((x) => x.toFixed(2))
            .join(' '),
        },
        reviews: o.reviews,
        seed: o.seed,
        connections: o.connections,
        seconds: RUN_SECONDS,
        loadSeconds: Math.round((endAt - t0) / 1000),
        killAtSeconds: KILL_AT_SECONDS,
        operations: operations(inputs).map((op) => op.title),
        import: imported,
        apiIdleRssMb: mb(idle.rss),
        apiPeakRssMb: mb(peak.peakRss),
        apiPeakRssBeforeKillMb: mb(atKill.peakRss),
        neo4jRestarts: Number(after.restarts),
        ...analysis,
        dataBefore: before,
        dataAfter: afterData,
        dataEqual: sameData(before, afterData),
        runSeconds: Math.round((performance.now() - started) / 1000),
      };
      // Other scales do not overwrite the committed default-scale result.
      const base = o.reviews === 10_000 ? 'faults' : `reviews-${o.reviews}-faults`;
      writeFileSync(
        join(__dirname, 'results', `${base}.json`),
        `${JSON.stringify(result, null, 2)}\n`,
      );
      writeFileSync(join(__dirname, 'results', `${base}.md`), faultsMarkdown(result));
      log(`wrote bench/results/${base}.md`);
    } finally {
      await driver.close();
    }
  } finally {
    for (const child of children.reverse()) await child.stop();
  }
}

function sameData(a: GraphFingerprint, b: GraphFingerprint): boolean {
  return a.nodes === b.nodes && a.relationships === b.relationships && a.hash === b.hash;
}

type Result = FaultAnalysis & {
  date: string;
  machine: Record<string, string | number>;
  reviews: number;
  connections: number;
  seconds: number;
  loadSeconds: number;
  operations: string[];
  apiIdleRssMb: number;
  apiPeakRssMb: number;
  apiPeakRssBeforeKillMb: number;
  neo4jRestarts: number;
  dataBefore: GraphFingerprint;
  dataAfter: GraphFingerprint;
  dataEqual: boolean;
  runSeconds: number;
};

function faultsMarkdown(r: Result): string {
  const s = (ms: number | null) => (ms === null ? 'never' : `${(ms / 1000).toFixed(1)} s`);
  const outcomes = (o: Record<string, number>) =>
    Object.entries(o)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n.toLocaleString('en-GB')}`)
      .join(', ') || 'none';
  const u = r.unavailableLatencyMs;
  const fp = (f: GraphFingerprint) =>
    `${f.nodes.toLocaleString('en-GB')} nodes, ${f.relationships.toLocaleString('en-GB')} relationships, hash \`${f.hash.slice(0, 16)}\``;
  return [
    `# Fault run: Neo4j killed under load (${r.reviews.toLocaleString('en-GB')} synthetic reviews)`,
    '',
    `Run ${r.date} on ${String(r.machine.cpu)}, ${r.machine.cores} cores, Node ${String(r.machine.node)}; load average (1/5/15 min) at start ${String(r.machine.loadAverageAtStart)}, at the end ${String(r.machine.loadAverageAtEnd)}.`,
    `The service as \`npm start\` runs it (compiled, on its own supervised bundled Neo4j), ${r.connections} connections for ${r.seconds} s, each posting the benchmark's ${r.operations.length} operations in turn; Neo4j's JVM killed with SIGKILL at ${(r.killAtMs / 1000).toFixed(1)} s. Method: [README](../README.md#fault-run).`,
    '',
    '| | |',
    '| --- | --- |',
    `| Errors outside the outage (must be 0) | **${r.errorsOutsideOutage}**${r.errorsOutsideOutage > 0 ? ` (${outcomes(r.errorsOutsideByOutcome)})` : ''} |`,
    `| Time to recovery (kill to the first answer from Neo4j again) | **${s(r.recoveryMs)}** |`,
    `| /ready | 503 from ${s(r.readyDownAtMs)}, 200 again at ${s(r.readyUpAtMs)} (run time) |`,
    `| Neo4j restarts by the service | ${r.neo4jRestarts} |`,
    `| DATABASE_UNAVAILABLE answers during the outage: latency (target within 2 s) | ${u.count.toLocaleString('en-GB')} answers; p50 ${u.p50} ms, p95 ${u.p95} ms, p99 ${u.p99} ms, max ${u.max} ms |`,
    `| Answers during the outage, by outcome | ${outcomes(r.inOutageByOutcome)} |`,
    `| Successful answers per second: before the kill / during the outage / after recovery | ${r.okPerSecond.before} / ${r.okPerSecond.during} / ${r.okPerSecond.after} |`,
    `| API RSS: idle (index built, before load) / peak under load before the kill / peak over the whole run (targets: 150 MB idle, 250 MB at 16 connections) | ${r.apiIdleRssMb} MB / ${r.apiPeakRssBeforeKillMb} MB / ${r.apiPeakRssMb} MB |`,
    `| Data before | ${fp(r.dataBefore)} |`,
    `| Data after | ${fp(r.dataAfter)} |`,
    `| Data after equals data before | **${r.dataEqual ? 'yes' : 'NO'}** |`,
    '',
    `Requests: ${r.requests.toLocaleString('en-GB')} in ${r.loadSeconds} s (the load goes on past ${r.seconds} s only while Neo4j is not back). The outage window runs from the kill to the first answer from Neo4j; a request that failed and ended before it, or started after it, counts as an error outside it.`,
    '',
    '## Timeline (answers by outcome, per 5 s)',
    '',
    '| from (s) | answers |',
    '| ---: | --- |',
    ...r.timeline.map((t) => `| ${t.fromS} | ${outcomes(t.outcomes)} |`),
    '',
    `Whole run: ${r.runSeconds} s.`,
    '',
  ].join('\n');
}
