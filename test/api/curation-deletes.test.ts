// HTTP tests of deleteReview and deleteRecommendation: only an ADMIN at the entity's current
// version may delete it; it goes with what it owns and nothing else; analytics stop counting a
// deleted review at once; the trail keeps the whole import record, and importing a deleted
// review's record puts it back as it was.
import { readDataVersion } from '../../src/db/data-version';
import type { Db } from '../../src/db/database';
import { IMPORT_FORMAT_ID, type ImportReview } from '../../src/modules/import';
import { importFile } from '../../src/modules/import/importer';
import { testToken } from '../helpers/auth';
import { closeTestDb, graphCounts, openTestDb } from '../helpers/db';
import { post, startTestServer, type TestServer } from '../helpers/server';
import { removePrefixed, sampleFile } from '../import/fixtures';

const P = 'test-curation-deletes';
let db: Db;
let server: TestServer;
type Header = { authorization: string };
let analyst: Header;
let admin: Header;

beforeAll(async () => {
  db = openTestDb();
  server = await startTestServer();
  // Review A: child A, two agencies, two documents, two theme links, recommendations 1 and 2.
  const file = sampleFile(P);
  const a = file.reviews[0]!;
  a.findings = [
    { text: 'A first finding.', themeIds: [`${P}-neglect`], sourceId: `${P}-src`, pageRef: 'p. 4' },
    { text: 'A second finding.', sourceId: `${P}-src` },
  ];
  a.recommendations![0]!.statusHistory = [
    { status: 'OPEN', on: '2022-10', sourceId: `${P}-src` },
    { status: 'IN_PROGRESS', on: '2023-03', sourceId: `${P}-src` },
  ];
  delete a.recommendations![0]!.status;
  await importFile(db, file);
  analyst = (await testToken(db, 'Dee Analyst', 'ANALYST')).header;
  admin = (await testToken(db, 'Del Admin', 'ADMIN')).header;
});
afterAll(async () => {
  await removePrefixed(db, P);
  await server.stop();
  await closeTestDb();
});

const DELETE = `mutation($input: DeleteInput!) { deleteReview(input: $input) {
  deletedId change { operation entityType entityId before after reason actor { role } } } }`;
const REVIEW = `query($id: ID!) { review(id: $id) { id title version
  children { pseudonym } agencies { id } documents { id } themes { id }
  recommendations { id number text status statusHistory { status on } addressedTo { id } }
  findings { id text pageRef themes { id } } } }`;
const RECURRING = `query($p: [ID!]) { recurringThemes(minReviews: 1, filter: { partnershipIds: $p }) {
  theme { id } reviewCount } }`;

type Errors = { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
const codes = (res: Errors) => res.errors?.map((e) => e.extensions?.code);
const snapshot = async () => ({ ...(await graphCounts(db)), version: await readDataVersion(db) });
/** Nodes of this file's records by label (the review's own and those it links to). */
async function labels(): Promise<Record<string, number>> {
  const rows = await db.read<{ label: string; n: number }>(
    'test.labels',
    `MATCH (n) WHERE n.id STARTS WITH $p
     UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label`,
    { p: P },
  );
  return Object.fromEntries(rows.map((r) => [r.label, Number(r.n)]));
}
const recurring = async () =>
  (
    await post<{ recurringThemes: Array<{ theme: { id: string }; reviewCount: number }> }>(
      server.url,
      RECURRING,
      { p: [P] },
    )
  ).data?.recurringThemes.map((r) => [r.theme.id, r.reviewCount]);

describe('deleteReview', () => {
  it('refuses an ANALYST, a stale version and an unknown id, changing nothing', async () => {
    const before = await snapshot();
    const input = { id: `${P}-a`, expectedVersion: 1 };
    expect(codes(await post(server.url, DELETE, { input }, analyst))).toEqual(['FORBIDDEN']);
    const stale = await post(
      server.url,
      DELETE,
      { input: { ...input, expectedVersion: 7 } },
      admin,
    );
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0]?.message).toMatch(/expectedVersion 7, current version 1/);
    const unknown = await post(
      server.url,
      DELETE,
      { input: { id: `${P}-zz`, expectedVersion: 1 } },
      admin,
    );
    expect(codes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors?.[0]?.message).toContain(`expected the id of a review, got "${P}-zz"`);
    expect(await snapshot()).toEqual(before);
  });

  it('deletes the review with what it owns, keeps what it links to, and analytics follow', async () => {
    const shown = await post<{ review: unknown }>(server.url, REVIEW, { id: `${P}-a` });
    expect(shown.errors).toBeUndefined();
    expect(await recurring()).toEqual([
      [`${P}-curiosity`, 2],
      [`${P}-neglect`, 1],
    ]);
    const counts = await labels();
    // Two status changes of recommendation 1, one of 2 (its status with the date it was reported).
    expect(counts).toMatchObject({
      Review: 2,
      Child: 3,
      Finding: 2,
      Recommendation: 2,
      StatusChange: 3,
    });
    const res = await post<{
      deleteReview: { deletedId: string; change: Record<string, unknown> };
    }>(
      server.url,
      DELETE,
      { input: { id: `${P}-a`, expectedVersion: 1, reason: 'Imported twice' } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.deleteReview.deletedId).toBe(`${P}-a`);
    expect(res.data?.deleteReview.change).toMatchObject({
      operation: 'deleteReview',
      entityType: 'Review',
      entityId: `${P}-a`,
      after: null,
      reason: 'Imported twice',
      actor: { role: 'ADMIN' },
    });

    // Gone: the review, its child, findings, recommendations and their status changes (the
    // other review has none of those); nothing else.
    const { Finding: _f, Recommendation: _r, StatusChange: _s, ...kept } = counts;
    expect(await labels()).toEqual({
      ...kept,
      Review: counts.Review! - 1,
      Child: counts.Child! - 1,
    });
    expect(
      (await post<{ review: unknown }>(server.url, REVIEW, { id: `${P}-a` })).data?.review,
    ).toBeNull();
    // The other review still raises curiosity; nothing raises neglect any more.
    expect(await recurring()).toEqual([[`${P}-curiosity`, 1]]);

    // The trail's record, imported, puts the review back as it was.
    const before = JSON.parse(String(res.data?.deleteReview.change.before)) as ImportReview;
    expect(before).toMatchObject({ id: `${P}-a`, title: 'A', partnershipId: P });
    await importFile(db, { format: IMPORT_FORMAT_ID, reviews: [before] });
    expect(await labels()).toEqual(counts);
    const back = await post<{ review: unknown }>(server.url, REVIEW, { id: `${P}-a` });
    expect(back.data?.review).toEqual(shown.data?.review);
    expect(await recurring()).toEqual([
      [`${P}-curiosity`, 2],
      [`${P}-neglect`, 1],
    ]);
  });

  it('deletes a recommendation with its status history, keeping its whole record in the trail', async () => {
    const id = `${P}-a-rec-1`;
    const DELETE_REC = `mutation($input: DeleteInput!) { deleteRecommendation(input: $input) {
      deletedId change { operation entityType entityId before after } } }`;
    const before = await snapshot();
    expect(
      codes(await post(server.url, DELETE_REC, { input: { id, expectedVersion: 1 } }, analyst)),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes(await post(server.url, DELETE_REC, { input: { id, expectedVersion: 2 } }, admin)),
    ).toEqual(['CONFLICT']);
    expect(await snapshot()).toEqual(before);

    const counts = await labels();
    const res = await post<{ deleteRecommendation: { change: Record<string, unknown> } }>(
      server.url,
      DELETE_REC,
      { input: { id, expectedVersion: 1 } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.deleteRecommendation.change).toMatchObject({
      operation: 'deleteRecommendation',
      entityType: 'Recommendation',
      entityId: id,
      after: null,
    });
    expect(JSON.parse(String(res.data?.deleteRecommendation.change.before))).toEqual({
      reviewId: `${P}-a`,
      number: 1,
      text: 'Do one thing.',
      statusHistory: [
        { status: 'OPEN', on: '2022-10', sourceId: `${P}-src` },
        { status: 'IN_PROGRESS', on: '2023-03', sourceId: `${P}-src` },
      ],
      agencyIds: [`${P}-police`],
      themeIds: [`${P}-curiosity`],
      sources: [],
    });
    // The recommendation and its two status changes go; recommendation 2 and the review stay.
    expect(await labels()).toEqual({
      ...counts,
      Recommendation: counts.Recommendation! - 1,
      StatusChange: counts.StatusChange! - 2,
    });
    const review = await post<{ review: { recommendations: Array<{ id: string }> } }>(
      server.url,
      REVIEW,
      { id: `${P}-a` },
    );
    expect(review.data?.review.recommendations.map((r) => r.id)).toEqual([`${P}-a-rec-2`]);
  });
});
