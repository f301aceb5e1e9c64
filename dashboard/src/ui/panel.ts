// A chart panel: title, own controls, the chart, its table alternative, exports, and clear states.
import { ApiError } from '../api';
import { fmt, h, replace } from './dom';
import { watchWidth } from './size';
import { download, fileSlug, pngBlob, svgMarkup } from './export';
import { renderTable, toCsv, type DataTable } from './table';

/** What a panel shows: `data-state` on its element says which (tests and the benchmark read it). */
export type PanelState = 'loading' | 'ready' | 'empty' | 'error' | 'unavailable';

export interface PanelOptions {
  id: string;
  title: string;
  /** One sentence: what the chart counts. */
  description: string;
}

/** Rows a table shows at most; the CSV download has them all. */
const MAX_TABLE_ROWS = 500;

/** One panel of the dashboard. Each load gets a ticket; answers to superseded loads are dropped. */
export class Panel {
  readonly el: HTMLElement;
  /** Where the panel's own inputs go (e.g. minimum reviews, themes to plot). */
  readonly controls: HTMLElement;
  private readonly status: HTMLElement;
  private readonly chart: HTMLElement;
  private readonly note: HTMLElement;
  private readonly tableBox: HTMLDetailsElement;
  private readonly exports: HTMLButtonElement[];
  private readonly exportBar: HTMLElement;
  private table: DataTable<never> | null = null;
  private ticket = 0;

  constructor(private readonly opts: PanelOptions) {
    const titleId = `${opts.id}-title`;
    this.controls = h('div', { class: 'controls' });
    this.status = h('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
    this.chart = h('div', { class: 'chart' });
    this.note = h('p', { class: 'note' });
    this.tableBox = h('details', { class: 'table', hidden: true });
    const button = (label: string, onclick: () => void) =>
      h('button', { type: 'button', disabled: true, onclick }, label);
    this.exports = [
      button('CSV', () => this.exportCsv()),
      button('SVG', () => this.exportSvg()),
      button('PNG', () => void this.exportPng()),
    ];
    this.exportBar = h(
      'footer',
      { class: 'exports', 'aria-label': `Download ${opts.title}` },
      'Download ',
      this.exports,
    );
    this.el = h(
      'section',
      { class: 'panel', id: opts.id, 'aria-labelledby': titleId, 'data-state': 'loading' },
      h(
        'header',
        {},
        h('h2', { id: titleId }, opts.title),
        h('p', { class: 'description' }, opts.description),
        this.controls,
      ),
      this.status,
      this.chart,
      this.note,
      this.tableBox,
      this.exportBar,
    );
    watchWidth(this.el);
  }

  /** Starts a load: shows the loading state (the previous chart stays, dimmed) and returns its ticket. */
  begin(): number {
    this.ticket += 1;
    performance.mark(`${this.opts.id}:request`);
    this.setState('loading');
    this.el.setAttribute('aria-busy', 'true');
    replace(this.status, h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Loading…');
    return this.ticket;
  }

  /** Notes that the API answered (a performance mark, so timings split API time from drawing). */
  arrived(): void {
    performance.mark(`${this.opts.id}:data`);
  }

  /** True while `ticket` is the latest load. */
  current(ticket: number): boolean {
    return ticket === this.ticket;
  }

  /** Shows the chart and its table alternative. */
  show<Row>(ticket: number, chart: Element, table: DataTable<Row>, note = ''): void {
    if (!this.current(ticket)) return;
    this.table = table as unknown as DataTable<never>;
    replace(this.chart, chart);
    this.note.textContent = note;
    // The table is built when first opened: at national scale it can hold thousands of rows.
    const scroll = h('div', { class: 'table-scroll' });
    const fill = () => {
      if (!scroll.firstChild) replace(scroll, renderTable(table, MAX_TABLE_ROWS));
    };
    replace(
      this.tableBox,
      h('summary', {}, `Table: ${fmt(table.rows.length)} row${table.rows.length === 1 ? '' : 's'}`),
      scroll,
    );
    if (this.tableBox.open) fill();
    this.tableBox.ontoggle = () => {
      if (this.tableBox.open) fill();
    };
    this.tableBox.hidden = false;
    replace(this.status);
    this.setState('ready');
    performance.mark(`${this.opts.id}:ready`);
  }

  /** No data under the current filters: says so instead of drawing an empty chart. */
  empty(ticket: number, message: string): void {
    if (!this.current(ticket)) return;
    this.clear();
    replace(this.status, h('p', { class: 'empty' }, message));
    this.setState('empty');
  }

  /** This chart cannot be drawn: the API does not answer its question, or this dashboard does not chart it yet. */
  unavailable(message: string): void {
    this.ticket += 1;
    this.clear();
    replace(this.status, h('p', { class: 'unavailable' }, message));
    this.setState('unavailable');
  }

  /** An API error: the message, the request id to quote, and a retry button. */
  error(ticket: number, err: unknown, retry: () => void): void {
    if (!this.current(ticket)) return;
    this.clear();
    const requestId = err instanceof ApiError ? err.requestId : null;
    const code = err instanceof ApiError ? ` (${err.code})` : '';
    replace(
      this.status,
      h(
        'div',
        { class: 'error', role: 'alert' },
        h('strong', {}, 'The API could not answer this chart'),
        h('p', {}, `${(err as Error).message}${code}`),
        requestId
          ? h('p', {}, 'Request id: ', h('code', { class: 'request-id' }, requestId))
          : null,
        h('button', { type: 'button', onclick: retry }, 'Try again'),
      ),
    );
    this.setState('error');
  }

  private clear(): void {
    this.table = null;
    replace(this.chart);
    this.note.textContent = '';
    replace(this.tableBox);
    this.tableBox.hidden = true;
  }

  private setState(state: PanelState): void {
    this.el.dataset.state = state;
    this.exportBar.hidden = state === 'unavailable';
    if (state !== 'loading') this.el.removeAttribute('aria-busy');
    for (const b of this.exports) b.disabled = state !== 'ready';
  }

  private svg(): SVGSVGElement | null {
    return this.chart.querySelector('svg.chart-main') ?? this.chart.querySelector('svg');
  }

  private exportCsv(): void {
    if (!this.table) return;
    download(
      `${fileSlug(this.opts.title)}.csv`,
      new Blob([toCsv(this.table)], { type: 'text/csv' }),
    );
  }

  private exportSvg(): void {
    const svg = this.svg();
    if (svg)
      download(
        `${fileSlug(this.opts.title)}.svg`,
        new Blob([svgMarkup(svg)], { type: 'image/svg+xml' }),
      );
  }

  private async exportPng(): Promise<void> {
    const svg = this.svg();
    if (svg) download(`${fileSlug(this.opts.title)}.png`, await pngBlob(svg));
  }
}
