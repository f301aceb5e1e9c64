// `npm run bench`: our API vs the floor (driver + Cypher) vs @neo4j/graphql, on the same data, in one run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { GROW_BASE, parseArgs } from './args';
import { killAllChildren, startChild, type Child } from './child';
import { compareAnswers } from './compare';
import { copySyntheticReviews } from './grow';
import { graphSize, loadData, startDatabase, type BenchDatabase } from './data';
import { pickInputs } from './inputs';
import { runFaults } from './faults';
import { runImportOnly } from './import';
import {
  measureLatencies,
  postGraphQL,
  postGraphQLWithFetch,
  runCypher,
  type Measured,
} from './measure';
import { operations, type Operation } from './operations';
import {
  busyWarning,
  describeMachine,
  otherWorkShare,
  sharePercent,
  writeResults,
  type IndexResult,
  type OperationResult,
  type SystemResult,
} from './report';

const log = (line: string) =>
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
const MB = 1024 * 1024;

interface Rig {
  bdb: BenchDatabase;
  api: Child;
  neo: Child;
  httpLoad: Child;
  driverLoad: Child;
}

/** Measures one operation on the three systems: latency at c=1, throughput, round trips, peak RSS. */
async function benchOperation(
  op: Operation,
  rig: Rig,
  o: ReturnType<typeof parseArgs>,
): Promise<OperationResult> {
  const urls = { ours: String(rig.api.ready.url), neo: String(rig.neo.ready.url) };
  const warnings = await compareAnswers(op, urls, rig.bdb.driver);
  warnings.forEach((w) => log(`WARNING ${w}`));
  await rig.api.ask({ type: 'resetPeak' });
  await rig.neo.ask({ type: 'resetPeak' });
  const lat = { warmup: o.warmup, requests: o.requests, maxMs: o.latencyMaxMs };
  const { ours, floor, neo } = await measureLatencies(
    {
      ours: () => postGraphQL(urls.ours, op.ours),
      floor: () => runCypher(rig.bdb.driver, op.floor.cypher, op.floor.params),
      neo: () => postGraphQL(urls.neo, op.neo),
    },
    lat,
  );
  // A slow operation gets a longer window, so each connection completes a few requests (max 30 s).
  const seconds = (m: Measured) =>
    Math.min(30, Math.max(o.loadSeconds, Math.ceil((3 * o.connections * m.latency.p50) / 1000)));
  const load = (m: Measured) => ({ type: 'run', connections: o.connections, seconds: seconds(m) });
  const ask = (child: Child, m: Measured, msg: Record<string, unknown>) =>
    child.ask({ ...load(m), ...msg }, (seconds(m) + 30) * 1000);
  const oursLoad = await ask(rig.httpLoad, ours, { url: urls.ours, body: JSON.stringify(op.ours) });
  const floorLoad = await ask(rig.driverLoad, floor, {
    cypher: op.floor.cypher,
    params: op.floor.params,
  });
  const neoLoad = await ask(rig.httpLoad, neo, { url: urls.neo, body: JSON.stringify(op.neo) });
  const apiStats = await rig.api.ask({ type: 'stats' });
  const neoStats = await rig.neo.ask({ type: 'stats' });
  const sys = (m: Measured, l: typeof oursLoad, rss?: unknown): SystemResult => ({
    latency: m.latency,
    queries: m.queries,
    dbMs: m.dbMs,
    requestsPerSecond: Math.round(Number(l.requestsPerSecond) * 10) / 10,
    loadErrors: Number(l.errors),
    loadSeconds: seconds(m),
    ...(rss === undefined ? {} : { peakRssMb: Math.round(Number(rss) / MB) }),
  });
  const result = {
    id: op.id,
    title: op.title,
    ours: sys(ours, oursLoad, apiStats.peakRss),
    floor: sys(floor, floorLoad),
    neo: sys(neo, neoLoad, neoStats.peakRss),
    warnings,
  };
  for (const [name, s] of Object.entries({
    ours: result.ours,
    floor: result.floor,
    '@neo4j/graphql': result.neo,
  })) {
    if (s.loadErrors > 0)
      warnings.push(`${op.title}: ${name} had ${s.loadErrors} errors under load`);
  }
  const p = (s: SystemResult) =>
    `p50 ${s.latency.p50} ms, ${s.requestsPerSecond} req/s, ${s.queries} q`;
  log(`  ours ${p(result.ours)} | floor ${p(result.floor)} | @neo4j/graphql ${p(result.neo)}`);
  return result;
}

/**
 * `--index-only`: imports, starts the API as the full run does, and measures its analytics index
 * (the build before it listened, a second build alone with the memory it retains, the API's idle
 * RSS), then writes bench/results/index-reviews-N.md. No comparisons: at 100,000 reviews the
 * floor and @neo4j/graphql take seconds per request, and the full run hours.
 */
async function runIndexOnly(o: ReturnType<typeof parseArgs>): Promise<void> {
  const started = performance.now();
  const share = await otherWorkShare();
  const machine = describeMachine();
  const busy = busyWarning(share);
  if (busy) log(`WARNING ${busy}`);
  const loads: number[] = [];
  const loadTimer = setInterval(() => loads.push(loadavg()[0] ?? 0), 5000);
  loadTimer.unref();
  log(`${o.reviews} reviews, seed ${o.seed}; starting a throwaway Neo4j (index only)`);
  const bdb = await startDatabase(log, o.reviews);
  // Beyond GROW_BASE reviews (a multiple of it) the store is grown by copies in Cypher: the
  // importer would take most of an hour at 100,000 reviews on a 2-core machine.
  const copies =
    !o.fullImport && o.reviews > GROW_BASE && o.reviews % GROW_BASE === 0
      ? o.reviews / GROW_BASE - 1
      : 0;
  let api: Child | undefined;
  try {
    const imported = await loadData(bdb, copies > 0 ? GROW_BASE : o.reviews, o.seed, log);
    log(
      `imported ${imported.nodes + imported.relationships} records (${imported.recordsPerSecond} records/s)`,
    );
    let growMs = 0;
    let size = { nodes: imported.nodes, relationships: imported.relationships };
    if (copies > 0) {
      const g0 = performance.now();
      const session = bdb.driver.session();
      try {
        await copySyntheticReviews(session, 1, copies, log);
      } finally {
        await session.close();
      }
      growMs = performance.now() - g0;
      size = await graphSize(bdb.db);
    }
    const method =
      copies > 0
        ? `${GROW_BASE.toLocaleString('en-GB')} synthetic reviews imported, then each copied ${copies === 1 ? 'once' : `${copies} times`} in Cypher (bench/grow.ts: same partnerships, agencies, sectors, theme links with their evidence, findings and recommendations with their history), ${Math.round(growMs / 1000)} s`
        : `${o.reviews.toLocaleString('en-GB')} synthetic reviews imported`;
    const env = { BENCH_NEO4J_URI: bdb.uri, NODE_ENV: 'production' };
    api = await startChild('servers/api.ts', env, 1_800_000, ['--expose-gc'], { compiled: true });
    const idleRss = Number((await api.ask({ type: 'stats' })).rss) / MB;
    const m = await api.ask({ type: 'measureIndex' }, 1_800_000);
    const load = `${(loads.reduce((a, b) => a + b, 0) / Math.max(1, loads.length)).toFixed(2)} mean, ${Math.max(0, ...loads).toFixed(2)} max`;
    const md = [
      `# Analytics index at ${o.reviews.toLocaleString('en-GB')} synthetic reviews`,
      '',
      `Run ${new Date().toISOString()} with \`npm run bench -- --reviews ${o.reviews} --index-only${o.fullImport ? ' --full-import' : ''}\` on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB; Node ${machine.node}; load average at start ${machine.loadAverageAtStart}, other work at start ${sharePercent(share)}, 1-minute load average during the run ${load}. Seed ${o.seed}.`,
      ...(busy ? ['', `Warning: ${busy}`] : []),
      '',
      '| what | result |',
      '| --- | --- |',
      `| data | ${size.nodes.toLocaleString('en-GB')} nodes, ${size.relationships.toLocaleString('en-GB')} relationships |`,
      `| how the store was loaded | ${method} |`,
      `| import (validation included) | ${Math.round(imported.importMs / 1000)} s, ${imported.recordsPerSecond.toLocaleString('en-GB')} records/s (${imported.reviews.toLocaleString('en-GB')} reviews) |`,
      `| index contents | ${Number(m.reviews).toLocaleString('en-GB')} reviews, ${m.themes} themes, ${Number(m.links).toLocaleString('en-GB')} theme links |`,
      `| index build when the API started (before it listened) | ${(Number(api.ready.startBuildMs) / 1000).toFixed(2)} s |`,
      `| index build again, measured alone | ${(Number(m.buildMs) / 1000).toFixed(2)} s |`,
      `| memory one index retains (heap and typed arrays after full collections) | ${m.retainedMb} MB (its own count: ${m.estimatedMb} MB) |`,
      `| API RSS idle, index built | ${Math.round(idleRss)} MB |`,
      '',
      `Whole run: ${Math.round((performance.now() - started) / 1000)} s.`,
      '',
    ].join('\n');
    const dir = join(__dirname, 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `index-reviews-${o.reviews}.md`);
    writeFileSync(file, md);
    log(md);
    log(`wrote ${file}`);
  } finally {
    await api?.stop().catch(() => undefined);
    await bdb.stop();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const o = parseArgs(process.argv.slice(2));
  if (o.importOnly) return runImportOnly(o, log);
  if (o.faults) return runFaults(o, log);
  if (o.indexOnly) return runIndexOnly(o);
  const share = await otherWorkShare();
  const machine = { ...describeMachine(), otherWorkAtStart: sharePercent(share) };
  const busy = busyWarning(share);
  if (busy) log(`WARNING ${busy}`);
  // 1-minute load average every 5 s: above the core count means other work shared the machine.
  const loads: number[] = [];
  const loadTimer = setInterval(() => loads.push(loadavg()[0] ?? 0), 5000);
  loadTimer.unref();
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse())
      await stop().catch((e: unknown) => log(`stop: ${(e as Error).message}`));
  };
  const onSignal = () => {
    log('interrupted: stopping children and Neo4j');
    killAllChildren();
    void stopAll().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    log(`${o.reviews} reviews, seed ${o.seed}; starting a throwaway Neo4j`);
    const bdb = await startDatabase(log, o.reviews);
    stops.push(bdb.stop);
    const imported = await loadData(bdb, o.reviews, o.seed, log);
    log(
      `imported ${imported.nodes} nodes + ${imported.relationships} relationships in ${imported.importMs} ms (${imported.recordsPerSecond} records/s)`,
    );
    const inputs = await pickInputs(bdb.driver);
    log(`inputs: ${JSON.stringify(inputs)}; starting servers and load generators`);
    // Both GraphQL servers run as deployed: NODE_ENV=production, where graphql-js skips the
    // development checks it otherwise makes on every type test during execution.
    const env = { BENCH_NEO4J_URI: bdb.uri, NODE_ENV: 'production' };
    const start = async (script: string, flags: string[] = [], compiled = false) => {
      const child = await startChild(script, env, 600_000, flags, { compiled });
      stops.push(child.stop);
      return child;
    };
    const rig: Rig = {
      bdb,
      // --expose-gc: the API child measures the heap its analytics index retains.
      // Compiled, as `npm start` runs it: its memory is the service's, not ts-node's.
      api: await start('servers/api.ts', ['--expose-gc'], true),
      neo: await start('servers/neo4j-graphql.ts'),
      httpLoad: await start('load/http-load.ts'),
      driverLoad: await start('load/driver-load.ts'),
    };
    const idleRss = Number((await rig.api.ask({ type: 'stats' })).rss) / MB;
    const measured = await rig.api.ask({ type: 'measureIndex' }, 600_000);
    const index: IndexResult = {
      startBuildMs: Number(rig.api.ready.startBuildMs),
      buildMs: Number(measured.buildMs),
      retainedMb: Number(measured.retainedMb),
      estimatedMb: Number(measured.estimatedMb),
      reviews: Number(measured.reviews),
      themes: Number(measured.themes),
      links: Number(measured.links),
    };
    log(
      `analytics index: built in ${index.startBuildMs} ms at start, ${index.buildMs} ms again; holds ${index.retainedMb} MB (estimate ${index.estimatedMb} MB)`,
    );
    const results: OperationResult[] = [];
    for (const op of operations(inputs)) {
      log(op.title);
      results.push(await benchOperation(op, rig, o));
    }
    // What the measuring client itself costs: the smallest request, posted both ways in turn.
    const tiny = { query: '{ __typename }', variables: {} };
    const url = String(rig.api.ready.url);
    const clients = await measureLatencies(
      {
        http: () => postGraphQL(url, tiny),
        fetch: () => postGraphQLWithFetch(url, tiny),
      },
      { warmup: o.warmup, requests: o.requests, maxMs: o.latencyMaxMs },
    );
    log(
      `client: { __typename } p50 ${clients.http.latency.p50} ms with node:http, ${clients.fetch.latency.p50} ms with fetch`,
    );
    const apiPeak = Number((await rig.api.ask({ type: 'stats' })).overallPeakRss) / MB;
    const md = await writeResults({
      date: new Date().toISOString(),
      machine: {
        ...machine,
        loadAverageDuringRun: `mean ${(loads.reduce((a, b) => a + b, 0) / Math.max(1, loads.length)).toFixed(2)}, max ${Math.max(0, ...loads).toFixed(2)}`,
      },
      options: o,
      inputs,
      import: imported,
      index,
      operations: results,
      client: { http: clients.http.latency, fetch: clients.fetch.latency },
      apiPeakRssMb: Math.round(apiPeak),
      apiIdleRssMb: Math.round(idleRss),
      warnings: [...(busy ? [busy] : []), ...results.flatMap((r) => r.warnings)],
      seconds: Math.round((performance.now() - started) / 1000),
    });
    log(`wrote ${md}`);
  } finally {
    await stopAll();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    log(`FAILED: ${(err as Error).stack ?? String(err)}`);
    killAllChildren();
    process.exit(1);
  },
);
