// `node -r ts-node/register/transpile-only bench/profile.ts [--reviews N]`: PROFILEs every Cypher
// query our API runs for each benchmark operation, next to the floor's, to explain the gaps.
import type { Driver, Session } from 'neo4j-driver';
import { Db } from '../src/db/database';
import { createServer } from '../src/server';
import { parseArgs } from './args';
import { loadData, startDatabase } from './data';
import { pickInputs } from './inputs';
import { postGraphQL } from './measure';
import { operations } from './operations';

interface Profiled {
  name: string;
  dbHits: number;
  rows: number;
  bytes: number;
  ms: number;
  plan: string;
}

interface PlanNode {
  operatorType?: string;
  dbHits?: number;
  rows?: number;
  children?: PlanNode[];
}

const operators = (p: PlanNode | false | undefined): string[] =>
  p ? [(p.operatorType ?? '').replace(/@.*/, ''), ...(p.children ?? []).flatMap(operators)] : [];

const hits = (p: PlanNode | false | undefined): number =>
  p ? (p.dbHits ?? 0) + (p.children ?? []).reduce((n, c) => n + hits(c), 0) : 0;

/** A driver whose read transactions PROFILE every query and report it to `sink`. */
function profilingDriver(inner: Driver, sink: Profiled[]): Driver {
  return new Proxy(inner, {
    get(t, prop) {
      const value = Reflect.get(t, prop) as unknown;
      if (prop !== 'session')
        return typeof value === 'function'
          ? (value as (...a: unknown[]) => unknown).bind(t)
          : value;
      return (config: object) => {
        const session = t.session(config) as Session;
        const executeRead: Session['executeRead'] = (work, txConfig) =>
          session.executeRead((tx) => {
            const run = tx.run.bind(tx);
            const profiled = Object.assign(Object.create(tx) as object, {
              run: async (cypher: string, params: Record<string, unknown>) => {
                const t0 = performance.now();
                const result = await run(`PROFILE ${cypher}`, params);
                const meta = (txConfig?.metadata ?? {}) as { query?: string };
                sink.push({
                  name: meta.query ?? 'query',
                  dbHits: hits(result.summary.profile as PlanNode | false),
                  rows: result.records.length,
                  bytes: JSON.stringify(result.records.map((r) => r.toObject())).length,
                  ms: Math.round((performance.now() - t0) * 10) / 10,
                  plan: [...new Set(operators(result.summary.profile as PlanNode | false))].join(
                    ' ',
                  ),
                });
                return result;
              },
            });
            return work(profiled as typeof tx);
          }, txConfig);
        return Object.assign(Object.create(session) as object, {
          executeRead,
          close: () => session.close(),
        });
      };
    },
  });
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const log = (l: string) => process.stderr.write(`${l}\n`);
  const bdb = await startDatabase(log);
  try {
    await loadData(bdb, o.reviews, o.seed, log);
    const sink: Profiled[] = [];
    const server = await createServer({
      db: new Db(profilingDriver(bdb.driver, sink), 'neo4j'),
      port: 0,
      dbStats: true,
      explorer: false,
    });
    try {
      for (const op of operations(await pickInputs(bdb.driver))) {
        await postGraphQL(server.url, op.ours); // warm the plan cache
        sink.length = 0;
        await postGraphQL(server.url, op.ours);
        const ours = [...sink];
        sink.length = 0;
        const floorDb = new Db(profilingDriver(bdb.driver, sink), 'neo4j');
        await floorDb.read('floor', op.floor.cypher, op.floor.params);
        sink.length = 0;
        await floorDb.read('floor', op.floor.cypher, op.floor.params);
        console.log(`\n${op.title}`);
        for (const p of [...ours, ...sink]) {
          console.log(
            `  ${p.name.padEnd(32)} dbHits ${String(p.dbHits).padStart(9)}  rows ${String(p.rows).padStart(5)}  bytes ${String(p.bytes).padStart(8)}  ${p.ms} ms\n      ${p.plan}`,
          );
        }
      }
    } finally {
      await server.stop();
    }
  } finally {
    await bdb.stop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
