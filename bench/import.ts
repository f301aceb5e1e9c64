// `npm run bench -- --import-only`: one import of N synthetic reviews into a fresh Neo4j, measured
// as in the full run (records = nodes + relationships written, validation included), with where
// the time went: validation phases, and each statement's total time and calls.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { Db, type Tx } from '../src/db/database';
import { ensureSchema } from '../src/db/schema';
import { crossRecordIssues } from '../src/modules/import/format-rules';
import { existingIdsFor, importFile } from '../src/modules/import/importer';
import { checkStructure } from '../src/modules/import/validate';
import { generateSynthetic } from '../src/modules/synthetic/generate';
import type { BenchOptions } from './args';
import { graphSize, startDatabase } from './data';
import { busyWarning, describeMachine, otherWorkShare, sharePercent } from './report';

/** A `Db` that adds up, per statement name, the time its write transactions spend in each query. */
class TimedDb extends Db {
  readonly statements = new Map<string, { ms: number; calls: number }>();
  /** Time inside write transactions, from the first statement to the end of the commit. */
  transactionsMs = 0;
  override async writeTransaction<R>(name: string, work: (tx: Tx) => Promise<R>): Promise<R> {
    const t0 = performance.now();
    try {
      return await this.timedTransaction(name, work);
    } finally {
      this.transactionsMs += performance.now() - t0;
    }
  }
  private timedTransaction<R>(name: string, work: (tx: Tx) => Promise<R>): Promise<R> {
    return super.writeTransaction(name, (tx) =>
      work({
        run: async (inner, cypher, params) => {
          const t0 = performance.now();
          try {
            return await tx.run(inner, cypher, params);
          } finally {
            const s = this.statements.get(inner) ?? { ms: 0, calls: 0 };
            s.ms += performance.now() - t0;
            s.calls += 1;
            this.statements.set(inner, s);
          }
        },
      }),
    );
  }
}

const round = (ms: number) => Math.round(ms);

/**
 * CPU time (user + system, ms) a process has used so far, from /proc (Linux); null elsewhere. On
 * a shared machine CPU time moves less with the load than wall-clock time does.
 */
function cpuMsOf(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime in clock ticks (100/s)
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}
const cpuDelta = (before: number | null, after: number | null) =>
  before !== null && after !== null ? after - before : null;

/** What a JVM thread does, from its name (Linux keeps the first 15 characters). */
function threadGroup(name: string): string {
  if (/^C[12] CompilerThre/.test(name)) return 'JIT compiler';
  if (/^(GC Thread|G1 |VM Thread|VM Periodic)/.test(name)) return 'garbage collection and VM';
  if (/^neo4j\.BoltWork|^BoltWorker|bolt-worker/i.test(name)) return 'Bolt worker';
  if (/^neo4j\.BoltNet|bolt-network|^BoltNetwork/i.test(name)) return 'Bolt network';
  return name.replace(/[#-]?\d+$/, '');
}

/** CPU time (ms) per thread name of a process so far, from /proc/<pid>/task (Linux); empty elsewhere. */
function threadCpuMs(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const ms = (Number(fields[11]) + Number(fields[12])) * 10;
        out.set(`${task} ${name}`, ms);
      } catch {
        // the thread ended between the listing and the read
      }
    }
  } catch {
    // not Linux, or the process is gone
  }
  return out;
}

/**
 * CPU time per group of threads between two `threadCpuMs` readings. Threads that ended in between
 * (the JVM retires idle compiler threads) are counted in the process total, not here.
 */
function threadGroupsMs(
  before: Map<string, number>,
  after: Map<string, number>,
): Record<string, number> {
  const groups: Record<string, number> = {};
  for (const [key, ms] of after) {
    const delta = ms - (before.get(key) ?? 0);
    if (delta <= 0) continue;
    const group = threadGroup(key.slice(key.indexOf(' ') + 1));
    groups[group] = (groups[group] ?? 0) + delta;
  }
  return Object.fromEntries(Object.entries(groups).sort((a, b) => b[1] - a[1]));
}

/** Runs the import-only measurement and writes results/import.{md,json} (reviews-N-import.* at other scales). */
export async function runImportOnly(o: BenchOptions, log: (line: string) => void): Promise<void> {
  const share = await otherWorkShare();
  const machine = describeMachine();
  const busy = busyWarning(share);
  if (busy) log(`WARNING ${busy}`);
  const bdb = await startDatabase(log);
  try {
    await ensureSchema(bdb.db);
    const file = generateSynthetic({ reviews: o.reviews, seed: o.seed });
    // Validation alone, phase by phase (importFile repeats it, so the import figure includes it).
    const t0 = performance.now();
    const checked = checkStructure(file);
    const t1 = performance.now();
    if (!checked.ok) throw new Error(`generated file invalid: ${checked.errors[0]?.message}`);
    const issues = crossRecordIssues(checked.data, await existingIdsFor(bdb.db, checked.data));
    const t2 = performance.now();
    if (issues.length > 0) throw new Error(`generated file invalid: ${issues[0]?.message}`);
    const db = new TimedDb(bdb.driver, 'neo4j');
    log(`importing ${o.reviews} reviews`);
    const neo4jCpu0 = cpuMsOf(bdb.pid);
    const threads0 = threadCpuMs(bdb.pid);
    const nodeCpu0 = process.cpuUsage();
    const started = performance.now();
    const summary = await importFile(db, file);
    const importMs = performance.now() - started;
    const nodeCpu = process.cpuUsage(nodeCpu0);
    const neo4jCpuMs = cpuDelta(neo4jCpu0, cpuMsOf(bdb.pid));
    const neo4jThreads = threadGroupsMs(threads0, threadCpuMs(bdb.pid));
    const counts = await graphSize(bdb.db);
    const records = counts.nodes + counts.relationships;
    const result = {
      date: new Date().toISOString(),
      machine: { ...machine, otherWorkAtStart: sharePercent(share) },
      loadAverageAtEnd: loadavg()
        .map((x) => x.toFixed(2))
        .join(' '),
      reviews: o.reviews,
      seed: o.seed,
      ...counts,
      records,
      transactions: summary.transactions,
      importMs: round(importMs),
      recordsPerSecond: Math.round(records / (importMs / 1000)),
      reviewsPerSecond: Math.round(o.reviews / (importMs / 1000)),
      validation: { structureMs: round(t1 - t0), rulesAndLookupsMs: round(t2 - t1) },
      transactionsMs: round(db.transactionsMs),
      cpuMs: { node: round((nodeCpu.user + nodeCpu.system) / 1000), neo4j: neo4jCpuMs },
      neo4jThreadsCpuMs: neo4jThreads,
      statements: [...db.statements]
        .map(([name, s]) => ({ name, ms: round(s.ms), calls: s.calls }))
        .sort((a, b) => b.ms - a.ms),
    };
    const base = o.reviews === 10_000 ? 'import' : `reviews-${o.reviews}-import`;
    const dir = join(__dirname, 'results');
    writeFileSync(join(dir, `${base}.json`), `${JSON.stringify(result, null, 2)}\n`);
    const inStatements = result.statements.reduce((n, s) => n + s.ms, 0);
    const md = [
      `# Import: ${o.reviews.toLocaleString('en-GB')} synthetic reviews`,
      '',
      `Run ${result.date} on ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}; load average (1/5/15 min) at start ${machine.loadAverageAtStart}, at the end ${result.loadAverageAtEnd}; other work at start ${sharePercent(share)}.`,
      ...(busy ? [`Warning: ${busy}`] : []),
      `A fresh Neo4j (heap 1 GB, page cache 512 MB), constraints and indexes created, then one \`importFile\` call (validation included). Method: [README](../README.md).`,
      '',
      `**${result.recordsPerSecond.toLocaleString('en-GB')} records/s** (${records.toLocaleString('en-GB')} records = ${counts.nodes.toLocaleString('en-GB')} nodes + ${counts.relationships.toLocaleString('en-GB')} relationships in ${(importMs / 1000).toFixed(1)} s, ${summary.transactions} transactions), ${result.reviewsPerSecond} reviews/s.`,
      '',
      `Validation measured alone: structure ${result.validation.structureMs} ms, rules across records with the database look-ups ${result.validation.rulesAndLookupsMs} ms. Time in write transactions ${(result.transactionsMs / 1000).toFixed(1)} s, of which in statements ${(inStatements / 1000).toFixed(1)} s (the rest: building each batch's rows, and the commits); outside them: validation.`,
      '',
      `CPU time during the import: this process (validation, rows, the driver) ${(result.cpuMs.node / 1000).toFixed(1)} s; Neo4j ${result.cpuMs.neo4j === null ? 'not measured' : `${(result.cpuMs.neo4j / 1000).toFixed(1)} s`}.`,
      '',
      `Neo4j's CPU by thread: ${
        Object.entries(result.neo4jThreadsCpuMs)
          .filter(([, ms]) => ms >= 100)
          .map(([group, ms]) => `${group} ${(ms / 1000).toFixed(1)} s`)
          .join(', ') || 'not measured'
      }.`,
      '',
      '| statement | ms | calls |',
      '| --- | ---: | ---: |',
      ...result.statements.map((s) => `| ${s.name} | ${s.ms} | ${s.calls} |`),
      '',
    ].join('\n');
    writeFileSync(join(dir, `${base}.md`), md);
    log(`${result.recordsPerSecond} records/s; wrote bench/results/${base}.md`);
  } finally {
    await bdb.stop();
  }
}
