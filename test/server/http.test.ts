// The HTTP layer: request ids, 5xx without internal detail, 404, and route modules with static files.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { staticFiles } from '../../src/http/route-module';
import { createServer, type RunningServer } from '../../src/server';
import { closeTestDb, openTestDb } from '../helpers/db';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('the HTTP layer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slg-static-'));
  const logLines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim()) logLines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  let server: RunningServer;
  let base: string;

  beforeAll(async () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>extra</title>');
    writeFileSync(join(dir, 'app.js'), 'console.log("extra");');
    server = await createServer({
      db: openTestDb(),
      port: 0,
      logger: pino({ level: 'info' }, sink),
      routes: [
        staticFiles('/extra', dir),
        async (app) => {
          app.get('/boom', async () => {
            throw new Error('Neo.ClientError.Secret: internal detail at line 42');
          });
        },
      ],
    });
    base = server.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await server.stop();
    await closeTestDb();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (headers: Record<string, string>) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

  it('keeps a plain client x-request-id and answers with it', async () => {
    const res = await post({ 'x-request-id': 'client-id_1.2' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('client-id_1.2');
  });

  it('marks GraphQL answers cache-control: no-store, so no shared cache keeps them', async () => {
    const res = await post({});
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('replaces an unsafe x-request-id with a fresh one', async () => {
    const res = await post({ 'x-request-id': '<script>alert(1)</script>' });
    expect(res.status).toBe(200);
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(UUID);
    expect(JSON.stringify(logLines)).not.toContain('<script>');
  });

  it('answers a server fault with a code and the request id only; the detail goes to the log', async () => {
    const res = await fetch(`${base}/boom`, { headers: { 'x-request-id': 'boom-1' } });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/Neo\.ClientError|internal detail|at line|stack/i);
    expect(JSON.parse(text)).toEqual({
      errors: [
        {
          message: 'Internal server error; quote request id boom-1 to the operator.',
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'boom-1' },
        },
      ],
    });
    const logged = logLines.find((l) => l.requestId === 'boom-1' && l.level === 50);
    expect(JSON.stringify(logged)).toContain('Neo.ClientError.Secret: internal detail at line 42');
  });

  it('answers an unknown path with 404 and the path', async () => {
    const res = await fetch(`${base}/nowhere?x=1`);
    expect(res.status).toBe(404);
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toBe('No route GET /nowhere');
  });

  it('serves a route module of static files, index.html for the directory', async () => {
    const index = await fetch(`${base}/extra/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await index.text()).toBe('<!doctype html><title>extra</title>');
    const js = await fetch(`${base}/extra/app.js`);
    expect(await js.text()).toBe('console.log("extra");');
    expect((await fetch(`${base}/extra/missing.js`)).status).toBe(404);
  });

  it('still answers /health and /ready', async () => {
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });
});
