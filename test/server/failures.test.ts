// When the database fails: fast DATABASE_UNAVAILABLE, and no Neo4j text ever reaches a client.
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/db/connect';
import { Db } from '../../src/db/database';
import { freePort } from '../../src/neo4j-local/process';
import { createServer, type RunningServer } from '../../src/server';
import { captureLogs } from '../helpers/log-capture';

type Answer = {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
};

async function ask(url: string, query: string): Promise<{ body: Answer; ms: number }> {
  const t0 = Date.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as Answer;
  return { body, ms: Date.now() - t0 };
}

const QUERY = 'query Count { reviews(first: 1) { totalCount } }';
/** Words that only Neo4j or its driver would put in a message. */
const NEO4J_TEXT = /neo4j|bolt|ECONNREFUSED|discovery|routing|Neo\.|connect|socket|database name/i;

describe('a stopped database', () => {
  let driver: Driver;
  let server: RunningServer;
  const logs = captureLogs();

  beforeAll(async () => {
    const port = await freePort(); // nothing listens here: a Neo4j that is not running
    driver = createDriver(`bolt://127.0.0.1:${port}`, 'neo4j', 'neo4j');
    // No analytics index: its build at start would be the first to meet the stopped database,
    // and this is about what a request meets first.
    server = await createServer({
      db: new Db(driver, 'neo4j'),
      port: 0,
      logger: logs.logger,
      analyticsIndex: false,
    });
  });
  afterAll(async () => {
    await server.stop();
    await driver.close();
  });

  it('answers DATABASE_UNAVAILABLE in under 2 s, then at once while it stays down', async () => {
    await ask(server.url, '{ __typename }'); // warms up the server itself, not the database
    const first = await ask(server.url, QUERY);
    expect(first.ms).toBeLessThan(2000);
    expect(first.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(first.body.errors?.[0]?.message).toBe('The database is unavailable; try again shortly.');
    expect(first.body.errors?.[0]?.message).not.toMatch(NEO4J_TEXT);
    expect(first.body.errors?.[0]?.extensions?.requestId).toEqual(expect.any(String));

    // Known down: no driver retries any more.
    const second = await ask(server.url, QUERY);
    expect(second.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(second.ms).toBeLessThan(500);
  });

  it('logs the driver detail with the request id, and counts the outcome in /metrics', async () => {
    const warn = logs.lines.find((l) => l.code === 'DATABASE_UNAVAILABLE');
    expect(JSON.stringify(warn)).toMatch(/ECONNREFUSED|Could not perform|Failed to connect/);
    const line = logs.lines.find(
      (l) => l.msg === 'request' && l.outcome === 'DATABASE_UNAVAILABLE',
    );
    expect(line).toMatchObject({ operation: 'Count', status: 200, path: '/graphql' });
    expect(line?.requestId).toEqual(expect.any(String));
    const metrics = await (await fetch(server.url.replace(/graphql$/, 'metrics'))).text();
    expect(metrics).toMatch(
      /slg_graphql_request_duration_seconds_count\{operation="Count",outcome="DATABASE_UNAVAILABLE"\} [1-9]/,
    );
    expect(metrics).toMatch(/^slg_neo4j_up 0$/m);
  });
});

describe('a Neo4j error', () => {
  it('reaches the client as INTERNAL_SERVER_ERROR with the request id; its message goes to the log only', async () => {
    const logs = captureLogs();
    const driver = createDriver(process.env.NEO4J_URI ?? '', 'neo4j', 'neo4j');
    // A database that does not exist: Neo4j answers with its own error message.
    const server = await createServer({
      db: new Db(driver, 'no-such-database'),
      port: 0,
      logger: logs.logger,
    });
    try {
      const { body } = await ask(server.url, QUERY);
      const err = body.errors?.[0];
      expect(err?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(err?.message).toBe('Internal server error; quote the request id to the operator.');
      expect(JSON.stringify(body)).not.toMatch(NEO4J_TEXT);
      const id = err?.extensions?.requestId;
      const logged = logs.lines.find((l) => l.requestId === id && l.level === 50);
      expect(JSON.stringify(logged)).toMatch(/no-such-database/);
    } finally {
      await server.stop();
      await driver.close();
    }
  });
});
