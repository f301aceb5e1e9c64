// HTTP tests of the offline explorer: the page and every asset it loads come from this server.
import { useServer } from './api-helpers';

const url = useServer();

describe('offline explorer', () => {
  it('serves a GraphiQL page with local assets only and example tabs', async () => {
    const res = await fetch(url(), { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toMatch(/https?:\/\//);
    for (const q of [
      'recurringThemes',
      'themeCooccurrence',
      'themeTrend',
      'similarReviews',
      'curriculum',
      'search(',
      'reviews(',
    ]) {
      expect(html).toContain(q);
    }
    // Links to the dashboard; every other src or href is an asset of this page.
    expect(html).toContain('<a href="/dashboard/">Open the dashboard</a>');
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
      .map((m) => m[1] as string)
      .filter((path) => path !== '/dashboard/');
    expect(assets).toHaveLength(4);
    for (const path of assets) {
      const asset = await fetch(new URL(path, url()));
      expect([path, asset.status]).toEqual([path, 200]);
      expect((await asset.text()).length).toBeGreaterThan(1000);
    }
  });
});
