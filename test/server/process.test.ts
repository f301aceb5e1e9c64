// End to end, as `npm start` runs: local Neo4j, schema, seed into an empty store, GraphQL, a
// killed Neo4j restarted without restarting the API, clean SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../../src/neo4j-local/process';
import { pidAlive } from '../helpers/process';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the service process (src/index.ts)', () => {
  const home = mkdtempSync(join(tmpdir(), 'slg-process-'));
  let child: ChildProcess;
  let exited: Promise<number | null>;
  let log = '';
  let url = '';
  let base = '';
  const jvmPids: number[] = [];

  const ask = async (query: string) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return (await res.json()) as {
      data?: unknown;
      errors?: Array<{ extensions?: { code?: string } }>;
    };
  };

  beforeAll(async () => {
    const root = resolve(__dirname, '../..');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      LOG_LEVEL: 'info', // the test reads the log
      PORT: String(await freePort()),
      NEO4J_LOCAL_PORT: String(await freePort()),
      NEO4J_LOCAL_HOME: home,
    };
    delete env.NEO4J_URI; // the bundled Neo4j, as on a fresh machine
    child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/index.ts'], {
      cwd: root,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.stderr?.on('data', (c: Buffer) => (log += c.toString()));
    url = await new Promise<string>((res, rej) => {
      const check = setInterval(() => {
        const m = /GraphQL ready at (\S+)/.exec(log);
        if (m?.[1]) {
          clearInterval(check);
          res(m[1]);
        }
      }, 100);
      void exited.then((code) => {
        clearInterval(check);
        rej(new Error(`exited with ${code} before ready:\n${log}`));
      });
    });
    base = url.replace(/\/graphql$/, '');
    // Starting a JVM and seeding takes 60-160 s on a busy two-core machine.
  }, 300_000);

  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    for (const pid of jvmPids) if (pidAlive(pid)) process.kill(pid, 'SIGKILL');
    rmSync(home, { recursive: true, force: true });
  });

  it('starts its own Neo4j, seeds it and answers a query', async () => {
    expect(log).toContain('seed: loaded the taxonomies and partnerships');
    jvmPids.push(Number(/local-neo4j pid (\d+)/.exec(log)?.[1]));
    expect(
      await ask('{ review(id: "warwickshire-grace") { title children { pseudonym } } }'),
    ).toEqual({
      data: { review: { title: 'Grace', children: [{ pseudonym: 'Grace' }] } },
    });
  });

  it('restarts its Neo4j when it dies; /ready says 503 meanwhile; queries succeed again in the same API process', async () => {
    const query = '{ review(id: "warwickshire-grace") { title } }';
    const killedAt = Date.now();
    process.kill(jvmPids[0] ?? -1, 'SIGKILL');
    // Down: /ready answers 503 and queries fail fast with DATABASE_UNAVAILABLE (the JVM takes
    // seconds to start again, so the first looks land in the outage).
    const seen = new Set<string>();
    let recoveredAt = 0;
    while (Date.now() - killedAt < 240_000) {
      const ready = await fetch(`${base}/ready`);
      seen.add(`ready ${ready.status}`);
      const answer = await ask(query);
      if (answer.data && !answer.errors) {
        recoveredAt = Date.now();
        break;
      }
      seen.add(answer.errors?.[0]?.extensions?.code ?? 'no code');
      await sleep(250);
    }
    expect(recoveredAt).toBeGreaterThan(0);
    expect([...seen]).toEqual(expect.arrayContaining(['ready 503', 'DATABASE_UNAVAILABLE']));
    // No other failure: every failed query was DATABASE_UNAVAILABLE (readiness may come back a
    // moment before the first query does, so "ready 200" may be seen too).
    expect([...seen].filter((s) => !s.startsWith('ready '))).toEqual(['DATABASE_UNAVAILABLE']);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    expect(child.exitCode).toBeNull(); // the same API process throughout

    // Logged and counted.
    expect(log).toMatch(/"msg":"local-neo4j: exited unexpectedly; restarting it"/);
    const restarted = /"pid":(\d+)[^\n]*"msg":"local-neo4j: restarted"/.exec(log);
    expect(restarted).not.toBeNull();
    jvmPids.push(Number(restarted?.[1]));
    expect(jvmPids[1]).not.toBe(jvmPids[0]);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/^slg_local_neo4j_restarts_total 1$/m);
    expect(metrics).toMatch(/^slg_neo4j_up 1$/m);
    process.stderr.write(`recovered ${recoveredAt - killedAt} ms after the kill\n`);
  }, 300_000);

  it('stops everything on SIGTERM', async () => {
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(log).toMatch(/driver closed, local Neo4j stopped: done/);
    for (const pid of jvmPids) expect(pidAlive(pid)).toBe(false);
  }, 120_000);
});
