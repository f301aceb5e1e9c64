// Integration: every analytics question, for every filter it takes, gives the same answer from the
// in-process index as from Cypher (ANALYTICS_INDEX=off), on the seed plus a generated set.
import { bumpDataVersion } from '../../src/db/data-version';
import type { Db } from '../../src/db/database';
import { importFile } from '../../src/modules/import/importer';
import { generateSynthetic } from '../../src/modules/synthetic/generate';
import { encodeCursor } from '../../src/shared/pagination';
import { createServer, type RunningServer } from '../../src/server';
import { closeTestDb, openTestDb } from '../helpers/db';
import { gql } from '../helpers/server';

// 12 partnerships so that partnership, agency and year filters each select a real subset.
const file = generateSynthetic({ reviews: 200, seed: 13, partnerships: 12 });
// Recommendations the generator does not write (it always gives a history, an owner-or-not and a
// target): a status a source gave without a date, one no source reports, one without a target.
const recs = file.reviews.flatMap((r) => r.recommendations ?? []);
Object.assign(recs[0] ?? {}, { status: 'COMPLETED', statusHistory: undefined });
Object.assign(recs[1] ?? {}, { status: 'IN_PROGRESS', statusHistory: undefined });
Object.assign(recs[2] ?? {}, { status: undefined, statusHistory: undefined });
Object.assign(recs[3] ?? {}, { targetDate: null });
const P0 = file.partnerships?.[0]?.id as string;
const P1 = file.partnerships?.[1]?.id as string;
const A0 = file.agencies?.[0]?.id as string;
const A1 = file.agencies?.[5]?.id as string;
const REVIEW = file.reviews[7]?.id as string;
const REVIEW2 = file.reviews[123]?.id as string;
// The most and second most common generated themes (the vocabulary is drawn Zipf-like).
const themeUse = new Map<string, number>();
for (const r of file.reviews)
  for (const t of r.themes ?? []) themeUse.set(t.themeId, (themeUse.get(t.themeId) ?? 0) + 1);
const [T0, T1] = [...themeUse.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
const HISTORY = 'the-importance-of-history-in-assessments';
// The 3rd to 12th most common: with T0, T1 and History the themes of a heat map.
const THEMES_3_TO_12 = [...themeUse.entries()]
  .sort((a, b) => b[1] - a[1])
  .slice(2, 12)
  .map(([id]) => id);

const FILTERS: Record<string, unknown>[] = [
  {},
  { synthetic: false },
  { synthetic: true },
  { publishedFrom: '2017-01', publishedTo: '2017-12' }, // one whole year: the publishedYear path
  { publishedFrom: '2016-01-01', publishedTo: '2019-12-31' }, // whole years: a year range
  { publishedFrom: '2016-03-15', publishedTo: '2019-07' }, // days and months: publishedSort
  { publishedFrom: '2022-05' },
  { publishedTo: '2018-02-28' },
  { kinds: ['SERIOUS_CASE_REVIEW', 'RAPID_REVIEW_LEARNING'] },
  { kinds: ['CHILD_SAFEGUARDING_PRACTICE_REVIEW'], synthetic: false },
  { partnershipIds: [P0, 'warwickshire'] },
  { partnershipIds: [P1], kinds: ['SERIOUS_CASE_REVIEW'] },
  { partnershipIds: ['no-such-partnership'] },
  { themeIds: [T0, HISTORY] },
  { agencyIds: [A0, A1] },
  { agencyIds: [A0], themeIds: [T1], publishedFrom: '2015-06' },
  { kinds: [], partnershipIds: [], themeIds: [], agencyIds: [] }, // empty lists: no condition
];

// The `evidence` arguments the questions are asked with (null: every kind of link).
const EVIDENCE: (string[] | null)[] = [
  null,
  ['REPORT_FINDING'],
  ['BRIEFING_PUBLISHED', 'CURATOR_JUDGEMENT', 'BRIEFING_PUBLISHED'],
];

const RECURRENCE = 'theme { id name } reviewCount firstPublished lastPublished reviews { id }';
const PAIR = 'themes { id } reviewCount reviews { id }';
const TREND = 'theme { id } year reviewCount reviews { id }';
const SIMILAR = 'review { id title } sharedThemes { id } score';
const STAGE = 'onTime late unknown medianWorkingDays';
const TIMELINESS = `key partnership { id } year reviewCount notification { ${STAGE} } rapidReview { ${STAGE} }`;
const FOLLOW_UP = `owner { __typename ... on Agency { id name sector } ... on Partnership { id name } }
  total open notKnown overdue completed medianDaysToCompletion`;
const CURRICULUM = `reviewCount audienceSector modules { position theme { id } reviewCount years
  reviews { id } briefings { id } teachAlongside { id } learningPoints { id } }`;

/** Every question with every filter, plus the arguments each question has of its own. */
function operations(): { name: string; query: string; variables: Record<string, unknown> }[] {
  const ops: { name: string; query: string; variables: Record<string, unknown> }[] = [];
  FILTERS.forEach((f, fi) =>
    // Every evidence argument with no filter; each other filter with one of them, in turn.
    (fi === 0 ? EVIDENCE : [EVIDENCE[fi % EVIDENCE.length] ?? null]).forEach((e, ei) => {
      const i = `${fi}/${ei}`;
      const v = { f, e };
      ops.push(
        {
          name: `recurringThemes #${i}`,
          query: `query($e: [ThemeEvidence!], $f: ReviewFilter) { a: recurringThemes(minReviews: 1, filter: $f, evidence: $e) { ${RECURRENCE} }
          b: recurringThemes(filter: $f, evidence: $e) { ${RECURRENCE} } c: recurringThemes(minReviews: 6, filter: $f, evidence: $e) { theme { id } reviewCount } }`,
          variables: v,
        },
        {
          name: `themeCooccurrence #${i}`,
          query: `query($e: [ThemeEvidence!], $f: ReviewFilter, $t: ID, $ts: [ID!]) { a: themeCooccurrence(minReviews: 1, filter: $f, evidence: $e) { themes { id } reviewCount }
          b: themeCooccurrence(filter: $f, evidence: $e) { ${PAIR} } c: themeCooccurrence(minReviews: 1, themeId: $t, filter: $f, evidence: $e) { ${PAIR} }
          d: themeCooccurrence(themeId: "${HISTORY}", filter: $f, evidence: $e) { ${PAIR} }
          e: themeCooccurrence(minReviews: 1, themeIds: $ts, filter: $f, evidence: $e) { ${PAIR} }
          f: themeCooccurrence(themeId: $t, themeIds: $ts, filter: $f, evidence: $e) { ${PAIR} }
          g: themeCooccurrence(minReviews: 1, themeIds: [], filter: $f, evidence: $e) { reviewCount } }`,
          variables: { ...v, t: T0, ts: [T0, T1, HISTORY, 'no-such-theme', T0, ...THEMES_3_TO_12] },
        },
        {
          name: `themeTrend #${i}`,
          query: `query($e: [ThemeEvidence!], $f: ReviewFilter, $ts: [ID!]) { a: themeTrend(filter: $f, evidence: $e) { ${TREND} }
          b: themeTrend(themeIds: $ts, filter: $f, evidence: $e) { ${TREND} } c: themeTrend(themeIds: [], filter: $f, evidence: $e) { year reviewCount } }`,
          variables: { ...v, ts: [T1, HISTORY, 'no-such-theme', T1] },
        },
        {
          name: `similarReviews #${i}`,
          query: `query($e: [ThemeEvidence!], $f: ReviewFilter, $r: ID!, $r2: ID!) { a: similarReviews(reviewId: $r, filter: $f, evidence: $e) { ${SIMILAR} }
          b: similarReviews(reviewId: $r2, first: 100, filter: $f, evidence: $e) { ${SIMILAR} }
          c: similarReviews(reviewId: "warwickshire-grace", first: 20, filter: $f, evidence: $e) { ${SIMILAR} }
          d: similarReviews(reviewId: "warwickshire-amy", filter: $f, evidence: $e) { ${SIMILAR} }
          e: similarReviews(reviewId: "no-such-review", filter: $f, evidence: $e) { score }
          g: similarReviews(reviewId: $r, first: 20, filter: $f, evidence: $e) { review { id partnership { id } documents { id } } score }
          h: review(id: $r) { similarReviews(first: 20, filter: $f, evidence: $e) { ${SIMILAR} } }
          i: reviews(first: 3, filter: $f) { nodes { id similarReviews(filter: $f, evidence: $e) { review { id themes { id } } sharedThemes { id } score } } } }`,
          variables: { ...v, r: REVIEW, r2: REVIEW2 },
        },
        {
          name: `curriculum #${i}`,
          query: `query($e: [ThemeEvidence!], $f: ReviewFilter, $ts: [ID!]) { a: curriculum(input: { filter: $f, evidence: $e }) { ${CURRICULUM} }
          b: curriculum(input: { filter: $f, evidence: $e, audienceSector: POLICE, minReviews: 2, maxModules: 7, relatedThemes: 5 }) { ${CURRICULUM} }
          c: curriculum(input: { filter: $f, evidence: $e, themeIds: $ts, relatedThemes: 0 }) { ${CURRICULUM} }
          d: curriculum(input: { filter: $f, evidence: $e, audienceSector: EDUCATION }) { ${CURRICULUM} } }`,
          variables: { ...v, ts: [T0, HISTORY, T1] },
        },
      );
      if (ei === 0) {
        ops.push({
          name: `timeliness #${fi}`,
          query: `query($f: ReviewFilter) { a: timeliness(filter: $f) { ${TIMELINESS} }
            b: timeliness(filter: $f, groupBy: YEAR) { ${TIMELINESS} } }`,
          variables: { f },
        });
        // Follow-up at several days (before most histories begin, in the middle, after all of
        // them, today) and with every condition of a RecommendationFilter.
        ops.push({
          name: `recommendationFollowUp #${fi}`,
          query: `query($f: ReviewFilter, $a: [ID!], $t: [ID!], $p: [ID!]) {
            a: recommendationFollowUp(filter: { review: $f }, asOf: "2030-01-01") { ${FOLLOW_UP} }
            b: recommendationFollowUp(filter: { review: $f }, asOf: "2017-06-30") { ${FOLLOW_UP} }
            c: recommendationFollowUp(filter: { review: $f, overdue: true }, asOf: "2021-03-31") { ${FOLLOW_UP} }
            d: recommendationFollowUp(filter: { review: $f, overdue: false, statuses: [OPEN, IN_PROGRESS, NOT_KNOWN] }, asOf: "2021-03-31") { ${FOLLOW_UP} }
            e: recommendationFollowUp(filter: { review: $f, agencyIds: $a, themeIds: $t }, asOf: "2020-12-31") { ${FOLLOW_UP} }
            f: recommendationFollowUp(filter: { review: $f, ownerAgencyIds: $a, ownerPartnershipIds: $p }) { ${FOLLOW_UP} }
            g: recommendationFollowUp(filter: { review: $f, statuses: [COMPLETED, SUPERSEDED], agencyIds: [], themeIds: [] }, asOf: "2023-06-30") { ${FOLLOW_UP} }
            h: recommendationFollowUp(filter: { ownerPartnershipIds: ["no-such-partnership"] }) { total } }`,
          variables: { f, a: [A0, A1], t: [T0, T1, HISTORY], p: [P0, P1, 'warwickshire'] },
        });
        // A page of reviews newest first: the index counts and picks the ids, Cypher loads them.
        ops.push({
          name: `reviews #${fi}`,
          query: `query($f: ReviewFilter) {
            a: reviews(filter: $f) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              nodes { id title publishedOn themes { id } } }
            b: reviews(filter: $f, first: 7, after: "${encodeCursor(4)}", orderBy: PUBLISHED_DESC) {
              totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id agencies { id } } } }
            c: reviews(filter: $f, first: 100) { totalCount nodes { id } } }`,
          variables: { f },
        });
      }
    }),
  );
  ops.push({
    name: 'refused arguments',
    query: `{ recurringThemes(filter: { publishedFrom: "2020-13" }) { reviewCount } }`,
    variables: {},
  });
  ops.push({
    name: 'refused review filter of follow-up',
    query: `{ recommendationFollowUp(filter: { review: { publishedTo: "2020-02-30" } }) { total } }`,
    variables: {},
  });
  ops.push({
    name: 'refused themeIds',
    query: `{ themeCooccurrence(themeIds: [${Array.from({ length: 31 }, (_, i) => `"t${i}"`).join()}]) { reviewCount } }`,
    variables: {},
  });
  ops.push({
    name: 'refused arguments of a page',
    query: `{ reviews(filter: { publishedFrom: "2020-13" }) { totalCount } }`,
    variables: {},
  });
  ops.push({
    name: 'reversed dates',
    query: `{ curriculum(input: { filter: { publishedFrom: "2021", publishedTo: "2020-01" } }) { reviewCount } }`,
    variables: {},
  });
  return ops;
}

let db: Db;
let indexed: RunningServer;
let cypher: RunningServer;

beforeAll(async () => {
  db = openTestDb();
  await importFile(db, file);
  indexed = await createServer({
    db,
    port: 0,
    analyticsIndex: { refreshMs: 60_000 },
    dbStats: true,
  });
  cypher = await createServer({ db, port: 0, analyticsIndex: false, dbStats: true });
}, 300_000);

afterAll(async () => {
  await indexed?.stop();
  await cypher?.stop();
  await db.writeTransaction('test.cleanup', async (tx) => {
    await tx.run('test.cleanup', 'MATCH (n) WHERE n.id STARTS WITH "synthetic-" DETACH DELETE n');
    await bumpDataVersion(tx);
  });
  await closeTestDb();
});

describe('analytics index and Cypher give identical answers', () => {
  it('built the index over the seed and the generated set', async () => {
    // Every review in the database: the seed's and the 200 generated ones.
    const [row] = await db.read<{ n: number }>(
      'test.count',
      'MATCH (r:Review) RETURN count(r) AS n',
    );
    expect(row?.n).toBeGreaterThan(200);
    expect(indexed.analytics?.stats().index?.reviews).toBe(row?.n);
  });

  it.each(operations())('$name', async ({ name, query, variables }) => {
    // One after the other: a busy test database is not asked for both at once.
    const a = await gql(indexed.url, query, variables);
    const b = await gql(cypher.url, query, variables);
    // The same errors, each with its own request id.
    const withoutId = (r: typeof a) =>
      r.errors?.map((e) => ({ ...e, extensions: { ...e.extensions, requestId: undefined } }));
    expect(withoutId(a)).toEqual(withoutId(b));
    // Only the two operations with bad arguments fail, so no comparison is of two empty answers.
    expect(b.errors?.length ?? 0).toBe(/^(refused|reversed)/.test(name) ? 1 : 0);
    expect(a.data).toEqual(b.data);
  });

  it('answers non-trivially, so the comparison means something', async () => {
    const q = `{ recurringThemes(minReviews: 1, filter: { agencyIds: ["${A0}"] }) { reviewCount }
                 themeCooccurrence(minReviews: 1) { reviewCount }
                 themeTrend { reviewCount } similarReviews(reviewId: "${REVIEW}") { score }
                 evidenced: recurringThemes(minReviews: 1, evidence: [BRIEFING_PUBLISHED]) { reviewCount }
                 timeliness(groupBy: YEAR) { notification { onTime late } }
                 followUp: recommendationFollowUp(asOf: "2021-03-31") { overdue completed medianDaysToCompletion }
                 curriculum { modules { learningPoints { id } } } }`;
    const d = (await gql<Record<string, unknown[]>>(indexed.url, q)).data ?? {};
    const { curriculum: c, ...lists } = d;
    for (const list of Object.values(lists)) expect(list.length).toBeGreaterThan(0);
    const curriculum = c as unknown as { modules: { learningPoints: unknown[] }[] };
    expect(curriculum.modules.some((m) => m.learningPoints.length > 0)).toBe(true);
    // Follow-up with overdue and completed recommendations and a median to compare.
    const followUp = d.followUp as { overdue: number; medianDaysToCompletion: number | null }[];
    expect(followUp.some((g) => g.overdue > 0 && g.medianDaysToCompletion !== null)).toBe(true);
  });

  it('asks Neo4j nothing for the numbers when the index answers', async () => {
    // Counts only: no theme or review entity is selected, so nothing needs loading.
    const q = '{ recurringThemes(minReviews: 1) { reviewCount firstPublished } }';
    const stats = async (url: string) =>
      ((await gql(url, q)).extensions?.db as { queries: number }).queries;
    expect(await stats(indexed.url)).toBe(0);
    expect(await stats(cypher.url)).toBe(1);
  });

  it('asks Neo4j nothing for follow-up and timeliness when the index answers, owners and partnerships included', async () => {
    const q = `{ recommendationFollowUp(asOf: "2022-01-01") {
      owner { ... on Agency { id name } ... on Partnership { id name } } total overdue }
      timeliness { partnership { id name } reviewCount } }`;
    const stats = async (url: string) =>
      ((await gql(url, q)).extensions?.db as { queries: number }).queries;
    expect(await stats(indexed.url)).toBe(0);
    // From Cypher: the follow-up (owners inline), the timeliness groups, their partnerships.
    expect(await stats(cypher.url)).toBe(3);
  });
});
