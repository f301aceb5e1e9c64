// Production mode as `npm start` runs it: the compiled bundle (dist/index.js) under NODE_ENV=production.
import { execFileSync, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from '../../src/neo4j-local/process';
import { post } from '../helpers/server';

describe('npm start in production (NODE_ENV=production, compiled JavaScript)', () => {
  const root = resolve(__dirname, '../..');
  let base = '';
  let child: ReturnType<typeof spawn>;
  let exited: Promise<number | null>;

  beforeAll(async () => {
    // What `npm start`'s prestart runs: one esbuild bundle, about a second.
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'ignore' });
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env, // NEO4J_URI: the test database
      NODE_ENV: 'production',
      PORT: String(port),
      SEED_ON_START: 'false',
      LOG_LEVEL: 'info',
    };
    child = spawn(process.execPath, ['--enable-source-maps', 'dist/index.js'], {
      cwd: root,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    exited = new Promise((r) => child.on('exit', (code) => r(code)));
    let log = '';
    await new Promise<void>((res, rej) => {
      child.stderr?.on('data', (c: Buffer) => {
        log += c.toString();
        if (log.includes('GraphQL ready at')) res();
      });
      void exited.then((code) => rej(new Error(`exited with ${code}:\n${log}`)));
    });
    base = `http://127.0.0.1:${port}`;
  }, 120_000);

  afterAll(async () => {
    child.kill('SIGTERM');
    await exited;
  });

  it('answers queries from the compiled bundle', async () => {
    const res = await post<{ review: { title: string } }>(
      `${base}/graphql`,
      '{ review(id: "warwickshire-grace") { title } }',
    );
    expect(res.data?.review.title).toBe('Grace');
  });

  it('refuses introspection and serves no explorer, unless switched on', async () => {
    const res = await post(`${base}/graphql`, '{ __schema { queryType { name } } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.validationErrorCode).toBe('INTROSPECTION_DISABLED');
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('<html');
  });
});
