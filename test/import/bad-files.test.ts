// Integration: every kind of bad file is refused with a clear message and the database is left as it was.
import type { Db } from '../../src/db/database';
import { importFile, ImportValidationError } from '../../src/modules/import/importer';
import { parseImportText } from '../../src/modules/import/validate';
import { closeTestDb, graphCounts, openTestDb } from '../helpers/db';
import { removePrefixed, sampleFile } from './fixtures';

const P = 'test-import-bad';
let db: Db;
beforeAll(() => {
  db = openTestDb();
});
afterAll(async () => {
  await removePrefixed(db, P);
  await closeTestDb();
});

/** Runs text through the CLI's path (parse, validate, import) and returns the error messages. */
async function refuse(text: string): Promise<string[]> {
  const before = await graphCounts(db);
  let messages: string[] = [];
  const parsed = parseImportText(text);
  if (!parsed.ok) messages = parsed.errors.map((e) => e.message);
  else {
    await expect(importFile(db, parsed.value as never)).rejects.toBeInstanceOf(
      ImportValidationError,
    );
    messages = await importFile(db, parsed.value as never).then(
      () => [],
      (err: ImportValidationError) => err.errors.map((e) => e.message),
    );
  }
  expect(await graphCounts(db)).toEqual(before);
  return messages;
}

// Tests break files on purpose, so they edit the JSON without the import types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
const edited = (edit: (f: Loose) => void) => {
  const f: Loose = sampleFile(P);
  edit(f);
  return JSON.stringify(f, null, 2);
};

describe('refused import files', () => {
  it('malformed JSON: names line and column', async () => {
    const text = '{\n  "format": "safeguarding-learning-graph/import-v1",\n  "reviews": [,]\n}';
    expect(await refuse(text)).toEqual([
      expect.stringMatching(
        /^\$: expected valid JSON, got a syntax error at line 3, column 15: expected a value, got ","$/,
      ),
    ]);
  });

  it('unknown field', async () => {
    expect(await refuse(edited((f) => (f.reviews[1].pubishedOn = '2020-01')))).toEqual([
      'reviews[1].pubishedOn: unknown field; expected one of id, partnershipId, title, kind, publishedOn, summary, methodology, synthetic, children, agencies, documentIds, themes, recommendations, sources',
    ]);
  });

  it('wrong type and wrong enum', async () => {
    expect(
      await refuse(
        edited((f) => {
          f.reviews[0].recommendations[0].number = '1';
          f.agencies[1].sector = 'SCHOOL';
        }),
      ),
    ).toEqual([
      'agencies[1].sector: expected one of CHILDRENS_SOCIAL_CARE, POLICE, HEALTH, EDUCATION, PROBATION, HOUSING, EARLY_HELP, VOLUNTARY, LOCAL_AUTHORITY, OTHER, got "SCHOOL"',
      'reviews[0].recommendations[0].number: expected an integer >= 1, got "1"',
    ]);
  });

  it('bad date', async () => {
    expect(await refuse(edited((f) => (f.reviews[1].publishedOn = 'Sept 2022')))).toEqual([
      'reviews[1].publishedOn: expected YYYY-MM or YYYY-MM-DD, got "Sept 2022"',
    ]);
    expect(await refuse(edited((f) => (f.reviews[0].publishedOn = '2022-02-30')))).toEqual([
      'reviews[0].publishedOn: expected YYYY-MM or YYYY-MM-DD, got "2022-02-30"',
    ]);
  });

  it('a reference to nothing (not in the file, not in the database)', async () => {
    expect(
      await refuse(edited((f) => f.reviews[1].themes.push({ themeId: 'no-such-theme' }))),
    ).toEqual([
      'reviews[1].themes[1].themeId: expected the id of a theme in this file or in the database, got "no-such-theme"',
    ]);
  });

  it('a duplicate id, and a duplicate derived child id', async () => {
    expect(
      await refuse(
        edited((f) => {
          f.agencies.push({ id: `${P}-police`, name: 'Again', sector: 'POLICE' });
          f.reviews[1].children.push({ pseudonym: 'b' });
        }),
      ),
    ).toEqual([
      `agencies[2].id: expected a unique id, got "${P}-police" again (first at agencies[0].id)`,
      `reviews[1].children[2].pseudonym: expected a unique id, got "${P}-b-and-c-b" again (first at reviews[1].children[0].pseudonym)`,
    ]);
  });

  it('mixed synthetic and real records', async () => {
    expect(await refuse(edited((f) => (f.agencies[0].synthetic = true)))).toEqual([
      'agencies[0].synthetic: expected false or absent in a real file (a synthetic file says "synthetic": true at the top), got true',
    ]);
    const synthetic = edited((f) => {
      f.synthetic = true;
      f.sources = [];
      f.partnerships = [];
      f.agencies = [];
      f.themes = [];
      f.documents = [];
      f.reviews = [
        {
          id: 'synthetic-x-a',
          partnershipId: 'warwickshire',
          title: 'A',
          kind: 'RAPID_REVIEW',
          synthetic: true,
          themes: [{ themeId: 'professional-curiosity' }],
        },
      ];
    });
    expect(await refuse(synthetic)).toEqual([
      'reviews[0].partnershipId: expected an id starting with "synthetic-" in a synthetic file, got "warwickshire"',
      'reviews[0].themes[0].themeId: expected an id starting with "synthetic-" in a synthetic file, got "professional-curiosity"',
    ]);
  });

  it('reports every problem at once', async () => {
    const messages = await refuse(
      edited((f) => {
        f.reviews[0].kind = 'CSPR';
        f.reviews[1].title = '';
        delete f.reviews[1].partnershipId;
      }),
    );
    expect(messages).toHaveLength(3);
    expect(messages).toContain(
      'reviews[1].partnershipId: expected an id (lower-case letters, digits and single hyphens), got nothing',
    );
  });
});
