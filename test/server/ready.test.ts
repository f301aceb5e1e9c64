// GET /ready follows the database: 503 while Neo4j is away, 200 again when it returns, no API restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDriver } from '../../src/db/connect';
import { Db } from '../../src/db/database';
import { freePort, startLocalNeo4j } from '../../src/neo4j-local/process';
import { createServer } from '../../src/server';

const silent = () => undefined;

async function status(url: string): Promise<number> {
  return (await fetch(url)).status;
}

/** Polls until the status is `want` (a busy machine can make the first connection slow). */
async function eventually(url: string, want: number, ms = 30_000): Promise<number> {
  const deadline = Date.now() + ms;
  let got = await status(url);
  while (got !== want && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    got = await status(url);
  }
  return got;
}

// Each test starts a JVM: 60-120 s on a busy two-core machine, so the default 60 s is too short.
jest.setTimeout(300_000);
describe('GET /health and GET /ready', () => {
  const home = mkdtempSync(join(tmpdir(), 'slg-ready-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('turns 503 when Neo4j goes away and 200 when it is back', async () => {
    const port = await freePort();
    let neo = await startLocalNeo4j({ home, port, log: silent });
    const driver = createDriver(neo.uri, 'neo4j', 'neo4j');
    const server = await createServer({ db: new Db(driver, 'neo4j'), port: 0 });
    const base = server.url.replace(/\/graphql$/, '');
    try {
      expect(await status(`${base}/health`)).toBe(200);
      expect(await eventually(`${base}/ready`, 200)).toBe(200);

      await neo.stop();
      expect(await status(`${base}/ready`)).toBe(503);
      expect(await status(`${base}/health`)).toBe(200);

      neo = await startLocalNeo4j({ home, port, log: silent });
      expect(await eventually(`${base}/ready`, 200)).toBe(200);
      const body = (await (await fetch(`${base}/ready`)).json()) as { status: string };
      expect(body).toEqual({ status: 'ready' });
    } finally {
      await server.stop();
      await driver.close();
      await neo.stop();
    }
  });
});
