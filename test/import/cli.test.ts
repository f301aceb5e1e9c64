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
    expect(await graphCounts(db)).toEqual(after);
  });
});
