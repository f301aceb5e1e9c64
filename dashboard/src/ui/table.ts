// The table alternative of a chart: the same rows as the chart, readable by screen readers and keyboards.
import { h, fmt } from './dom';

/** One column of a chart's data. */
export interface Column<Row> {
  label: string;
  value: (row: Row) => string | number | null;
  /** Right-aligned, formatted with thousands separators. */
  numeric?: boolean;
}

/** A chart's data as rows and columns: drawn as a table and exported as CSV. */
export interface DataTable<Row> {
  caption: string;
  columns: Array<Column<Row>>;
  rows: Row[];
  /** When given, the cell of this column is a button that lists the reviews behind the row. */
  drill?: {
    column: number;
    label: (row: Row) => string;
    open: (row: Row) => void;
    /** Rows with reviews to list (default: every row). */
    when?: (row: Row) => boolean;
  };
}

/**
 * Renders the table: caption, column headers with scope, row headers in the first column; at most
 * `maxRows` rows, the caption saying so when there are more.
 */
export function renderTable<Row>(t: DataTable<Row>, maxRows = Infinity): HTMLTableElement {
  const head = h(
    'tr',
    {},
    t.columns.map((c) => h('th', { scope: 'col', class: c.numeric ? 'num' : null }, c.label)),
  );
  const body = t.rows.slice(0, maxRows).map((row) =>
    h(
      'tr',
      {},
      t.columns.map((c, i) => {
        const v = c.value(row);
        const text = v === null ? '' : typeof v === 'number' ? fmt(v) : v;
        const cls = c.numeric ? 'num' : null;
        const drill = t.drill;
        const content =
          drill && drill.column === i && (drill.when?.(row) ?? true)
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'link',
                  'aria-label': drill.label(row),
                  onclick: () => drill.open(row),
                },
                text,
              )
            : text;
        return i === 0
          ? h('th', { scope: 'row', class: cls }, content)
          : h('td', { class: cls }, content);
      }),
    ),
  );
  const more =
    t.rows.length > maxRows
      ? ` (the first ${fmt(maxRows)} of ${fmt(t.rows.length)} rows; the CSV download has them all)`
      : '';
  return h(
    'table',
    {},
    h('caption', {}, t.caption, more),
    h('thead', {}, head),
    h('tbody', {}, body),
  );
}

/** The table as CSV (RFC 4180: quoted where needed, CRLF line ends), header row first. */
export function toCsv<Row>(t: DataTable<Row>): string {
  const cell = (v: string | number | null): string => {
    const s = v === null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [t.columns.map((c) => cell(c.label)).join(',')];
  for (const row of t.rows) lines.push(t.columns.map((c) => cell(c.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
