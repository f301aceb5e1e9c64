// HTTP tests of theme, themes, agencies and recommendations connections against the seed.
import type { Db } from '../../src/db/database';
import { importFile } from '../../src/modules/import/importer';
import { openTestDb } from '../helpers/db';
import { removePrefixed, sampleFile } from '../import/fixtures';
import { data, firstError, useServer } from './api-helpers';

const url = useServer();

interface Conn<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}

describe('Query.theme and Query.themes', () => {
  it('merges the spellings of a theme into aliases', async () => {
    // Anna lists "Children of parents with Mental Health problems", Grace "...Parents with Mental Health Problems".
    const d = await data<{
      theme: {
        name: string;
        aliases: string[];
        reviewCount: number;
        briefings: { id: string }[];
        mappings: { category: { id: string }; basis: string }[];
      };
    }>(
      url(),
      `{ theme(id: "children-of-parents-with-mental-health-problems") { name aliases reviewCount briefings { id } mappings { category { id } basis } } }`,
    );
    expect(d.theme.reviewCount).toBe(2);
    expect(d.theme.aliases).toEqual(
      expect.arrayContaining(['Children of parents with Mental Health problems']),
    );
    expect(d.theme.briefings).toEqual([
      { id: 'warwickshire-7mb-children-of-parents-with-mental-health-problems' },
    ]);
    // seed/curation.json: the same words in the NSPCC briefing and the Panel's 2022-23 and 2023-24
    // themes; the 2020 report's "parental mental ill-health" is a judgement.
    expect(d.theme.mappings).toEqual([
      { category: { id: 'nspcc-lfcr-parents-with-a-mental-health-problem' }, basis: 'DIRECT' },
      {
        category: { id: 'panel-ar-2022-23-parental-mental-health-and-parenting-capacity' },
        basis: 'DIRECT',
      },
      {
        category: {
          id: 'panel-ar-2023-24-pre-school-children-of-parents-with-mental-health-needs',
        },
        basis: 'DIRECT',
      },
      {
        category: { id: 'panel-characteristics-2020-parental-mental-ill-health' },
        basis: 'JUDGED',
      },
    ]);
  });

  it('gives null for an unknown theme', async () => {
    expect(await data(url(), '{ theme(id: "no-such-theme") { id } }')).toEqual({ theme: null });
  });

  it('pages through every theme by name without duplicates', async () => {
    const names: string[] = [];
    const ids: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 50; i += 1) {
      const d: { themes: Conn<{ id: string; name: string }> } = await data(
        url(),
        'query($after: String) { themes(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id name } } }',
        { after },
      );
      total = d.themes.totalCount;
      names.push(...d.themes.nodes.map((n) => n.name));
      ids.push(...d.themes.nodes.map((n) => n.id));
      if (!d.themes.pageInfo.hasNextPage) break;
      after = d.themes.pageInfo.endCursor;
    }
    expect(names).toHaveLength(total);
    // Ids are unique; names need not be: partnerships name their local themes independently
    // (e.g. Croydon's and Wandsworth's "Suicide of a young person").
    expect(new Set(ids).size).toBe(total);
    expect(names).toEqual(
      [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
    );
    // Distinct briefing themes on the page (see analytics.test.ts): Simon 3, Anna +6, Grace +4,
    // James +1, Charlie +5, Jack +1, Alice and Beth +1 = 21; the seed may add themes from other sources.
    expect(total).toBeGreaterThanOrEqual(21);
  });

  it('filters themes by name or alias', async () => {
    const d = await data<{ themes: Conn<{ id: string }> }>(
      url(),
      '{ themes(filter: { nameContains: "DOG" }) { totalCount nodes { id } } }',
    );
    expect(d.themes.nodes.map((n) => n.id)).toEqual(['safeguarding-children-around-dogs']);
  });
});

describe('agencies of a review and a partnership', () => {
  it("answers Simon's involvements and Warwickshire's statutory partners", async () => {
    const d = await data<{
      review: { involvements: { sector: string }[] };
      partnership: { statutoryPartners: { sector: string }[] };
    }>(
      url(),
      `{ review(id: "warwickshire-simon") { involvements { sector } }
         partnership(id: "warwickshire") { statutoryPartners { sector } } }`,
    );
    expect(d.review.involvements.map((a) => a.sector).sort()).toEqual([
      'CHILDRENS_SOCIAL_CARE',
      'EDUCATION',
      'HEALTH',
      'POLICE',
    ]);
    expect(d.partnership.statutoryPartners.map((a) => a.sector).sort()).toEqual([
      'HEALTH',
      'LOCAL_AUTHORITY',
      'POLICE',
    ]);
  });
});

describe('Query.agencies and Query.recommendations', () => {
  it('lists agencies by name with a consistent total', async () => {
    const d = await data<{ agencies: Conn<{ name: string; sector: string }> }>(
      url(),
      '{ agencies(first: 100) { totalCount pageInfo { hasNextPage } nodes { name sector } } }',
    );
    // 3 statutory partners (county council, ICB, police: source README, PCC page). The news report
    // on Simon names sectors only (his school, children's social care, the police, mental health
    // services), which are involvements, not agencies; no other seed file names an organisation.
    expect(d.agencies.totalCount).toBe(3);
    expect(d.agencies.nodes).toHaveLength(3);
    const names = d.agencies.nodes.map((n) => n.name);
    expect(names).toEqual(
      [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
    );
  });

  it('rejects a bad page size and an unknown sector', async () => {
    expect(await firstError(url(), '{ agencies(first: 0) { totalCount } }')).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'first: expected an integer from 1 to 100, got 0',
    });
    const err = await firstError(
      url(),
      'query($s: [AgencySector!]) { agencies(filter: { sectors: $s }) { totalCount } }',
      { s: ['NURSES'] },
    );
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.message).toContain('Value "NURSES" does not exist in "AgencySector" enum');
  });

  // Literals written in the query fail graphql-js validation (GRAPHQL_VALIDATION_FAILED);
  // userInputErrorsPlugin recodes wrong-typed literals as BAD_USER_INPUT, like variables, and
  // keeps graphql-js's message. Other validation errors keep their code.
  it.each([
    [
      '{ agencies(filter: { sectors: [NURSES] }) { totalCount } }',
      'BAD_USER_INPUT',
      'Value "NURSES" does not exist in "AgencySector" enum.',
    ],
    [
      '{ reviews(filter: { kinds: [SCR] }) { totalCount } }',
      'BAD_USER_INPUT',
      'Value "SCR" does not exist in "ReviewKind" enum.',
    ],
    [
      '{ recommendations(filter: { statuses: ["OPEN"] }) { totalCount } }',
      'BAD_USER_INPUT',
      'Enum "RecommendationStatus" cannot represent non-enum value: "OPEN". Did you mean the enum value "OPEN"?',
    ],
    [
      '{ agencies(first: "ten") { totalCount } }',
      'BAD_USER_INPUT',
      'Int cannot represent non-integer value: "ten"',
    ],
    [
      '{ agencies { totalCount colour } }',
      'GRAPHQL_VALIDATION_FAILED',
      'Cannot query field "colour" on type "AgencyConnection".',
    ],
  ])('answers the literal in %s with %s', async (query, code, message) => {
    expect(await firstError(url(), query)).toEqual({ code, message });
  });
});

describe('Query.recommendations', () => {
  // The seed has no recommendations (the Warwickshire page lists none), so these tests load the
  // sample file: review A (2022-09) makes rec 1 (OPEN, to the police, on curiosity) and rec 2
  // (COMPLETED, to nobody, on no theme); review "B and C" makes none.
  const P = 'test-lists-recs';
  const byPartnership = `review: { partnershipIds: ["${P}"] }`;
  let db: Db;
  beforeAll(async () => {
    db = openTestDb();
    await importFile(db, sampleFile(P));
  });
  afterAll(() => removePrefixed(db, P));

  const page = (filter: string, first: number, after: string | null = null) =>
    data<{ recommendations: Conn<{ id: string; number: number; status: string }> }>(
      url(),
      `query($after: String) { recommendations(first: ${first}, after: $after, filter: { ${filter} }) {
         totalCount pageInfo { hasNextPage endCursor } nodes { id number status } } }`,
      { after },
    );

  it('pages through them by number with a consistent total', async () => {
    const one = await page(byPartnership, 1);
    expect(one.recommendations.totalCount).toBe(2);
    expect(one.recommendations.pageInfo.hasNextPage).toBe(true);
    expect(one.recommendations.nodes).toEqual([{ id: `${P}-a-rec-1`, number: 1, status: 'OPEN' }]);
    const two = await page(byPartnership, 1, one.recommendations.pageInfo.endCursor);
    expect(two.recommendations.totalCount).toBe(2);
    expect(two.recommendations.pageInfo.hasNextPage).toBe(false);
    expect(two.recommendations.nodes).toEqual([
      { id: `${P}-a-rec-2`, number: 2, status: 'COMPLETED' },
    ]);
  });

  it.each([
    ['statuses: [COMPLETED]', [`${P}-a-rec-2`]],
    [`agencyIds: ["${P}-police"]`, [`${P}-a-rec-1`]],
    [`themeIds: ["${P}-curiosity"]`, [`${P}-a-rec-1`]],
    [`agencyIds: ["${P}-school"]`, []], // the school is involved in A but addressed by no recommendation
  ])('filters by %s', async (filter, ids) => {
    const d = await page(`${byPartnership}, ${filter}`, 10);
    expect(d.recommendations.totalCount).toBe(ids.length);
    expect(d.recommendations.nodes.map((n) => n.id)).toEqual(ids);
  });
});
