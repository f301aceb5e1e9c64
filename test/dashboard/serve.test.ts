// HTTP tests of the dashboard route: the page and its files come from this service, nothing else.
import { buildDashboard, dashboardStale } from '../../scripts/build-dashboard';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
let origin: string;

beforeAll(async () => {
  if (dashboardStale()) await buildDashboard();
  server = await startTestServer();
  origin = new URL(server.url).origin;
}, 60_000);

afterAll(() => server?.stop());

describe('GET /dashboard', () => {
  it('redirects /dashboard to /dashboard/, keeping the view in the query string', async () => {
    const res = await fetch(`${origin}/dashboard?from=2023-01`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/dashboard/?from=2023-01');
  });

  it('serves the page, whose every script and style is a file of this service', async () => {
    const res = await fetch(`${origin}/dashboard/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    const files = [...html.matchAll(/(?:src|href)="(assets\/[^"]+)"/g)].map((m) => m[1] as string);
    expect(files.sort()).toEqual(['assets/main.css', 'assets/main.js']);
    for (const file of files) {
      const asset = await fetch(`${origin}/dashboard/${file}`);
      expect([file, asset.status]).toEqual([file, 200]);
      expect((await asset.text()).length).toBeGreaterThan(1000);
    }
    const css = await (await fetch(`${origin}/dashboard/assets/main.css`)).text();
    const font = /url\("?\.\/(inter-latin-400-normal-\w+\.woff2)"?\)/.exec(css)?.[1];
    expect(font).toBeDefined();
    const fontRes = await fetch(`${origin}/dashboard/assets/${font}`);
    expect([fontRes.status, fontRes.headers.get('content-type')]).toEqual([200, 'font/woff2']);
  });

  it('answers 404 for a file it does not have, and never serves outside its folder', async () => {
    expect((await fetch(`${origin}/dashboard/assets/nope.js`)).status).toBe(404);
    expect((await fetch(`${origin}/dashboard/..%2F..%2Fpackage.json`)).status).toBe(404);
  });
});
