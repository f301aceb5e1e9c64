// HTTP tests of curating reviews, findings, theme links, theme mappings and recommendation
// statuses: roles, the importer's rules with the input's field names, lost-update protection,
// all-or-nothing writes and literal text. Each refused call proves nothing changed: node and
// relationship counts (Changes included) and the data version, before and after.
import { readDataVersion } from '../../src/db/data-version';
import type { Db } from '../../src/db/database';
import { importFile } from '../../src/modules/import/importer';
import { testToken } from '../helpers/auth';
import { closeTestDb, graphCounts, openTestDb } from '../helpers/db';
import { post, startTestServer, type TestServer } from '../helpers/server';
import { removePrefixed, sampleFile } from '../import/fixtures';

const P = 'test-curate-graph';
let db: Db;
let server: TestServer;
type Header = { authorization: string };
let reader: Header;
let analyst: Header;

beforeAll(async () => {
  db = openTestDb();
  server = await startTestServer();
  // The sample file: reviews P-a (themes P-curiosity by BRIEFING_PUBLISHED and P-neglect by
  // REPORT_FINDING; recommendation 2 COMPLETED on 2023-01-15) and P-b-and-c (P-curiosity by
  // BRIEFING_PUBLISHED); theme P-curiosity maps to panel-ar-2020-professional-curiosity.
  await importFile(db, sampleFile(P));
  reader = (await testToken(db, 'Rita Reader', 'READER')).header;
  analyst = (await testToken(db, 'Ann Analyst', 'ANALYST')).header;
});
afterAll(async () => {
  await removePrefixed(db, P);
  await server.stop();
  await closeTestDb();
});

const CHANGE = 'change { operation entityType entityId before after reason actor { name role } }';
const M = {
  upsertReview: `mutation($input: UpsertReviewInput!) { upsertReview(input: $input) {
    review { id version title summary publishedOn notifiedOn sources { id } } ${CHANGE} } }`,
  addFinding: `mutation($input: AddFindingInput!) { addFinding(input: $input) {
    finding { id version text pageRef themes { id } source { id } } ${CHANGE} } }`,
  updateFinding: `mutation($input: UpdateFindingInput!) { updateFinding(input: $input) {
    finding { id version text pageRef themes { id } } ${CHANGE} } }`,
  linkReviewTheme: `mutation($input: LinkReviewThemeInput!) { linkReviewTheme(input: $input) {
    review { id version themeLinks { theme { id } evidence note source { id } } } ${CHANGE} } }`,
  updateReviewThemeLink: `mutation($input: UpdateReviewThemeLinkInput!) {
    updateReviewThemeLink(input: $input) {
      review { id version themeLinks { theme { id } evidence note source { id } } } ${CHANGE} } }`,
  unlinkReviewTheme: `mutation($input: UnlinkReviewThemeInput!) { unlinkReviewTheme(input: $input) {
    review { id version themeLinks { theme { id } evidence } } ${CHANGE} } }`,
  mapTheme: `mutation($input: MapThemeInput!) { mapTheme(input: $input) {
    theme { id version mappings { category { id } basis note } } ${CHANGE} } }`,
  unmapTheme: `mutation($input: UnmapThemeInput!) { unmapTheme(input: $input) {
    theme { id version mappings { category { id } basis note } } ${CHANGE} } }`,
  recordRecommendationStatus: `mutation($input: RecordRecommendationStatusInput!) {
    recordRecommendationStatus(input: $input) {
      recommendation { id version status statusUpdatedOn statusHistory { status on note source { id } } }
      ${CHANGE} } }`,
  addRecommendation: `mutation($input: AddRecommendationInput!) { addRecommendation(input: $input) {
    recommendation { id version status statusHistory { status on } } ${CHANGE} } }`,
} as const;

/** A well-formed input of each mutation (the role tests send it without the right role). */
const INPUTS: Record<keyof typeof M, Record<string, unknown>> = {
  upsertReview: { id: `${P}-a`, expectedVersion: 1, summary: 'A summary.' },
  addFinding: { reviewId: `${P}-a`, text: 'A finding.', sourceId: `${P}-src` },
  updateFinding: { id: `${P}-a-finding-1`, expectedVersion: 1, text: 'Changed.' },
  linkReviewTheme: {
    reviewId: `${P}-b-and-c`,
    themeId: `${P}-neglect`,
    evidence: 'REPORT_FINDING',
    sourceId: `${P}-src`,
    expectedVersion: 1,
  },
  updateReviewThemeLink: {
    reviewId: `${P}-b-and-c`,
    themeId: `${P}-curiosity`,
    evidence: 'BRIEFING_PUBLISHED',
    note: 'A briefing on it is listed.',
    expectedVersion: 1,
  },
  unlinkReviewTheme: {
    reviewId: `${P}-a`,
    themeId: `${P}-neglect`,
    evidence: 'REPORT_FINDING',
    expectedVersion: 1,
  },
  mapTheme: {
    themeId: `${P}-curiosity`,
    categoryId: 'nspcc-lfcr-neglect',
    basis: 'DIRECT',
    expectedVersion: 1,
  },
  unmapTheme: {
    themeId: `${P}-curiosity`,
    categoryId: 'panel-ar-2020-professional-curiosity',
    expectedVersion: 1,
  },
  recordRecommendationStatus: {
    recommendationId: `${P}-a-rec-2`,
    expectedVersion: 1,
    status: 'OPEN',
    on: '2023-06-01',
  },
  addRecommendation: { reviewId: `${P}-b-and-c`, text: 'Review the plan.', sourceId: `${P}-src` },
};

type Res<T = Record<string, unknown>> = {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
};
const codes = (res: Res) => res.errors?.map((e) => e.extensions?.code);
const snapshot = async () => ({ ...(await graphCounts(db)), version: await readDataVersion(db) });

/** Sends mutation `name` with `input` as `who` (anonymous when omitted). */
function send<T = Record<string, unknown>>(
  name: keyof typeof M,
  input: Record<string, unknown>,
  who?: Header,
): Promise<Res<T>> {
  return post(server.url, M[name], { input }, who) as Promise<Res<T>>;
}

/** Runs `call`, asserting it failed with `code` (and `message`, when given) and changed nothing. */
async function refused(code: string, call: () => Promise<Res>, message?: string) {
  const before = await snapshot();
  const res = await call();
  expect(codes(res)).toEqual([code]);
  if (message !== undefined) expect(res.errors?.[0]?.message).toBe(message);
  expect(await snapshot()).toEqual(before);
}

/** Runs `call` as a success that writes one Change, and returns its data. */
async function done<T>(call: () => Promise<Res<T>>): Promise<T> {
  const before = await snapshot();
  const res = await call();
  expect(res.errors).toBeUndefined();
  const after = await snapshot();
  expect(after.version).toBe(before.version + 1);
  return res.data as T;
}

describe('who may curate the graph', () => {
  it.each(Object.keys(M) as Array<keyof typeof M>)(
    '%s: anonymous is UNAUTHENTICATED, a READER is FORBIDDEN, and nothing changes',
    async (name) => {
      await refused('UNAUTHENTICATED', () => send(name, INPUTS[name]));
      await refused(
        'FORBIDDEN',
        () => send(name, INPUTS[name], reader),
        'This operation needs role ANALYST; Rita Reader has role READER.',
      );
    },
  );
});

describe('upsertReview', () => {
  const id = `${P}-d`;
  const create = { id, partnershipId: P, title: 'D', kind: 'LEARNING_REVIEW' };

  it('refuses a real review without a source, by the importer rule, naming the input', async () => {
    await refused(
      'BAD_USER_INPUT',
      () => send('upsertReview', create, analyst),
      'input.sources: expected at least one source for a real review (every fact about a real case cites where it was published), got none',
    );
  });

  it('creates a review at version 1, recorded with its fields', async () => {
    type D = { upsertReview: { review: Record<string, unknown>; change: Record<string, unknown> } };
    const data = await done<D>(() =>
      send(
        'upsertReview',
        { ...create, publishedOn: '2024-02', sources: [{ sourceId: `${P}-src` }] },
        analyst,
      ),
    );
    expect(data.upsertReview.review).toEqual({
      id,
      version: 1,
      title: 'D',
      summary: null,
      publishedOn: '2024-02',
      notifiedOn: null,
      sources: [{ id: `${P}-src` }],
    });
    expect(data.upsertReview.change).toMatchObject({
      operation: 'upsertReview',
      entityType: 'Review',
      entityId: id,
      before: null,
      actor: { name: 'Ann Analyst', role: 'ANALYST' },
    });
    expect(JSON.parse(String(data.upsertReview.change.after))).toMatchObject({
      partnershipId: P,
      title: 'D',
      kind: 'LEARNING_REVIEW',
      publishedOn: '2024-02',
    });
    // Published by the partnership: the sample's two reviews and this one.
    const listed = await post(
      server.url,
      `{ reviews(filter: { partnershipIds: ["${P}"] }) { totalCount } }`,
    );
    expect(listed.data).toEqual({ reviews: { totalCount: 3 } });
  });

  it('changes only the fields given, recording those before and after', async () => {
    type D = { upsertReview: { review: Record<string, unknown>; change: Record<string, string> } };
    const data = await done<D>(() =>
      send('upsertReview', { id, expectedVersion: 1, summary: 'What D found.' }, analyst),
    );
    expect(data.upsertReview.review).toMatchObject({
      version: 2,
      title: 'D',
      summary: 'What D found.',
      publishedOn: '2024-02',
    });
    expect(JSON.parse(data.upsertReview.change.before ?? '')).toEqual({ summary: null });
    expect(JSON.parse(data.upsertReview.change.after ?? '')).toEqual({ summary: 'What D found.' });
  });

  it('refuses an edit without expectedVersion, a stale one, and dates out of order', async () => {
    await refused(
      'BAD_USER_INPUT',
      () => send('upsertReview', { id, summary: 'x' }, analyst),
      `input.expectedVersion: expected the version of review ${id} you last read (it exists; leave expectedVersion out only to create a review), got nothing`,
    );
    await refused('CONFLICT', () =>
      send('upsertReview', { id, expectedVersion: 1, summary: 'x' }, analyst),
    );
    // The importer's lifecycle rule: notification on or after awareness.
    await refused(
      'BAD_USER_INPUT',
      () =>
        send(
          'upsertReview',
          { id, expectedVersion: 2, awareOn: '2021-05-10', notifiedOn: '2021-05-03' },
          analyst,
        ),
      'input.notifiedOn: expected a date on or after awareOn ("2021-05-10"), got "2021-05-03"',
    );
  });
});

describe('theme links', () => {
  const note = `"}) MATCH (n) DETACH DELETE n // <b onmouseover="x()">bold</b> & $param`;
  type D<K extends string> = {
    [k in K]: {
      review: { version: number; themeLinks: Array<Record<string, unknown>> };
      change: Record<string, string>;
    };
  };

  it('links a theme with its evidence and source; the note is stored literally', async () => {
    const data = await done<D<'linkReviewTheme'>>(() =>
      send('linkReviewTheme', { ...INPUTS.linkReviewTheme, note }, analyst),
    );
    // The review's links are part of it: imported at version 1, so now 2.
    expect(data.linkReviewTheme.review.version).toBe(2);
    expect(data.linkReviewTheme.review.themeLinks).toContainEqual({
      theme: { id: `${P}-neglect` },
      evidence: 'REPORT_FINDING',
      note,
      source: { id: `${P}-src` },
    });
    expect(JSON.parse(data.linkReviewTheme.change.after ?? '')).toEqual({
      themeLink: {
        themeId: `${P}-neglect`,
        evidence: 'REPORT_FINDING',
        sourceId: `${P}-src`,
        note,
      },
    });
    const trail = await post<{ changes: { nodes: Array<{ operation: string }> } }>(
      server.url,
      `query($id: ID) { changes(filter: { entityId: $id }) { nodes { operation actor { name } } } }`,
      { id: `${P}-b-and-c` },
      reader,
    );
    expect(trail.data?.changes.nodes[0]).toEqual({
      operation: 'linkReviewTheme',
      actor: { name: 'Ann Analyst' },
    });
  });

  it('refuses a stale version, the same link twice and an unknown theme', async () => {
    await refused(
      'CONFLICT',
      () =>
        send(
          'linkReviewTheme',
          { ...INPUTS.linkReviewTheme, evidence: 'CURATOR_JUDGEMENT', expectedVersion: 1 },
          analyst,
        ),
      `Review ${P}-b-and-c has changed since you read it: expectedVersion 1, current version 2. Nothing was written; read it again and retry.`,
    );
    await refused(
      'BAD_USER_INPUT',
      () => send('linkReviewTheme', { ...INPUTS.linkReviewTheme, expectedVersion: 2 }, analyst),
      `input: expected one link per theme and evidence, got "${P}-neglect" with REPORT_FINDING again (first at review ${P}-b-and-c themes[1])`,
    );
    await refused(
      'BAD_USER_INPUT',
      () =>
        send(
          'linkReviewTheme',
          {
            ...INPUTS.linkReviewTheme,
            themeId: `${P}-nothing`,
            evidence: 'CURATOR_JUDGEMENT',
            expectedVersion: 2,
          },
          analyst,
        ),
      `input.themeId: expected the id of a theme, got "${P}-nothing"`,
    );
    // A real review's link that rests on a published finding names the source that shows it.
    await refused(
      'BAD_USER_INPUT',
      () =>
        send(
          'linkReviewTheme',
          {
            ...INPUTS.linkReviewTheme,
            themeId: `${P}-curiosity`,
            sourceId: null,
            expectedVersion: 2,
          },
          analyst,
        ),
      'input.sourceId: expected the source that shows a REPORT_FINDING link of a real review (only a CURATOR_JUDGEMENT link may stand without one), got none',
    );
  });

  it("changes a link's note in place, keeping its source, and records only the note", async () => {
    // P-b-and-c is at version 2 after the link above; its P-curiosity link has no note.
    const input = { ...INPUTS.updateReviewThemeLink, expectedVersion: 2 };
    const data = await done<D<'updateReviewThemeLink'>>(() =>
      send('updateReviewThemeLink', input, analyst),
    );
    expect(data.updateReviewThemeLink.review.version).toBe(3);
    const links = data.updateReviewThemeLink.review.themeLinks;
    expect(links).toHaveLength(2);
    expect(links).toContainEqual({
      theme: { id: `${P}-curiosity` },
      evidence: 'BRIEFING_PUBLISHED',
      note: 'A briefing on it is listed.',
      source: { id: `${P}-src` },
    });
    const key = { themeId: `${P}-curiosity`, evidence: 'BRIEFING_PUBLISHED' };
    expect(JSON.parse(data.updateReviewThemeLink.change.before ?? '')).toEqual({
      themeLink: { ...key, note: null },
    });
    expect(JSON.parse(data.updateReviewThemeLink.change.after ?? '')).toEqual({
      themeLink: { ...key, note: 'A briefing on it is listed.' },
    });
  });

  it('refuses to change a link the review does not have, or at a stale version', async () => {
    await refused(
      'BAD_USER_INPUT',
      () =>
        send(
          'updateReviewThemeLink',
          { ...INPUTS.updateReviewThemeLink, evidence: 'REPORT_FINDING', expectedVersion: 3 },
          analyst,
        ),
      `input: expected a theme link of review ${P}-b-and-c, got theme "${P}-curiosity" with REPORT_FINDING, which the review does not have`,
    );
    await refused('CONFLICT', () =>
      send(
        'updateReviewThemeLink',
        { ...INPUTS.updateReviewThemeLink, expectedVersion: 2 },
        analyst,
      ),
    );
    await refused(
      'BAD_USER_INPUT',
      () =>
        send(
          'updateReviewThemeLink',
          { ...INPUTS.updateReviewThemeLink, sourceId: null, expectedVersion: 3 },
          analyst,
        ),
      'input.sourceId: expected the source that shows a BRIEFING_PUBLISHED link of a real review (only a CURATOR_JUDGEMENT link may stand without one), got none',
    );
  });

  it('two link edits at the same version, sent at once: one wins, the other is CONFLICT', async () => {
    const before = await snapshot();
    const edit = (text: string) =>
      send(
        'updateReviewThemeLink',
        { ...INPUTS.updateReviewThemeLink, note: text, expectedVersion: 3 },
        analyst,
      );
    const results = await Promise.all([edit('First.'), edit('Second.')]);
    const outcomes = results.map((r) => (r.errors ? codes(r)?.[0] : 'done')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'done']);
    // One Change and one data-version step: the loser wrote nothing.
    const after = await snapshot();
    expect(after.version).toBe(before.version + 1);
    expect(after.nodes).toBe(before.nodes + 1);
  });

  it('unlinks one link, keeping the review and its other links', async () => {
    const data = await done<D<'unlinkReviewTheme'>>(() =>
      send('unlinkReviewTheme', INPUTS.unlinkReviewTheme, analyst),
    );
    expect(data.unlinkReviewTheme.review).toEqual({
      id: `${P}-a`,
      version: 2,
      themeLinks: [{ theme: { id: `${P}-curiosity` }, evidence: 'BRIEFING_PUBLISHED' }],
    });
    await refused(
      'BAD_USER_INPUT',
      () => send('unlinkReviewTheme', { ...INPUTS.unlinkReviewTheme, expectedVersion: 2 }, analyst),
      `input: expected a theme link of review ${P}-a, got theme "${P}-neglect" with REPORT_FINDING, which the review does not have`,
    );
    await refused('CONFLICT', () => send('unlinkReviewTheme', INPUTS.unlinkReviewTheme, analyst));
  });
});

describe('findings', () => {
  it('writes nothing when one theme of a finding is unknown (after a good one)', async () => {
    await refused(
      'BAD_USER_INPUT',
      () =>
        send(
          'addFinding',
          { ...INPUTS.addFinding, themeIds: [`${P}-curiosity`, `${P}-nothing`] },
          analyst,
        ),
      `input.themeIds[1]: expected the id of a theme, got "${P}-nothing"`,
    );
  });

  it("adds the review's first finding with its themes and source", async () => {
    type D = { addFinding: { finding: Record<string, unknown> } };
    const data = await done<D>(() =>
      send(
        'addFinding',
        { ...INPUTS.addFinding, themeIds: [`${P}-curiosity`], pageRef: 'p. 4' },
        analyst,
      ),
    );
    expect(data.addFinding.finding).toEqual({
      id: `${P}-a-finding-1`,
      version: 1,
      text: 'A finding.',
      pageRef: 'p. 4',
      themes: [{ id: `${P}-curiosity` }],
      source: { id: `${P}-src` },
    });
  });

  it('lets exactly one of two updates with the same expectedVersion win', async () => {
    const before = await snapshot();
    const update = (text: string) =>
      send<{ updateFinding: { finding: { version: number; text: string } } }>(
        'updateFinding',
        { ...INPUTS.updateFinding, text },
        analyst,
      );
    const results = await Promise.all([update('First text.'), update('Second text.')]);
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(won[0]?.data?.updateFinding.finding.version).toBe(2);
    expect(lost.map(codes)).toEqual([['CONFLICT']]);
    expect(lost[0]?.errors?.[0]?.extensions?.currentVersion).toBe(2);
    // Only the winner wrote: one Change, one step of the data version.
    expect(await snapshot()).toEqual({
      nodes: before.nodes + 1,
      relationships: before.relationships,
      version: before.version + 1,
    });
  });

  it('clears a page reference with null and keeps the other fields', async () => {
    type D = {
      updateFinding: { finding: Record<string, unknown>; change: Record<string, string> };
    };
    const data = await done<D>(() =>
      send('updateFinding', { id: `${P}-a-finding-1`, expectedVersion: 2, pageRef: null }, analyst),
    );
    expect(data.updateFinding.finding).toMatchObject({ version: 3, pageRef: null });
    expect(JSON.parse(data.updateFinding.change.before ?? '')).toEqual({ pageRef: 'p. 4' });
  });
});

describe('mapTheme', () => {
  it('refuses a JUDGED mapping without its reason, by the importer rule', async () => {
    await refused(
      'BAD_USER_INPUT',
      () => send('mapTheme', { ...INPUTS.mapTheme, basis: 'JUDGED' }, analyst),
      'input.note: expected a one-line reason for a JUDGED mapping, got nothing',
    );
  });

  it('maps a theme to a published category with its basis, keeping its other mapping', async () => {
    type D = { mapTheme: { theme: { version: number; mappings: unknown[] } } };
    const data = await done<D>(() => send('mapTheme', INPUTS.mapTheme, analyst));
    expect(data.mapTheme.theme.version).toBe(2);
    expect(data.mapTheme.theme.mappings).toEqual(
      expect.arrayContaining([
        { category: { id: 'nspcc-lfcr-neglect' }, basis: 'DIRECT', note: null },
        { category: { id: 'panel-ar-2020-professional-curiosity' }, basis: 'DIRECT', note: null },
      ]),
    );
    expect(data.mapTheme.theme.mappings).toHaveLength(2);
  });

  it('unmaps one category, keeping the other, and refuses one it is not mapped to', async () => {
    // P-curiosity is at version 2 after the mapping above.
    await refused('CONFLICT', () => send('unmapTheme', INPUTS.unmapTheme, analyst));
    type D = { unmapTheme: { theme: Record<string, unknown>; change: Record<string, string> } };
    const data = await done<D>(() =>
      send('unmapTheme', { ...INPUTS.unmapTheme, expectedVersion: 2 }, analyst),
    );
    expect(data.unmapTheme.theme).toEqual({
      id: `${P}-curiosity`,
      version: 3,
      mappings: [{ category: { id: 'nspcc-lfcr-neglect' }, basis: 'DIRECT', note: null }],
    });
    expect(JSON.parse(data.unmapTheme.change.before ?? '')).toEqual({
      mapping: { categoryId: 'panel-ar-2020-professional-curiosity', basis: 'DIRECT', note: null },
    });
    expect(JSON.parse(data.unmapTheme.change.after ?? '')).toEqual({ mapping: null });
    await refused(
      'BAD_USER_INPUT',
      () => send('unmapTheme', { ...INPUTS.unmapTheme, expectedVersion: 3 }, analyst),
      `input.categoryId: expected a category theme ${P}-curiosity is mapped to ("nspcc-lfcr-neglect"), got "panel-ar-2020-professional-curiosity"`,
    );
  });
});

describe('recordRecommendationStatus', () => {
  // Recommendation 2 of review A was imported COMPLETED on 2023-01-15 (one history entry).
  const input = INPUTS.recordRecommendationStatus;

  it('refuses an entry dated before the latest, and a closed status after a closed one', async () => {
    await refused(
      'BAD_USER_INPUT',
      () => send('recordRecommendationStatus', { ...input, on: '2022-06' }, analyst),
      'input.on: expected a date on or after statusHistory[0].on ("2023-01-15"), got "2022-06"',
    );
    await refused(
      'BAD_USER_INPUT',
      () => send('recordRecommendationStatus', { ...input, status: 'SUPERSEDED' }, analyst),
      'input.status: expected OPEN or IN_PROGRESS after COMPLETED (a closed status comes last unless the recommendation is reopened), got "SUPERSEDED"',
    );
  });

  it('appends the entry with its source and note, and makes it the status', async () => {
    type D = { recordRecommendationStatus: { recommendation: Record<string, unknown> } };
    const data = await done<D>(() =>
      send(
        'recordRecommendationStatus',
        { ...input, sourceId: `${P}-src`, note: 'Reopened <after> an audit.' },
        analyst,
      ),
    );
    expect(data.recordRecommendationStatus.recommendation).toEqual({
      id: `${P}-a-rec-2`,
      version: 2,
      status: 'OPEN',
      statusUpdatedOn: '2023-06-01',
      statusHistory: [
        { status: 'COMPLETED', on: '2023-01-15', note: null, source: null },
        {
          status: 'OPEN',
          on: '2023-06-01',
          note: 'Reopened <after> an audit.',
          source: { id: `${P}-src` },
        },
      ],
    });
    await refused('CONFLICT', () => send('recordRecommendationStatus', input, analyst));
  });
});

describe('NOT_KNOWN: no source reports a status', () => {
  it('is what a recommendation added without a status holds, and never a history entry', async () => {
    type D = { addRecommendation: { recommendation: Record<string, unknown> } };
    const data = await done<D>(() => send('addRecommendation', INPUTS.addRecommendation, analyst));
    // Review "B and C" made no recommendation before: this is its first.
    expect(data.addRecommendation.recommendation).toEqual({
      id: `${P}-b-and-c-rec-1`,
      version: 1,
      status: 'NOT_KNOWN',
      statusHistory: [],
    });
    await refused(
      'BAD_USER_INPUT',
      () =>
        send(
          'recordRecommendationStatus',
          {
            recommendationId: `${P}-b-and-c-rec-1`,
            expectedVersion: 1,
            status: 'NOT_KNOWN',
            on: '2024-01',
          },
          analyst,
        ),
      'input.status: expected a status a source reports (OPEN, IN_PROGRESS, COMPLETED, NOT_ACCEPTED or SUPERSEDED), got NOT_KNOWN, which says that none does: a status history holds reported statuses only',
    );
    await refused(
      'BAD_USER_INPUT',
      () =>
        send(
          'addRecommendation',
          { ...INPUTS.addRecommendation, status: 'NOT_KNOWN', statusOn: '2024-01' },
          analyst,
        ),
      'input.statusOn: expected no date with status NOT_KNOWN (no source reports a status, so none took effect), got "2024-01"',
    );
  });

  it('gives way to the first reported status, recorded as the first entry', async () => {
    type D = {
      recordRecommendationStatus: {
        recommendation: Record<string, unknown>;
        change: Record<string, string>;
      };
    };
    const data = await done<D>(() =>
      send(
        'recordRecommendationStatus',
        {
          recommendationId: `${P}-b-and-c-rec-1`,
          expectedVersion: 1,
          status: 'IN_PROGRESS',
          on: '2024-01',
          sourceId: `${P}-src`,
        },
        analyst,
      ),
    );
    expect(data.recordRecommendationStatus.recommendation).toMatchObject({
      version: 2,
      status: 'IN_PROGRESS',
      statusUpdatedOn: '2024-01',
      statusHistory: [
        { status: 'IN_PROGRESS', on: '2024-01', note: null, source: { id: `${P}-src` } },
      ],
    });
    expect(JSON.parse(data.recordRecommendationStatus.change.before ?? '')).toEqual({
      status: 'NOT_KNOWN',
      statusUpdatedOn: null,
    });
  });
});
