// Similar reviews: pick a review, see its nearest neighbours by shared themes and which themes they share.
import * as Plot from '@observablehq/plot';
import { request } from '../api';
import type {
  DashboardPickableReviewsQuery,
  DashboardSimilarQuery,
  NeighbourFragment,
  ReviewFilter,
} from '../gql/graphql';
import {
  CandidatesQuery,
  NewestSimilarQuery,
  PickableReviewsQuery,
  ReviewQuery,
  SimilarQuery,
} from '../queries';
import { fmt, h, replace } from '../ui/dom';
import { openDrilldown } from '../ui/drilldown';
import { Panel } from '../ui/panel';
import type { DataTable } from '../ui/table';
import { chartWidth, markMainSvg, onMarkClick, truncate, type DashboardContext } from './context';

type Row = NeighbourFragment & { label: string };
type Pickable = DashboardPickableReviewsQuery['reviews']['nodes'][number];

/** The picked review (null when the graph does not hold it) and its neighbours. */
interface Comparison {
  /**
   * The picked review's id: the view's, or else the newest under the filters that has a neighbour
   * (the newest when none of the CANDIDATES newest has one); null when there is no review.
   */
  id: string | null;
  picked: DashboardSimilarQuery['review'];
  similar: NeighbourFragment[];
}

/** Neighbours shown. */
const NEIGHBOURS = 10;
/** How many of the newest reviews are considered for the default pick. */
const CANDIDATES = 20;

function year(publishedOn: string | null | undefined): string {
  return publishedOn ? publishedOn.slice(0, 4) : 'date unknown';
}

export class SimilarPanel {
  readonly panel = new Panel({
    id: 'panel-similar',
    title: 'Similar reviews',
    description:
      'Reviews whose themes overlap most with the picked review (shared themes ÷ all themes of both). Click a bar to open a review.',
  });
  private readonly picker: HTMLSelectElement;
  private rows: Row[] = [];
  private picked: DashboardSimilarQuery['review'] = null;

  constructor(private readonly ctx: DashboardContext) {
    this.picker = h('select', { id: 'similar-review' });
    this.picker.addEventListener('change', () =>
      this.ctx.update({ review: this.picker.value || null }),
    );
    this.panel.controls.append(h('label', { for: 'similar-review' }, 'Review'), this.picker);
  }

  async load(): Promise<void> {
    const ticket = this.panel.begin();
    const filter = this.ctx.filter();
    const named = this.ctx.view().review;
    // The comparison does not wait for the picker's list. The picker shows the picked review at
    // once and its other options once the chart is drawn, so that the list does not compete with
    // the charts for the API.
    try {
      const c = await (named ? this.compare(named, filter) : this.compareNewest(filter));
      this.panel.arrived();
      if (!this.panel.current(ticket)) return;
      this.fillPicker([], c);
      this.showComparison(ticket, c);
      const list = await request(PickableReviewsQuery, { filter });
      if (this.panel.current(ticket)) this.fillPicker(list.reviews.nodes, c);
    } catch (err) {
      this.panel.error(ticket, err, () => void this.load());
    }
  }

  /** The review `id` and its neighbours under the filters (one request). */
  private async compare(id: string, filter: ReviewFilter | null): Promise<Comparison> {
    const d = await request(SimilarQuery, { reviewId: id, first: NEIGHBOURS, filter });
    return { id, picked: d.review, similar: d.similarReviews };
  }

  /**
   * The newest review under the filters with its neighbours (one request). Only when it has none:
   * the newest of the next CANDIDATES that has one (two more requests), else the newest.
   */
  private async compareNewest(filter: ReviewFilter | null): Promise<Comparison> {
    const d = await request(NewestSimilarQuery, { first: NEIGHBOURS, filter });
    const newest = d.reviews.nodes[0] ?? null;
    if (!newest) return { id: null, picked: null, similar: [] };
    const alone = { id: newest.id, picked: newest, similar: newest.similarReviews };
    if (newest.similarReviews.length > 0) return alone;
    const c = await request(CandidatesQuery, { filter, first: CANDIDATES });
    const raisedTwice = new Set(c.recurringThemes.map((t) => t.theme.id));
    const next = c.reviews.nodes.find((r) => r.themes.some((t) => raisedTwice.has(t.id)));
    return next ? this.compare(next.id, filter) : alone;
  }

  /** Draws the picked review's neighbours (or says why there are none). */
  private showComparison(ticket: number, c: Comparison): void {
    if (!c.id) {
      this.panel.empty(
        ticket,
        `No review to compare under these filters (${this.ctx.describe()}).`,
      );
      return;
    }
    this.picked = c.picked;
    this.rows = c.similar.map((s) => ({
      ...s,
      label: truncate(
        `${s.review.title} · ${s.review.partnership?.name ?? ''} ${year(s.review.publishedOn)}`,
        46,
      ),
    }));
    this.draw(ticket);
  }

  /** Offers the newest reviews under the filters, with the picked one selected (added when not among them). */
  private fillPicker(options: Pickable[], c: Comparison): void {
    replace(
      this.picker,
      options.map((r) =>
        h(
          'option',
          { value: r.id, selected: r.id === c.id },
          `${r.title} · ${r.partnership?.name ?? 'partnership unknown'} · ${year(r.publishedOn)}${r.synthetic ? ' · synthetic' : ''}`,
        ),
      ),
    );
    if (c.id && !options.some((r) => r.id === c.id)) {
      const p = c.picked;
      this.picker.prepend(
        h(
          'option',
          { value: c.id, selected: true },
          p
            ? `${p.title} · ${p.partnership?.name ?? 'partnership unknown'} · ${year(p.publishedOn)}${p.synthetic ? ' · synthetic' : ''}`
            : c.id,
        ),
      );
    }
  }

  redraw(): void {
    if (this.panel.el.dataset.state === 'ready') this.draw(this.panel.begin());
  }

  private open(row: Row): void {
    const shared = h(
      'p',
      { class: 'shared' },
      `Shares ${row.sharedThemes.length} theme${row.sharedThemes.length === 1 ? '' : 's'} with ${this.picked?.title ?? 'the picked review'}: `,
      row.sharedThemes.map((t) => t.name).join(', '),
    );
    openDrilldown(`${row.review.title}`, async () => {
      const d = await request(ReviewQuery, { id: row.review.id });
      return { total: d.review ? 1 : 0, reviews: d.review ? [d.review] : [], extra: () => shared };
    });
  }

  private draw(ticket: number): void {
    const picked = this.picked;
    if (!picked) {
      this.panel.empty(ticket, 'That review is not in the graph; pick another.');
      return;
    }
    const rows = this.rows;
    if (rows.length === 0) {
      this.panel.empty(
        ticket,
        `No other review shares a theme with ${picked.title} under these filters (${this.ctx.describe()}).`,
      );
      return;
    }
    const width = chartWidth(this.panel.el);
    const marginLeft = Math.min(
      Math.round(width * 0.55),
      12 + Math.max(...rows.map((r) => r.label.length)) * 6.4,
    );
    const chart = Plot.plot({
      width,
      height: 40 + rows.length * 28,
      marginLeft,
      marginRight: 110,
      x: {
        label: 'Overlap of themes (Jaccard)',
        domain: [0, 1],
        grid: true,
        axis: 'top',
        percent: false,
      },
      y: { label: null, domain: rows.map((r) => r.label), tickSize: 0 },
      marks: [
        Plot.barX(rows, {
          x: 'score',
          y: 'label',
          fill: (r: Row) => (r.review.synthetic ? '#8d7bd1' : '#0f8a7e'),
          insetTop: 4,
          insetBottom: 4,
          title: (r: Row) =>
            `${r.review.title}: ${r.sharedThemes.map((t) => t.name).join(', ')} (score ${r.score.toFixed(2)})`,
        }),
        Plot.text(rows, {
          x: 'score',
          y: 'label',
          text: (r: Row) => `${r.score.toFixed(2)} · ${r.sharedThemes.length} shared`,
          dx: 4,
          textAnchor: 'start',
          fill: '#1f2937',
        }),
        Plot.ruleX([0]),
      ],
    });
    markMainSvg(chart, `Bar chart: reviews most similar to ${picked.title} by shared themes`);
    onMarkClick(
      chart,
      'bar',
      rows,
      (r) =>
        `${r.review.title}: shares ${r.sharedThemes.length} themes, score ${r.score.toFixed(2)}. Open it.`,
      (r) => this.open(r),
    );
    const table: DataTable<Row> = {
      caption: `Reviews most similar to ${picked.title}, ${this.ctx.describe()}`,
      columns: [
        { label: 'Review', value: (r) => r.review.title },
        { label: 'Partnership', value: (r) => r.review.partnership?.name ?? null },
        { label: 'Published', value: (r) => r.review.publishedOn ?? null },
        { label: 'Score', value: (r) => r.score.toFixed(3), numeric: true },
        { label: 'Shared themes', value: (r) => r.sharedThemes.map((t) => t.name).join('; ') },
      ],
      rows,
      drill: { column: 0, label: (r) => `Open ${r.review.title}`, open: (r) => this.open(r) },
    };
    this.panel.show(
      ticket,
      chart,
      table,
      `${picked.title} raises ${fmt(picked.themes.length)} theme${picked.themes.length === 1 ? '' : 's'}: ${picked.themes.map((t) => t.name).join(', ')}.`,
    );
  }
}
