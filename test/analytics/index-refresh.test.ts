// Integration: the analytics index follows the data version: within ANALYTICS_REFRESH_MS of a write
// (at once after its own), never from a half-built index, and two instances agree.
import { readDataVersion } from '../../src/db/data-version';
import type { Db } from '../../src/db/database';
import type { AnalyticsIndex } from '../../src/modules/analytics/analytics-index';
import { AnalyticsIndexKeeper } from '../../src/modules/analytics/analytics-index.keeper';
import { buildAnalyticsIndex } from '../../src/modules/analytics/analytics-index.repository';
import { importFile } from '../../src/modules/import/importer';
import { createServer, type RunningServer } from '../../src/server';
import { closeTestDb, openTestDb } from '../helpers/db';
import { revokeTestToken, testToken } from '../helpers/auth';
import { gql, post } from '../helpers/server';
import { removePrefixed, sampleFile } from '../import/fixtures';

const P = 'test-index-refresh';
let db: Db;
const servers: RunningServer[] = [];

beforeAll(() => {
  db = openTestDb();
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
  await removePrefixed(db, P);
});
afterAll(() => closeTestDb());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The test partnership's recurring themes (sampleFile: curiosity in both reviews, neglect in one). */
const ask = async (s: RunningServer) =>
  (
    await gql<{ recurringThemes: { theme: { id: string }; reviewCount: number }[] }>(
      s.url,
      `{ recurringThemes(minReviews: 1, filter: { partnershipIds: ["${P}"] }) { theme { id } reviewCount } }`,
    )
  ).data?.recurringThemes.map((r) => `${r.theme.id}:${r.reviewCount}`);
const AFTER_IMPORT = [`${P}-curiosity:2`, `${P}-neglect:1`];

describe('analytics index refresh', () => {
  it('answers from the old index until the version is checked, then sees the write', async () => {
    const s = await createServer({ db, port: 0, analyticsIndex: { refreshMs: 60_000 } });
    servers.push(s);
    expect(await ask(s)).toEqual([]);
    await importFile(db, sampleFile(P)); // another process's write, as far as this server knows
    // Within the refresh interval the index is trusted: the cache is really in use.
    expect(await ask(s)).toEqual([]);
    s.analytics?.noteWrite(); // what a write through this process does after commit
    // The version moved: Cypher answers while the index rebuilds, so the answer is already new.
    expect(await ask(s)).toEqual(AFTER_IMPORT);
    await s.analytics?.settled();
    expect(await ask(s)).toEqual(AFTER_IMPORT);
    expect(s.analytics?.stats().index?.version).toBe(await readDataVersion(db));
    expect(s.analytics?.stats().builds).toBe(2);
  });

  it('sees its own mutation at once, even with a long refresh interval', async () => {
    const s = await createServer({ db, port: 0, analyticsIndex: { refreshMs: 60_000 } });
    servers.push(s);
    await importFile(db, sampleFile(P));
    s.analytics?.noteWrite(); // the import ran outside the server
    await s.analytics?.settled();
    expect(await ask(s)).toEqual(AFTER_IMPORT);
    const admin = await testToken(db, 'Index Admin', 'ADMIN');
    try {
      // An imported theme is at version 1 (the property is written by its first change).
      const [theme] = await db.read<{ version: number }>(
        'test.version',
        'MATCH (t:Theme {id: $id}) RETURN coalesce(t.version, 1) AS version',
        { id: `${P}-curiosity` },
      );
      // Merging neglect into curiosity: curiosity stays on both reviews, neglect is gone.
      const res = await post(
        s.url,
        `mutation($input: MergeThemesInput!) { mergeThemes(input: $input) { theme { id } } }`,
        {
          input: {
            keepId: `${P}-curiosity`,
            mergeIds: [`${P}-neglect`],
            expectedVersion: theme?.version,
          },
        },
        admin.header,
      );
      expect(res.errors).toBeUndefined();
      // Within the 60 s interval, yet the mutation made this server check the version.
      expect(await ask(s)).toEqual([`${P}-curiosity:2`]);
    } finally {
      await revokeTestToken(db, admin.id);
    }
  });

  it('two instances agree within ANALYTICS_REFRESH_MS of a write', async () => {
    const a = await createServer({ db, port: 0, analyticsIndex: { refreshMs: 300 } });
    const b = await createServer({ db, port: 0, analyticsIndex: { refreshMs: 300 } });
    servers.push(a, b);
    expect([await ask(a), await ask(b)]).toEqual([[], []]);
    await importFile(db, sampleFile(P));
    await sleep(300);
    // Both have passed their bound: each checks, finds the version moved, answers from Cypher.
    expect([await ask(a), await ask(b)]).toEqual([AFTER_IMPORT, AFTER_IMPORT]);
    await Promise.all([a.analytics?.settled(), b.analytics?.settled()]);
    expect([await ask(a), await ask(b)]).toEqual([AFTER_IMPORT, AFTER_IMPORT]);
  });

  it('never hands out an index while a rebuild runs', async () => {
    let release: () => void = () => undefined;
    let builds = 0;
    const gatedBuild = async (d: Db): Promise<AnalyticsIndex> => {
      builds += 1;
      if (builds > 1) await new Promise<void>((r) => (release = r));
      return buildAnalyticsIndex(d);
    };
    const keeper = new AnalyticsIndexKeeper(db, { refreshMs: 0, build: gatedBuild });
    await keeper.start();
    const first = await keeper.current();
    expect(first).not.toBeNull(); // refreshMs 0: checked on every call, version unchanged
    await importFile(db, sampleFile(P));
    expect(await keeper.current()).toBeNull(); // version moved: rebuild started, Cypher answers
    expect(await keeper.current()).toBeNull(); // still building
    release();
    await keeper.settled();
    const second = await keeper.current();
    expect(second).not.toBeNull();
    expect(second).not.toBe(first);
    expect(second?.version).toBe(await readDataVersion(db));
    expect(second?.themeCodes.has(`${P}-neglect`)).toBe(true);
  });
});
