// HTTP tests of curation: roles, the audit trail, lost-update protection, all-or-nothing
// mutations, literal storage of text, and merging themes. Each refused call proves nothing
// changed: whole-graph node and relationship counts (Changes included) before and after.
import { readDataVersion } from '../../src/db/data-version';
import type { Db } from '../../src/db/database';
import { importFile } from '../../src/modules/import/importer';
import { revokeTestToken, testToken } from '../helpers/auth';
import { closeTestDb, graphCounts, openTestDb } from '../helpers/db';
import { post, startTestServer, type TestServer } from '../helpers/server';
import { removePrefixed, sampleFile } from '../import/fixtures';

const P = 'test-curation';
// Changes outlive the entities they record (tests remove their nodes, never the trail), so the
// theme this file creates has a name of its own on every run.
const RUN = Date.now().toString(36);
const ALPHA = `Test Curation Alpha ${RUN}`;
const ALPHA_ID = `test-curation-alpha-${RUN}`;
let db: Db;
let server: TestServer;
type Header = { authorization: string };
let reader: Header;
let analyst: Header;
let admin: Header;
let revoked: Header;

beforeAll(async () => {
  db = openTestDb();
  server = await startTestServer();
  // The sample file: themes P-curiosity ("Test Curiosity", raised by reviews A and "B and C")
  // and P-neglect ("Test Neglect", raised by A); review A makes recommendations 1 and 2.
  await importFile(db, sampleFile(P));
  reader = (await testToken(db, 'Rita Reader', 'READER')).header;
  analyst = (await testToken(db, 'Ann Analyst', 'ANALYST')).header;
  admin = (await testToken(db, 'Ada Admin', 'ADMIN')).header;
  const gone = await testToken(db, 'Gone Analyst', 'ANALYST');
  await revokeTestToken(db, gone.id);
  revoked = gone.header;
});
afterAll(async () => {
  await removePrefixed(db, P);
  await server.stop();
  await closeTestDb();
});

const CHANGE =
  'change { id at operation entityType entityId before after reason requestId actor { name role } }';
const CREATE = `mutation($input: CreateThemeInput!) { createTheme(input: $input) {
  theme { id name aliases version } ${CHANGE} } }`;
const UPDATE = `mutation($input: UpdateThemeInput!) { updateTheme(input: $input) {
  theme { id name aliases version } ${CHANGE} } }`;
const MERGE = `mutation($input: MergeThemesInput!) { mergeThemes(input: $input) {
  theme { id name aliases version reviews { id } } ${CHANGE} } }`;
const DELETE = `mutation($input: DeleteInput!) { deleteTheme(input: $input) { deletedId ${CHANGE} } }`;
const ADD_REC = `mutation($input: AddRecommendationInput!) { addRecommendation(input: $input) {
  recommendation { id number text status version addressedTo { id } themes { id }
    statusHistory { status on source { id } } } ${CHANGE} } }`;
const CHANGES = `query($filter: ChangeFilter, $first: Int) { changes(filter: $filter, first: $first) {
  totalCount nodes { operation entityId before after reason actor { name role } } } }`;

type Errors = { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
const codes = (res: Errors) => res.errors?.map((e) => e.extensions?.code);

/** Node and relationship counts (Changes included) and the data version. */
const snapshot = async () => ({ ...(await graphCounts(db)), version: await readDataVersion(db) });

/**
 * Runs `call` and asserts that it failed with `code` and that the graph did not change: the same
 * counts, and the data version (which every committed write advances) where it was.
 */
async function refusedWithoutChange(
  code: string,
  call: () => Promise<Errors & { data?: unknown }>,
) {
  const before = await snapshot();
  const res = await call();
  expect(codes(res)).toEqual([code]);
  expect(await snapshot()).toEqual(before);
  return res;
}

describe('who may curate', () => {
  const input = { name: ALPHA, reason: 'seen in two briefings' };

  it('refuses an anonymous caller, a revoked token and a READER, changing nothing', async () => {
    await refusedWithoutChange('UNAUTHENTICATED', () => post(server.url, CREATE, { input }));
    await refusedWithoutChange('UNAUTHENTICATED', () =>
      post(server.url, CREATE, { input }, revoked),
    );
    const res = await refusedWithoutChange('FORBIDDEN', () =>
      post(server.url, CREATE, { input }, reader),
    );
    expect(res.errors?.[0]?.message).toBe(
      'This operation needs role ANALYST; Rita Reader has role READER.',
    );
  });

  it('lets an ANALYST create a theme, recorded in the trail with name, before and after', async () => {
    const before = await snapshot();
    const res = await post<{ createTheme: { theme: unknown; change: Record<string, unknown> } }>(
      server.url,
      CREATE,
      { input: { ...input, aliases: ['Alpha (curation)'] } },
      analyst,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.createTheme.theme).toEqual({
      id: ALPHA_ID,
      name: ALPHA,
      aliases: [ALPHA, 'Alpha (curation)'],
      version: 1,
    });
    const change = res.data?.createTheme.change ?? {};
    expect(change).toMatchObject({
      operation: 'createTheme',
      entityType: 'Theme',
      entityId: ALPHA_ID,
      before: null,
      reason: 'seen in two briefings',
      actor: { name: 'Ann Analyst', role: 'ANALYST' },
    });
    expect(JSON.parse(String(change.after))).toEqual({
      name: ALPHA,
      aliases: [ALPHA, 'Alpha (curation)'],
    });
    expect(res.headers.get('x-request-id')).toBe(change.requestId);
    // One Theme node and one Change (the data version node exists already), no relationship;
    // the data version advanced by one, in the mutation's own transaction.
    expect(await snapshot()).toEqual({
      nodes: before.nodes + 2,
      relationships: before.relationships,
      version: before.version + 1,
    });
    const trail = await post<{ changes: { totalCount: number; nodes: unknown[] } }>(
      server.url,
      CHANGES,
      { filter: { entityId: ALPHA_ID } },
      reader,
    );
    expect(trail.data?.changes.totalCount).toBe(1);
    expect(trail.data?.changes.nodes[0]).toMatchObject({
      operation: 'createTheme',
      actor: { name: 'Ann Analyst', role: 'ANALYST' },
    });
  });

  it('refuses the same theme twice, and input that breaks the import rules, naming the field', async () => {
    const again = await refusedWithoutChange('BAD_USER_INPUT', () =>
      post(server.url, CREATE, { input }, analyst),
    );
    expect(again.errors?.[0]?.message).toBe(
      `input.name: expected a new theme, got "${ALPHA}", whose id "${ALPHA_ID}" exists (use updateTheme)`,
    );
    const bad = await refusedWithoutChange('BAD_USER_INPUT', () =>
      post(server.url, CREATE, { input: { name: 'Test Curation Beta', aliases: [''] } }, analyst),
    );
    expect(bad.errors?.[0]?.message).toBe('input.aliases[1]: expected a non-empty string, got ""');
  });

  it('keeps ADMIN operations from an ANALYST', async () => {
    const input = { id: `${P}-neglect`, expectedVersion: 1 };
    await refusedWithoutChange('FORBIDDEN', () => post(server.url, DELETE, { input }, analyst));
    await refusedWithoutChange('FORBIDDEN', () =>
      post(
        server.url,
        MERGE,
        { input: { keepId: `${P}-curiosity`, mergeIds: [`${P}-neglect`], expectedVersion: 1 } },
        analyst,
      ),
    );
  });

  it('shows the trail only to signed-in callers, newest first', async () => {
    expect(codes(await post(server.url, CHANGES, {}))).toEqual(['UNAUTHENTICATED']);
    const mine = await post<{ changes: { nodes: Array<{ actor: { name: string } }> } }>(
      server.url,
      CHANGES,
      { filter: { actorName: 'Ann Analyst' }, first: 100 },
      reader,
    );
    expect(mine.data?.changes.nodes.map((c) => c.actor.name)).toContain('Ann Analyst');
    expect(new Set(mine.data?.changes.nodes.map((c) => c.actor.name))).toEqual(
      new Set(['Ann Analyst']),
    );
  });
});

describe('no lost update', () => {
  it('lets exactly one of two updates with the same expectedVersion win; the other gets CONFLICT', async () => {
    const before = await snapshot();
    const update = (name: string) =>
      post<{ updateTheme: { theme: { version: number } } }>(
        server.url,
        UPDATE,
        { input: { id: ALPHA_ID, expectedVersion: 1, name } },
        analyst,
      );
    const results = await Promise.all([update(`${ALPHA} One`), update(`${ALPHA} Two`)]);
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(won[0]?.data?.updateTheme.theme.version).toBe(2);
    expect(lost).toHaveLength(1);
    expect(codes(lost[0] ?? {})).toEqual(['CONFLICT']);
    expect(lost[0]?.errors?.[0]?.extensions?.currentVersion).toBe(2);
    // Only the winner wrote: one Change node and one step of the data version; the theme's
    // properties changed in place.
    expect(await snapshot()).toEqual({
      nodes: before.nodes + 1,
      relationships: before.relationships,
      version: before.version + 1,
    });
  });
});

describe('all or nothing', () => {
  it('writes nothing when a merge fails half-way (an unknown theme after a good one)', async () => {
    const res = await refusedWithoutChange('BAD_USER_INPUT', () =>
      post(
        server.url,
        MERGE,
        {
          input: {
            keepId: `${P}-curiosity`,
            mergeIds: [`${P}-neglect`, `${P}-no-such-theme`],
            expectedVersion: 1,
          },
        },
        admin,
      ),
    );
    expect(res.errors?.[0]?.message).toBe(
      `input.mergeIds: expected ids of themes, got "${P}-no-such-theme"`,
    );
    const still = await post<{ theme: { id: string } | null }>(
      server.url,
      `{ theme(id: "${P}-neglect") { id } }`,
    );
    expect(still.data).toEqual({ theme: { id: `${P}-neglect` } });
  });

  it('writes nothing when a recommendation names an unknown agency', async () => {
    const res = await refusedWithoutChange('BAD_USER_INPUT', () =>
      post(
        server.url,
        ADD_REC,
        {
          input: {
            reviewId: `${P}-a`,
            text: 'Train staff.',
            agencyIds: [`${P}-police`, `${P}-nobody`],
            sourceId: `${P}-src`,
          },
        },
        analyst,
      ),
    );
    // The importer's reference rule, with the file's path named as the input's.
    expect(res.errors?.[0]?.message).toBe(
      `input.agencyIds[1]: expected the id of an agency, got "${P}-nobody"`,
    );
  });
});

describe('text is stored literally', () => {
  it('keeps Cypher and HTML in a recommendation and a reason as written', async () => {
    const text = `"}) MATCH (n) DETACH DELETE n // <script>alert('x')</script> & $param`;
    const res = await post<{
      addRecommendation: {
        recommendation: Record<string, unknown>;
        change: Record<string, unknown>;
      };
    }>(
      server.url,
      ADD_REC,
      {
        input: {
          reviewId: `${P}-a`,
          text,
          status: 'IN_PROGRESS',
          statusOn: '2024-03',
          agencyIds: [`${P}-police`],
          themeIds: [`${P}-neglect`],
          sourceId: `${P}-src`,
          reason: text,
        },
      },
      analyst,
    );
    expect(res.errors).toBeUndefined();
    // Review A had recommendations 1 and 2, so this one is number 3.
    expect(res.data?.addRecommendation.recommendation).toEqual({
      id: `${P}-a-rec-3`,
      number: 3,
      text,
      status: 'IN_PROGRESS',
      version: 1,
      addressedTo: [{ id: `${P}-police` }],
      themes: [{ id: `${P}-neglect` }],
      // The status is the first entry of its history, from the recommendation's source.
      statusHistory: [{ status: 'IN_PROGRESS', on: '2024-03', source: { id: `${P}-src` } }],
    });
    expect(res.data?.addRecommendation.change.reason).toBe(text);
    const again = await post<{ recommendations: { nodes: Array<{ text: string }> } }>(
      server.url,
      `{ recommendations(filter: { review: { partnershipIds: ["${P}"] }, statuses: [IN_PROGRESS] }) { nodes { text } } }`,
    );
    expect(again.data?.recommendations.nodes).toEqual([{ text }]);
    // The database is intact: the seed's 11 reviews are still there.
    const reviews = await post(
      server.url,
      '{ reviews(filter: { partnershipIds: ["warwickshire"] }) { totalCount } }',
    );
    expect(reviews.data).toEqual({ reviews: { totalCount: 11 } });
  });
});

describe('mergeThemes', () => {
  it('moves every review link to the kept theme, and search finds it by the old names', async () => {
    // Before: Test Curiosity is raised by A and "B and C"; Test Neglect by A. After merging Test
    // Neglect into Test Curiosity: A and "B and C" (A's two links become one).
    const res = await post<{
      mergeThemes: {
        theme: { aliases: string[]; version: number; reviews: Array<{ id: string }> };
        change: Record<string, unknown>;
      };
    }>(
      server.url,
      MERGE,
      {
        input: {
          keepId: `${P}-curiosity`,
          mergeIds: [`${P}-neglect`],
          expectedVersion: 1,
          reason: 'one theme',
        },
      },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const theme = res.data?.mergeThemes.theme;
    expect(theme?.reviews.map((r) => r.id).sort()).toEqual([`${P}-a`, `${P}-b-and-c`]);
    expect(theme?.aliases).toEqual(['Test Curiosity', 'test curiosity', 'Test Neglect']);
    expect(theme?.version).toBe(2);
    expect(JSON.parse(String(res.data?.mergeThemes.change.after))).toMatchObject({
      mergedIds: [`${P}-neglect`],
    });
    const gone = await post(server.url, `{ theme(id: "${P}-neglect") { id } }`);
    expect(gone.data).toEqual({ theme: null });
    // The recommendation that addressed Test Neglect now addresses Test Curiosity.
    const rec = await post(
      server.url,
      `{ recommendations(filter: { themeIds: ["${P}-curiosity"], review: { partnershipIds: ["${P}"] } }) { nodes { number } } }`,
    );
    expect(rec.data).toEqual({ recommendations: { nodes: [{ number: 1 }, { number: 3 }] } });
    const hits = await post<{ search: Array<{ id: string }> }>(
      server.url,
      '{ search(query: "Neglect", first: 100) { id } }',
    );
    expect(hits.data?.search.map((h) => h.id)).toContain(`${P}-curiosity`);
  });

  it('deletes a theme as ADMIN and keeps its trail', async () => {
    const res = await post<{ deleteTheme: { deletedId: string } }>(
      server.url,
      DELETE,
      { input: { id: ALPHA_ID, expectedVersion: 2 } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const trail = await post<{ changes: { nodes: Array<{ operation: string }> } }>(
      server.url,
      CHANGES,
      { filter: { entityId: ALPHA_ID } },
      reader,
    );
    // Newest first: the delete, the winning update, the creation.
    expect(trail.data?.changes.nodes.map((c) => c.operation)).toEqual([
      'deleteTheme',
      'updateTheme',
      'createTheme',
    ]);
  });
});
