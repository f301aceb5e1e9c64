// Times the dashboard in Chromium against a running service: first chart after page load, redraw after
// a filter change. `npm run bench:dashboard -- --url http://127.0.0.1:4000/dashboard/ --runs 5`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'puppeteer-core';
import { launchBrowser } from '../test/helpers/browser';

const USAGE =
  'usage: npm run bench:dashboard -- [--url http://127.0.0.1:4000/dashboard/] [--runs 5] [--out bench/results/dashboard]';

/** One filter change: what a person does, as code run in the page. */
interface Change {
  name: string;
  /** Page-side expression that performs the change (dispatches the input's change event). */
  act: string;
}

const setValue = (selector: string, value: string) =>
  `(() => { const e = document.querySelector(${JSON.stringify(selector)}); e.value = ${JSON.stringify(value)}; e.dispatchEvent(new Event('change', { bubbles: true })); })()`;
const click = (selector: string) => `document.querySelector(${JSON.stringify(selector)}).click()`;

/** Distinct views one after the other, so that no answer comes from the page's cache. */
const CHANGES: Change[] = [
  { name: 'period: published from 2020-01', act: setValue('#f-from', '2020-01') },
  { name: 'period: published to 2023-12', act: setValue('#f-to', '2023-12') },
  {
    name: 'kind: child safeguarding practice reviews',
    act: click('#f-kinds input[value="CHILD_SAFEGUARDING_PRACTICE_REVIEW"]'),
  },
  { name: 'partnership: the first listed', act: click('#f-partnerships fieldset input') },
  { name: 'reset filters', act: click('#f-reset') },
];

/**
 * Page-side, before the dashboard's script: watches every frame for panels that have left the
 * loading state and notes, for each, when that frame has been drawn (a task queued from the
 * frame's animation callback runs after its style, layout and paint). `__panelsDrawn()` gives
 * the times in ms from navigation start.
 */
const WATCH = `(() => {
  const drawn = {};
  const tick = () => {
    for (const p of document.querySelectorAll('.panel')) {
      if (p.id in drawn || p.getAttribute('data-state') === 'loading') continue;
      drawn[p.id] = null;
      setTimeout(() => { drawn[p.id] = performance.now(); }, 0);
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__panelsDrawn = () => drawn;
})()`;

/**
 * Page-side: performs the change, then resolves with ms from it to the drawn frame (after its
 * style, layout and paint) in which the recurring chart shows the answer, and in which no panel
 * is loading any more.
 */
const MEASURE = `(act) => new Promise((resolve) => {
  const t0 = performance.now();
  eval(act);
  let first = null;
  const painted = (then) => setTimeout(() => then(performance.now() - t0), 0);
  const tick = () => {
    const recurring = document.querySelector('#panel-recurring');
    const state = recurring && recurring.getAttribute('data-state');
    if (first === null && state && state !== 'loading') painted((ms) => { first = ms; });
    if (state && state !== 'loading' && !document.querySelector('.panel[data-state="loading"]')) {
      const last = (name) => performance.getEntriesByName(name).slice(-1)[0]?.startTime ?? 0;
      const api = last('panel-recurring:data') - last('panel-recurring:request');
      painted((all) => resolve({ first: first ?? all, all, api, state }));
    } else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

interface Sample {
  /** Wait for the API's answer to the recurring-themes question. */
  api: number;
  first: number;
  all: number;
  state: string;
}

async function loadPage(page: Page, url: string): Promise<Sample> {
  await page.evaluateOnNewDocument(WATCH);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(
    `document.querySelectorAll('.panel').length === 6 && Object.keys(window.__panelsDrawn()).length === 6 && Object.values(window.__panelsDrawn()).every((t) => t !== null)`,
    { timeout: 120_000, polling: 'raf' },
  );
  return (await page.evaluate(`(() => {
    const drawn = window.__panelsDrawn();
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? 0;
    return {
      api: at('panel-recurring:data') - at('panel-recurring:request'),
      first: drawn['panel-recurring'],
      all: Math.max(...Object.values(drawn)),
      state: document.querySelector('#panel-recurring').getAttribute('data-state'),
    };
  })()`)) as Sample;
}

function stats(xs: number[]): { median: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median =
    s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
  return { median: Math.round(median), max: Math.round(s[s.length - 1] as number) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string', default: 'http://127.0.0.1:4000/dashboard/' },
      runs: { type: 'string', default: '5' },
      out: { type: 'string', default: 'bench/results/dashboard' },
    },
    strict: true,
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs: expected a positive integer, got "${values.runs}"\n${USAGE}`);
  const url = values.url as string;
  const api = new URL('../graphql', url).toString();
  const counts = (await (
    await fetch(api, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          '{ all: reviews(first: 1) { totalCount } synthetic: reviews(first: 1, filter: { synthetic: true }) { totalCount } }',
      }),
    })
  ).json()) as { data: { all: { totalCount: number }; synthetic: { totalCount: number } } };

  const b = await launchBrowser();
  const version = await b.browser.version();
  const loads: Sample[] = [];
  const changes = new Map<string, Sample[]>(CHANGES.map((c) => [c.name, []]));
  try {
    for (let run = 1; run <= runs; run += 1) {
      // A fresh browser context per run: empty HTTP cache and empty page cache, as a first visit.
      const context = await b.browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1440, height: 900 });
      const load = await loadPage(page, url);
      loads.push(load);
      const line = [
        `run ${run}: first chart ${Math.round(load.first)} ms, all charts ${Math.round(load.all)} ms`,
      ];
      for (const change of CHANGES) {
        const s = (await page.evaluate(`(${MEASURE})(${JSON.stringify(change.act)})`)) as Sample;
        changes.get(change.name)?.push(s);
        line.push(
          `${change.name}: ${Math.round(s.first)} (API ${Math.round(s.api)})/${Math.round(s.all)} ms`,
        );
      }
      process.stdout.write(`${line.join('; ')}\n`);
      await context.close();
    }
  } finally {
    await b.close();
  }
  if (b.problems.length) process.stdout.write(`browser problems: ${b.problems.join('; ')}\n`);

  const first = stats(loads.map((l) => l.first));
  const firstApi = stats(loads.map((l) => l.api));
  const all = stats(loads.map((l) => l.all));
  const rows = CHANGES.map((c) => {
    const samples = changes.get(c.name) ?? [];
    return {
      change: c.name,
      first: stats(samples.map((s) => s.first)),
      api: stats(samples.map((s) => s.api)),
      all: stats(samples.map((s) => s.all)),
    };
  });
  const result = {
    date: new Date().toISOString(),
    url,
    reviews: counts.data.all.totalCount,
    syntheticReviews: counts.data.synthetic.totalCount,
    runs,
    browser: version,
    machine: { cpus: cpus().length, loadAverage1m: Number(loadavg()[0]?.toFixed(1)) },
    pageLoad: { firstChartMs: first, firstChartApiMs: firstApi, allChartsMs: all },
    filterChanges: rows.map((r) => ({
      change: r.change,
      firstChartMs: r.first,
      firstChartApiMs: r.api,
      allChartsMs: r.all,
    })),
  };
  const md = [
    `# Dashboard timings`,
    '',
    `${result.date}: ${result.reviews.toLocaleString('en-GB')} reviews (${result.syntheticReviews.toLocaleString('en-GB')} synthetic), ${runs} runs, ${version} headless, ${result.machine.cpus} cores (load average ${result.machine.loadAverage1m} at the end).`,
    'Each run is a first visit (fresh browser context); times are to the frame in which the chart is drawn.',
    '',
    '| what | recurring-themes chart drawn, median (max) | of which waiting for the API | all charts, median (max) |',
    '| --- | --- | --- | --- |',
    `| page load (from navigation start) | ${first.median} ms (${first.max}) | ${firstApi.median} ms (${firstApi.max}) | ${all.median} ms (${all.max}) |`,
    ...rows.map(
      (r) =>
        `| filter change: ${r.change} | ${r.first.median} ms (${r.first.max}) | ${r.api.median} ms (${r.api.max}) | ${r.all.median} ms (${r.all.max}) |`,
    ),
    '',
    `Measured by \`npm run bench:dashboard -- --url ${url} --runs ${runs}\`.`,
    '',
  ].join('\n');
  mkdirSync(join(values.out as string, '..'), { recursive: true });
  writeFileSync(`${values.out}.json`, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(`${values.out}.md`, md);
  process.stdout.write(`\n${md}\nwrote ${values.out}.md and ${values.out}.json\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exitCode = 1;
});
