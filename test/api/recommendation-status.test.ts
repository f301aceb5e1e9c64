// A status no source reports is NOT_KNOWN: never open, never overdue, counted apart in the follow-up.
import type { ImportFile } from '../../src/modules/import/import-format';
import { importFile } from '../../src/modules/import/importer';
import { validateImport } from '../../src/modules/import/validate';
import { closeTestDb, openTestDb } from '../helpers/db';
import { removePrefixed } from '../import/fixtures';
import { data, useServer } from './api-helpers';

const P = 'test-rec-status';
const SRC = `${P}-src`;

/**
 * One review published 2023-01-15 whose four recommendations are all owned by one police force:
 *   rec 1  neither status nor history, due 2023-06 (30 June)   -> NOT_KNOWN
 *   rec 2  "status": "NOT_KNOWN", due 2023-03 (31 March)          -> NOT_KNOWN
 *   rec 3  "status": "OPEN" without a date, due 2023-06          -> open
 *   rec 4  OPEN 2023-01-15, COMPLETED 2023-03-01, due 2023-06     -> completed
 */
const file: ImportFile = {
  format: 'safeguarding-learning-graph/import-v1',
  sources: [{ id: SRC, url: 'https://example.org/status', title: 'Status test source' }],
  partnerships: [{ id: P, name: 'Status Test Partnership' }],
  agencies: [{ id: `${P}-police`, name: 'Status Test Police', sector: 'POLICE' }],
  reviews: [
    {
      id: `${P}-a`,
      partnershipId: P,
      title: 'A',
      kind: 'CHILD_SAFEGUARDING_PRACTICE_REVIEW',
      publishedOn: '2023-01-15',
      recommendations: [
        { number: 1, text: 'One.', targetDate: '2023-06', ownerAgencyId: `${P}-police` },
        {
          number: 2,
          text: 'Two.',
          status: 'NOT_KNOWN',
          targetDate: '2023-03',
          ownerAgencyId: `${P}-police`,
        },
        {
          number: 3,
          text: 'Three.',
          status: 'OPEN',
          targetDate: '2023-06',
          ownerAgencyId: `${P}-police`,
        },
        {
          number: 4,
          text: 'Four.',
          statusHistory: [
            { status: 'OPEN', on: '2023-01-15' },
            { status: 'COMPLETED', on: '2023-03-01' },
          ],
          targetDate: '2023-06',
          ownerAgencyId: `${P}-police`,
        },
      ],
      sources: [{ sourceId: SRC }],
    },
  ],
};

const url = useServer();
beforeAll(async () => {
  const db = openTestDb();
  await removePrefixed(db, P);
  const checked = validateImport(file);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  await importFile(db, checked.data);
});
afterAll(async () => {
  await removePrefixed(openTestDb(), P);
  await closeTestDb();
});

const rec = (n: number) => `${P}-a-rec-${n}`;
const REVIEW = { review: { partnershipIds: [P] } };

describe('a recommendation status no source reports (NOT_KNOWN), as of 2024-01-01', () => {
  it('imports neither status nor history, or an explicit NOT_KNOWN, as NOT_KNOWN with no history', async () => {
    const d = await data<{ recommendations: { nodes: unknown[] } }>(
      url(),
      `query($f: RecommendationFilter) { recommendations(filter: $f, asOf: "2024-01-01") {
         nodes { id status statusUpdatedOn statusHistory { status } overdue } } }`,
      { f: REVIEW },
    );
    expect(d.recommendations.nodes).toEqual([
      // Due 30 June / 31 March 2023, both before the day, but the status is not known: not overdue.
      { id: rec(1), status: 'NOT_KNOWN', statusUpdatedOn: null, statusHistory: [], overdue: false },
      { id: rec(2), status: 'NOT_KNOWN', statusUpdatedOn: null, statusHistory: [], overdue: false },
      // Due 30 June 2023 and OPEN: overdue.
      { id: rec(3), status: 'OPEN', statusUpdatedOn: null, statusHistory: [], overdue: true },
      {
        id: rec(4),
        status: 'COMPLETED',
        statusUpdatedOn: '2023-03-01',
        statusHistory: [{ status: 'OPEN' }, { status: 'COMPLETED' }],
        overdue: false,
      },
    ]);
  });

  it.each([
    ['statuses: [NOT_KNOWN]', { statuses: ['NOT_KNOWN'] }, [rec(1), rec(2)]],
    ['statuses: [OPEN]', { statuses: ['OPEN'] }, [rec(3)]],
    ['overdue: true', { overdue: true }, [rec(3)]],
    // Never overdue, so the NOT_KNOWN ones are among the not overdue.
    ['overdue: false', { overdue: false }, [rec(1), rec(2), rec(4)]],
  ])('filters by %s', async (_name, filter, ids) => {
    const d = await data<{ recommendations: { nodes: { id: string }[] } }>(
      url(),
      `query($f: RecommendationFilter) { recommendations(filter: $f, asOf: "2024-01-01") { nodes { id } } }`,
      { f: { ...REVIEW, ...filter } },
    );
    expect(d.recommendations.nodes.map((n) => n.id)).toEqual(ids);
  });

  it('counts them as not known in the follow-up, neither open nor overdue', async () => {
    const d = await data<{ recommendationFollowUp: unknown[] }>(
      url(),
      `query($f: RecommendationFilter) { recommendationFollowUp(filter: $f, asOf: "2024-01-01") {
         owner { ... on Agency { id } } total open notKnown overdue completed medianDaysToCompletion } }`,
      { f: REVIEW },
    );
    // 4 in all: 1 open (rec 3, overdue), 2 not known (recs 1, 2), 1 completed (rec 4: 15 Jan to
    // 1 Mar 2023 = 16 days left in January + 28 in February + 1 = 45 days).
    expect(d.recommendationFollowUp).toEqual([
      {
        owner: { id: `${P}-police` },
        total: 4,
        open: 1,
        notKnown: 2,
        overdue: 1,
        completed: 1,
        medianDaysToCompletion: 45,
      },
    ]);
  });
});
