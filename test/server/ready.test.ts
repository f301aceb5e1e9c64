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
      expect(await status(`${base}/ready`)).toBe(200);

      await neo.stop();
      expect(await status(`${base}/ready`)).toBe(503);
      expect(await status(`${base}/health`)).toBe(200);

      neo = await startLocalNeo4j({ home, port, log: silent });
      const deadline = Date.now() + 30_000;
      let ready = await status(`${base}/ready`);
      while (ready !== 200 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 250));
        ready = await status(`${base}/ready`);
      }
      expect(ready).toBe(200);
      const body = (await (await fetch(`${base}/ready`)).json()) as { status: string };
      expect(body).toEqual({ status: 'ready' });
    } finally {
      await server.stop();
      await driver.close();
      await neo.stop();
    }
  });
});
