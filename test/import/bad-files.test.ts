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
      'reviews[1].pubishedOn: unknown field; expected one of id, partnershipId, title, kind, publishedOn, summary, methodology, incident, awareOn, notifiedOn, rapidReview, commissionedOn, synthetic, children, caveats, agencies, sectors, documents, unlistedDocuments, themes, recommendations, findings, sources',
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
      'reviews[1].publishedOn: expected YYYY, YYYY-MM or YYYY-MM-DD, got "Sept 2022"',
    ]);
    expect(await refuse(edited((f) => (f.reviews[0].publishedOn = '2022-02-30')))).toEqual([
      'reviews[0].publishedOn: expected YYYY, YYYY-MM or YYYY-MM-DD, got "2022-02-30"',
    ]);
  });

  it('a reference to nothing (not in the file, not in the database)', async () => {
    expect(
      await refuse(
        edited((f) =>
          f.reviews[1].themes.push({
            themeId: 'no-such-theme',
            evidence: 'REPORT_FINDING',
            sourceId: `${P}-src`,
          }),
        ),
      ),
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
          kind: 'RAPID_REVIEW_LEARNING',
          synthetic: true,
          themes: [{ themeId: 'professional-curiosity', evidence: 'CURATOR_JUDGEMENT' }],
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

  it('an unknown evidence kind, named with its place', async () => {
    expect(
      await refuse(edited((f) => (f.reviews[0].themes[1].evidence = 'BRIEFING_LISTED'))),
    ).toEqual([
      'reviews[0].themes[1].evidence: expected one of BRIEFING_PUBLISHED, REPORT_FINDING, CURATOR_JUDGEMENT, got "BRIEFING_LISTED"',
    ]);
    expect(await refuse(edited((f) => delete f.reviews[1].themes[0].evidence))).toEqual([
      'reviews[1].themes[0].evidence: expected one of BRIEFING_PUBLISHED, REPORT_FINDING, CURATOR_JUDGEMENT, got nothing',
    ]);
  });

  it('an unknown taxonomy or category id, named with its place', async () => {
    expect(
      await refuse(edited((f) => (f.themes[1].mappings[0].categoryId = 'national-17-neglect'))),
    ).toEqual([
      'themes[1].mappings[0].categoryId: expected the id of a taxonomy category in this file or in the database, got "national-17-neglect"',
    ]);
    expect(
      await refuse(
        edited((f) => {
          f.taxonomyCategories = [{ id: `${P}-cat`, taxonomyId: 'no-such-taxonomy', name: 'X' }];
        }),
      ),
    ).toEqual([
      'taxonomyCategories[0].taxonomyId: expected the id of a taxonomy in this file or in the database, got "no-such-taxonomy"',
    ]);
  });

  it('a judged mapping without its reason, and a link given twice', async () => {
    expect(
      await refuse(
        edited((f) => {
          delete f.themes[1].mappings[1].note;
          f.reviews[0].themes.push({
            themeId: `${P}-neglect`,
            evidence: 'REPORT_FINDING',
            sourceId: `${P}-src`,
          });
        }),
      ),
    ).toEqual([
      'themes[1].mappings[1].note: expected a one-line reason for a JUDGED mapping, got nothing',
      `reviews[0].themes[2]: expected one link per theme and evidence, got "${P}-neglect" with REPORT_FINDING again (first at reviews[0].themes[1])`,
    ]);
  });

  it('a case whose dates are out of order, each with its place', async () => {
    // Review 0 is published 2022-09. Aware 2022-03-10 but notified 2022-03-08 (before it);
    // rapid review 2022-03-20 is after the notification (in order); publication 2022-09 is after
    // it. Review 1 is published 2021-03-15: its rapid review on 2021-03-15 is not before it.
    const text = edited((f) => {
      f.reviews[0].awareOn = '2022-03-10';
      f.reviews[0].notifiedOn = '2022-03-08';
      f.reviews[0].rapidReview = { heldOn: '2022-03-20', decision: 'LOCAL_CSPR' };
      f.reviews[1].publishedOn = '2021-03-15';
      f.reviews[1].rapidReview = { heldOn: '2021-03-15' };
    });
    expect(await refuse(text)).toEqual([
      'reviews[0].notifiedOn: expected a date on or after awareOn ("2022-03-10"), got "2022-03-08"',
      'reviews[1].publishedOn: expected a date after rapidReview.heldOn ("2021-03-15"), got "2021-03-15"',
    ]);
  });

  it('a status history out of order, or closed and then closed again', async () => {
    const text = edited((f) => {
      f.reviews[0].recommendations[0] = {
        number: 1,
        text: 'Do one thing.',
        statusHistory: [
          { status: 'OPEN', on: '2023-01-10' },
          { status: 'COMPLETED', on: '2022-12' },
          { status: 'SUPERSEDED', on: '2023-06-01' },
        ],
        status: 'OPEN',
      };
    });
    expect(await refuse(text)).toEqual([
      // December 2022 ends before 10 January 2023.
      'reviews[0].recommendations[0].statusHistory[1].on: expected a date on or after statusHistory[0].on ("2023-01-10"), got "2022-12"',
      'reviews[0].recommendations[0].statusHistory[2].status: expected OPEN or IN_PROGRESS after COMPLETED (a closed status comes last unless the recommendation is reopened), got "SUPERSEDED"',
      'reviews[0].recommendations[0].status: expected the status of the latest statusHistory entry ("SUPERSEDED") or no status, got "OPEN"',
    ]);
  });

  it('NOT_KNOWN in a status history', async () => {
    const text = edited((f) => {
      f.reviews[0].recommendations[0] = {
        number: 1,
        text: 'Do one thing.',
        statusHistory: [{ status: 'NOT_KNOWN', on: '2023-01-10' }],
      };
    });
    expect(await refuse(text)).toEqual([
      'reviews[0].recommendations[0].statusHistory[0].status: expected one of OPEN, IN_PROGRESS, COMPLETED, NOT_ACCEPTED, SUPERSEDED (a status history holds reported statuses only: leave out statusHistory and give "status": "NOT_KNOWN", or neither), got "NOT_KNOWN"',
    ]);
  });

  it('NOT_KNOWN given a date', async () => {
    const text = edited((f) => {
      f.reviews[0].recommendations[1] = {
        number: 2,
        text: 'Do another.',
        status: 'NOT_KNOWN',
        statusUpdatedOn: '2023-01-15',
      };
    });
    expect(await refuse(text)).toEqual([
      'reviews[0].recommendations[1].statusUpdatedOn: expected no date with status NOT_KNOWN (no source reports a status, so none has a date), got "2023-01-15"',
    ]);
  });

  it('the retired kind RAPID_REVIEW, with the new shape', async () => {
    expect(await refuse(edited((f) => (f.reviews[0].kind = 'RAPID_REVIEW')))).toEqual([
      'reviews[0].kind: expected one of CHILD_SAFEGUARDING_PRACTICE_REVIEW, SERIOUS_CASE_REVIEW, ALTERNATIVE_LEARNING_REVIEW, RAPID_REVIEW_LEARNING, LEARNING_REVIEW, NATIONAL_REVIEW, NOT_STATED (RAPID_REVIEW is no longer a kind: a rapid review is a stage of every notified case. Give the kind of the review that followed, or RAPID_REVIEW_LEARNING when only the rapid review\'s learning was published, and the stage itself as "rapidReview": { "heldOn": "YYYY-MM-DD", "decision": "NO_FURTHER_REVIEW" }), got "RAPID_REVIEW"',
    ]);
  });
});
