// The dashboard in a real browser (Debian's Chromium) against the real service and the seed: what a person sees.
import type { Page } from 'puppeteer-core';
import { buildDashboard } from '../../scripts/build-dashboard';
import { launchBrowser, type TestBrowser } from '../helpers/browser';
import { gql, startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
let browser: TestBrowser;
let dashboardUrl: string;

const HISTORY = 'The Importance of History in Assessments';

jest.setTimeout(120_000);

beforeAll(async () => {
  await buildDashboard();
  server = await startTestServer();
  dashboardUrl = server.url.replace(/\/graphql$/, '/dashboard/');
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Waits until no panel is loading (every chart drawn, empty, unavailable or failed). */
async function settled(page: Page): Promise<void> {
  try {
    await page.waitForFunction(
      `document.querySelectorAll('.panel').length === 6 && !document.querySelector('.panel[data-state="loading"]')`,
      // Generous: a cold Neo4j on a busy CI machine plans each query the first time it runs.
      { timeout: 90_000 },
    );
  } catch (err) {
    const states = await page.$$eval('.panel', (els) =>
      els.map((e) => `${e.id}=${e.getAttribute('data-state')}`),
    );
    throw new Error(
      `${(err as Error).message}; panels: ${states.join(', ')}; problems: ${browser.problems.join('; ')}`,
    );
  }
}

/**
 * The recurring-themes chart as drawn: each bar's theme (its tooltip, as the visible label may be
 * shortened), its visible y-axis label, the count printed at its end, and its length.
 */
async function recurringBars(
  page: Page,
): Promise<Array<{ theme: string; label: string; count: string; width: number }>> {
  const svg = '#panel-recurring svg.chart-main';
  const labels = await page.$$eval(`${svg} g[aria-label="y-axis tick label"] text`, (els) =>
    els.map((e) => e.textContent ?? ''),
  );
  const counts = await page.$$eval(`${svg} g[aria-label="text"] text`, (els) =>
    els.map((e) => e.textContent ?? ''),
  );
  const bars = await page.$$eval(`${svg} g[aria-label="bar"] rect`, (els) =>
    els.map((e) => ({
      theme: (e.querySelector('title')?.textContent ?? '').replace(/: [\d,]+ reviews?$/, ''),
      width: Number(e.getAttribute('width')),
    })),
  );
  return bars.map((b, i) => ({ ...b, label: labels[i] ?? '', count: counts[i] ?? '' }));
}

/** Opens a panel's table alternative (built when first opened), as a person would. */
async function openTable(page: Page, panel: string): Promise<void> {
  const open = await page.$eval(`${panel} details.table`, (d) => d.hasAttribute('open'));
  if (!open) await page.click(`${panel} details.table summary`);
  await page.waitForSelector(`${panel} details.table tbody tr`);
}

/** The recurring-themes table: [theme, reviews] per row, as a screen reader reads the cells. */
async function recurringTable(page: Page): Promise<Array<[string, string]>> {
  await openTable(page, '#panel-recurring');
  return page.$$eval('#panel-recurring details.table tbody tr', (rows) =>
    rows.map(
      (r) =>
        [r.querySelector('th')?.textContent ?? '', r.querySelector('td')?.textContent ?? ''] as [
          string,
          string,
        ],
    ),
  );
}

describe('dashboard in Chromium, on the seed', () => {
  let page: Page;

  beforeAll(async () => {
    page = await browser.page();
    await page.goto(dashboardUrl, { waitUntil: 'load' });
    await settled(page);
  });

  it('shows the recurring themes: The Importance of History in Assessments leads with 4 reviews', async () => {
    // Seed (seed/data/warwickshire.json): the theme is linked to Simon, Anna (both 2023-09), Grace
    // (2022-09) and Charlie (2022-04): 4 reviews; no review of the other partnerships' seed files
    // links it, and no theme has more, so with the default minimum of 2 it is the first and
    // longest bar. Next come themes with 3 (Suicide Awareness: Anna, Simon, Grace).
    const bars = await recurringBars(page);
    expect(bars[0]).toMatchObject({ theme: HISTORY, label: HISTORY, count: '4' });
    expect(bars[1]).toMatchObject({ count: '3' });
    expect(bars.map((b) => b.theme)).toContain('Suicide Awareness');
    // The drawing is to scale: a 4-review bar is twice as long as a 2-review bar.
    const two = bars.find((b) => b.count === '2');
    expect(bars[0]!.width / two!.width).toBeCloseTo(2, 1);
  });

  it('holds the same numbers in the table alternative as in the chart and the API', async () => {
    const api = await gql<{
      recurringThemes: Array<{ theme: { name: string }; reviewCount: number }>;
    }>(server.url, '{ recurringThemes(minReviews: 2) { theme { name } reviewCount } }');
    const expected = api.data!.recurringThemes.map((r) => [r.theme.name, String(r.reviewCount)]);
    const table = await recurringTable(page);
    expect(table).toEqual(expected);
    const bars = await recurringBars(page);
    expect(bars.map((b) => [b.theme, b.count])).toEqual(expected);
    // The table has a caption and header cells a screen reader can announce.
    const headers = await page.$$eval('#panel-recurring table thead th', (els) =>
      els.map((e) => e.textContent),
    );
    expect(headers.slice(0, 2)).toEqual(['Theme', 'Reviews']);
  });

  it('lists the reviews behind a bar when it is clicked, each with its documents', async () => {
    await page.click('#panel-recurring svg.chart-main g[aria-label="bar"] rect');
    await page.waitForSelector('dialog#drilldown[open] ul.reviews', { timeout: 60_000 });
    const title = await page.$eval('#drilldown-title', (e) => e.textContent);
    expect(title).toContain(HISTORY);
    const reviews = await page.$$eval('dialog#drilldown li.review', (els) =>
      els.map((e) => ({
        id: e.getAttribute('data-review-id'),
        documents: [...e.querySelectorAll('ul.documents .doc-title')].map((d) => d.textContent),
        links: [...e.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      })),
    );
    // Newest first: Simon and Anna (2023-09, by title), Grace (2022-09), Charlie (2022-04).
    expect(reviews.map((r) => r.id).sort()).toEqual([
      'warwickshire-anna',
      'warwickshire-charlie',
      'warwickshire-grace',
      'warwickshire-simon',
    ]);
    // Each review lists its documents as the API does, and links to where they are published: a
    // document's own URL when known (none is, in the seed) and the review's sources.
    const api = await gql<{
      review: {
        documents: Array<{ title: string; url: string | null }>;
        sources: Array<{ url: string }>;
      };
    }>(
      server.url,
      'query ($id: ID!) { review(id: $id) { documents { title url } sources { url } } }',
      {
        id: 'warwickshire-charlie',
      },
    );
    const charlie = reviews.find((r) => r.id === 'warwickshire-charlie')!;
    expect(charlie.documents).toEqual(api.data!.review.documents.map((d) => d.title));
    // Seed: Charlie's report, lessons learned briefing and nine 7-minute briefings.
    expect(charlie.documents.length).toBe(11);
    expect(charlie.links).toEqual([
      ...api.data!.review.documents.flatMap((d) => (d.url ? [d.url] : [])),
      ...api.data!.review.sources.map((s) => s.url),
    ]);
    expect(charlie.links.length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await page.waitForFunction(`!document.querySelector('dialog#drilldown[open]')`);
  });

  it('opens the same list from the table with the keyboard', async () => {
    await openTable(page, '#panel-recurring');
    await page.focus('#panel-recurring details.table tbody tr td button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog#drilldown[open] ul.reviews', { timeout: 60_000 });
    const count = await page.$eval('dialog#drilldown .count', (e) => e.textContent);
    expect(count).toBe('4 reviews');
    await page.keyboard.press('Escape');
  });

  it('applies a filter to every chart and keeps it in the URL', async () => {
    // From 2023-01 only Simon and Anna (2023-09) count. Both raise The Importance of History in
    // Assessments and Suicide Awareness; no other theme is raised by both. So 2 bars of 2, the tie
    // broken by name.
    await page.$eval('#f-from', (e) => {
      const input = e as unknown as { value: string; dispatchEvent(ev: unknown): void };
      input.value = '2023-01';
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.waitForFunction(`location.search.includes('from=2023-01')`, { timeout: 60_000 });
    await settled(page);
    const bars = await recurringBars(page);
    expect(bars.map((b) => [b.theme, b.count])).toEqual([
      ['Suicide Awareness', '2'],
      [HISTORY, '2'],
    ]);
    expect(await recurringTable(page)).toEqual([
      ['Suicide Awareness', '2'],
      [HISTORY, '2'],
    ]);
    // The other charts follow: the heat map's busiest pair is those two themes, in 2 reviews.
    await openTable(page, '#panel-cooccurrence');
    const firstPair = await page.$eval('#panel-cooccurrence details.table tbody tr', (r) =>
      [...r.children].map((c) => c.textContent),
    );
    expect(firstPair).toEqual(['Suicide Awareness', HISTORY, '2']);
    // The summary counts the reviews the filter selects, of all, as the API counts them.
    const counts = await gql<{ from: { totalCount: number }; all: { totalCount: number } }>(
      server.url,
      '{ from: reviews(filter: { publishedFrom: "2023-01" }) { totalCount } all: reviews { totalCount } }',
    );
    expect(await page.$eval('#summary', (e) => e.textContent)).toContain(
      `${counts.data!.from.totalCount} reviews of ${counts.data!.all.totalCount}`,
    );
  });

  it('restores a bookmarked view from its URL', async () => {
    const view = await browser.page();
    await view.goto(`${dashboardUrl}?from=2023-01&min=1`, { waitUntil: 'load' });
    await settled(view);
    expect(await view.$eval('#f-from', (e) => (e as unknown as { value: string }).value)).toBe(
      '2023-01',
    );
    expect(await view.$eval('#min-reviews', (e) => (e as unknown as { value: string }).value)).toBe(
      '1',
    );
    // The table holds exactly the API's answer for that view (Simon's 3 and Anna's 8 Warwickshire
    // themes, sharing 2, are 9 of them; the other partnerships' 2023 reviews add theirs).
    const api = await gql<{
      recurringThemes: Array<{ theme: { name: string }; reviewCount: number }>;
    }>(
      server.url,
      '{ recurringThemes(minReviews: 1, filter: { publishedFrom: "2023-01" }) { theme { name } reviewCount } }',
    );
    const table = await recurringTable(view);
    expect(table).toEqual(
      api.data!.recurringThemes.map((r) => [r.theme.name, String(r.reviewCount)]),
    );
    expect(table.length).toBeGreaterThanOrEqual(9);
    await view.close();
  });

  it('says so when no review matches', async () => {
    const view = await browser.page();
    await view.goto(`${dashboardUrl}?from=2030-01`, { waitUntil: 'load' });
    await settled(view);
    expect(await view.$eval('#panel-recurring', (e) => e.getAttribute('data-state'))).toBe('empty');
    expect(await view.$eval('#panel-recurring .status', (e) => e.textContent)).toContain(
      'No theme is raised',
    );
    await view.close();
  });

  it('says the lifecycle charts are not drawn yet although the API answers them', async () => {
    for (const [id, field] of [
      ['#panel-timeliness', 'timeliness'],
      ['#panel-follow-up', 'recommendationFollowUp'],
    ] as const) {
      expect(await page.$eval(id, (e) => e.getAttribute('data-state'))).toBe('unavailable');
      expect(await page.$eval(`${id} .status`, (e) => e.textContent)).toContain(
        `Not drawn yet: the API answers \`${field}\``,
      );
    }
  });

  it('loads every script, style and font from this service (no CDN)', () => {
    const origin = new URL(dashboardUrl).origin;
    const foreign = browser.requests.filter(
      (u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'),
    );
    expect(foreign).toEqual([]);
    const own = browser.requests.map((u) => new URL(u).pathname);
    expect(own).toEqual(
      expect.arrayContaining(['/dashboard/assets/main.js', '/dashboard/assets/main.css']),
    );
    expect(
      own.some((p) => /^\/dashboard\/assets\/inter-latin-\d+-normal-\w+\.woff2$/.test(p)),
    ).toBe(true);
  });

  it('logged no console error, page error or failed request', () => {
    expect(browser.problems).toEqual([]);
  });
});

describe('dashboard when the API fails', () => {
  it('shows the error with the request id to quote', async () => {
    const page = await browser.page();
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      if (req.url().endsWith('/graphql') && req.method() === 'POST') {
        void req.respond({
          status: 200,
          contentType: 'application/json',
          headers: { 'x-request-id': 'dash-test-request-42' },
          body: JSON.stringify({
            errors: [
              { message: 'Database unavailable', extensions: { code: 'SERVICE_UNAVAILABLE' } },
            ],
          }),
        });
      } else {
        void req.continue();
      }
    });
    await page.goto(dashboardUrl, { waitUntil: 'load' });
    await settled(page);
    expect(await page.$eval('#panel-recurring', (e) => e.getAttribute('data-state'))).toBe('error');
    const text = await page.$eval('#panel-recurring .status', (e) => e.textContent);
    expect(text).toContain('Database unavailable');
    expect(text).toContain('dash-test-request-42');
    await page.close();
  });
});
