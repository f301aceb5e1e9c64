// Trend: reviews per publication year for the chosen themes (the most recurrent five by default).
import * as Plot from '@observablehq/plot';
import { request } from '../api';
import { ReviewsBehindQuery, TrendQuery } from '../queries';
import { fmt, h, replace, reviewsText } from '../ui/dom';
import { openDrilldown } from '../ui/drilldown';
import { Panel } from '../ui/panel';
import type { DataTable } from '../ui/table';
import {
  chartWidth,
  integerTicks,
  markMainSvg,
  onMarkClick,
  truncate,
  yearTicks,
  type DashboardContext,
} from './context';

interface Point {
  themeId: string;
  name: string;
  year: number;
  reviewCount: number;
}

/** Themes plotted when none are chosen. */
const DEFAULT_THEMES = 5;
/** Themes offered in the chooser (the most recurrent ones, plus any already chosen). */
const OFFERED = 40;

/** `YYYY-MM` bounds of `year` inside the shared period. */
function yearBounds(
  year: number,
  from: string | null,
  to: string | null,
): { from: string; to: string } {
  const lo = `${year}-01`;
  const hi = `${year}-12`;
  return { from: from && from > lo ? from : lo, to: to && to < hi ? to : hi };
}

export class TrendPanel {
  readonly panel = new Panel({
    id: 'panel-trend',
    title: 'Themes over time',
    description:
      'Reviews raising each chosen theme, by year of publication. Click a point to list the reviews.',
  });
  private readonly chooser: HTMLDetailsElement;
  private points: Point[] = [];
  private names = new Map<string, string>();

  constructor(private readonly ctx: DashboardContext) {
    this.chooser = h('details', { class: 'dropdown', id: 'trend-themes' });
    this.panel.controls.append(this.chooser);
  }

  /** Loads the trend of the chosen themes; `offered` are the recurring themes, most recurrent first. */
  async load(offered: Array<{ theme: { id: string; name: string } }>): Promise<void> {
    for (const o of offered) this.names.set(o.theme.id, o.theme.name);
    const view = this.ctx.view();
    const chosen = view.trendThemes.length
      ? view.trendThemes
      : offered.slice(0, DEFAULT_THEMES).map((o) => o.theme.id);
    this.renderChooser(offered, chosen);
    const ticket = this.panel.begin();
    if (chosen.length === 0) {
      this.panel.empty(ticket, 'No theme to plot: choose themes above, or loosen the filters.');
      return;
    }
    try {
      const data = await request(TrendQuery, { themeIds: chosen, filter: this.ctx.filter() });
      this.panel.arrived();
      if (!this.panel.current(ticket)) return;
      this.points = data.themeTrend.map((p) => {
        this.names.set(p.theme.id, p.theme.name);
        return {
          themeId: p.theme.id,
          name: p.theme.name,
          year: p.year,
          reviewCount: p.reviewCount,
        };
      });
      this.draw(ticket);
    } catch (err) {
      this.panel.error(ticket, err, () => void this.load(offered));
    }
  }

  redraw(): void {
    if (this.panel.el.dataset.state === 'ready') this.draw(this.panel.begin());
  }

  private renderChooser(
    offered: Array<{ theme: { id: string; name: string } }>,
    chosen: string[],
  ): void {
    const ids = [...new Set([...chosen, ...offered.slice(0, OFFERED).map((o) => o.theme.id)])];
    const wasOpen = this.chooser.open;
    const boxes = ids.map((id) => {
      const input = h('input', { type: 'checkbox', value: id, checked: chosen.includes(id) });
      input.addEventListener('change', () => {
        const next = [...this.chooser.querySelectorAll<HTMLInputElement>('input:checked')].map(
          (i) => i.value,
        );
        this.ctx.update({ trendThemes: next });
      });
      return h('label', { class: 'check' }, input, this.names.get(id) ?? id);
    });
    replace(
      this.chooser,
      h('summary', {}, `Themes: ${chosen.length} chosen`),
      h('fieldset', { class: 'menu' }, h('legend', {}, 'Themes to plot'), boxes),
    );
    this.chooser.open = wasOpen;
  }

  private open(p: Point): void {
    openDrilldown(`Reviews raising “${p.name}” published in ${p.year}`, async () => {
      const f = this.ctx.view().filters;
      const bounds = yearBounds(p.year, f.from, f.to);
      const data = await request(ReviewsBehindQuery, {
        filter: {
          ...(this.ctx.filter() ?? {}),
          themeIds: [p.themeId],
          publishedFrom: bounds.from,
          publishedTo: bounds.to,
        },
      });
      return { total: data.reviews.totalCount, reviews: data.reviews.nodes };
    });
  }

  private draw(ticket: number): void {
    const points = this.points;
    if (points.length === 0) {
      this.panel.empty(
        ticket,
        `No review with a known date raises these themes (${this.ctx.describe()}).`,
      );
      return;
    }
    // Years between the first and last point with no review for a theme are drawn as 0.
    const years = points.map((p) => p.year);
    const lo = Math.min(...years);
    const hi = Math.max(...years);
    const byKey = new Map(points.map((p) => [`${p.themeId}|${p.year}`, p]));
    const themeIds = [...new Set(points.map((p) => p.themeId))];
    const series: Point[] = [];
    for (const id of themeIds) {
      for (let y = lo; y <= hi; y += 1) {
        series.push(
          byKey.get(`${id}|${y}`) ?? {
            themeId: id,
            name: this.names.get(id) ?? id,
            year: y,
            reviewCount: 0,
          },
        );
      }
    }
    const label = (p: Point) => truncate(p.name, 40);
    const chart = Plot.plot({
      width: chartWidth(this.panel.el),
      height: 300,
      marginLeft: 44,
      x: { label: 'Year of publication', tickFormat: 'd', ticks: yearTicks(lo, hi), inset: 12 },
      y: {
        label: 'Reviews',
        grid: true,
        tickFormat: 'd',
        ticks: integerTicks(Math.max(...points.map((p) => p.reviewCount))),
        zero: true,
      },
      color: { legend: true, scheme: 'tableau10', domain: [...new Set(series.map(label))] },
      marks: [
        Plot.line(series, {
          x: 'year',
          y: 'reviewCount',
          stroke: label,
          strokeWidth: 2.5,
          curve: 'linear',
        }),
        Plot.dot(points, {
          x: 'year',
          y: 'reviewCount',
          fill: label,
          r: 5,
          stroke: 'white',
          title: (p: Point) => `${p.name}, ${p.year}: ${reviewsText(p.reviewCount)}`,
        }),
      ],
    });
    markMainSvg(
      chart,
      `Line chart: reviews per year for ${themeIds.length} themes, ${this.ctx.describe()}`,
    );
    onMarkClick(
      chart,
      'dot',
      points,
      (p) => `${p.name}, ${p.year}: ${reviewsText(p.reviewCount)}. Show them.`,
      (p) => this.open(p),
    );
    const table: DataTable<Point> = {
      caption: `Reviews per theme and year of publication, ${this.ctx.describe()}`,
      columns: [
        { label: 'Theme', value: (p) => p.name },
        { label: 'Year', value: (p) => String(p.year) },
        { label: 'Reviews', value: (p) => p.reviewCount, numeric: true },
      ],
      rows: points,
      drill: {
        column: 2,
        label: (p) => `Show the ${reviewsText(p.reviewCount)} raising ${p.name} in ${p.year}`,
        open: (p) => this.open(p),
      },
    };
    this.panel.show(
      ticket,
      chart,
      table,
      `${fmt(themeIds.length)} theme${themeIds.length === 1 ? '' : 's'}, ${lo} to ${hi}; years without a review are drawn at 0.`,
    );
  }
}
