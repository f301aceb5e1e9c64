// Unit: the analytics index packs reviews newest first and answers from posting lists (no database).
import { AnalyticsIndexBuilder, type IndexReviewIdsRow } from './analytics-index.builder';
import * as q from './analytics-index.queries';
import { followUpGroups } from './analytics-index.follow-up';
import { medianCont, timelinessGroups } from './analytics-index.timeliness';

const review = (r: Partial<IndexReviewIdsRow> & { id: string }): IndexReviewIdsRow => ({
  kind: 'SERIOUS_CASE_REVIEW',
  publishedOn: null,
  publishedSort: null,
  publishedYear: null,
  titleKey: r.id,
  synthetic: false,
  partnershipIds: ['p'],
  agencyIds: [],
  sectors: [],
  links: [],
  findings: [],
  notificationWorkingDays: null,
  rapidReviewWorkingDays: null,
  notifiedOn: null,
  ...r,
});
const theme = (id: string, name: string, briefingIds: string[]) => ({
  id,
  nameKey: name.toLowerCase(),
  record: { id, name, synthetic: false },
  briefingIds,
});
const dated = (on: string) => ({
  publishedOn: on,
  publishedSort: on.length === 7 ? `${on}-01` : on,
  publishedYear: Number(on.slice(0, 4)),
});

/*
 * Four reviews: b (2022-04), c (2022-04-01: same day as b, more precise), a (2023-09), d (no date).
 * Newest first: a, then b and c tie on 2022-04-01 and order by title (b, c), then d (unknown last).
 * Themes: x (name "Alpha"), y ("beta"), z ("Beta"; same lower-cased name as y, so by id: y < z).
 * Links: a {x, y}, b {x, y(twice, two evidence kinds)}, c {x}, d {z}.
 */
function sample() {
  const b = new AnalyticsIndexBuilder();
  b.setThemes([theme('z', 'Beta', []), theme('x', 'Alpha', ['doc-1']), theme('y', 'beta', [])]);
  b.addReviewByIds(review({ id: 'd', links: [['z', null]] }));
  b.addReviewByIds(
    review({
      id: 'b',
      ...dated('2022-04'),
      links: [
        ['x', null],
        ['y', 'BRIEFING_PUBLISHED'],
        ['y', 'REPORT_FINDING'],
      ],
    }),
  );
  b.addReviewByIds(
    review({
      id: 'a',
      ...dated('2023-09'),
      links: [
        ['y', null],
        ['x', null],
      ],
    }),
  );
  b.addReviewByIds(review({ id: 'c', ...dated('2022-04-01'), links: [['x', null]] }));
  return b.finish(7);
}

describe('AnalyticsIndex', () => {
  it('orders reviews newest first and themes by name, then id', () => {
    const ix = sample();
    expect(ix.version).toBe(7);
    expect(ix.reviewIds).toEqual(['a', 'b', 'c', 'd']);
    expect(ix.themeIds).toEqual(['x', 'y', 'z']);
  });

  it("holds each theme's record by code, for the loaders", () => {
    const ix = sample();
    // Codes follow name order: x (Alpha), y (beta), z (Beta); an unknown id is skipped.
    expect(ix.themesOf(['z', 'nobody', 'x']).map((t) => [t.id, t.name])).toEqual([
      ['z', 'Beta'],
      ['x', 'Alpha'],
    ]);
    expect(Object.isFrozen(ix.themeRecords[0])).toBe(true);
  });

  it('counts recurrence with first and last dates as Cypher min/max of "sort on" keys', () => {
    // x: a, b, c = 3; y: a, b = 2; z: d = 1 (no date: first and last null).
    // First of x: keys "2022-04-01 2022-04" (b) < "2022-04-01 2022-04-01" (c): b's "2022-04".
    const ix = sample();
    const rows = q.recurringThemes(ix, 1, null, 0xff);
    expect(rows.map((r) => [r.themeId, r.reviewCount, r.firstPublished, r.lastPublished])).toEqual([
      ['x', 3, '2022-04', '2023-09'],
      ['y', 2, '2022-04', '2023-09'],
      ['z', 1, null, null],
    ]);
    expect(rows[0]?.reviewIds()).toEqual(['a', 'b', 'c']);
  });

  it('filters links by evidence: a link with several kinds passes for any of them', () => {
    // y's links with REPORT_FINDING: only b's. Links without evidence pass only when none is asked.
    const ix = sample();
    const rows = q.recurringThemes(ix, 1, null, ix.evidenceMask(['REPORT_FINDING']));
    expect(rows.map((r) => [r.themeId, r.reviewCount])).toEqual([['y', 1]]);
    expect(q.recurringThemes(ix, 1, null, ix.evidenceMask(['CURATOR_JUDGEMENT']))).toEqual([]);
  });

  it('pairs, trends and similarity from the posting lists', () => {
    const ix = sample();
    // x+y: a and b.
    const all = { minReviews: 1, themeId: null, themeIds: null };
    const pairs = q.themeCooccurrence(ix, all, null, 0xff);
    expect(pairs.map((p) => [...p.themeIds, p.reviewCount, p.reviewIds()])).toEqual([
      ['x', 'y', 2, ['a', 'b']],
    ]);
    // Only pairs of two listed themes: x and z are never raised together; x alone has no pair.
    const pairsOf = (themeIds: string[]) =>
      q.themeCooccurrence(ix, { ...all, themeIds }, null, 0xff).map((p) => p.themeIds);
    expect(pairsOf(['y', 'x', 'nope'])).toEqual([['x', 'y']]);
    expect(pairsOf(['x', 'z'])).toEqual([]);
    expect(pairsOf(['x'])).toEqual([]);
    expect(pairsOf([])).toEqual([]);
    // x by year: 2022 (b, c), 2023 (a).
    expect(q.themeTrend(ix, ['x'], null, 0xff).map((t) => [t.year, t.reviewIds()])).toEqual([
      [2022, ['b', 'c']],
      [2023, ['a']],
    ]);
    // Similar to a {x, y}: b {x, y} = 2/2 = 1; c {x} = 1/2.
    expect(q.similarReviews(ix, 'a', 5, null, 0xff)).toEqual([
      { reviewId: 'b', score: 1, sharedThemeIds: ['x', 'y'] },
      { reviewId: 'c', score: 0.5, sharedThemeIds: ['x'] },
    ]);
    expect(q.similarReviews(ix, 'nobody', 5, null, 0xff)).toEqual([]);
  });

  it('counts theme pairs alike in its dense array and in its map (many themes), as by hand', () => {
    // 12 themes, 80 reviews; review i links theme t when (i * 7 + t * 5) % 11 < 4 (a fixed,
    // uneven spread: 4 or 5 themes each, t00 and t11 always together), dated over four years.
    const b = new AnalyticsIndexBuilder();
    const ids = Array.from({ length: 12 }, (_, t) => `t${String(t).padStart(2, '0')}`);
    b.setThemes(ids.map((id) => theme(id, id, [])));
    const linked: string[][] = [];
    for (let i = 0; i < 80; i++) {
      const ts = ids.filter((_, t) => (i * 7 + t * 5) % 11 < 4);
      linked.push(ts);
      b.addReviewByIds(
        review({
          id: `r${i}`,
          ...dated(`${2020 + (i % 4)}-0${1 + (i % 9)}-01`),
          links: ts.map((t) => [t, null]),
        }),
      );
    }
    const ix = b.finish(1);
    // By hand: every pair of a review's themes, counted over the reviews.
    const expected = new Map<string, number>();
    for (const ts of linked)
      for (let x = 0; x < ts.length; x++)
        for (let y = x + 1; y < ts.length; y++) {
          const key = `${ts[x]}+${ts[y]}`;
          expected.set(key, (expected.get(key) ?? 0) + 1);
        }
    const all = { minReviews: 1, themeId: null, themeIds: null };
    const rows = (densePairs?: number) =>
      q
        .themeCooccurrence(ix, all, null, 0xff, densePairs)
        .map((p) => [p.themeIds.join('+'), p.reviewCount]);
    expect(new Map(rows() as [string, number][])).toEqual(expected);
    expect(rows(0)).toEqual(rows());
    // The same with a theme, a list of themes and a minimum, and twice in a row (the reused
    // counters start from zero each time).
    for (const scope of [
      { ...all, themeId: 't03' },
      { ...all, themeIds: ['t01', 't04', 't07', 't10'] },
      { ...all, minReviews: 10 },
    ]) {
      const dense = q
        .themeCooccurrence(ix, scope, null, 0xff)
        .map((p) => [p.themeIds, p.reviewCount]);
      expect(dense.length).toBeGreaterThan(0);
      expect(
        q.themeCooccurrence(ix, scope, null, 0xff, 0).map((p) => [p.themeIds, p.reviewCount]),
      ).toEqual(dense);
      expect(
        q.themeCooccurrence(ix, scope, null, 0xff).map((p) => [p.themeIds, p.reviewCount]),
      ).toEqual(dense);
    }
  });

  it('medians as Cypher percentileCont(x, 0.5): the middle value or the mean of the two middle ones', () => {
    expect(medianCont([])).toBeNull();
    expect(medianCont([7])).toBe(7);
    expect(medianCont([3, 1, 2])).toBe(2);
    expect(medianCont([4, 1, 3, 2])).toBe(2.5);
  });

  it('groups timeliness by first partnership (by name, none last) and by year (unknown last)', () => {
    const b = new AnalyticsIndexBuilder();
    b.setThemes([]);
    b.setPartnerships([
      { id: 'p-z', nameKey: 'alpha', record: { id: 'p-z', name: 'Alpha', synthetic: false } },
      { id: 'p-a', nameKey: 'beta', record: { id: 'p-a', name: 'Beta', synthetic: false } },
    ]);
    const timed = (id: string, partnershipIds: string[], n: number | null, on: string | null) =>
      review({ id, partnershipIds, notificationWorkingDays: n, notifiedOn: on });
    b.addReviewByIds(timed('r1', ['p-a'], 3, '2020-02-03'));
    b.addReviewByIds(timed('r2', ['p-z', 'p-a'], 9, '2021-05-06')); // p-a: the smaller id
    b.addReviewByIds(timed('r3', ['p-z'], null, null));
    b.addReviewByIds(timed('r4', [], 5, '2020-07-01'));
    const ix = b.finish(1);
    const limits = { notification: 5, rapidReview: 15 };
    // p-z is "alpha", p-a "beta": alpha first; the review without a partnership last.
    expect(
      timelinessGroups(ix, null, 'PARTNERSHIP', limits).map((g) => [
        g.id,
        g.reviewCount,
        g.notification,
      ]),
    ).toEqual([
      ['p-z', 1, { onTime: 0, late: 0, unknown: 1, medianWorkingDays: null }],
      ['p-a', 2, { onTime: 1, late: 1, unknown: 0, medianWorkingDays: 6 }],
      [null, 1, { onTime: 1, late: 0, unknown: 0, medianWorkingDays: 5 }],
    ]);
    // 2020: r1 (3) and r4 (5); 2021: r2 (9); unknown: r3.
    expect(
      timelinessGroups(ix, null, 'YEAR', limits).map((g) => [g.id, g.notification.onTime]),
    ).toEqual([
      ['2020', 2],
      ['2021', 0],
      [null, 0],
    ]);
  });
  it('judges recommendation follow-up as of a day, per owner of smallest id', () => {
    const b = new AnalyticsIndexBuilder();
    b.setThemes([theme('x', 'Alpha', [])]);
    b.setPartnerships([
      { id: 'p-a', nameKey: 'zeta', record: { id: 'p-a', name: 'Zeta', synthetic: false } },
    ]);
    b.addReviewByIds(review({ id: 'r1', ...dated('2020-01-10'), agencyIds: ['ag-b', 'ag-a'] }));
    b.addReviewByIds(review({ id: 'r2', agencyIds: [] }));
    const codes = { a: b.agencyCodes(), p: b.partnershipCodes(), t: b.themeCodes() };
    const ag = (id: string) => (codes.a[id] as number) * 2;
    const pa = (id: string) => (codes.p[id] as number) * 2 + 1;
    const rec = (
      reviewId: string,
      owners: number[],
      status: string,
      targetDue: string | null,
      history: string[],
    ) => ({
      reviewId,
      status,
      targetDue,
      agencies: [codes.a['ag-a'] as number],
      owners,
      themes: [codes.t.x as number],
      history,
    });
    // ag-a ("ag-a" sorts before "p-a"): three recommendations of r1.
    b.addRecommendation(
      rec('r1', [ag('ag-a'), pa('p-a')], 'COMPLETED', '2020-06-30', [
        'OPEN',
        '2020-02-01',
        'COMPLETED',
        '2020-03-01',
        'COMPLETED',
        '2020-04-01',
      ]),
    );
    b.addRecommendation(
      rec('r1', [ag('ag-a')], 'IN_PROGRESS', '2020-06-30', ['IN_PROGRESS', '2020-05-01']),
    );
    b.addRecommendation(rec('r1', [ag('ag-a')], 'COMPLETED', null, []));
    // p-a: one of r2 (no publication date), NOT_KNOWN; none: one of r2 without owner.
    b.addRecommendation(rec('r2', [pa('p-a')], 'NOT_KNOWN', '2019-01-31', []));
    b.addRecommendation(rec('r2', [], 'OPEN', '2020-01-31', ['OPEN', '2020-01-15']));
    const ix = b.finish(1);
    const rules = {
      closed: ['COMPLETED', 'NOT_ACCEPTED', 'SUPERSEDED'],
      notKnown: 'NOT_KNOWN',
      completed: 'COMPLETED',
    };
    const keys = { nameKey: (o: number) => (o % 2 ? 'zeta' : 'ag'), id: (o: number) => String(o) };
    const at = (asOf: string, sel = {}) =>
      followUpGroups(ix, null, sel, asOf, rules, keys).map((g) => [
        g.owner,
        g.total,
        g.open,
        g.overdue,
        g.completed,
        g.notKnown,
        g.medianDaysToCompletion,
      ]);
    // 2020-07-15: ag-a's first completed since 2020-03-01 (51 days after 2020-01-10), the second
    // in progress and past its target (overdue), the third completed without a date (no days);
    // p-a's NOT_KNOWN neither open nor overdue; the ownerless one open and overdue.
    expect(at('2020-07-15')).toEqual([
      [ag('ag-a'), 3, 1, 1, 2, 0, 51],
      [-1, 1, 1, 1, 0, 0, null],
      [pa('p-a'), 1, 0, 0, 0, 1, null],
    ]);
    // 2020-02-15: ag-a's first open (OPEN since 02-01), the second has no entry yet (open), none past due.
    expect(at('2020-02-15')).toEqual([
      [-1, 1, 1, 1, 0, 0, null],
      [ag('ag-a'), 3, 2, 0, 1, 0, null],
      [pa('p-a'), 1, 0, 0, 0, 1, null],
    ]);
    // Filters: by owner partnership (any owner: ag-a's first too), overdue only, status.
    expect(at('2020-07-15', { ownerPartnershipIds: ['p-a'] }).map((g) => [g[0], g[1]])).toEqual([
      [ag('ag-a'), 1],
      [pa('p-a'), 1],
    ]);
    expect(at('2020-07-15', { overdue: true }).map((g) => [g[0], g[1]])).toEqual([
      [ag('ag-a'), 1],
      [-1, 1],
    ]);
    expect(
      at('2020-07-15', { statuses: ['NOT_KNOWN'], agencyIds: ['ag-a'] }).map((g) => g[0]),
    ).toEqual([pa('p-a')]);
  });
});
