// Lifecycle, timeliness, findings and recommendation follow-up on the shipped synthetic example file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../../src/modules/import/importer';
import { parseImportText, validateImport } from '../../src/modules/import/validate';
import { closeTestDb, openTestDb } from '../helpers/db';
import { removePrefixed } from '../import/fixtures';
import { data, firstError, useServer } from './api-helpers';

/** The example every README answer about timeliness and follow-up comes from. */
const EXAMPLE = join(__dirname, '../../examples/lifecycle-example.json');
const P = 'synthetic-ex-';
const BOTH = { partnershipIds: [`${P}northshire`, `${P}southvale`] };

afterAll(async () => {
  await removePrefixed(openTestDb(), P);
  await closeTestDb();
});
const url = useServer();
beforeAll(async () => {
  const db = openTestDb();
  await removePrefixed(db, P);
  const parsed = parseImportText(readFileSync(EXAMPLE, 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const checked = validateImport(parsed.value);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  await importFile(db, checked.data);
});

/*
 * The example's dates and their working days (weekends and England's bank holidays excluded;
 * the first working day after the start is day 1, the end counts):
 *
 * Ava  aware Fri 23 Dec 2022 -> notified Wed 4 Jan 2023: 28, 29, 30 Dec = 3 (26, 27 Dec and
 *      2 Jan are bank holidays), 3, 4 Jan = 5: on time. Notified 4 Jan -> rapid review Wed 25 Jan:
 *      5, 6, 9-13, 16-20, 23-25 Jan = 15: on time.
 * Ben  aware Thu 27 Apr 2023 -> notified Fri 5 May: 28 Apr = 1 (1 May bank holiday), 2-5 May =
 *      5: on time. Notified 5 May -> rapid review Wed 31 May: 9-12 May = 4 (8 May Coronation),
 *      15-19 = 9, 22-26 = 14 (29 May bank holiday), 30 = 15, 31 = 16: late.
 * Cara a rapid review's learning only: no dates.
 * Dan  aware Thu 30 Mar 2023 -> notified Wed 12 Apr: 31 Mar = 1, 3-6 Apr = 5 (7 and 10 Apr
 *      Easter), 11, 12 = 7: late. Notified 12 Apr -> rapid review Fri 28 Apr: 13, 14 = 2,
 *      17-21 = 7, 24-28 = 12: on time.
 * Eve  aware Wed 1 Jun 2022 -> notified Wed 8 Jun: 2 and 3 Jun are bank holidays (Jubilee),
 *      6, 7, 8 = 3: on time. No rapid review date: unknown.
 * Finn aware unknown: notification unknown. Notified Wed 14 Sep 2022 -> rapid review Thu 6 Oct:
 *      15, 16 = 2 (19 Sep State Funeral), 20-23 = 6, 26-30 = 11, 3-6 Oct = 15: on time.
 */
describe('Review lifecycle and timeliness', () => {
  it('gives a review its incident, dates, rapid review, timeliness and findings', async () => {
    const d = await data<{ review: Record<string, unknown> }>(
      url(),
      `{ review(id: "${P}northshire-ben") {
          kind incident { month outcome harmTypes ageBand } awareOn notifiedOn commissionedOn
          rapidReview { heldOn decision }
          timeliness { notificationWorkingDays notificationOnTime notificationDueOn
                       rapidReviewWorkingDays rapidReviewOnTime rapidReviewDueOn }
          findings { id text pageRef source { id } themes { id } review { id } }
        } }`,
    );
    expect(d.review).toEqual({
      kind: 'CHILD_SAFEGUARDING_PRACTICE_REVIEW',
      incident: {
        month: '2023-04',
        outcome: 'DEATH',
        harmTypes: ['NEGLECT'],
        ageBand: 'AGE_1_TO_5',
      },
      awareOn: '2023-04-27',
      notifiedOn: '2023-05-05',
      commissionedOn: null,
      rapidReview: { heldOn: '2023-05-31', decision: 'LOCAL_CSPR' },
      timeliness: {
        notificationWorkingDays: 5,
        notificationOnTime: true,
        // 5th working day after Thu 27 Apr: 28 Apr, 2, 3, 4, 5 May.
        notificationDueOn: '2023-05-05',
        rapidReviewWorkingDays: 16,
        rapidReviewOnTime: false,
        // 15th working day after Fri 5 May (derivation above): Tue 30 May.
        rapidReviewDueOn: '2023-05-30',
      },
      findings: [
        {
          id: `${P}northshire-ben-finding-1`,
          text: 'Repeated missed appointments were not seen as a sign of neglect.',
          pageRef: null,
          source: { id: `${P}source` },
          themes: [{ id: `${P}theme-risk-assessment` }],
          review: { id: `${P}northshire-ben` },
        },
      ],
    });
  });

  it('keeps unknown stages null and a rapid review learning kind with its decision', async () => {
    const d = await data<{ review: Record<string, unknown> }>(
      url(),
      `{ review(id: "${P}northshire-cara") {
          kind incident { month } rapidReview { heldOn decision }
          timeliness { notificationWorkingDays notificationOnTime rapidReviewWorkingDays rapidReviewOnTime }
        } }`,
    );
    expect(d.review).toEqual({
      kind: 'RAPID_REVIEW_LEARNING',
      incident: null,
      rapidReview: { heldOn: null, decision: 'NO_FURTHER_REVIEW' },
      timeliness: {
        notificationWorkingDays: null,
        notificationOnTime: null,
        rapidReviewWorkingDays: null,
        rapidReviewOnTime: null,
      },
    });
  });

  const GROUPS = `key year partnership { id } reviewCount
    notification { onTime late unknown medianWorkingDays }
    rapidReview { onTime late unknown medianWorkingDays }`;

  it('answers "are rapid reviews on time, by year?" (year of notification)', async () => {
    const d = await data<{ timeliness: unknown[] }>(
      url(),
      `query($f: ReviewFilter) { timeliness(filter: $f, groupBy: YEAR) { ${GROUPS} } }`,
      { f: BOTH },
    );
    expect(d.timeliness).toEqual([
      // 2022: Eve (notification 3, rapid review unknown), Finn (notification unknown, rapid 15).
      {
        key: '2022',
        year: 2022,
        partnership: null,
        reviewCount: 2,
        notification: { onTime: 1, late: 0, unknown: 1, medianWorkingDays: 3 },
        rapidReview: { onTime: 1, late: 0, unknown: 1, medianWorkingDays: 15 },
      },
      // 2023: Ava (5, 15), Ben (5, 16 late), Dan (7 late, 12); medians of 5, 5, 7 and 12, 15, 16.
      {
        key: '2023',
        year: 2023,
        partnership: null,
        reviewCount: 3,
        notification: { onTime: 2, late: 1, unknown: 0, medianWorkingDays: 5 },
        rapidReview: { onTime: 2, late: 1, unknown: 0, medianWorkingDays: 15 },
      },
      // Cara: never notified as far as the file says.
      {
        key: 'unknown',
        year: null,
        partnership: null,
        reviewCount: 1,
        notification: { onTime: 0, late: 0, unknown: 1, medianWorkingDays: null },
        rapidReview: { onTime: 0, late: 0, unknown: 1, medianWorkingDays: null },
      },
    ]);
  });

  it('groups by partnership, by name', async () => {
    const d = await data<{ timeliness: unknown[] }>(
      url(),
      `query($f: ReviewFilter) { timeliness(filter: $f) { ${GROUPS} } }`,
      { f: BOTH },
    );
    expect(d.timeliness).toEqual([
      // Northshire: Ava (5, 15), Ben (5, 16), Cara (unknown, unknown); rapid median (15 + 16) / 2.
      {
        key: `${P}northshire`,
        year: null,
        partnership: { id: `${P}northshire` },
        reviewCount: 3,
        notification: { onTime: 2, late: 0, unknown: 1, medianWorkingDays: 5 },
        rapidReview: { onTime: 1, late: 1, unknown: 1, medianWorkingDays: 15.5 },
      },
      // Southvale: Dan (7, 12), Eve (3, unknown), Finn (unknown, 15); medians (3 + 7) / 2 and
      // (12 + 15) / 2.
      {
        key: `${P}southvale`,
        year: null,
        partnership: { id: `${P}southvale` },
        reviewCount: 3,
        notification: { onTime: 1, late: 1, unknown: 1, medianWorkingDays: 5 },
        rapidReview: { onTime: 2, late: 0, unknown: 1, medianWorkingDays: 13.5 },
      },
    ]);
  });

  it("gives Simon's incident only as the cited news report states it, the rest unknown", async () => {
    // The report: Simon died by suicide in March 2021, aged 16. It gives no notification or
    // rapid review date, so timeliness is unknown.
    const d = await data<{ review: Record<string, unknown> }>(
      url(),
      `{ review(id: "warwickshire-simon") {
          incident { month outcome harmTypes ageBand } awareOn notifiedOn rapidReview { heldOn }
          timeliness { notificationOnTime rapidReviewOnTime } findings { id }
          sources { id facts }
        } }`,
    );
    expect(d.review).toMatchObject({
      incident: {
        month: '2021-03',
        outcome: 'DEATH',
        harmTypes: ['SUICIDE'],
        ageBand: 'AGE_16_TO_17',
      },
      awareOn: null,
      notifiedOn: null,
      rapidReview: null,
      timeliness: { notificationOnTime: null, rapidReviewOnTime: null },
      findings: [],
    });
    expect(d.review.sources).toContainEqual({
      id: 'kenilworth-nub-news-simon-review',
      facts: ['publishedOn', 'involvements', 'children.ageBand', 'incident'],
    });
  });

  it('teaches each curriculum module from the findings behind its theme, with sources', async () => {
    const d = await data<{ curriculum: { modules: unknown[] } }>(
      url(),
      `query($f: ReviewFilter) { curriculum(input: { filter: $f, minReviews: 2 }) { modules {
          theme { id } learningPoints { id pageRef source { id } review { id } } } } }`,
      { f: BOTH },
    );
    // Information Sharing: raised by Dan (2023-10-02) and Ava (2023-09-15), newest first; Risk
    // Assessment: by Ben (2023-11) and Ava. Each lists the findings on its theme, in that order.
    const point = (review: string, n: number, pageRef: string | null) => ({
      id: `${P}${review}-finding-${n}`,
      pageRef,
      source: { id: `${P}source` },
      review: { id: `${P}${review}` },
    });
    expect(d.curriculum.modules).toEqual([
      {
        theme: { id: `${P}theme-information-sharing` },
        learningPoints: [
          point('southvale-dan', 1, 'section 4'),
          point('northshire-ava', 1, 'p. 6'),
        ],
      },
      {
        theme: { id: `${P}theme-risk-assessment` },
        learningPoints: [point('northshire-ben', 1, null), point('northshire-ava', 2, 'p. 9')],
      },
    ]);
  });

  it('gives the first findings on a theme, newest review first', async () => {
    const q = `query($id: ID!, $n: Int) { theme(id: $id) { findings(first: $n) { id } } }`;
    const id = `${P}theme-information-sharing`;
    // As in the curriculum above: Dan's finding 1 (published 2023-10-02), then Ava's finding 1.
    const all = await data<{ theme: { findings: { id: string }[] } }>(url(), q, { id });
    expect(all.theme.findings).toEqual([
      { id: `${P}southvale-dan-finding-1` },
      { id: `${P}northshire-ava-finding-1` },
    ]);
    const one = await data<{ theme: { findings: { id: string }[] } }>(url(), q, { id, n: 1 });
    expect(one.theme.findings).toEqual([{ id: `${P}southvale-dan-finding-1` }]);
  });

  it('lists every harm type with its source', async () => {
    const d = await data<{ harmTypes: { harmType: string; source: { url: string } }[] }>(
      url(),
      '{ harmTypes { harmType label usedBy source { url title } } }',
    );
    expect(d.harmTypes.map((h) => h.harmType)).toContain('SUICIDE');
    for (const h of d.harmTypes) expect(h.source.url).toMatch(/^https:\/\//);
  });
});

/*
 * Recommendations of the example as of 30 June 2024 (a month target is due on its last day;
 * overdue = due before the day and open then):
 *   Ava 1   Northshire Police  due 2024-03-31, IN_PROGRESS since 2023-12-01 -> overdue
 *   Ava 2   Northshire Health  COMPLETED 2024-02-14, published 2023-09-15 -> 152 days
 *   Ben 1   Northshire Police  due 2024-09-30, OPEN -> not yet due
 *   Cara 1  (no owner)         due 2023-06-30, IN_PROGRESS since 2023-01 -> overdue
 *   Dan 1   Southvale Council  due 2024-01-31, COMPLETED 2024-01-20, reopened IN_PROGRESS
 *                              2024-03-05 -> overdue
 *   Dan 2   Southvale Police   NOT_ACCEPTED 2023-11-10 -> closed
 *   Eve 1   Southvale (partnership) COMPLETED 2023-09-01, published 2023-03 (-> 1 Mar) -> 184 days
 *   Finn 1  Southvale Council  due 2024-06-30, OPEN (no dated history) -> due today, not overdue
 *   Finn 2  Southvale Council  due 2023-12-31, COMPLETED 2024-05-10, published 2023-06-20 -> 325 days
 */
describe('Recommendation follow-up', () => {
  const REVIEW = { review: BOTH };

  it('answers "which agencies have overdue recommendations?" at a fixed asOf', async () => {
    const d = await data<{ recommendationFollowUp: unknown[] }>(
      url(),
      `query($f: RecommendationFilter) {
         recommendationFollowUp(filter: $f, asOf: "2024-06-30") {
           owner { __typename ... on Agency { id } ... on Partnership { id } }
           total open overdue completed medianDaysToCompletion
         } }`,
      { f: REVIEW },
    );
    expect(d.recommendationFollowUp).toEqual([
      // Most overdue first, then by owner name, the unowned last among equals.
      {
        owner: { __typename: 'Agency', id: `${P}northshire-police` },
        total: 2,
        open: 2,
        overdue: 1,
        completed: 0,
        medianDaysToCompletion: null,
      },
      {
        owner: { __typename: 'Agency', id: `${P}southvale-council` },
        total: 3,
        open: 2,
        overdue: 1,
        completed: 1,
        medianDaysToCompletion: 325,
      },
      { owner: null, total: 1, open: 1, overdue: 1, completed: 0, medianDaysToCompletion: null },
      {
        owner: { __typename: 'Agency', id: `${P}northshire-health` },
        total: 1,
        open: 0,
        overdue: 0,
        completed: 1,
        medianDaysToCompletion: 152,
      },
      {
        owner: { __typename: 'Agency', id: `${P}southvale-police` },
        total: 1,
        open: 0,
        overdue: 0,
        completed: 0,
        medianDaysToCompletion: null,
      },
      {
        owner: { __typename: 'Partnership', id: `${P}southvale` },
        total: 1,
        open: 0,
        overdue: 0,
        completed: 1,
        medianDaysToCompletion: 184,
      },
    ]);
  });

  it('judges status as it stood on asOf: Dan 1 was completed on 1 February 2024', async () => {
    const d = await data<{ recommendations: { nodes: { id: string; overdue: boolean }[] } }>(
      url(),
      `query($f: RecommendationFilter) {
         recommendations(filter: $f, asOf: "2024-02-01") { nodes { id overdue } } }`,
      { f: { ...REVIEW, overdue: true } },
    );
    // On 2024-02-01: Ava 1 not yet due (31 Mar); Dan 1 COMPLETED since 20 Jan (reopened only on
    // 5 Mar); Finn 2 due 31 Dec 2023 and still OPEN -> overdue; Cara 1 overdue since July 2023.
    // Newest review first: Finn (2023-06-20), then Cara (2022-12).
    expect(d.recommendations.nodes).toEqual([
      { id: `${P}southvale-finn-rec-2`, overdue: true },
      { id: `${P}northshire-cara-rec-1`, overdue: true },
    ]);
  });

  it('gives owner, target, history (oldest first) and overdue at the query asOf or a field asOf', async () => {
    const d = await data<{ recommendations: { nodes: unknown[] } }>(
      url(),
      `query($f: RecommendationFilter) {
         recommendations(filter: $f, asOf: "2024-06-30") { nodes {
           id status statusUpdatedOn targetDate overdue earlier: overdue(asOf: "2024-02-01")
           owner { ... on Agency { id } } statusHistory { status on source { id } note }
         } } }`,
      { f: { ...REVIEW, ownerAgencyIds: [`${P}southvale-council`] } },
    );
    expect(d.recommendations.nodes).toEqual([
      {
        id: `${P}southvale-dan-rec-1`,
        status: 'IN_PROGRESS',
        statusUpdatedOn: '2024-03-05',
        targetDate: '2024-01',
        overdue: true,
        earlier: false,
        owner: { id: `${P}southvale-council` },
        statusHistory: [
          { status: 'OPEN', on: '2023-10-02', source: null, note: null },
          { status: 'COMPLETED', on: '2024-01-20', source: null, note: null },
          { status: 'IN_PROGRESS', on: '2024-03-05', source: null, note: null },
        ],
      },
      {
        id: `${P}southvale-finn-rec-1`,
        status: 'OPEN',
        statusUpdatedOn: null,
        targetDate: '2024-06-30',
        overdue: false,
        earlier: false,
        owner: { id: `${P}southvale-council` },
        statusHistory: [],
      },
      {
        id: `${P}southvale-finn-rec-2`,
        status: 'COMPLETED',
        statusUpdatedOn: '2024-05-10',
        targetDate: '2023-12-31',
        overdue: false,
        earlier: true,
        owner: { id: `${P}southvale-council` },
        statusHistory: [
          { status: 'OPEN', on: '2023-06-20', source: null, note: null },
          { status: 'COMPLETED', on: '2024-05-10', source: null, note: null },
        ],
      },
    ]);
  });

  it('gives only the first rows in the same order when asked for `first`', async () => {
    const ask = async (first: string) =>
      (
        await data<{ recommendationFollowUp: unknown[] }>(
          url(),
          `query($f: RecommendationFilter) {
             recommendationFollowUp(filter: $f, asOf: "2024-06-30"${first}) {
               owner { ... on Agency { id } ... on Partnership { id } } total overdue
             } }`,
          { f: REVIEW },
        )
      ).recommendationFollowUp;
    const all = await ask('');
    expect(all.length).toBeGreaterThan(2);
    expect(await ask(', first: 2')).toEqual(all.slice(0, 2));
    expect(await ask(', first: 100')).toEqual(all);
    const e = await firstError(url(), '{ recommendationFollowUp(first: 0) { total } }');
    expect(e).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'first: expected an integer from 1 to 100, got 0',
    });
  });

  it('refuses a malformed asOf with what was expected', async () => {
    const e = await firstError(url(), '{ recommendationFollowUp(asOf: "2024-02-30") { total } }');
    expect(e).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'asOf: expected a date "YYYY-MM-DD" (e.g. "2024-03-31"), got "2024-02-30"',
    });
  });
});
