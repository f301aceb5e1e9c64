// Times the dashboard in Chromium against a running service: first chart after page load, redraw after
// a filter change. `npm run bench:dashboard -- --url http://127.0.0.1:4000/dashboard/ --runs 5`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'puppeteer-core';
import { launchBrowser } from '../test/helpers/browser';

const USAGE =
  'usage: npm run bench:dashboard -- [--url http://127.0.0.1:4000/dashboard/] [--runs 5] [--trace] [--out bench/results/dashboard]';

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
 * is loading any more; and per panel, when its question went out, when the answer arrived and
 * when the frame showing it was drawn (from the panel's performance marks and the frames).
 */
const MEASURE = `(act) => new Promise((resolve) => {
  const t0 = performance.now();
  performance.mark('bench:change');
  eval(act);
  let first = null;
  const panels = {};
  const since = (name) => {
    const e = performance.getEntriesByName(name).slice(-1)[0];
    return e && e.startTime >= t0 ? e.startTime - t0 : null;
  };
  const painted = (then) => setTimeout(() => then(performance.now() - t0), 0);
  const tick = () => {
    for (const p of document.querySelectorAll('.panel')) {
      if (p.id in panels || since(p.id + ':request') === null) continue;
      if (p.getAttribute('data-state') === 'loading') continue;
      panels[p.id] = { asked: since(p.id + ':request'), answered: since(p.id + ':data'), drawn: null };
      painted((ms) => { panels[p.id].drawn = ms; });
    }
    const recurring = document.querySelector('#panel-recurring');
    const state = recurring && recurring.getAttribute('data-state');
    if (first === null && state && state !== 'loading') painted((ms) => { first = ms; });
    if (state && state !== 'loading' && !document.querySelector('.panel[data-state="loading"]')) {
      const api = (since('panel-recurring:data') ?? 0) - (since('panel-recurring:request') ?? 0);
      painted((all) => {
        performance.mark('bench:drawn');
        resolve({ first: first ?? all, all, api, state, panels });
      });
    } else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

/** Trace event names by what the browser's main thread was doing. */
const ACTIVITY: Array<[string, RegExp]> = [
  [
    'scripting',
    /^(FunctionCall|EvaluateScript|RunMicrotasks|EventDispatch|TimerFire|FireAnimationFrame|V8\.(?!GC)|v8\.|BlinkScheduler_PerformMicrotaskCheckpoint)/,
  ],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)$/],
  ['layout', /^(Layout|UpdateLayer|HitTest)$/],
  ['paint', /^(PrePaint|Paint|PaintImage|Layerize|Commit)$/],
  ['gc', /(GC|MinorGC|MajorGC)/],
];

/**
 * The renderer main thread's self time (ms) per activity between the trace's `bench:change` and
 * `bench:drawn` marks; `other` is time in tasks no finer event covers.
 */
function mainThreadTime(events: TraceEvent[]): Record<string, number> {
  // The page's main thread is the one its user-timing marks were recorded on.
  const mark = events.find((e) => e.name === 'bench:change');
  const start = mark?.ts ?? 0;
  const end = events.find((e) => e.name === 'bench:drawn')?.ts ?? Infinity;
  const xs = events
    .filter((e) => e.ph === 'X' && e.pid === mark?.pid && e.tid === mark?.tid)
    .filter((e) => e.ts >= start && e.ts <= end && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const children = new Map<TraceEvent, number>();
  const stack: TraceEvent[] = [];
  for (const e of xs) {
    while (
      stack.length &&
      stack[stack.length - 1]!.ts + (stack[stack.length - 1]!.dur ?? 0) <= e.ts
    )
      stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) children.set(parent, (children.get(parent) ?? 0) + (e.dur ?? 0));
    stack.push(e);
  }
  const out: Record<string, number> = {
    scripting: 0,
    style: 0,
    layout: 0,
    paint: 0,
    gc: 0,
    other: 0,
  };
  for (const e of xs) {
    const self = ((e.dur ?? 0) - (children.get(e) ?? 0)) / 1000;
    const kind = ACTIVITY.find(([, re]) => re.test(e.name))?.[0] ?? 'other';
    out[kind] = (out[kind] ?? 0) + self;
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, Math.round(v)]));
}

/** What the trace records: the main thread's tasks and what ran in them, and the bench's marks. */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'toplevel',
];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

interface Sample {
  /** Wait for the API's answer to the recurring-themes question. */
  api: number;
  first: number;
  all: number;
  state: string;
  /** After a filter change, per panel id: ms to its question, its answer, its drawn frame. */
  panels?: Record<string, { asked: number | null; answered: number | null; drawn: number | null }>;
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
      trace: { type: 'boolean', default: false },
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
  const traced: Array<Record<string, string | number>> = [];
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
    if (values.trace) {
      // One more visit, not counted above: each filter change under a Chromium trace.
      const context = await b.browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1440, height: 900 });
      await loadPage(page, url);
      for (const change of CHANGES) {
        await page.tracing.start({ categories: TRACE_CATEGORIES });
        const s = (await page.evaluate(`(${MEASURE})(${JSON.stringify(change.act)})`)) as Sample;
        const trace = JSON.parse(Buffer.from((await page.tracing.stop()) ?? []).toString()) as {
          traceEvents: TraceEvent[];
        };
        traced.push({
          change: change.name,
          allMs: Math.round(s.all),
          ...mainThreadTime(trace.traceEvents),
        });
      }
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
  // Per panel, over the filter changes that ask the API (not the reset, answered from the page's
  // cache): when its question went out, its answer arrived, its chart was drawn.
  const asking = CHANGES.filter((c) => c.name !== 'reset filters').flatMap(
    (c) => changes.get(c.name) ?? [],
  );
  const panelIds = [...new Set(asking.flatMap((s) => Object.keys(s.panels ?? {})))];
  const perPanel = panelIds.map((id) => {
    const of = (k: 'asked' | 'answered' | 'drawn') =>
      stats(
        asking.flatMap((s) => ((s.panels?.[id]?.[k] ?? null) === null ? [] : [s.panels![id]![k]!])),
      );
    return { panel: id, askedMs: of('asked'), answeredMs: of('answered'), drawnMs: of('drawn') };
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
    panelsAfterFilterChange: perPanel,
    trace: traced,
  };
  const md = [
    `# Dashboard timings`,
    '',
    `${result.date}: ${result.reviews.toLocaleString('en-GB')} reviews (${result.syntheticReviews.toLocaleString('en-GB')} synthetic), ${runs} runs, ${version} headless, ${result.machine.cpus} cores (load average ${result.machine.loadAverage1m} at the end).`,
    'Each run is a first visit (fresh browser context); times are to the end of the frame in which the chart is painted.',
    '',
    '| what | recurring-themes chart drawn, median (max) | of which waiting for the API | all charts, median (max) |',
    '| --- | --- | --- | --- |',
    `| page load (from navigation start) | ${first.median} ms (${first.max}) | ${firstApi.median} ms (${firstApi.max}) | ${all.median} ms (${all.max}) |`,
    ...rows.map(
      (r) =>
        `| filter change: ${r.change} | ${r.first.median} ms (${r.first.max}) | ${r.api.median} ms (${r.api.max}) | ${r.all.median} ms (${r.all.max}) |`,
    ),
    '',
    'Per panel after the filter changes that ask the API (all but the reset), median (max) ms from the change:',
    '',
    '| panel | question sent | answer arrived | chart drawn |',
    '| --- | --- | --- | --- |',
    ...perPanel.map(
      (p) =>
        `| ${p.panel} | ${p.askedMs.median} (${p.askedMs.max}) | ${p.answeredMs.median} (${p.answeredMs.max}) | ${p.drawnMs.median} (${p.drawnMs.max}) |`,
    ),
    ...(traced.length
      ? [
          '',
          "One more visit under a Chromium trace (not counted above): the page main thread's time from the change to every chart drawn, ms.",
          '',
          '| filter change | all charts | scripting | style | layout | paint | GC | other |',
          '| --- | --- | --- | --- | --- | --- | --- | --- |',
          ...traced.map(
            (t) =>
              `| ${t.change} | ${t.allMs} | ${t.scripting} | ${t.style} | ${t.layout} | ${t.paint} | ${t.gc} | ${t.other} |`,
          ),
        ]
      : []),
    '',
    `Measured by \`npm run bench:dashboard -- --url ${url} --runs ${runs}${values.trace ? ' --trace' : ''}\`.`,
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
