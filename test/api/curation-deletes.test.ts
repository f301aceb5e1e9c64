// HTTP tests of deleteReview, restoreReview, deleteRecommendation and deleteFinding: only an ADMIN at the entity's current
// version may delete it; it goes with what it owns and nothing else; analytics stop counting a
// deleted review at once; the trail keeps the whole import record, and importing a deleted
// review's record puts it back as it was.
import { readDataVersion } from '../../src/db/data-version';
import type { Db } from '../../src/db/database';
import { IMPORT_FORMAT_ID, reviewRecord, type ImportReview } from '../../src/modules/import';
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

/**
 * Runs the delete mutation `field` as the ADMIN and requires its Change to record the deletion
 * of the `entityType` `input.id`; returns the Change's id and its `before`, parsed.
 */
async function deleteAsAdmin(
  field: 'deleteReview' | 'deleteRecommendation' | 'deleteFinding',
  entityType: string,
  input: { id: string; expectedVersion: number; reason?: string },
): Promise<{ changeId: string; before: unknown }> {
  const res = await post<Record<string, { deletedId: string; change: Record<string, unknown> }>>(
    server.url,
    `mutation($input: DeleteInput!) { ${field}(input: $input) { deletedId
      change { id operation entityType entityId before after reason actor { role } } } }`,
    { input },
    admin,
  );
  expect(res.errors).toBeUndefined();
  const { deletedId, change } = res.data![field]!;
  expect(deletedId).toBe(input.id);
  expect(change).toMatchObject({
    operation: field,
    entityType,
    entityId: input.id,
    after: null,
    reason: input.reason ?? null,
    actor: { role: 'ADMIN' },
  });
  return { changeId: String(change.id), before: JSON.parse(String(change.before)) };
}

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
    const { before } = await deleteAsAdmin('deleteReview', 'Review', {
      id: `${P}-a`,
      expectedVersion: 1,
      reason: 'Imported twice',
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
    const record = before as ImportReview;
    expect(record).toMatchObject({ id: `${P}-a`, title: 'A', partnershipId: P });
    await importFile(db, { format: IMPORT_FORMAT_ID, reviews: [record] });
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
    const removed = await deleteAsAdmin('deleteRecommendation', 'Recommendation', {
      id,
      expectedVersion: 1,
    });
    expect(removed.before).toEqual({
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

  it('deletes a finding and moves the later ones up, refusing edits sent with an old version', async () => {
    const DELETE_FINDING = `mutation($input: DeleteInput!) { deleteFinding(input: $input) {
      deletedId change { operation entityType entityId before after } } }`;
    const UPDATE_FINDING = `mutation($input: UpdateFindingInput!) { updateFinding(input: $input) {
      finding { id version text } } }`;
    const FINDINGS = `query($id: ID!) { review(id: $id) { findings { id version text } } }`;
    const findings = async () =>
      (
        await post<{ review: { findings: Array<Record<string, unknown>> } }>(server.url, FINDINGS, {
          id: `${P}-a`,
        })
      ).data?.review.findings;
    const [f1, f2] = [`${P}-a-finding-1`, `${P}-a-finding-2`];
    expect(await findings()).toEqual([
      { id: f1, version: 1, text: 'A first finding.' },
      { id: f2, version: 1, text: 'A second finding.' },
    ]);
    const before = await snapshot();
    const input = { id: f1, expectedVersion: 1 };
    expect(codes(await post(server.url, DELETE_FINDING, { input }, analyst))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      codes(
        await post(server.url, DELETE_FINDING, { input: { ...input, expectedVersion: 3 } }, admin),
      ),
    ).toEqual(['CONFLICT']);
    expect(
      codes(
        await post(
          server.url,
          DELETE_FINDING,
          { input: { id: `${P}-a-finding-9`, expectedVersion: 1 } },
          admin,
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(await snapshot()).toEqual(before);

    const counts = await labels();
    const removed = await deleteAsAdmin('deleteFinding', 'Finding', {
      ...input,
      reason: 'Not what the report says',
    });
    expect(removed.before).toEqual({
      reviewId: `${P}-a`,
      position: 1,
      text: 'A first finding.',
      themeIds: [`${P}-neglect`],
      sourceId: `${P}-src`,
      pageRef: 'p. 4',
      moved: [{ from: f2, to: f1 }],
    });
    // The second finding is now the first, under the first's id, at a version neither had.
    expect(await findings()).toEqual([{ id: f1, version: 2, text: 'A second finding.' }]);
    expect(await labels()).toEqual({ ...counts, Finding: counts.Finding! - 1 });

    // Edits sent with what was read before the delete land nowhere.
    const stale = await snapshot();
    const edit = (id: string) =>
      post(
        server.url,
        UPDATE_FINDING,
        { input: { id, expectedVersion: 1, text: 'Edited.' } },
        analyst,
      );
    expect(codes(await edit(f1))).toEqual(['CONFLICT']);
    expect(codes(await edit(f2))).toEqual(['BAD_USER_INPUT']);
    expect(await snapshot()).toEqual(stale);

    // The review is still what the import format describes: its export reads it without a problem.
    const record = await db.readTransaction('test.export', (tx) => reviewRecord(tx, `${P}-a`));
    expect(record?.findings).toEqual([{ text: 'A second finding.', sourceId: `${P}-src` }]);

    // From the middle of three: only the one after it moves, above both versions it had to beat.
    // New findings start above every version the review's findings had at the delete (2), so
    // the one that takes the freed id cannot be edited by a version read of its predecessor.
    const ADD_FINDING = `mutation($input: AddFindingInput!) { addFinding(input: $input) { finding { id version } } }`;
    for (const text of ['Third.', 'Fourth.']) {
      const added = await post(
        server.url,
        ADD_FINDING,
        { input: { reviewId: `${P}-a`, text, sourceId: `${P}-src` } },
        analyst,
      );
      expect(added.errors).toBeUndefined();
    }
    expect(codes(await edit(f2))).toEqual(['CONFLICT']);
    const f3 = `${P}-a-finding-3`;
    expect(
      codes(
        await post(
          server.url,
          UPDATE_FINDING,
          { input: { id: f3, expectedVersion: 3, text: 'Fourth, edited.' } },
          analyst,
        ),
      ),
    ).toBeUndefined();
    const middle = await deleteAsAdmin('deleteFinding', 'Finding', { id: f2, expectedVersion: 3 });
    expect(middle.before).toMatchObject({
      position: 2,
      text: 'Third.',
      moved: [{ from: f3, to: f2 }],
    });
    expect(await findings()).toEqual([
      { id: f1, version: 2, text: 'A second finding.' },
      { id: f2, version: 5, text: 'Fourth, edited.' },
    ]);
    const again = await db.readTransaction('test.export', (tx) => reviewRecord(tx, `${P}-a`));
    expect(again?.findings?.map((f) => f.text)).toEqual(['A second finding.', 'Fourth, edited.']);
  });

  it('puts a deleted review back from its deletion Change, once, and only while what it links to exists', async () => {
    const RESTORE = `mutation($input: RestoreReviewInput!) { restoreReview(input: $input) {
      review { id title children { pseudonym } themes { id } documents { id } }
      change { operation entityType entityId before after } } }`;
    const id = `${P}-b-and-c`;
    const shown = await post<{ review: unknown }>(server.url, REVIEW, { id });
    const counts = await labels();
    const curiosity = await recurring();
    const { changeId } = await deleteAsAdmin('deleteReview', 'Review', { id, expectedVersion: 1 });

    const refused = async (input: Record<string, unknown>, who: Header, message?: RegExp) => {
      const before = await snapshot();
      const res = await post(server.url, RESTORE, { input }, who);
      expect(codes(res)).toEqual([who === analyst ? 'FORBIDDEN' : 'BAD_USER_INPUT']);
      if (message) expect(res.errors?.[0]?.message).toMatch(message);
      expect(await snapshot()).toEqual(before);
    };
    await refused({ changeId }, analyst);
    await refused(
      { changeId: 'no-such-change' },
      admin,
      /expected the id of a deleteReview Change, got "no-such-change"/,
    );
    const other = await post<{ changes: { nodes: Array<{ id: string }> } }>(
      server.url,
      `query($e: ID) { changes(filter: { entityId: $e }, first: 1) { nodes { id } } }`,
      { e: `${P}-a-rec-1` },
      admin,
    );
    await refused(
      { changeId: other.data!.changes.nodes[0]!.id },
      admin,
      /\(a deleteRecommendation Change\)/,
    );

    const res = await post<{ restoreReview: { review: unknown; change: Record<string, unknown> } }>(
      server.url,
      RESTORE,
      { input: { changeId, reason: 'Deleted by mistake' } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.restoreReview.change).toMatchObject({
      operation: 'restoreReview',
      entityType: 'Review',
      entityId: id,
      before: null,
      after: JSON.stringify({ restoredFrom: changeId }),
    });
    expect(await labels()).toEqual(counts);
    expect((await post<{ review: unknown }>(server.url, REVIEW, { id })).data?.review).toEqual(
      shown.data?.review,
    );
    expect(await recurring()).toEqual(curiosity);
    // Once: the review exists again.
    await refused({ changeId }, admin, /exists again/);

    // Not when a theme it links to has gone since: nothing is written, and the message says which.
    const again = await deleteAsAdmin('deleteReview', 'Review', { id, expectedVersion: 1 });
    const themeGone = await post(
      server.url,
      `mutation($input: DeleteInput!) { deleteTheme(input: $input) { deletedId } }`,
      { input: { id: `${P}-curiosity`, expectedVersion: 1 } },
      admin,
    );
    expect(themeGone.errors).toBeUndefined();
    await refused(
      { changeId: again.changeId },
      admin,
      new RegExp(`themes\\[0\\]\\.themeId: expected the id of a theme, got "${P}-curiosity"`),
    );
  });
});
