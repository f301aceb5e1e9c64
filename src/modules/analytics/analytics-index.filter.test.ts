// Unit: a review filter evaluated on the index (no database): the mask and the span it reports
// agree with a plain check of every review, whatever order the years sit in.
import type { CypherFilter } from '../../shared/pagination';
import { AnalyticsIndexBuilder, type IndexReviewIdsRow } from './analytics-index.builder';
import { maskSpan, reviewMask } from './analytics-index.filter';
import * as q from './analytics-index.queries';

const review = (
  id: string,
  publishedSort: string | null,
  publishedYear: number | null,
  kind = 'SERIOUS_CASE_REVIEW',
): IndexReviewIdsRow => ({
  id,
  kind,
  publishedOn: publishedSort,
  publishedSort,
  publishedYear,
  titleKey: id,
  synthetic: false,
  partnershipIds: ['p'],
  agencyIds: [],
  sectors: [],
  links: [['t', null]],
  findings: [],
  notificationWorkingDays: null,
  rapidReviewWorkingDays: null,
  notifiedOn: null,
});

/*
 * Newest first by publishedSort: r1 (2024-05-01), r2 (2023-06-01), r3 (2023-02-01, but
 * publishedYear 2021: a year that sits between 2023's reviews, not with its own), r4
 * (2022-01-10, a practice review), r5 (2021-03-01), r6 (no date, unknown year).
 */
function sample() {
  const b = new AnalyticsIndexBuilder();
  b.setThemes([
    { id: 't', nameKey: 't', record: { id: 't', name: 'T', synthetic: false }, briefingIds: [] },
  ]);
  b.addReviewByIds(review('r1', '2024-05-01', 2024));
  b.addReviewByIds(review('r2', '2023-06-01', 2023));
  b.addReviewByIds(review('r3', '2023-02-01', 2021));
  b.addReviewByIds(review('r4', '2022-01-10', 2022, 'CHILD_SAFEGUARDING_PRACTICE_REVIEW'));
  b.addReviewByIds(review('r5', '2021-03-01', 2021));
  b.addReviewByIds(review('r6', null, null));
  return b.finish(1);
}

const filter = (params: Record<string, unknown>): CypherFilter => ({ conditions: [], params });
const passing = (mask: Uint8Array | null, ids: readonly string[]) =>
  ids.filter((_, p) => mask === null || mask[p] === 1);

describe('reviewMask', () => {
  const ix = sample();

  it('orders the sample as its comment says', () => {
    expect(ix.reviewIds).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
  });

  it.each([
    // publishedYear 2021: r3 (position 2) and r5 (position 4), with r4 (2022) between them.
    [{ rf_year: 2021 }, ['r3', 'r5'], [2, 4]],
    [{ rf_fromYear: 2022, rf_toYear: 2023 }, ['r2', 'r4'], [1, 3]],
    [{ rf_toYear: 2022 }, ['r3', 'r4', 'r5'], [2, 4]],
    // publishedSort in 2023: r2 and r3, whatever their publishedYear.
    [{ rf_from: '2023-01-01', rf_to: '2023-12-31' }, ['r2', 'r3'], [1, 2]],
    [{ rf_from: '2022-01-11' }, ['r1', 'r2', 'r3'], [0, 2]],
    [{ rf_year: 2021, rf_kinds: ['CHILD_SAFEGUARDING_PRACTICE_REVIEW'] }, [], [6, -1]],
    [{ rf_kinds: ['CHILD_SAFEGUARDING_PRACTICE_REVIEW'] }, ['r4'], [3, 3]],
    [{ rf_year: 1999 }, [], [6, -1]],
  ])('%j passes %j, spanning positions %j', (params, ids, span) => {
    const mask = reviewMask(ix, filter(params));
    expect(passing(mask, ix.reviewIds)).toEqual(ids);
    expect(maskSpan(ix, mask)).toEqual(span);
    // Recurrence over the mask counts exactly the passing reviews.
    expect(q.recurringThemes(ix, 1, mask, 0xff).map((r) => r.reviewCount)).toEqual(
      ids.length > 0 ? [ids.length] : [],
    );
  });

  it('lets every review pass with no condition, spanning all positions', () => {
    const mask = reviewMask(ix, filter({}));
    expect(mask).toBeNull();
    expect(maskSpan(ix, mask)).toEqual([0, 5]);
  });
});
