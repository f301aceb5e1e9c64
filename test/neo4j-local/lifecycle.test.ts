// The local Neo4j stops cleanly and never outlives its parent: a killed parent releases the store lock.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startLocalNeo4j } from '../../src/neo4j-local/process';
import { pidAlive } from '../helpers/process';

const silent = () => undefined;

// Each test starts a JVM: 60-120 s on a busy two-core machine, so the default 60 s is too short.
jest.setTimeout(300_000);
describe('local Neo4j lifecycle', () => {
  const home = mkdtempSync(join(tmpdir(), 'slg-life-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('stop() shuts the JVM down and frees the store for the next start', async () => {
    const first = await startLocalNeo4j({ home, port: 0, log: silent });
    await first.stop();
    expect(pidAlive(first.pid)).toBe(false);
    const second = await startLocalNeo4j({ home, port: 0, log: silent });
    await second.stop();
  });

  it('a SIGKILLed parent takes its Neo4j with it (no orphan JVM keeps the store lock)', async () => {
    const script = `
      require('ts-node/register/transpile-only');
      const { startLocalNeo4j } = require(${JSON.stringify(resolve(__dirname, '../../src/neo4j-local/process'))});
      startLocalNeo4j({ home: ${JSON.stringify(home)}, port: 0, log: () => {} })
        .then((n) => { process.stdout.write('PID ' + n.pid + '\\n'); setInterval(() => {}, 1000); });
    `;
    const parent = spawn(process.execPath, ['-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
      cwd: resolve(__dirname, '../..'),
    });
    const jvmPid = await new Promise<number>((res, rej) => {
      let out = '';
      parent.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /PID (\d+)/.exec(out);
        if (m) res(Number(m[1]));
      });
      parent.on('exit', (code) => rej(new Error(`parent exited early with ${code}`)));
    });
    expect(pidAlive(jvmPid)).toBe(true);
    parent.kill('SIGKILL');
    const deadline = Date.now() + 30_000;
    while (pidAlive(jvmPid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(pidAlive(jvmPid)).toBe(false);
    // The lock is released: the same home opens again.
    const again = await startLocalNeo4j({ home, port: 0, log: silent });
    await again.stop();
  });
});
