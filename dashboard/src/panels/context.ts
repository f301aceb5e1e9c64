// What every panel gets from the page: the current view, the API filter, and a way to change the view.
import type { ReviewFilter } from '../gql/graphql';
import type { ViewState } from '../state';
import { laidOutWidth } from '../ui/size';

export interface DashboardContext {
  /** The current view (from the URL). */
  view(): ViewState;
  /** The shared filters as the API's ReviewFilter. */
  filter(): ReviewFilter | null;
  /** Changes the view: writes the URL and redraws the panels that depend on what changed. */
  update(patch: Partial<ViewState>): void;
  /** The shared filters in words, for captions. */
  describe(): string;
}

/** Width available to a chart inside its panel (at least 320 px), from the panel's last layout. */
export function chartWidth(el: HTMLElement): number {
  return Math.max(320, Math.floor(laidOutWidth(el) || 640) - 2);
}

/** Shortens a label to `max` characters with an ellipsis. */
export function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/**
 * Makes the marks of one Plot mark group (by its aria-label, e.g. "bar") clickable and focusable:
 * Plot stores each element's data index in `__data__`, which picks the row.
 */
export function onMarkClick<Row>(
  svg: Element,
  ariaLabel: string,
  rows: Row[],
  describe: (row: Row) => string,
  open: (row: Row) => void,
): void {
  const marks = svg.querySelectorAll(`g[aria-label="${ariaLabel}"] > *`);
  marks.forEach((el) => {
    const i = (el as unknown as { __data__?: unknown }).__data__;
    const row = typeof i === 'number' ? rows[i] : undefined;
    if (row === undefined) return;
    el.classList.add('clickable');
    el.setAttribute('role', 'button');
    el.setAttribute('tabindex', '0');
    el.setAttribute('aria-label', describe(row));
    el.addEventListener('click', () => open(row));
    el.addEventListener('keydown', (e) => {
      const key = (e as KeyboardEvent).key;
      if (key === 'Enter' || key === ' ') {
        e.preventDefault();
        open(row);
      }
    });
  });
}

/** Tags the chart's main SVG (the one exported as an image; Plot puts legends before it). */
export function markMainSvg(root: Element, label: string): void {
  const svgs = root.tagName.toLowerCase() === 'svg' ? [root] : [...root.querySelectorAll('svg')];
  const main = svgs[svgs.length - 1];
  if (!main) return;
  main.classList.add('chart-main');
  main.setAttribute('role', 'img');
  main.setAttribute('aria-label', label);
}

/** Whole-number ticks from 0 to at least `max`, at most about `count` of them. */
export function integerTicks(max: number, count = 6): number[] {
  const step = Math.max(1, Math.ceil(max / count));
  const ticks: number[] = [];
  for (let t = 0; t <= max + step - 1; t += step) ticks.push(t);
  return ticks;
}

/** Every year from `lo` to `hi`, thinned to at most `count` ticks. */
export function yearTicks(lo: number, hi: number, count = 12): number[] {
  const step = Math.max(1, Math.ceil((hi - lo + 1) / count));
  const ticks: number[] = [];
  for (let y = lo; y <= hi; y += step) ticks.push(y);
  return ticks;
}
