// The dashboard's view as a value: parsed from and written to the page's URL, so a view can be shared.
import type { ReviewFilter, ReviewKind } from './gql/graphql';

/** Which reviews every chart counts. */
export interface Filters {
  /** Earliest publication month, `YYYY-MM`, inclusive. */
  from: string | null;
  /** Latest publication month, `YYYY-MM`, inclusive. */
  to: string | null;
  kinds: ReviewKind[];
  partnerships: string[];
  /** Real reviews only, synthetic only, or both. */
  data: 'all' | 'real' | 'synthetic';
}

/** Everything a bookmark restores: the shared filters and each chart's own choices. */
export interface ViewState {
  filters: Filters;
  /** Recurring themes: minimum number of reviews per theme. */
  minReviews: number;
  /** Co-occurrence: minimum number of reviews per pair. */
  pairMinReviews: number;
  /** Trend: the chosen theme ids; empty means the most recurrent themes. */
  trendThemes: string[];
  /** Similar reviews: the picked review id. */
  review: string | null;
  /** Timeliness: one group per partnership or per year of notification. */
  timelinessBy: 'PARTNERSHIP' | 'YEAR';
  /** Follow-up: the day (`YYYY-MM-DD`) at which status and overdue are judged; null is today. */
  asOf: string | null;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function list(params: URLSearchParams, key: string): string[] {
  return (params.get(key) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function intParam(params: URLSearchParams, key: string, dflt: number): number {
  const n = Number(params.get(key));
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : dflt;
}

/** Reads a view from a query string; anything missing or malformed takes its default. */
export function parseView(search: string): ViewState {
  const p = new URLSearchParams(search);
  const month = (key: string) => {
    const v = p.get(key);
    return v && MONTH.test(v) ? v : null;
  };
  const data = p.get('data');
  return {
    filters: {
      from: month('from'),
      to: month('to'),
      kinds: list(p, 'kinds') as ReviewKind[],
      partnerships: list(p, 'partnerships'),
      data: data === 'real' || data === 'synthetic' ? data : 'all',
    },
    minReviews: intParam(p, 'min', 2),
    pairMinReviews: intParam(p, 'pairMin', 2),
    trendThemes: list(p, 'trend'),
    review: p.get('review') || null,
    timelinessBy: p.get('timeliness') === 'year' ? 'YEAR' : 'PARTNERSHIP',
    asOf: DAY.test(p.get('asOf') ?? '') ? p.get('asOf') : null,
  };
}

/** Writes a view as a query string, leaving out defaults so URLs stay short. */
export function serializeView(v: ViewState): string {
  const p = new URLSearchParams();
  if (v.filters.from) p.set('from', v.filters.from);
  if (v.filters.to) p.set('to', v.filters.to);
  if (v.filters.kinds.length) p.set('kinds', v.filters.kinds.join(','));
  if (v.filters.partnerships.length) p.set('partnerships', v.filters.partnerships.join(','));
  if (v.filters.data !== 'all') p.set('data', v.filters.data);
  if (v.minReviews !== 2) p.set('min', String(v.minReviews));
  if (v.pairMinReviews !== 2) p.set('pairMin', String(v.pairMinReviews));
  if (v.trendThemes.length) p.set('trend', v.trendThemes.join(','));
  if (v.review) p.set('review', v.review);
  if (v.timelinessBy === 'YEAR') p.set('timeliness', 'year');
  if (v.asOf) p.set('asOf', v.asOf);
  const s = p.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

/** The API's ReviewFilter for the shared filters (null when nothing is filtered). */
export function toReviewFilter(f: Filters): ReviewFilter | null {
  const filter: ReviewFilter = {};
  if (f.from) filter.publishedFrom = f.from;
  if (f.to) filter.publishedTo = f.to;
  if (f.kinds.length) filter.kinds = f.kinds;
  if (f.partnerships.length) filter.partnershipIds = f.partnerships;
  if (f.data !== 'all') filter.synthetic = f.data === 'synthetic';
  return Object.keys(filter).length ? filter : null;
}

/** The filters in words, for captions and exports: "published 2022-01 to 2023-12, 2 partnerships". */
export function describeFilters(f: Filters, partnershipName: (id: string) => string): string {
  const parts: string[] = [];
  if (f.from && f.to) parts.push(`published ${f.from} to ${f.to}`);
  else if (f.from) parts.push(`published from ${f.from}`);
  else if (f.to) parts.push(`published up to ${f.to}`);
  if (f.kinds.length) parts.push(f.kinds.map(kindLabel).join(' or '));
  if (f.partnerships.length) parts.push(f.partnerships.map(partnershipName).join(', '));
  if (f.data === 'real') parts.push('real reviews only');
  if (f.data === 'synthetic') parts.push('synthetic reviews only');
  return parts.length ? parts.join('; ') : 'all reviews';
}

/** `CHILD_SAFEGUARDING_PRACTICE_REVIEW` -> `Child safeguarding practice review`. */
export function kindLabel(kind: string): string {
  const words = kind.toLowerCase().split('_').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
