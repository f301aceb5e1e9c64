// Builds the analytics index with this checkout's code and with another checkout's (e.g. main
// before a change), one after the other against the same running Neo4j, and compares the two
// part by part: exit 0 and "identical" when every part matches, 1 otherwise. For a change to the
// build that must not change any answer:
//   NEO4J_URI=bolt://127.0.0.1:7687 node -r ts-node/register/transpile-only bench/index-compare.ts --other /path/to/checkout
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createDriver } from '../src/db/connect';
import { Db } from '../src/db/database';
import { parseCommandLine, runTool, UsageError } from '../src/shared/cli';
import { buildAnalyticsIndex, type AnalyticsIndex } from '../src/modules/analytics';
import type { RecommendationTable } from '../src/modules/analytics/analytics-index.follow-up';

const USAGE =
  'usage: NEO4J_URI=bolt://… node -r ts-node/register/transpile-only bench/index-compare.ts --other <checkout>';

type Build = (db: Db) => Promise<AnalyticsIndex>;

runTool(USAGE, async () => {
  const { values } = parseCommandLine(process.argv.slice(2), {
    options: { other: { type: 'string' } },
  });
  if (!values.other) throw new UsageError('--other <checkout> is required');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const other = require(resolve(values.other, 'src/modules/analytics')) as {
    buildAnalyticsIndex: Build;
  };
  const driver = createDriver(
    process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
    process.env.NEO4J_USERNAME ?? 'neo4j',
    process.env.NEO4J_PASSWORD ?? '',
  );
  try {
    const db = new Db(driver, process.env.NEO4J_DATABASE ?? 'neo4j');
    const timed = async (name: string, build: Build) => {
      const started = performance.now();
      const ix = await build(db);
      process.stdout.write(`${name}: built in ${Math.round(performance.now() - started)} ms\n`);
      return ix;
    };
    const a = await timed('other', other.buildAnalyticsIndex);
    const b = await timed('this', buildAnalyticsIndex);
    const differences = compare(a, b);
    for (const d of differences) process.stdout.write(`differs: ${d}\n`);
    process.stdout.write(
      differences.length === 0
        ? `identical: ${b.reviewIds.length} reviews, ${b.recommendations.review.length} recommendations\n`
        : `${differences.length} parts differ\n`,
    );
    if (differences.length > 0) process.exitCode = 1;
  } finally {
    await driver.close();
  }
});

/**
 * The parts of two indexes that differ: every field by value (typed arrays by position, maps
 * by entries), except codes handed out in arrival order (kinds and sectors, compared per review
 * by name) and the recommendation table, which is in arrival order (the build's
 * concurrent reads make it differ from build to build) and codes its statuses in arrival order:
 * its rows are compared as sorted lists of (review id, status, target day, addressees, owners,
 * themes, history by status name and day).
 */
function compare(a: AnalyticsIndex, b: AnalyticsIndex): string[] {
  const out: string[] = [];
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  // Codes handed out in arrival order, compared by the names they stand for below.
  for (const k of ['recommendations', 'kinds', 'kind', 'sectors', 'sectorCodes']) fields.delete(k);
  const field = (ix: AnalyticsIndex, k: string) => (ix as unknown as Record<string, unknown>)[k];
  for (const k of fields) if (!isDeepStrictEqual(field(a, k), field(b, k))) out.push(k);
  if (!isDeepStrictEqual(kindNames(a), kindNames(b))) out.push('kind (by name)');
  if (!isDeepStrictEqual(sectorNames(a), sectorNames(b))) out.push('sectors (by name)');
  if (!isDeepStrictEqual(rows(a), rows(b))) out.push('recommendations');
  return out;
}

function kindNames(ix: AnalyticsIndex): (string | undefined)[] {
  return Array.from(ix.kind, (c) => ix.kinds[c]);
}

function sectorNames(ix: AnalyticsIndex): string[][] {
  const names = new Map([...ix.sectorCodes].map(([name, c]) => [c, name]));
  const { offsets, values } = ix.sectors;
  return Array.from({ length: offsets.length - 1 }, (_, p) =>
    Array.from(values.subarray(offsets[p], offsets[p + 1]), (c) => names.get(c) as string),
  );
}

function rows(ix: AnalyticsIndex): string[] {
  const t: RecommendationTable = ix.recommendations;
  const row = (c: { offsets: Uint32Array; values: Uint32Array }, i: number) =>
    Array.from(c.values.subarray(c.offsets[i], c.offsets[i + 1]));
  const out: string[] = [];
  for (let i = 0; i < t.review.length; i++) {
    const history: [string | undefined, number | undefined][] = [];
    for (let j = t.history.offsets[i] as number; j < (t.history.offsets[i + 1] as number); j++)
      history.push([t.statusNames[t.historyStatus[j] as number], t.historyOn[j]]);
    out.push(
      JSON.stringify([
        ix.reviewIds[t.review[i] as number],
        t.statusNames[t.status[i] as number],
        t.targetDue[i],
        row(t.agencies, i),
        row(t.owners, i),
        row(t.themes, i),
        history,
      ]),
    );
  }
  return out.sort();
}
