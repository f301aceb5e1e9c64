// A paused (hung) database: the request answers TIMEOUT at its deadline, and its transaction is cancelled.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/db/connect';
import { Db } from '../../src/db/database';
import { ensureSchema } from '../../src/db/schema';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j-local/process';
import { createServer, type RunningServer } from '../../src/server';
import { post } from '../helpers/server';

// Small, with margin: a loaded two-core machine still answers well inside deadline + 1 s.
const TIMEOUT_MS = 2000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// A throwaway Neo4j of its own, so that pausing it stalls nothing else.
const home = mkdtempSync(join(tmpdir(), 'slg-timeout-'));
let neo: LocalNeo4j;
let driver: Driver;
let db: Db;
let server: RunningServer;
let paused = false;

const pause = () => {
  process.kill(neo.pid, 'SIGSTOP');
  paused = true;
};
const resume = () => {
  if (paused) process.kill(neo.pid, 'SIGCONT');
  paused = false;
};

/** The transactions Neo4j is running for `requestId` (from their metadata). */
const transactionsOf = (requestId: string) =>
  db.read<{ id: string }>(
    'test.timeout.transactions',
    'SHOW TRANSACTIONS YIELD transactionId AS id, metaData WHERE metaData.requestId = $requestId RETURN id',
    { requestId },
  );

beforeAll(async () => {
  neo = await startLocalNeo4j({ home, port: 0, log: () => undefined });
  driver = createDriver(neo.uri, 'neo4j', 'neo4j');
  db = new Db(driver, 'neo4j');
  await ensureSchema(db); // as the service does before it serves
  server = await createServer({ db, port: 0, timeoutMs: TIMEOUT_MS });
}, 300_000);

afterAll(async () => {
  resume();
  await server?.stop();
  await driver?.close();
  await neo?.stop();
  rmSync(home, { recursive: true, force: true });
});

afterEach(resume);

describe('a paused database (SIGSTOP)', () => {
  it(`answers TIMEOUT within GRAPHQL_TIMEOUT_MS + 1 s (${TIMEOUT_MS} + 1000 ms), and Neo4j runs nothing of the request once resumed`, async () => {
    // By title: a page newest first may be answered by the analytics index without Neo4j.
    const query = 'query Hung { reviews(first: 1, orderBy: TITLE_ASC) { totalCount } }';
    // Warm: Neo4j has planned the query (through a server without a deadline: a fresh JVM on a
    // loaded machine takes longer than the deadline for its first queries), this server has
    // compiled its code paths and the driver holds a pooled connection.
    const untimed = await createServer({ db, port: 0 });
    try {
      expect((await post(untimed.url, query)).errors).toBeUndefined();
    } finally {
      await untimed.stop();
    }
    let warm = false;
    for (let i = 0; i < 10 && !warm; i += 1) warm = !(await post(server.url, query)).errors;
    expect(warm).toBe(true);

    pause();
    const t0 = Date.now();
    const res = await post(server.url, query, {}, { 'x-request-id': 'timeout-test-1' });
    const ms = Date.now() - t0;
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'TIMEOUT',
      timeoutMs: TIMEOUT_MS,
      requestId: 'timeout-test-1',
    });
    expect(res.errors?.[0]?.message).toBe(
      `The request did not finish within its deadline of ${TIMEOUT_MS} ms and was cancelled.`,
    );
    // The deadline runs from when the request is read, so it cannot answer before it.
    expect(ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 100);
    expect(ms).toBeLessThan(TIMEOUT_MS + 1000);

    resume();
    await sleep(1000);
    expect(await transactionsOf('timeout-test-1')).toEqual([]);
    const metrics = await (await fetch(server.url.replace(/graphql$/, 'metrics'))).text();
    expect(metrics).toMatch(/^slg_neo4j_transactions_active 0$/m);
    // And the service answers normally again.
    expect((await post(server.url, query)).errors).toBeUndefined();
  }, 60_000);

  it("rolls back a request's write transaction: nothing of it is committed once the database resumes", async () => {
    const request = db.forRequest('timeout-test-2', { timeoutMs: TIMEOUT_MS });
    pause();
    const write = request.writeTransaction('test.timeout.write', (tx) =>
      tx.run('test.timeout.create', "CREATE (:TimeoutProbe {id: 'timeout-test-2'})"),
    );
    await expect(write).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
    await sleep(500);
    resume();
    await sleep(1500);
    // Had the transaction gone on after the deadline, resuming would have committed the node.
    expect(
      await db.read('test.timeout.count', 'MATCH (n:TimeoutProbe) RETURN count(n) AS n'),
    ).toEqual([{ n: 0 }]);
    expect(await transactionsOf('timeout-test-2')).toEqual([]);
  }, 60_000);
});
