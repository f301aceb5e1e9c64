// `npm run import` as an analyst runs it: refusals exit 1 and write nothing; a valid file imports once.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeTestDb, graphCounts, openTestDb } from '../helpers/db';
import { runCli } from '../helpers/process';
import { removePrefixed, sampleFile } from './fixtures';

const P = 'test-import-cli';
const dir = mkdtempSync(join(tmpdir(), 'slg-import-cli-'));
const db = openTestDb();

const runImport = (...args: string[]) => runCli('src/modules/import/cli.ts', ...args);

function writeJson(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value, null, 2));
  return path;
}

afterAll(async () => {
  await removePrefixed(db, P);
  await closeTestDb();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run import', () => {
  it('refuses an invalid file with every problem and its place, and writes nothing', async () => {
    const file = sampleFile(P);
    file.reviews[0]!.publishedOn = 'Sept 2022';
    const before = await graphCounts(db);
    const { code, stderr } = runImport(writeJson('bad.json', file));
    expect(code).toBe(1);
    expect(stderr).toContain('refused, nothing was written (1 problem(s))');
    expect(stderr).toContain(
      'reviews[0].publishedOn: expected YYYY, YYYY-MM or YYYY-MM-DD, got "Sept 2022"',
    );
    expect(await graphCounts(db)).toEqual(before);
  });

  it('says what it expected of a file it cannot read', () => {
    const { code, stderr } = runImport(join(dir, 'missing.json'));
    expect(code).toBe(1);
    expect(stderr).toContain('missing.json: expected a readable JSON file, got ENOENT');
  });

  it('validates only with --dry-run, then imports, and a second run changes nothing', async () => {
    const path = writeJson('good.json', sampleFile(P));
    const before = await graphCounts(db);
    const dry = runImport(path, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stderr).toContain('valid (2 reviews); dry run, nothing written');
    expect(await graphCounts(db)).toEqual(before);

    expect(runImport(path).code).toBe(0);
    const after = await graphCounts(db);
    expect(after.nodes).toBeGreaterThan(before.nodes);
    expect(runImport(path).code).toBe(0);
    // The graph is the same; the audit trail holds the second run's Change (linked to nothing).
    expect(await graphCounts(db)).toEqual({ ...after, nodes: after.nodes + 1 });
    // Three runs of the tool, each a Node process of its own; the first import into a database
    // plans the statements that create records, the second those that replace them.
  }, 180_000);

  it('records each import in the audit trail: who ran it, on which file, and what it held', async () => {
    const path = writeJson('actor.json', sampleFile(P));
    const actor = `Ivy Importer ${Date.now().toString(36)}`;
    expect(runImport(path, '--actor', actor).code).toBe(0);
    const changes = await db.read<Record<string, unknown>>(
      'test.changes',
      `MATCH (c:Change {actorName: $actor})
       RETURN c.actorRole AS role, c.operation AS operation, c.entityType AS entityType,
              c.entityId AS entityId, c.before AS before, c.after AS after`,
      { actor },
    );
    // The sample file: 1 source, 1 partnership, 2 agencies, 2 themes, 2 documents, 2 reviews
    // with 3 children and 2 recommendations; one transaction.
    expect(changes).toEqual([
      {
        role: 'ADMIN',
        operation: 'import',
        entityType: 'ImportFile',
        entityId: 'actor.json',
        before: null,
        after: JSON.stringify({
          sources: 1,
          taxonomies: 0,
          taxonomyCategories: 0,
          partnerships: 1,
          agencies: 2,
          themes: 2,
          documents: 2,
          reviews: 2,
          children: 3,
          recommendations: 2,
          transaction: 1,
          transactions: 1,
        }),
      },
    ]);
    expect(runImport(path, '--actor', ' ').stderr).toContain(
      '--actor: expected the name of who imports, got ""',
    );
  });
});
