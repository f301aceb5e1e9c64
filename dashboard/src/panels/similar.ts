// Similar reviews: pick a review, see its nearest neighbours by shared themes and which themes they share.
import * as Plot from '@observablehq/plot';
import { request } from '../api';
import type { DashboardSimilarQuery } from '../gql/graphql';
import { PickableReviewsQuery, SimilarQuery } from '../queries';
import { fmt, h, replace } from '../ui/dom';
import { openDrilldown } from '../ui/drilldown';
import { Panel } from '../ui/panel';
import type { DataTable } from '../ui/table';
import { chartWidth, markMainSvg, onMarkClick, truncate, type DashboardContext } from './context';

type Neighbour = DashboardSimilarQuery['similarReviews'][number];
type Row = Neighbour & { label: string };

/** Neighbours shown. */
const NEIGHBOURS = 10;

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
    try {
      const pickable = await request(PickableReviewsQuery, { filter: this.ctx.filter() });
      if (!this.panel.current(ticket)) return;
      const options = pickable.reviews.nodes;
      const reviewId = this.ctx.view().review ?? options[0]?.id ?? null;
      replace(
        this.picker,
        options.map((r) =>
          h(
            'option',
            { value: r.id, selected: r.id === reviewId },
            `${r.title} · ${r.partnership?.name ?? 'partnership unknown'} · ${year(r.publishedOn)}${r.synthetic ? ' · synthetic' : ''}`,
          ),
        ),
      );
      if (reviewId && !options.some((r) => r.id === reviewId)) {
        this.picker.prepend(h('option', { value: reviewId, selected: true }, reviewId));
      }
      if (!reviewId) {
        this.panel.empty(
          ticket,
          `No review to compare under these filters (${this.ctx.describe()}).`,
        );
        return;
      }
      const data = await request(SimilarQuery, {
        reviewId,
        first: NEIGHBOURS,
        filter: this.ctx.filter(),
      });
      this.panel.arrived();
      if (!this.panel.current(ticket)) return;
      this.picked = data.review;
      const picked = data.review;
      if (picked) {
        const option = this.picker.querySelector<HTMLOptionElement>(
          `option[value="${CSS.escape(reviewId)}"]`,
        );
        if (option) {
          option.textContent = `${picked.title} · ${picked.partnership?.name ?? 'partnership unknown'} · ${year(picked.publishedOn)}`;
        }
      }
      this.rows = data.similarReviews.map((s) => ({
        ...s,
        label: truncate(
          `${s.review.title} · ${s.review.partnership?.name ?? ''} ${year(s.review.publishedOn)}`,
          46,
        ),
      }));
      this.draw(ticket);
    } catch (err) {
      this.panel.error(ticket, err, () => void this.load());
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
    openDrilldown(`${row.review.title}`, async () => ({ total: 1, reviews: [row.review] }));
    // The dialog is filled asynchronously; add the shared themes once it shows the review.
    setTimeout(() => document.querySelector('#drilldown li.review h3')?.after(shared), 0);
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
