// Timeliness of notification and rapid review, and recommendation follow-up by owner: stacked bars with tables.
import * as Plot from '@observablehq/plot';
import { request } from '../api';
import type { DashboardFollowUpQuery, DashboardTimelinessQuery } from '../gql/graphql';
import { FollowUpQuery, OwnerReviewsQuery, ReviewsBehindQuery, TimelinessQuery } from '../queries';
import { fmt, h } from '../ui/dom';
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

/** Groups (partnerships or years) and owners drawn at most; the tables list them all. */
const MAX_ROWS = 25;

type Group = DashboardTimelinessQuery['timeliness'][number];
type FollowUp = DashboardFollowUpQuery['recommendationFollowUp'][number];

/** One stacked segment: a group's count of one outcome at one stage. */
interface Segment {
  group: Group;
  label: string;
  stage: string;
  outcome: string;
  count: number;
}

const OUTCOMES = ['On time', 'Late', 'Date unknown'] as const;
const OUTCOME_COLOURS = ['#2e7d32', '#c2410c', '#b8bec8'];
const STAGES = ['Notification (5 working days)', 'Rapid review (15 working days)'] as const;

/** A group's name: the partnership's, the year, or "Year unknown". */
function groupLabel(g: Group): string {
  if (g.partnership) return g.partnership.name;
  return g.year === null || g.year === undefined ? 'Year unknown' : String(g.year);
}

/** A median as printed: one decimal at most, or blank when none is known. */
function median(v: number | null | undefined): string | null {
  return v === null || v === undefined ? null : String(Math.round(v * 10) / 10);
}

/** The `max` groups with the most reviews (ties: the first), in the API's order. */
function busiest(rows: Group[], max: number): Group[] {
  if (rows.length <= max) return rows;
  const kept = new Set(
    rows
      .map((g, i) => ({ g, i }))
      .sort((a, b) => b.g.reviewCount - a.g.reviewCount || a.i - b.i)
      .slice(0, max)
      .map((x) => x.g),
  );
  return rows.filter((g) => kept.has(g));
}

export class TimelinessPanel {
  readonly panel = new Panel({
    id: 'panel-timeliness',
    title: 'Rapid review timeliness',
    description:
      'Serious incidents notified within 5 working days, and rapid reviews held within 15 working days of notification (weekends and bank holidays excluded). Grey: a date is not published.',
  });
  private readonly groupBy: HTMLSelectElement;
  private rows: Group[] = [];

  constructor(private readonly ctx: DashboardContext) {
    this.groupBy = h(
      'select',
      { id: 'timeliness-by' },
      h('option', { value: 'PARTNERSHIP' }, 'Partnership'),
      h('option', { value: 'YEAR' }, 'Year of notification'),
    );
    this.groupBy.addEventListener('change', () => {
      const v = this.groupBy.value === 'YEAR' ? 'YEAR' : 'PARTNERSHIP';
      this.ctx.update({ timelinessBy: v });
    });
    this.panel.controls.append(h('label', { for: 'timeliness-by' }, 'Group by'), this.groupBy);
  }

  async load(): Promise<void> {
    const view = this.ctx.view();
    this.groupBy.value = view.timelinessBy;
    const ticket = this.panel.begin();
    try {
      const data = await request(TimelinessQuery, {
        filter: this.ctx.filter(),
        groupBy: view.timelinessBy,
      });
      this.panel.arrived();
      if (!this.panel.current(ticket)) return;
      this.rows = data.timeliness;
      this.draw(ticket);
    } catch (err) {
      this.panel.error(ticket, err, () => void this.load());
    }
  }

  redraw(): void {
    if (this.panel.el.dataset.state === 'ready') this.draw(this.panel.begin());
  }

  /** The reviews of one partnership's row (a year of notification is not a review filter). */
  private open(g: Group): void {
    if (!g.partnership) return;
    const p = g.partnership;
    openDrilldown(`Reviews of ${p.name} counted for timeliness`, async () => {
      const data = await request(ReviewsBehindQuery, {
        filter: { ...(this.ctx.filter() ?? {}), partnershipIds: [p.id] },
      });
      return { total: data.reviews.totalCount, reviews: data.reviews.nodes };
    });
  }

  private draw(ticket: number): void {
    const rows = this.rows;
    if (rows.length === 0) {
      this.panel.empty(ticket, `No review matches these filters (${this.ctx.describe()}).`);
      return;
    }
    const width = chartWidth(this.panel.el);
    const maxChars = Math.max(10, Math.min(28, Math.floor((width * 0.3) / 6.6)));
    const drawn = busiest(rows, MAX_ROWS);
    const segments: Segment[] = [];
    for (const g of drawn) {
      const label = truncate(groupLabel(g), maxChars);
      const stages = [g.notification, g.rapidReview];
      stages.forEach((s, i) => {
        const counts = [s.onTime, s.late, s.unknown];
        counts.forEach((count, j) => {
          if (count > 0)
            segments.push({ group: g, label, stage: STAGES[i]!, outcome: OUTCOMES[j]!, count });
        });
      });
    }
    const labels = [...new Set(drawn.map((g) => truncate(groupLabel(g), maxChars)))];
    const most = Math.max(1, ...drawn.map((g) => g.reviewCount));
    const byPartnership = rows.some((g) => g.partnership);
    const marginLeft = Math.min(
      Math.round(width * 0.3),
      12 + Math.max(...labels.map((l) => l.length)) * 6.6,
    );
    const ticks = integerTicks(most, Math.max(2, Math.floor((width - marginLeft) / 2 / 90)));
    const chart = Plot.plot({
      width,
      height: 90 + labels.length * 26,
      marginLeft,
      marginRight: 16,
      marginTop: 48,
      color: { domain: [...OUTCOMES], range: OUTCOME_COLOURS, legend: true },
      fx: { label: null, domain: [...STAGES], padding: 0.12, axis: 'top' },
      x: {
        label: null,
        grid: true,
        axis: 'bottom',
        tickFormat: 'd',
        domain: [0, ticks[ticks.length - 1] ?? most],
        ticks,
      },
      y: { label: null, domain: labels, tickSize: 0 },
      marks: [
        Plot.barX(segments, {
          x: 'count',
          y: 'label',
          fx: 'stage',
          fill: 'outcome',
          order: [...OUTCOMES],
          title: (s: Segment) =>
            `${groupLabel(s.group)}, ${s.stage}: ${s.outcome.toLowerCase()} ${fmt(s.count)}`,
          insetTop: 3,
          insetBottom: 3,
        }),
        Plot.ruleX([0]),
      ],
    });
    markMainSvg(
      chart,
      `Stacked bars: notification and rapid review on time, late or unknown, ${this.ctx.describe()}`,
    );
    if (byPartnership) {
      onMarkClick(
        chart,
        'bar',
        segments,
        (s) =>
          `${groupLabel(s.group)}, ${s.stage}: ${s.outcome.toLowerCase()} ${fmt(s.count)}. Show the reviews.`,
        (s) => this.open(s.group),
      );
    }
    const table: DataTable<Group> = {
      caption: `Timeliness by ${this.ctx.view().timelinessBy === 'YEAR' ? 'year of notification' : 'partnership'}, ${this.ctx.describe()}`,
      columns: [
        {
          label: this.ctx.view().timelinessBy === 'YEAR' ? 'Year' : 'Partnership',
          value: groupLabel,
        },
        { label: 'Reviews', value: (g) => g.reviewCount, numeric: true },
        { label: 'Notified on time', value: (g) => g.notification.onTime, numeric: true },
        { label: 'Notified late', value: (g) => g.notification.late, numeric: true },
        { label: 'Notification unknown', value: (g) => g.notification.unknown, numeric: true },
        {
          label: 'Median working days to notify',
          value: (g) => median(g.notification.medianWorkingDays),
        },
        { label: 'Rapid review on time', value: (g) => g.rapidReview.onTime, numeric: true },
        { label: 'Rapid review late', value: (g) => g.rapidReview.late, numeric: true },
        { label: 'Rapid review unknown', value: (g) => g.rapidReview.unknown, numeric: true },
        {
          label: 'Median working days to rapid review',
          value: (g) => median(g.rapidReview.medianWorkingDays),
        },
      ],
      rows,
      ...(byPartnership
        ? {
            drill: {
              column: 1,
              label: (g: Group) => `Show the reviews of ${groupLabel(g)}`,
              open: (g: Group) => this.open(g),
            },
          }
        : {}),
    };
    const reviews = rows.reduce((n, g) => n + g.reviewCount, 0);
    const known = (stage: 'notification' | 'rapidReview') =>
      rows.reduce((n, g) => n + g[stage].onTime + g[stage].late, 0);
    const parts = [
      `Published dates show the notification timeliness of ${fmt(known('notification'))} of ${fmt(reviews)} reviews and the rapid review timeliness of ${fmt(known('rapidReview'))}.`,
    ];
    if (rows.length > drawn.length)
      parts.push(
        `The chart shows the ${fmt(drawn.length)} of ${fmt(rows.length)} groups with the most reviews; the table lists them all.`,
      );
    this.panel.show(ticket, chart, table, parts.join(' '));
  }
}

/** One stacked segment of an owner's bar. */
interface OwnerSegment {
  row: FollowUp;
  label: string;
  status: string;
  count: number;
}

const FOLLOW_UP = [
  'Overdue',
  'Open, not overdue',
  'Completed',
  'Not accepted or superseded',
  'Status not known',
] as const;
const FOLLOW_UP_COLOURS = ['#c2410c', '#e0a526', '#2e7d32', '#6b7f99', '#d3d7de'];

function ownerName(r: FollowUp): string {
  return r.owner ? r.owner.name : 'No owner recorded';
}

/** Today as `YYYY-MM-DD` (UTC), as the API judges by default. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export class FollowUpPanel {
  readonly panel = new Panel({
    id: 'panel-follow-up',
    title: 'Recommendation follow-up',
    description:
      'Recommendations by the agency or partnership that owns them: overdue (past the target date and not closed), open, completed, not accepted or superseded, or of a status no published source reports.',
  });
  private readonly asOf: HTMLInputElement;
  private rows: FollowUp[] = [];

  constructor(private readonly ctx: DashboardContext) {
    this.asOf = h('input', { type: 'date', id: 'follow-up-as-of' });
    this.asOf.addEventListener('change', () => {
      const v = this.asOf.value;
      this.ctx.update({ asOf: /^\d{4}-\d{2}-\d{2}$/.test(v) && v !== today() ? v : null });
    });
    this.panel.controls.append(h('label', { for: 'follow-up-as-of' }, 'As of'), this.asOf);
  }

  private filter() {
    const review = this.ctx.filter();
    return review ? { review } : null;
  }

  async load(): Promise<void> {
    const view = this.ctx.view();
    this.asOf.value = view.asOf ?? today();
    const ticket = this.panel.begin();
    try {
      // Only the owners the chart draws: at national scale there are thousands.
      const data = await request(FollowUpQuery, {
        filter: this.filter(),
        asOf: view.asOf,
        first: MAX_ROWS,
      });
      this.panel.arrived();
      if (!this.panel.current(ticket)) return;
      this.rows = data.recommendationFollowUp;
      this.draw(ticket);
    } catch (err) {
      this.panel.error(ticket, err, () => void this.load());
    }
  }

  redraw(): void {
    if (this.panel.el.dataset.state === 'ready') this.draw(this.panel.begin());
  }

  /** The reviews whose recommendations this owner holds. */
  private open(r: FollowUp): void {
    const owner = r.owner;
    if (!owner) return;
    const ownerFilter =
      owner.__typename === 'Agency'
        ? { ownerAgencyIds: [owner.id] }
        : { ownerPartnershipIds: [owner.id] };
    openDrilldown(`Reviews with recommendations owned by ${owner.name}`, async () => {
      const data = await request(OwnerReviewsQuery, {
        filter: { ...(this.filter() ?? {}), ...ownerFilter },
        asOf: this.ctx.view().asOf,
      });
      const seen = new Map(data.recommendations.nodes.map((n) => [n.review.id, n.review]));
      const reviews = [...seen.values()];
      return {
        total:
          data.recommendations.totalCount > 100 ? Math.max(reviews.length, 100) : reviews.length,
        reviews,
      };
    });
  }

  private draw(ticket: number): void {
    const rows = this.rows;
    const asOf = this.ctx.view().asOf ?? today();
    if (rows.length === 0) {
      this.panel.empty(
        ticket,
        `No recommendation is recorded for the reviews under these filters (${this.ctx.describe()}).`,
      );
      return;
    }
    const width = chartWidth(this.panel.el);
    const maxChars = Math.max(12, Math.min(40, Math.floor((width * 0.4) / 6.6)));
    const label = (r: FollowUp) => truncate(ownerName(r), maxChars);
    const segments: OwnerSegment[] = [];
    for (const r of rows) {
      const closedOtherwise = r.total - r.open - r.completed - r.notKnown;
      const counts = [r.overdue, r.open - r.overdue, r.completed, closedOtherwise, r.notKnown];
      counts.forEach((count, j) => {
        if (count > 0) segments.push({ row: r, label: label(r), status: FOLLOW_UP[j]!, count });
      });
    }
    const labels = [...new Set(rows.map(label))];
    const most = Math.max(1, ...rows.map((r) => r.total));
    const chart = Plot.plot({
      width,
      height: 70 + labels.length * 24,
      marginLeft: Math.min(
        Math.round(width * 0.42),
        12 + Math.max(...labels.map((l) => l.length)) * 6.6,
      ),
      marginRight: 36,
      color: { domain: [...FOLLOW_UP], range: FOLLOW_UP_COLOURS, legend: true },
      x: {
        label: 'recommendations',
        grid: true,
        axis: 'top',
        tickFormat: 'd',
        ticks: integerTicks(most, Math.max(2, Math.floor(width / 140))),
      },
      y: { label: null, domain: labels, tickSize: 0 },
      marks: [
        Plot.barX(segments, {
          x: 'count',
          y: 'label',
          fill: 'status',
          order: [...FOLLOW_UP],
          title: (s: OwnerSegment) =>
            `${ownerName(s.row)}: ${s.status.toLowerCase()} ${fmt(s.count)}`,
          insetTop: 3,
          insetBottom: 3,
        }),
        Plot.ruleX([0]),
      ],
    });
    markMainSvg(
      chart,
      `Stacked bars: recommendations by owner and status as of ${asOf}, ${this.ctx.describe()}`,
    );
    onMarkClick(
      chart,
      'bar',
      segments.filter((s) => s.row.owner),
      (s) => `${ownerName(s.row)}: ${s.status.toLowerCase()} ${fmt(s.count)}. Show the reviews.`,
      (s) => this.open(s.row),
    );
    const table: DataTable<FollowUp> = {
      caption: `Recommendation follow-up by owner as of ${asOf}, ${this.ctx.describe()}`,
      columns: [
        { label: 'Owner', value: ownerName },
        { label: 'Recommendations', value: (r) => r.total, numeric: true },
        { label: 'Open', value: (r) => r.open, numeric: true },
        { label: 'Overdue', value: (r) => r.overdue, numeric: true },
        { label: 'Completed', value: (r) => r.completed, numeric: true },
        { label: 'Status not known', value: (r) => r.notKnown, numeric: true },
        { label: 'Median days to completion', value: (r) => median(r.medianDaysToCompletion) },
      ],
      rows,
      drill: {
        column: 1,
        label: (r) => `Show the reviews behind ${ownerName(r)}'s recommendations`,
        open: (r) => this.open(r),
        when: (r) => r.owner !== null && r.owner !== undefined,
      },
    };
    const overdue = rows.reduce((n, r) => n + r.overdue, 0);
    const total = rows.reduce((n, r) => n + r.total, 0);
    const summary =
      rows.length === MAX_ROWS
        ? `The ${MAX_ROWS} owners with the most overdue recommendations (the chart and the table show only these): ${fmt(overdue)} of their ${fmt(total)} recommendations overdue as of ${asOf}.`
        : `${fmt(overdue)} of ${fmt(total)} recommendations overdue as of ${asOf}.`;
    this.panel.show(ticket, chart, table, summary);
  }
}
