// The dashboard in a real browser (Debian's Chromium) against the real service and the seed: what a person sees.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { buildDashboard } from '../../scripts/build-dashboard';
import { importFile } from '../../src/modules/import/importer';
import { parseImportText, validateImport } from '../../src/modules/import/validate';
import { openTestDb } from '../helpers/db';
import { removePrefixed } from '../import/fixtures';
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

  it('shows the seed recommendations whose status no source reports as not known', async () => {
    // The seed holds 12 recommendations (Croydon, Cumbria, Herefordshire and Sutton); no source
    // we hold names an owner or reports a status for any of them, so: one row, all 12 not known,
    // none open, overdue or completed.
    const all = await browser.page();
    await all.goto(dashboardUrl, { waitUntil: 'load' });
    await settled(all);
    expect(await tableCells(all, '#panel-follow-up')).toEqual([
      ['No owner recorded', '12', '0', '0', '0', '12', ''],
    ]);
    await all.close();
  });

  it('compares the newest review that has a neighbour by default, and the bookmarked review when the URL names one', async () => {
    // With no review in the URL the panel picks the newest review sharing a theme with another
    // (the newest of all stays the picker's first option) and draws the API's neighbours of it.
    // In the seed the newest review (Baby Eva, Croydon, 2024) shares no theme with any other, so
    // the pick is a later option.
    type Neighbours = Array<{ review: { title: string }; score: number }>;
    const api = await gql<{
      reviews: { nodes: Array<{ id: string; title: string; similarReviews: Neighbours }> };
      simon: Neighbours;
    }>(
      server.url,
      `{ reviews(first: 20) { nodes { id title similarReviews(first: 10) { review { title } score } } }
         simon: similarReviews(reviewId: "warwickshire-simon", first: 10) { review { title } score } }`,
    );
    const nodes = api.data!.reviews.nodes;
    const newest = nodes[0]!;
    const expected = nodes.find((n) => n.similarReviews.length > 0) ?? newest;
    const picker = (p: Page) =>
      p.$eval('#similar-review', (e) => {
        const select = e as unknown as { value: string; options: { value: string }[] };
        return { value: select.value, first: select.options[0]?.value };
      });
    const view = await browser.page();
    await view.goto(dashboardUrl, { waitUntil: 'load' });
    await settled(view);
    expect(await view.$eval('#panel-similar', (e) => e.getAttribute('data-state'))).toBe('ready');
    await view.waitForFunction(`document.querySelectorAll('#similar-review option').length > 1`);
    expect(await picker(view)).toEqual({ value: expected.id, first: newest.id });
    const picked = await tableCells(view, '#panel-similar');
    expect(picked.map((r) => [r[0], r[3]])).toEqual(
      expected.similarReviews.map((s) => [s.review.title, s.score.toFixed(3)]),
    );
    // A neighbour's bar opens it: its documents (asked for on opening) and the themes it shares.
    await view.click('#panel-similar svg.chart-main g[aria-label="bar"] rect');
    await view.waitForSelector('dialog#drilldown[open] li.review');
    const opened = await view.$eval('dialog#drilldown li.review', (e) => e.textContent ?? '');
    expect(opened).toContain(expected.similarReviews[0]!.review.title);
    expect(opened).toMatch(/Shares \d+ themes? with /);
    await view.keyboard.press('Escape');
    // Simon (named in the URL, not among the newest): Anna, Grace and Charlie, as the API ranks
    // them (see test/api/analytics.test.ts), with their scores to 3 places.
    await view.goto(`${dashboardUrl}?review=warwickshire-simon`, { waitUntil: 'load' });
    await settled(view);
    expect((await picker(view)).value).toBe('warwickshire-simon');
    const rows = await tableCells(view, '#panel-similar');
    expect(rows.map((r) => [r[0], r[3]])).toEqual(
      api.data!.simon.map((s) => [s.review.title, s.score.toFixed(3)]),
    );
    expect(rows.map((r) => r[0])).toEqual(['Anna', 'Grace', 'Charlie']);
    await view.close();
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

/** A panel's table as a screen reader reads it: the text of every cell, row by row. */
async function tableCells(page: Page, panel: string): Promise<string[][]> {
  await openTable(page, panel);
  return page.$$eval(`${panel} details.table tbody tr`, (rows) =>
    rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
  );
}

describe('dashboard lifecycle panels on the shipped example file', () => {
  // The synthetic example behind the README's timeliness and follow-up answers; its numbers are
  // derived by hand in test/api/lifecycle.test.ts, repeated here where the panels show them.
  const P = 'synthetic-ex-';
  let view: Page;

  beforeAll(async () => {
    const db = openTestDb();
    await removePrefixed(db, P);
    const parsed = parseImportText(
      readFileSync(join(__dirname, '../../examples/lifecycle-example.json'), 'utf8'),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const checked = validateImport(parsed.value);
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    await importFile(db, checked.data);
    view = await browser.page();
    await view.goto(`${dashboardUrl}?partnerships=${P}northshire,${P}southvale&asOf=2024-06-30`, {
      waitUntil: 'load',
    });
    await settled(view);
  });

  afterAll(async () => {
    await view?.close();
    await removePrefixed(openTestDb(), P);
  });

  it('draws timeliness by partnership with the counts and medians the API gives', async () => {
    expect(await view.$eval('#panel-timeliness', (e) => e.getAttribute('data-state'))).toBe(
      'ready',
    );
    // Northshire: Ava (5, 15), Ben (5, 16 late), Cara (unknown both): notification 2 on time,
    // 1 unknown, median 5; rapid review 1 on time, 1 late, 1 unknown, median (15 + 16) / 2.
    // Southvale: Dan (7 late, 12), Eve (3, unknown), Finn (unknown, 15): medians (3 + 7) / 2 and
    // (12 + 15) / 2.
    expect(await tableCells(view, '#panel-timeliness')).toEqual([
      [
        'Northshire Safeguarding Partnership (synthetic)',
        '3',
        '2',
        '0',
        '1',
        '5',
        '1',
        '1',
        '1',
        '15.5',
      ],
      [
        'Southvale Safeguarding Partnership (synthetic)',
        '3',
        '1',
        '1',
        '1',
        '5',
        '2',
        '0',
        '1',
        '13.5',
      ],
    ]);
    // One bar segment per non-zero count: Northshire 2 + 3, Southvale 3 + 2.
    expect(
      await view.$$eval(
        '#panel-timeliness svg.chart-main g[aria-label="bar"] rect',
        (e) => e.length,
      ),
    ).toBe(10);
  });

  it('regroups timeliness by year of notification, in the URL too', async () => {
    await view.select('#timeliness-by', 'YEAR');
    await view.waitForFunction(`window.location.search.includes('timeliness=year')`);
    await view.waitForFunction(
      `document.querySelector('#panel-timeliness')?.getAttribute('data-state') === 'ready'`,
    );
    // 2022: Eve and Finn; 2023: Ava, Ben and Dan; Cara never notified as far as the file says.
    expect(await tableCells(view, '#panel-timeliness')).toEqual([
      ['2022', '2', '1', '0', '1', '3', '1', '0', '1', '15'],
      ['2023', '3', '2', '1', '0', '5', '2', '1', '0', '15'],
      ['Year unknown', '1', '0', '0', '1', '', '0', '0', '1', ''],
    ]);
  });

  it('draws follow-up by owner at the bookmarked day, most overdue first', async () => {
    expect(
      await view.$eval('#follow-up-as-of', (e) => (e as unknown as { value: string }).value),
    ).toBe('2024-06-30');
    // As of 30 June 2024: Northshire Police (Ava 1 overdue, Ben 1 not yet due), Southvale
    // Council (Dan 1 reopened and overdue, Finn 1 due that day, Finn 2 completed after 325
    // days), Cara 1 with no owner (overdue), Northshire Health (Ava 2 completed after 152 days),
    // Southvale Police (Dan 2 not accepted), Southvale partnership (Eve 1 completed, 184 days).
    expect(await tableCells(view, '#panel-follow-up')).toEqual([
      ['Northshire Police (synthetic)', '2', '2', '1', '0', '0', ''],
      ['Southvale Council (synthetic)', '3', '2', '1', '1', '0', '325'],
      ['No owner recorded', '1', '1', '1', '0', '0', ''],
      ['Northshire Health (synthetic)', '1', '0', '0', '1', '0', '152'],
      ['Southvale Police (synthetic)', '1', '0', '0', '0', '0', ''],
      ['Southvale Safeguarding Partnership (synthetic)', '1', '0', '0', '1', '0', '184'],
    ]);
  });

  it("lists the reviews behind an owner's bar", async () => {
    await view.click(
      '#panel-follow-up svg.chart-main g[aria-label="bar"] rect[aria-label^="Northshire Police"]',
    );
    await view.waitForSelector('#drilldown li.review');
    const ids = await view.$$eval('#drilldown li.review', (els) =>
      els.map((e) => e.getAttribute('data-review-id')),
    );
    // Northshire Police owns Ava 1 and Ben 1: newest review first, Ben (2023-11), Ava (2023-09).
    expect(ids).toEqual([`${P}northshire-ben`, `${P}northshire-ava`]);
    await view.keyboard.press('Escape');
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
