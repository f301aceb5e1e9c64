// End to end, as `npm start` runs: local Neo4j, schema, seed into an empty store, GraphQL, clean SIGTERM.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../../src/neo4j-local/process';
import { pidAlive } from '../helpers/process';

describe('the service process (src/index.ts)', () => {
  const home = mkdtempSync(join(tmpdir(), 'slg-process-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('starts its own Neo4j, seeds it, answers a query, and stops everything on SIGTERM', async () => {
    const root = resolve(__dirname, '../..');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      LOG_LEVEL: 'info', // the test reads the start-up log
      PORT: String(await freePort()),
      NEO4J_LOCAL_PORT: String(await freePort()),
      NEO4J_LOCAL_HOME: home,
    };
    delete env.NEO4J_URI; // the bundled Neo4j, as on a fresh machine
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', 'src/index.ts'],
      {
        cwd: root,
        env,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let log = '';
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    const url = await new Promise<string>((res, rej) => {
      child.stderr.on('data', (c: Buffer) => {
        log += c.toString();
        const m = /GraphQL ready at (\S+)/.exec(log);
        if (m?.[1]) res(m[1]);
      });
      void exited.then((code) => rej(new Error(`exited with ${code} before ready:\n${log}`)));
    });
    expect(log).toContain('seed: loaded the taxonomies and partnerships');
    const jvmPid = Number(/local-neo4j pid (\d+)/.exec(log)?.[1]);

    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ review(id: "warwickshire-grace") { title children { pseudonym } } }',
      }),
    });
    expect(await res.json()).toEqual({
      data: { review: { title: 'Grace', children: [{ pseudonym: 'Grace' }] } },
    });

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(log).toMatch(/driver closed, local Neo4j stopped: done/);
    expect(pidAlive(jvmPid)).toBe(false);
    // Starting a JVM and seeding takes 60-160 s on a busy two-core machine.
  }, 300_000);
});
