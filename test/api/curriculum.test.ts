// HTTP tests of Query.curriculum against the seed (derivation as in analytics.test.ts).
import { data, firstError, useServer } from './api-helpers';

const url = useServer();

interface Module {
  position: number;
  theme: { id: string };
  reviewCount: number;
  years: number[];
  reviews: { title: string }[];
  briefings: { id: string; kind: string }[];
  teachAlongside: { id: string }[];
}
const Q = `query($input: CurriculumInput) { curriculum(input: $input) { reviewCount modules {
  position theme { id } reviewCount years reviews { title } briefings { id kind } teachAlongside { id } } } }`;

/** The seed holds eleven more partnerships; these tests build Warwickshire's curriculum. */
const W = { partnershipIds: ['warwickshire'] };

describe('Query.curriculum', () => {
  it('orders modules by recurrence with evidence, briefings and related themes', async () => {
    const d = await data<{ curriculum: { reviewCount: number; modules: Module[] } }>(url(), Q, {
      input: { minReviews: 2, filter: W },
    });
    // Same 8 themes as recurringThemes(minReviews: 2).
    expect(d.curriculum.modules.map((m) => m.theme.id)).toEqual([
      'the-importance-of-history-in-assessments',
      'suicide-awareness',
      'child-neglect',
      'children-of-parents-with-mental-health-problems',
      'early-help',
      'parental-capacity-to-change',
      'professional-curiosity',
      'the-voice-of-the-child',
    ]);
    // Evidence: Simon, Anna, Grace, Charlie and Alice and Beth.
    expect(d.curriculum.reviewCount).toBe(5);
    const [history] = d.curriculum.modules;
    expect(history).toMatchObject({
      position: 1,
      reviewCount: 4,
      years: [2022, 2023],
      reviews: [{ title: 'Anna' }, { title: 'Simon' }, { title: 'Grace' }, { title: 'Charlie' }],
      // One shared 7-minute briefing on the theme, listed under four reviews.
      briefings: [
        {
          id: 'warwickshire-7mb-the-importance-of-history-in-assessments',
          kind: 'SEVEN_MINUTE_BRIEFING',
        },
      ],
    });
    // Co-raised with History: Suicide Awareness 3 (Simon, Anna, Grace); then 2 each, by name:
    // Child Neglect, Children of Parents with Mental Health Problems.
    expect(history?.teachAlongside.map((t) => t.id)).toEqual([
      'suicide-awareness',
      'child-neglect',
      'children-of-parents-with-mental-health-problems',
    ]);
  });

  it('scopes to chosen themes and a date filter, and caps modules', async () => {
    const d = await data<{ a: { modules: Module[] }; b: { modules: Module[] } }>(
      url(),
      `{ a: curriculum(input: { themeIds: ["professional-curiosity"], filter: { partnershipIds: ["warwickshire"], publishedTo: "2021-12" } }) {
           modules { theme { id } reviewCount years reviews { title } } }
         b: curriculum(input: { maxModules: 2, filter: { partnershipIds: ["warwickshire"] } }) { modules { theme { id } } } }`,
    );
    // Up to 2021 only Alice and Beth (2020) raised Professional Curiosity.
    expect(d.a.modules).toEqual([
      {
        theme: { id: 'professional-curiosity' },
        reviewCount: 1,
        years: [2020],
        reviews: [{ title: 'Alice and Beth' }],
      },
    ]);
    expect(d.b.modules.map((m) => m.theme.id)).toEqual([
      'the-importance-of-history-in-assessments',
      'suicide-awareness',
    ]);
  });

  it('tailors to an audience sector through the sectors involved', async () => {
    // Only Simon's review names involvements (his school among them), so an EDUCATION audience gets
    // Simon's three themes, one review each, ties by name.
    const d = await data<{ curriculum: { reviewCount: number; modules: Module[] } }>(url(), Q, {
      input: { audienceSector: 'EDUCATION', filter: W },
    });
    expect(d.curriculum.reviewCount).toBe(1);
    expect(d.curriculum.modules.map((m) => [m.theme.id, m.reviewCount])).toEqual([
      ['suicide-awareness', 1],
      ['the-importance-of-history-in-assessments', 1],
      ['use-of-interpreters-and-translators', 1],
    ]);
  });

  it.each([
    [{ minReviews: 0 }, 'input.minReviews: expected an integer from 1 to'],
    [{ maxModules: 0 }, 'input.maxModules: expected an integer from 1 to 100, got 0'],
    [{ relatedThemes: 11 }, 'input.relatedThemes: expected an integer from 0 to 10, got 11'],
    [{ filter: { publishedFrom: '2020-1' } }, 'input.filter.publishedFrom: expected a date'],
    [{ audienceSector: 'TEACHERS' }, 'Value "TEACHERS" does not exist in "AgencySector" enum'],
  ])('rejects %j with BAD_USER_INPUT', async (input, message) => {
    const err = await firstError(url(), Q, { input });
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.message).toContain(message);
  });
});
