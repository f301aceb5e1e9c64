// Recurring themes: a bar chart of reviews per theme (at least `minReviews`), most recurrent first.
import * as Plot from '@observablehq/plot';
import { request } from '../api';
import type { DashboardRecurringThemesQuery } from '../gql/graphql';
import { RecurringThemesQuery, ReviewsBehindQuery } from '../queries';
import { fmt, h, reviewsText } from '../ui/dom';
import { openDrilldown } from '../ui/drilldown';
import { Panel } from '../ui/panel';
import type { DataTable } from '../ui/table';
import {
  chartWidth,
  integerTicks,
  markMainSvg,
  onMarkClick,
  truncate,
  type DashboardContext,
} from './context';

export type RecurringRow = DashboardRecurringThemesQuery['recurringThemes'][number];

/** Bars drawn at most; the table lists every theme. */
const MAX_BARS = 30;

/** Lists the reviews behind one theme's bar under the shared filters. */
export function openThemeReviews(ctx: DashboardContext, themeId: string, themeName: string): void {
  openDrilldown(`Reviews raising “${themeName}”`, async () => {
    const data = await request(ReviewsBehindQuery, {
      filter: { ...(ctx.filter() ?? {}), themeIds: [themeId] },
    });
    return { total: data.reviews.totalCount, reviews: data.reviews.nodes };
  });
}

export class RecurringPanel {
  readonly panel = new Panel({
    id: 'panel-recurring',
    title: 'Recurring themes',
    description:
      'How many reviews raise each learning theme (the scale on top counts reviews). Click a bar to list them.',
  });
  private readonly minInput: HTMLInputElement;
  private rows: RecurringRow[] = [];
  /** The filter and minimum the drawn rows answer (JSON), to tell whether they still hold. */
  private answered: string | null = null;

  constructor(private readonly ctx: DashboardContext) {
    this.minInput = h('input', { type: 'number', id: 'min-reviews', min: 1, max: 1000, step: 1 });
    this.minInput.addEventListener('change', () => {
      const n = Number(this.minInput.value);
      if (Number.isInteger(n) && n >= 1) this.ctx.update({ minReviews: n });
    });
    this.panel.controls.append(
      h('label', { for: 'min-reviews' }, 'Minimum reviews per theme'),
      this.minInput,
    );
  }

  /** The themes of the last answer, most recurrent first. */
  themes(): RecurringRow[] {
    return this.rows;
  }

  /**
   * The themes raised by at least `min` reviews under the current filters, most first, ties by
   * name (what `recurringThemes(minReviews: min)` answers), when the drawn answer holds them all:
   * it answers the current filters with a minimum of at most `min`. Null otherwise.
   */
  themesAtLeast(min: number): RecurringRow[] | null {
    const view = this.ctx.view();
    const filter = JSON.stringify(this.ctx.filter());
    if (view.minReviews > min || this.answered !== `${filter} ${view.minReviews}`) return null;
    return this.rows.filter((r) => r.reviewCount >= min);
  }

  /**
   * Loads and draws; resolves with the rows (empty on error). `answered` runs with the rows (empty
   * on error) as soon as the current load's answer arrives, before the bars are drawn, so that the
   * questions that need it are asked without waiting for the drawing.
   */
  async load(answered: (rows: RecurringRow[]) => void = () => {}): Promise<RecurringRow[]> {
    const view = this.ctx.view();
    this.minInput.value = String(view.minReviews);
    const ticket = this.panel.begin();
    try {
      const filter = this.ctx.filter();
      const data = await request(RecurringThemesQuery, { minReviews: view.minReviews, filter });
      this.panel.arrived();
      if (!this.panel.current(ticket)) return data.recurringThemes;
      this.rows = data.recurringThemes;
      this.answered = `${JSON.stringify(filter)} ${view.minReviews}`;
      answered(this.rows);
      this.draw(ticket);
      return this.rows;
    } catch (err) {
      if (this.panel.current(ticket)) answered([]);
      this.panel.error(ticket, err, () => void this.load());
      return [];
    }
  }

  /** Redraws the last answer (after a resize). */
  redraw(): void {
    if (this.panel.el.dataset.state === 'ready') this.draw(this.panel.begin());
  }

  private draw(ticket: number): void {
    const rows = this.rows;
    const min = this.ctx.view().minReviews;
    if (rows.length === 0) {
      this.panel.empty(
        ticket,
        `No theme is raised by ${min === 1 ? 'any review' : `${min} or more reviews`} under these filters (${this.ctx.describe()}).`,
      );
      return;
    }
    const width = chartWidth(this.panel.el);
    // Labels take at most half the width (about 6.6 px a character at this size).
    const maxChars = Math.max(12, Math.min(48, Math.floor((width * 0.5 - 12) / 6.6)));
    const shown = rows
      .slice(0, MAX_BARS)
      .map((r) => ({ ...r, label: truncate(r.theme.name, maxChars) }));
    const longest = Math.max(...shown.map((r) => r.label.length));
    const marginLeft = Math.min(Math.round(width * 0.5), 12 + longest * 6.6);
    const chart = Plot.plot({
      width,
      height: 40 + shown.length * 24,
      marginLeft,
      marginRight: 36,
      x: {
        label: null,
        grid: true,
        axis: 'top',
        tickFormat: 'd',
        ticks: integerTicks(shown[0]?.reviewCount ?? 1, Math.max(2, Math.floor(width / 110))),
      },
      y: { label: null, domain: shown.map((r) => r.label), tickSize: 0 },
      marks: [
        Plot.barX(shown, {
          x: 'reviewCount',
          y: 'label',
          fill: (r: RecurringRow) => (r.theme.synthetic ? '#8d7bd1' : '#2f6fd6'),
          title: (r: RecurringRow) => `${r.theme.name}: ${reviewsText(r.reviewCount)}`,
          insetTop: 3,
          insetBottom: 3,
        }),
        Plot.text(shown, {
          x: 'reviewCount',
          y: 'label',
          text: (r: RecurringRow) => fmt(r.reviewCount),
          dx: 4,
          textAnchor: 'start',
          fill: '#1f2937',
        }),
        Plot.ruleX([0]),
      ],
    });
    markMainSvg(chart, `Bar chart: reviews per theme, ${this.ctx.describe()}`);
    onMarkClick(
      chart,
      'bar',
      shown,
      (r) => `${r.theme.name}: ${reviewsText(r.reviewCount)}. Show them.`,
      (r) => openThemeReviews(this.ctx, r.theme.id, r.theme.name),
    );
    const table: DataTable<RecurringRow> = {
      caption: `Reviews per theme (at least ${min}), ${this.ctx.describe()}`,
      columns: [
        { label: 'Theme', value: (r) => r.theme.name },
        { label: 'Reviews', value: (r) => r.reviewCount, numeric: true },
        { label: 'First published', value: (r) => r.firstPublished ?? null },
        { label: 'Last published', value: (r) => r.lastPublished ?? null },
        { label: 'Synthetic', value: (r) => (r.theme.synthetic ? 'yes' : 'no') },
      ],
      rows,
      drill: {
        column: 1,
        label: (r) => `Show the ${reviewsText(r.reviewCount)} raising ${r.theme.name}`,
        open: (r) => openThemeReviews(this.ctx, r.theme.id, r.theme.name),
      },
    };
    const note =
      rows.length > shown.length
        ? `Showing the ${MAX_BARS} most recurrent of ${fmt(rows.length)} themes; the table lists them all.`
        : `${fmt(rows.length)} theme${rows.length === 1 ? '' : 's'} raised by at least ${reviewsText(min)}.`;
    this.panel.show(ticket, chart, table, note);
  }
}
