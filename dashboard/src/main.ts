// The dashboard page: filter bar, synthetic-data banner and panels, all driven by the view in the URL.
import './styles.css';
import { request } from './api';
import { FilterBar } from './filters';
import type { DashboardMetaQuery } from './gql/graphql';
import { CooccurrencePanel } from './panels/cooccurrence';
import type { DashboardContext } from './panels/context';
import { FollowUpPanel, TimelinessPanel } from './panels/lifecycle';
import { RecurringPanel } from './panels/recurring';
import { SimilarPanel } from './panels/similar';
import { TrendPanel } from './panels/trend';
import { CountQuery, MetaQuery } from './queries';
import { describeFilters, parseView, serializeView, toReviewFilter, type ViewState } from './state';
import { fmt, h, replace, reviewsText } from './ui/dom';

let view: ViewState = parseView(window.location.search);
let meta: DashboardMetaQuery | null = null;

const partnershipName = (id: string) => meta?.partnerships.find((p) => p.id === id)?.name ?? id;

const ctx: DashboardContext = {
  view: () => view,
  filter: () => toReviewFilter(view.filters),
  update: (patch) => {
    const prev = view;
    view = { ...view, ...patch };
    window.history.pushState(null, '', `${window.location.pathname}${serializeView(view)}`);
    refresh(prev, view);
  },
  describe: () => describeFilters(view.filters, partnershipName),
};

const filterBar = new FilterBar(view.filters, (filters) => ctx.update({ filters }));
const recurring = new RecurringPanel(ctx);
// The heat map's themes are a part of the recurring-themes answer whenever that answer holds them.
const cooccurrence = new CooccurrencePanel(ctx, (min) => recurring.themesAtLeast(min));
const trend = new TrendPanel(ctx);
const similar = new SimilarPanel(ctx);
const timeliness = new TimelinessPanel(ctx);
const followUp = new FollowUpPanel(ctx);

const banner = h('div', {
  id: 'synthetic-banner',
  class: 'banner synthetic',
  role: 'note',
  hidden: true,
});
const summary = h('p', { id: 'summary', class: 'summary', 'aria-live': 'polite' });
const metaError = h('div', { id: 'meta-error' });

function loadSummary(): void {
  request(CountQuery, { filter: ctx.filter() }).then(
    (d) => {
      const total = meta?.allReviews.totalCount;
      replace(
        summary,
        h('strong', {}, reviewsText(d.reviews.totalCount)),
        total !== undefined && d.reviews.totalCount !== total ? ` of ${fmt(total)}` : '',
        ` · ${ctx.describe()}`,
      );
    },
    () => replace(summary),
  );
}

/**
 * Redraws what depends on the parts of the view that changed. Every question goes out at once,
 * except the two that need the recurring-themes answer (the trend's default themes and the heat
 * map's themes): they go out as soon as it arrives, before its bars are drawn. Their panels show
 * the loading state from the start.
 */
function refresh(prev: ViewState, next: ViewState): void {
  const filtersChanged = JSON.stringify(prev.filters) !== JSON.stringify(next.filters);
  const pairsChanged = filtersChanged || prev.pairMinReviews !== next.pairMinReviews;
  // The recurring-themes question first: two others wait for its answer.
  if (filtersChanged || prev.minReviews !== next.minReviews) {
    void recurring.load((rows) => {
      void trend.load(rows);
      if (pairsChanged) void cooccurrence.load();
    });
    trend.panel.begin();
    if (pairsChanged) cooccurrence.panel.begin();
  } else {
    if (prev.trendThemes.join() !== next.trendThemes.join()) void trend.load(recurring.themes());
    if (pairsChanged) void cooccurrence.load();
  }
  if (filtersChanged || prev.review !== next.review) void similar.load();
  if (filtersChanged || prev.timelinessBy !== next.timelinessBy) void timeliness.load();
  if (filtersChanged || prev.asOf !== next.asOf) void followUp.load();
  if (filtersChanged) {
    loadSummary();
    filterBar.set(next.filters);
  }
}

function showMeta(m: DashboardMetaQuery): void {
  meta = m;
  filterBar.setMeta(m);
  const synthetic = m.syntheticReviews.totalCount;
  if (synthetic > 0) {
    banner.hidden = false;
    replace(
      banner,
      h('strong', {}, 'Synthetic data loaded. '),
      `${fmt(synthetic)} of the ${fmt(m.allReviews.totalCount)} reviews in this graph are generated test data, not real cases. `,
      'Choose “Real reviews only” under Data to leave them out; synthetic items are marked ',
      h('span', { class: 'badge synthetic' }, 'synthetic'),
      '.',
    );
  }
  loadSummary();
}

function mount(): void {
  const root = document.getElementById('app');
  if (!root) return;
  replace(
    root,
    h(
      'header',
      { class: 'top' },
      h(
        'div',
        { class: 'brand' },
        h('h1', {}, 'Safeguarding Learning Graph'),
        h(
          'p',
          {},
          'Learning from child safeguarding case reviews: what recurs, what travels together, how it trends.',
        ),
      ),
      h('nav', { 'aria-label': 'Elsewhere' }, h('a', { href: '../graphql' }, 'Query explorer')),
    ),
    h('div', { class: 'filters-wrap' }, filterBar.el, summary),
    h(
      'main',
      { id: 'main' },
      banner,
      metaError,
      h(
        'div',
        { class: 'grid' },
        recurring.panel.el,
        cooccurrence.panel.el,
        trend.panel.el,
        similar.panel.el,
        timeliness.panel.el,
        followUp.panel.el,
      ),
    ),
    h(
      'footer',
      { class: 'page-foot' },
      'Every count comes from the public GraphQL API of this service. Real reviews carry their published sources; pseudonyms only.',
    ),
  );
  // The first chart first: the other questions wait for its answer (or failure) so that they do
  // not compete with it for the API; the filters' choices load alongside.
  loadMeta();
  void recurring.load().then((rows) => {
    void trend.load(rows);
    void cooccurrence.load();
    void similar.load();
    void timeliness.load();
    void followUp.load();
  });
}

function loadMeta(): void {
  replace(metaError);
  request(MetaQuery, {}).then(showMeta, (err: unknown) => {
    replace(
      metaError,
      h(
        'div',
        { class: 'error', role: 'alert' },
        `The filters could not be loaded: ${(err as Error).message}`,
      ),
    );
  });
}

window.addEventListener('popstate', () => {
  const prev = view;
  view = parseView(window.location.search);
  refresh(prev, view);
});

let resizeTimer: number | undefined;
let lastWidth = window.innerWidth;
window.addEventListener('resize', () => {
  window.clearTimeout(resizeTimer);
  resizeTimer = window.setTimeout(() => {
    if (window.innerWidth === lastWidth) return;
    lastWidth = window.innerWidth;
    recurring.redraw();
    cooccurrence.redraw();
    trend.redraw();
    similar.redraw();
    timeliness.redraw();
    followUp.redraw();
  }, 200);
});

mount();
