// Co-occurrence: a heat map of how many reviews raise both themes of a pair, for the busiest themes
// (asked for by id, so the API returns only the pairs the map draws).
import * as Plot from '@observablehq/plot';
import { request } from '../api';
import type { DashboardCooccurrenceQuery, DashboardPairThemesQuery } from '../gql/graphql';
import { CooccurrenceQuery, PairReviewsQuery, PairThemesQuery } from '../queries';
import { fmt, h, reviewsText } from '../ui/dom';
import { openDrilldown } from '../ui/drilldown';
import { Panel } from '../ui/panel';
import type { DataTable } from '../ui/table';
import { chartWidth, markMainSvg, onMarkClick, truncate, type DashboardContext } from './context';

type Pair = DashboardCooccurrenceQuery['themeCooccurrence'][number];
/** A theme and how many reviews raise it, most first: the candidates for the map's axes. */
type ThemeCount = DashboardPairThemesQuery['recurringThemes'][number];
interface PairRow {
  a: { id: string; name: string };
  b: { id: string; name: string };
  reviewCount: number;
}
interface Cell extends PairRow {
  x: string;
  y: string;
}

/** Themes on each axis at most (those raised by the most reviews); the table lists their pairs. */
const MAX_THEMES = 18;

export class CooccurrencePanel {
  readonly panel = new Panel({
    id: 'panel-cooccurrence',
    title: 'Themes raised together',
    description:
      'How many reviews raise both themes of a pair. Darker cells: more reviews. Click a cell to list them.',
  });
  private readonly minInput: HTMLInputElement;
  private rows: PairRow[] = [];
  /** Themes raised by enough reviews to be in a pair, and how many of them the map draws. */
  private candidates = 0;
  private asked = 0;

  /**
   * `known` gives the themes raised by at least a number of reviews under the current filters when
   * the page already holds them (the recurring-themes answer), so the map asks only for pairs.
   */
  constructor(
    private readonly ctx: DashboardContext,
    private readonly known: (minReviews: number) => ThemeCount[] | null = () => null,
  ) {
    this.minInput = h('input', {
      type: 'number',
      id: 'pair-min-reviews',
      min: 1,
      max: 1000,
      step: 1,
    });
    this.minInput.addEventListener('change', () => {
      const n = Number(this.minInput.value);
      if (Number.isInteger(n) && n >= 1) this.ctx.update({ pairMinReviews: n });
    });
    this.panel.controls.append(
      h('label', { for: 'pair-min-reviews' }, 'Minimum reviews per pair'),
      this.minInput,
    );
  }

  async load(): Promise<void> {
    const view = this.ctx.view();
    this.minInput.value = String(view.pairMinReviews);
    const ticket = this.panel.begin();
    try {
      const filter = this.ctx.filter();
      const candidates =
        this.known(view.pairMinReviews) ??
        (await request(PairThemesQuery, { minReviews: view.pairMinReviews, filter }))
          .recurringThemes;
      if (!this.panel.current(ticket)) return;
      const themeIds = candidates.slice(0, MAX_THEMES).map((r) => r.theme.id);
      const data = themeIds.length
        ? await request(CooccurrenceQuery, { minReviews: view.pairMinReviews, themeIds, filter })
        : { themeCooccurrence: [] };
      this.panel.arrived();
      if (!this.panel.current(ticket)) return;
      this.candidates = candidates.length;
      this.asked = themeIds.length;
      this.rows = data.themeCooccurrence.flatMap((p: Pair) => {
        const [a, b] = p.themes;
        return a && b ? [{ a, b, reviewCount: p.reviewCount }] : [];
      });
      this.draw(ticket);
    } catch (err) {
      this.panel.error(ticket, err, () => void this.load());
    }
  }

  redraw(): void {
    if (this.panel.el.dataset.state === 'ready') this.draw(this.panel.begin());
  }

  private open(row: PairRow): void {
    openDrilldown(`Reviews raising “${row.a.name}” and “${row.b.name}”`, async () => {
      // The one pair of the two themes: the reviews raising both.
      const data = await request(PairReviewsQuery, {
        themeIds: [row.a.id, row.b.id],
        filter: this.ctx.filter(),
      });
      const [pair] = data.themeCooccurrence;
      return { total: pair?.reviewCount ?? 0, reviews: pair?.reviews ?? [] };
    });
  }

  private draw(ticket: number): void {
    const rows = this.rows;
    if (rows.length === 0) {
      const which =
        this.candidates > this.asked
          ? `of the ${fmt(this.asked)} themes raised by the most reviews`
          : 'themes';
      this.panel.empty(
        ticket,
        `No two ${which} are raised together by ${reviewsText(this.ctx.view().pairMinReviews)} or more under these filters (${this.ctx.describe()}).`,
      );
      return;
    }
    // The themes in at least one pair, ordered by the reviews of the pairs they are in.
    const weight = new Map<string, { name: string; total: number }>();
    for (const r of rows) {
      for (const t of [r.a, r.b]) {
        const w = weight.get(t.id) ?? { name: t.name, total: 0 };
        w.total += r.reviewCount;
        weight.set(t.id, w);
      }
    }
    const top = [...weight.entries()].sort(
      (x, y) => y[1].total - x[1].total || x[1].name.localeCompare(y[1].name),
    );
    const label = new Map(top.map(([id, w]) => [id, truncate(w.name, 30)]));
    const domain = top.map(([id]) => label.get(id) as string);
    const cells: Cell[] = [];
    for (const r of rows) {
      const x = label.get(r.a.id) as string;
      const y = label.get(r.b.id) as string;
      cells.push({ ...r, x, y }, { ...r, a: r.b, b: r.a, x: y, y: x });
    }
    const width = chartWidth(this.panel.el);
    const marginLeft = 12 + Math.max(...domain.map((d) => d.length)) * 6.4;
    const marginBottom = 20 + Math.max(...domain.map((d) => d.length)) * 4.8;
    const size = Math.max(14, Math.min(34, Math.floor((width - marginLeft - 20) / domain.length)));
    const max = Math.max(...cells.map((c) => c.reviewCount));
    const chart = Plot.plot({
      width: marginLeft + size * domain.length + 20,
      height: 30 + size * domain.length + marginBottom,
      marginLeft,
      marginBottom,
      marginTop: 10,
      x: { label: null, domain, tickRotate: -40, tickSize: 0 },
      y: { label: null, domain, tickSize: 0 },
      color: {
        type: 'linear',
        scheme: 'blues',
        domain: [0, max],
        legend: true,
        label: 'Reviews raising both',
      },
      marks: [
        Plot.cell(cells, {
          x: 'x',
          y: 'y',
          fill: 'reviewCount',
          inset: 1,
          title: (c: Cell) => `${c.a.name} + ${c.b.name}: ${reviewsText(c.reviewCount)}`,
        }),
        size >= 20
          ? Plot.text(cells, {
              x: 'x',
              y: 'y',
              text: (c: Cell) => fmt(c.reviewCount),
              fill: (c: Cell) => (c.reviewCount > max * 0.55 ? 'white' : '#1f2937'),
              fontSize: 10,
              pointerEvents: 'none',
            })
          : null,
      ],
    });
    markMainSvg(
      chart,
      `Heat map: reviews raising both themes of each pair, ${this.ctx.describe()}`,
    );
    onMarkClick(
      chart,
      'cell',
      cells,
      (c) => `${c.a.name} and ${c.b.name}: ${reviewsText(c.reviewCount)}. Show them.`,
      (c) => this.open(c),
    );
    const table: DataTable<PairRow> = {
      caption: `Reviews raising both themes (at least ${this.ctx.view().pairMinReviews}), ${this.ctx.describe()}`,
      columns: [
        { label: 'Theme', value: (r) => r.a.name },
        { label: 'With theme', value: (r) => r.b.name },
        { label: 'Reviews', value: (r) => r.reviewCount, numeric: true },
      ],
      rows,
      drill: {
        column: 2,
        label: (r) => `Show the ${reviewsText(r.reviewCount)} raising ${r.a.name} and ${r.b.name}`,
        open: (r) => this.open(r),
      },
    };
    const pairs = `${fmt(rows.length)} pair${rows.length === 1 ? '' : 's'}`;
    const note =
      this.candidates > this.asked
        ? `Pairs of the ${fmt(this.asked)} themes raised by the most reviews, of ${fmt(this.candidates)} raised by ${reviewsText(this.ctx.view().pairMinReviews)} or more; the table lists all ${pairs} of those ${fmt(this.asked)} themes.`
        : `${pairs} of themes.`;
    this.panel.show(ticket, chart, table, note);
  }
}
