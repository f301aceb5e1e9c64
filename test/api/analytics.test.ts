// HTTP tests of recurringThemes, themeCooccurrence, themeTrend and similarReviews on the seed.
import { data, firstError, useServer } from './api-helpers';

const url = useServer();

/*
 * Hand derivation from the source page: each "7 Minute Briefing - X" under a review links the
 * review to theme X with evidence BRIEFING_PUBLISHED (spellings merged: "Children of parents with Mental Health problems" =
 * "Children of Parents with Mental Health Problems"; "Safeguarding Children around Dog" = "...Dogs").
 *   Simon   (2023-09) Suicide Awareness, History*, Use of Interpreters and Translators
 *   Anna    (2023-09) Escalation Protocol, History*, CoP Mental Health, Early Help, New partners joining
 *                     households, Parental Capacity to Change, Suicide Awareness, The links between ... animal abuse
 *   Grace   (2022-09) Child Neglect, CoP Mental Health, CoP who Misuse Substances, Parental Capacity to Change,
 *                     Suicide Awareness, History*, The Voice of the Child, Underage Sexual Activity
 *   James   (2022-06) Children on Part Time or Reduced Timetables
 *   Charlie (2022-04) History*, Children Home Alone, Professional Curiosity, The Voice of the Child, Child Neglect,
 *                     Safeguarding Children around Dogs, Child Accident Prevention, Contacting the ... Front Door, Early Help
 *   Jack    (2021-10) Use of Alcohol in Children and Young People
 *   Alice and Beth (2020-09) Professional Curiosity, Children moving across local authority boundaries
 *   Prada and Jordan, Sophie, Child K, Amy: no briefings, no themes.
 *   (* History = "The Importance of History in Assessments")
 */
const HISTORY = 'the-importance-of-history-in-assessments';
/** The seed holds eleven more partnerships; these tests count Warwickshire's reviews only. */
const W = 'filter: { partnershipIds: ["warwickshire"] }';

describe('Query.recurringThemes', () => {
  it('lists the 8 themes raised by 2+ reviews, most recurrent first, ties by name', async () => {
    // History: Simon, Anna, Grace, Charlie = 4. Suicide Awareness: Simon, Anna, Grace = 3.
    // 2 each: Child Neglect (Grace, Charlie), CoP Mental Health (Anna, Grace), Early Help (Anna, Charlie),
    // Parental Capacity to Change (Anna, Grace), Professional Curiosity (Charlie, Alice and Beth),
    // The Voice of the Child (Grace, Charlie). Every other theme appears under one review only.
    const d = await data<{
      recurringThemes: {
        theme: { id: string };
        reviewCount: number;
        reviews: { title: string }[];
        firstPublished: string;
        lastPublished: string;
      }[];
    }>(
      url(),
      `{ recurringThemes(${W}) { theme { id } reviewCount reviews { title } firstPublished lastPublished } }`,
    );
    expect(d.recurringThemes.map((r) => [r.theme.id, r.reviewCount])).toEqual([
      [HISTORY, 4],
      ['suicide-awareness', 3],
      ['child-neglect', 2],
      ['children-of-parents-with-mental-health-problems', 2],
      ['early-help', 2],
      ['parental-capacity-to-change', 2],
      ['professional-curiosity', 2],
      ['the-voice-of-the-child', 2],
    ]);
    expect(d.recurringThemes[0]).toMatchObject({
      reviews: [{ title: 'Anna' }, { title: 'Simon' }, { title: 'Grace' }, { title: 'Charlie' }],
      firstPublished: '2022-04', // Charlie
      lastPublished: '2023-09', // Anna, Simon
    });
  });

  it('respects minReviews and the review filter', async () => {
    const d = await data<{
      three: { theme: { id: string } }[];
      y2022: { theme: { id: string }; reviewCount: number }[];
    }>(
      url(),
      `{ three: recurringThemes(minReviews: 3, ${W}) { theme { id } }
         y2022: recurringThemes(filter: { partnershipIds: ["warwickshire"], publishedFrom: "2022-01", publishedTo: "2022-12" }) { theme { id } reviewCount } }`,
    );
    expect(d.three.map((r) => r.theme.id)).toEqual([HISTORY, 'suicide-awareness']);
    // 2022 reviews with themes: Grace, James, Charlie. Shared by Grace and Charlie:
    // Child Neglect, History, The Voice of the Child (by name).
    expect(d.y2022.map((r) => [r.theme.id, r.reviewCount])).toEqual([
      ['child-neglect', 2],
      [HISTORY, 2],
      ['the-voice-of-the-child', 2],
    ]);
  });

  it('rejects minReviews: 0', async () => {
    const err = await firstError(url(), '{ recurringThemes(minReviews: 0) { reviewCount } }');
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.message).toMatch(/^minReviews: expected an integer from 1 to/);
  });
});

describe('Query.themeCooccurrence', () => {
  it('lists the 10 pairs raised together by 2+ reviews', async () => {
    // Anna and Grace share {History, CoP MH, Parental Capacity, Suicide}: 6 pairs.
    // Grace and Charlie share {Child Neglect, History, Voice}: 3 pairs. Anna and Charlie share
    // {Early Help, History}: 1 pair. History + Suicide is also Simon's: 3 reviews. No other overlap
    // of two themes (Charlie and Alice and Beth share only Professional Curiosity).
    const d = await data<{
      themeCooccurrence: {
        themes: { name: string }[];
        reviewCount: number;
        reviews: { title: string }[];
      }[];
    }>(url(), `{ themeCooccurrence(${W}) { themes { name } reviewCount reviews { title } } }`);
    const H = 'The Importance of History in Assessments';
    const M = 'Children of Parents with Mental Health Problems';
    expect(d.themeCooccurrence.map((p) => [...p.themes.map((t) => t.name), p.reviewCount])).toEqual(
      [
        ['Suicide Awareness', H, 3],
        ['Child Neglect', H, 2],
        ['Child Neglect', 'The Voice of the Child', 2],
        [M, 'Parental Capacity to Change', 2],
        [M, 'Suicide Awareness', 2],
        [M, H, 2],
        ['Early Help', H, 2],
        ['Parental Capacity to Change', 'Suicide Awareness', 2],
        ['Parental Capacity to Change', H, 2],
        [H, 'The Voice of the Child', 2],
      ],
    );
    expect(d.themeCooccurrence[0]?.reviews.map((r) => r.title)).toEqual(['Anna', 'Simon', 'Grace']);
  });

  it('keeps only pairs containing themeId', async () => {
    // Professional Curiosity with 1+ review: Charlie's 8 other themes and Alice and Beth's 1.
    const d = await data<{ pc: { themes: { id: string }[] }[]; pc2: unknown[] }>(
      url(),
      `{ pc: themeCooccurrence(minReviews: 1, themeId: "professional-curiosity") { themes { id } }
         pc2: themeCooccurrence(themeId: "professional-curiosity") { reviewCount } }`,
    );
    expect(d.pc).toHaveLength(9);
    for (const p of d.pc) expect(p.themes.map((t) => t.id)).toContain('professional-curiosity');
    expect(d.pc2).toEqual([]);
  });

  it('keeps only pairs of two themes in themeIds', async () => {
    // Of the 10 pairs above, those of two listed themes: Suicide + History (3), Child Neglect +
    // History (2). Professional Curiosity is in no pair of 2+ reviews; the unknown id matches nothing.
    const d = await data<{
      some: { themes: { id: string }[]; reviewCount: number }[];
      none: unknown[];
      withOne: { themes: { id: string }[] }[];
    }>(
      url(),
      `{ some: themeCooccurrence(${W}, themeIds: ["professional-curiosity", "${HISTORY}", "child-neglect", "suicide-awareness", "no-such-theme"]) { themes { id } reviewCount }
         none: themeCooccurrence(${W}, themeIds: []) { reviewCount }
         withOne: themeCooccurrence(${W}, themeId: "child-neglect", themeIds: ["child-neglect", "${HISTORY}", "the-voice-of-the-child"]) { themes { id } } }`,
    );
    expect(d.some.map((p) => [...p.themes.map((t) => t.id), p.reviewCount])).toEqual([
      ['suicide-awareness', HISTORY, 3],
      ['child-neglect', HISTORY, 2],
    ]);
    expect(d.none).toEqual([]);
    // Both conditions: pairs with Child Neglect whose other theme is listed (both in 2+ reviews above).
    expect(d.withOne.map((p) => p.themes.map((t) => t.id))).toEqual([
      ['child-neglect', HISTORY],
      ['child-neglect', 'the-voice-of-the-child'],
    ]);
  });

  it('refuses more than 30 themeIds', async () => {
    const ids = Array.from({ length: 31 }, (_, i) => `"theme-${i}"`).join(', ');
    const err = await firstError(
      url(),
      `{ themeCooccurrence(themeIds: [${ids}]) { reviewCount } }`,
    );
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.message).toBe('themeIds: expected at most 30 theme ids, got 31');
  });
});

describe('Query.themeTrend', () => {
  it('counts reviews per theme and year', async () => {
    // History: 2022 Grace, Charlie; 2023 Anna, Simon. Professional Curiosity: 2020 Alice and Beth; 2022 Charlie.
    const d = await data<{
      themeTrend: { theme: { id: string }; year: number; reviewCount: number }[];
    }>(
      url(),
      `{ themeTrend(themeIds: ["${HISTORY}", "professional-curiosity"]) { theme { id } year reviewCount } }`,
    );
    expect(d.themeTrend.map((p) => [p.theme.id, p.year, p.reviewCount])).toEqual([
      ['professional-curiosity', 2020, 1],
      ['professional-curiosity', 2022, 1],
      [HISTORY, 2022, 2],
      [HISTORY, 2023, 2],
    ]);
  });
});

describe('Query.similarReviews', () => {
  it('ranks by Jaccard score, then shared count, then title', async () => {
    // Simon {Suicide, History, Interpreters}: Anna shares 2 of 3+8-2=9 themes, Grace 2 of 9,
    // Charlie 1 of 3+9-1=11. Anna and Grace tie on score and count: by title.
    const d = await data<{
      similarReviews: {
        review: { title: string };
        sharedThemes: { id: string }[];
        score: number;
      }[];
    }>(
      url(),
      '{ similarReviews(reviewId: "warwickshire-simon") { review { title } sharedThemes { id } score } }',
    );
    expect(d.similarReviews.map((s) => s.review.title)).toEqual(['Anna', 'Grace', 'Charlie']);
    expect(d.similarReviews[0]?.score).toBeCloseTo(2 / 9, 10);
    expect(d.similarReviews[2]?.score).toBeCloseTo(1 / 11, 10);
    expect(d.similarReviews[0]?.sharedThemes.map((t) => t.id)).toEqual([
      'suicide-awareness',
      HISTORY,
    ]);
  });

  it('honours first, and gives [] for an unknown review', async () => {
    const d = await data<{ one: unknown[]; none: unknown[] }>(
      url(),
      `{ one: similarReviews(reviewId: "warwickshire-simon", first: 1) { score }
         none: similarReviews(reviewId: "no-such-review") { score } }`,
    );
    expect(d.one).toHaveLength(1);
    expect(d.none).toEqual([]);
  });

  it("is also a field of each review: the same list as the root field with that review's id", async () => {
    // Simon's neighbours as above (Anna, Grace, Charlie); the field takes first, filter and
    // evidence as the root field does: from 2023-01 only Anna (2023-09) is left of them.
    const d = await data<{
      review: { similarReviews: { review: { title: string }; score: number }[] };
      root: { review: { title: string }; score: number }[];
      from2023: { similarReviews: { review: { title: string } }[] };
      first1: { similarReviews: unknown[] };
    }>(
      url(),
      `{ review(id: "warwickshire-simon") { similarReviews { review { title } score } }
         root: similarReviews(reviewId: "warwickshire-simon") { review { title } score }
         from2023: review(id: "warwickshire-simon") {
           similarReviews(filter: { publishedFrom: "2023-01" }) { review { title } } }
         first1: review(id: "warwickshire-simon") { similarReviews(first: 1) { score } } }`,
    );
    expect(d.review.similarReviews.map((s) => s.review.title)).toEqual([
      'Anna',
      'Grace',
      'Charlie',
    ]);
    expect(d.review.similarReviews).toEqual(d.root);
    expect(d.from2023.similarReviews.map((s) => s.review.title)).toEqual(['Anna']);
    expect(d.first1.similarReviews).toHaveLength(1);
  });

  it('rejects first: 0', async () => {
    const err = await firstError(
      url(),
      '{ similarReviews(reviewId: "warwickshire-simon", first: 0) { score } }',
    );
    expect(err).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'first: expected an integer from 1 to 100, got 0',
    });
  });
});

describe('the evidence argument', () => {
  it('counts only links of the evidence asked for', async () => {
    // Every Warwickshire link is BRIEFING_PUBLISHED (a briefing listed under the review), so
    // asking for that evidence gives the default answer, and asking for REPORT_FINDING or
    // CURATOR_JUDGEMENT gives nothing for Warwickshire.
    const d = await data<{
      briefing: { theme: { id: string }; reviewCount: number }[];
      findings: unknown[];
      judged: unknown[];
      pairs: unknown[];
      trend: { year: number; reviewCount: number }[];
      trendFindings: unknown[];
      similar: unknown[];
      curriculum: { modules: unknown[] };
    }>(
      url(),
      `{ briefing: recurringThemes(${W}, evidence: [BRIEFING_PUBLISHED]) { theme { id } reviewCount }
         findings: recurringThemes(${W}, evidence: [REPORT_FINDING]) { reviewCount }
         judged: recurringThemes(${W}, evidence: [CURATOR_JUDGEMENT]) { reviewCount }
         pairs: themeCooccurrence(${W}, evidence: [REPORT_FINDING]) { reviewCount }
         trend: themeTrend(themeIds: ["${HISTORY}"], evidence: [BRIEFING_PUBLISHED]) { year reviewCount }
         trendFindings: themeTrend(themeIds: ["${HISTORY}"], evidence: [REPORT_FINDING]) { year }
         similar: similarReviews(reviewId: "warwickshire-simon", evidence: [REPORT_FINDING]) { score }
         curriculum: curriculum(input: { ${W}, evidence: [REPORT_FINDING] }) { modules { position } } }`,
    );
    expect(d.briefing.map((r) => [r.theme.id, r.reviewCount]).slice(0, 2)).toEqual([
      [HISTORY, 4],
      ['suicide-awareness', 3],
    ]);
    expect(d.briefing).toHaveLength(8);
    expect(d.findings).toEqual([]);
    expect(d.judged).toEqual([]);
    expect(d.pairs).toEqual([]);
    expect(d.trend).toEqual([
      { year: 2022, reviewCount: 2 },
      { year: 2023, reviewCount: 2 },
    ]);
    expect(d.trendFindings).toEqual([]);
    expect(d.similar).toEqual([]);
    expect(d.curriculum.modules).toEqual([]);
  });

  it('loads the reviews of a recurrence under the same evidence', async () => {
    // Croydon's "Vulnerable adolescents" is linked by REPORT_FINDING to Child Q (2019-03), the
    // thematic review (2019) and Child Y (no date).
    const d = await data<{
      recurringThemes: { theme: { id: string }; reviews: { id: string }[] }[];
    }>(
      url(),
      `{ recurringThemes(minReviews: 3, evidence: [REPORT_FINDING]) { theme { id } reviews { id } } }`,
    );
    expect(d.recurringThemes).toEqual([
      {
        theme: { id: 'croydon-vulnerable-adolescents' },
        reviews: [
          { id: 'croydon-child-q' },
          { id: 'croydon-vulnerable-adolescents-thematic-review' },
          { id: 'croydon-child-y' },
        ],
      },
    ]);
  });
});
