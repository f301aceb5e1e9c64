// HTTP tests of the eleven further partnerships loaded with the seed.
import { data, useServer } from './api-helpers';

const url = useServer();

/** Reviews per partnership in seed/data/<id>.json: 6+14+3+1+2+5+3+6+3+3+7 = 53. */
const REVIEWS_PER_PARTNERSHIP: Record<string, number> = {
  birmingham: 6,
  croydon: 14,
  cumbria: 3,
  devon: 1,
  gloucestershire: 2,
  herefordshire: 5,
  lambeth: 3,
  lancashire: 6,
  sunderland: 3,
  sutton: 3,
  wandsworth: 7,
};

describe('eleven more partnerships', () => {
  it('loads their 53 reviews beside Warwickshire', async () => {
    for (const [id, n] of Object.entries(REVIEWS_PER_PARTNERSHIP)) {
      const d = await data<{ reviews: { totalCount: number } }>(
        url(),
        'query($id: ID!) { reviews(filter: { partnershipIds: [$id] }) { totalCount } }',
        { id },
      );
      expect({ id, n: d.reviews.totalCount }).toEqual({ id, n });
    }
    const all = Object.values(REVIEWS_PER_PARTNERSHIP).reduce((a, b) => a + b, 0);
    expect(all).toBe(53);
  });

  it('keeps the precision each source gives a date', async () => {
    const d = await data<{
      eva: { publishedOn: string };
      emily: { publishedOn: string; caveats: string[] };
      thematic: { publishedOn: string; publishedYear: number; kind: string };
      ben: { publishedOn: string };
      georgina: { publishedOn: string | null; kind: string };
    }>(
      url(),
      `{ eva: review(id: "croydon-baby-eva") { publishedOn }
         emily: review(id: "croydon-emily-jack") { publishedOn caveats }
         thematic: review(id: "croydon-vulnerable-adolescents-thematic-review") { publishedOn publishedYear kind }
         ben: review(id: "croydon-ben") { publishedOn }
         georgina: review(id: "wandsworth-grace-and-georgina") { publishedOn kind } }`,
    );
    expect(d.eva.publishedOn).toBe('2024-04-24'); // "24 April 2024 Published"
    // The two Croydon sites say 15 and 23 October 2020: the month they agree on, and the conflict.
    expect(d.emily.publishedOn).toBe('2020-10');
    expect(d.emily.caveats.join(' ')).toMatch(/15 October 2020.*23 October 2020/);
    // "Vulnerable Adolescents Thematic Review 2019": a year only; the kind is not stated.
    expect(d.thematic).toEqual({ publishedOn: '2019', publishedYear: 2019, kind: 'NOT_STATED' });
    expect(d.ben.publishedOn).toBe('2022-03-04');
    // Wandsworth gives incident months, not publication dates.
    expect(d.georgina).toEqual({ publishedOn: null, kind: 'NOT_STATED' });
  });

  it('cites a secondary site where the facts come from one', async () => {
    const d = await data<{
      review: { sources: { url: string; publisher: string; retrievedOn: string }[] };
    }>(url(), '{ review(id: "lambeth-manning-family") { sources { url publisher retrievedOn } } }');
    expect(d.review.sources).toEqual([
      {
        url: 'https://podjoint.com/region/us/podcast/rise-reflection-and-improvement-towards--1867283322',
        publisher: 'podjoint.com (secondary: podcast directory)',
        retrievedOn: '2026-11-27',
      },
    ]);
  });

  it('links what the pages say the reviews found as REPORT_FINDING, each with its source', async () => {
    const d = await data<{
      review: {
        themeLinks: { theme: { id: string }; evidence: string; source: { url: string } }[];
        documents: { title: string; kind: string }[];
      };
    }>(
      url(),
      `{ review(id: "birmingham-bscp2020-21-01") {
          themeLinks { theme { id } evidence source { url } } documents { title kind } } }`,
    );
    expect(d.review.themeLinks.map((l) => l.evidence)).toEqual(Array(5).fill('REPORT_FINDING'));
    for (const l of d.review.themeLinks)
      expect(l.source.url).toBe('https://lscpbirmingham.org.uk/?p=4318');
    expect(d.review.documents).toEqual([
      { title: 'BSCP2020-21-01 Briefing Note', kind: 'LEARNING_BRIEFING' },
      { title: 'BSCP2020-21-01 PowerPoint Presentation', kind: 'PRESENTATION' },
      { title: 'BSCP2020-21-01 Press Statement', kind: 'PRESS_STATEMENT' },
      { title: 'BSCP2020-21-01 Report', kind: 'REPORT' },
    ]);
  });

  it('says the status of every seed recommendation is not known: no source we hold reports one', async () => {
    // The seed's recommendations: Croydon's thematic review 1, Cumbria's George 3, Herefordshire's
    // Family HJ 1, Sutton's Child V 7 = 12. Their pages list them; none reports what became of them.
    const seed = { review: { partnershipIds: Object.keys(REVIEWS_PER_PARTNERSHIP) } };
    const d = await data<{
      notKnown: {
        totalCount: number;
        nodes: { status: string; statusHistory: unknown[]; overdue: boolean }[];
      };
      followUp: {
        total: number;
        open: number;
        notKnown: number;
        overdue: number;
        completed: number;
      }[];
    }>(
      url(),
      `query($seed: RecommendationFilter, $notKnown: RecommendationFilter) {
         notKnown: recommendations(filter: $notKnown, first: 100) {
           totalCount nodes { status statusHistory { status } overdue } }
         followUp: recommendationFollowUp(filter: $seed) { total open notKnown overdue completed } }`,
      { seed, notKnown: { ...seed, statuses: ['NOT_KNOWN'] } },
    );
    expect(d.notKnown.totalCount).toBe(12);
    for (const r of d.notKnown.nodes)
      expect(r).toEqual({ status: 'NOT_KNOWN', statusHistory: [], overdue: false });
    // No owner is recorded for any of them: one row, all twelve not known, none open.
    expect(d.followUp).toEqual([{ total: 12, open: 0, notKnown: 12, overdue: 0, completed: 0 }]);
  });

  it('holds what the pages say the reviews found as findings, each with its source and themes', async () => {
    const d = await data<{
      reviews: { nodes: { id: string; findings: { id: string }[] }[] };
      bham: {
        findings: {
          id: string;
          source: { id: string };
          pageRef: string | null;
          themes: { id: string }[];
        }[];
      };
      theme: { findings: { id: string }[] };
    }>(
      url(),
      `query($ids: [ID!]) {
         reviews(filter: { partnershipIds: $ids }, first: 100) { nodes { id findings { id } } }
         bham: review(id: "birmingham-bscp2020-21-01") {
           findings { id source { id } pageRef themes { id } } }
         theme(id: "devon-child-protection-procedures-not-used") { findings { id } } }`,
      { ids: Object.keys(REVIEWS_PER_PARTNERSHIP) },
    );
    // Findings the pages state, per partnership: Croydon 5 (Baby Eva, the thematic review, Carl &
    // Max, Ben, Emily & Jack), Herefordshire 2 (one review), Birmingham 4 + 5, Cumbria 4 (Child CH)
    // + 1 (Children P), Wandsworth 1, Sutton 2, Devon 4, Gloucestershire 2 (one review each)
    // = 30 findings on 5 + 1 + 2 + 2 + 1 + 1 + 1 + 1 = 14 reviews.
    const counts = d.reviews.nodes.filter((r) => r.findings.length > 0);
    expect(counts.length).toBe(14);
    expect(counts.reduce((n, r) => n + r.findings.length, 0)).toBe(30);
    // Birmingham's page gives five, in its order; the second (no strategy discussion) has no
    // theme of its own; web pages give no page numbers.
    const P = 'birmingham-bscp2020-21-01-finding-';
    expect(d.bham.findings).toEqual(
      [
        ['birmingham-referral-quality-and-step-down'],
        [],
        ['birmingham-fathers-history-not-considered'],
        ['birmingham-domestic-abuse-seen-and-denied'],
        ['birmingham-slow-escalation'],
      ].map((themes, k) => ({
        id: `${P}${k + 1}`,
        source: { id: 'birmingham-never-ever-shake-a-baby' },
        pageRef: null,
        themes: themes.map((id) => ({ id })),
      })),
    );
    // Devon's briefing ties two findings to procedures not used: the strategy discussion and
    // section 47 checks (2), and the chances missed (3).
    expect(d.theme.findings).toEqual([
      { id: 'devon-cn18-baby-f-finding-2' },
      { id: 'devon-cn18-baby-f-finding-3' },
    ]);
  });

  it('recurs local themes only within a partnership when counting published findings', async () => {
    const d = await data<{
      recurringThemes: { theme: { id: string }; reviewCount: number; reviews: { id: string }[] }[];
    }>(
      url(),
      `{ recurringThemes(minReviews: 2, evidence: [REPORT_FINDING]) {
          theme { id } reviewCount reviews { id } } }`,
    );
    // REPORT_FINDING links per local theme in the seed files; only two themes have two or more:
    //   croydon "Vulnerable adolescents": Child Q (2019-03), Vulnerable Adolescents Thematic
    //     Review (2019), Child Y (no date, last)
    //   wandsworth "Suspected non-accidental injury to a baby": Alvah, Grace and Georgina (no
    //     dates: by title)
    // Local themes of different partnerships are kept apart: they meet in recurringCategories.
    expect(d.recurringThemes).toEqual([
      {
        theme: { id: 'croydon-vulnerable-adolescents' },
        reviewCount: 3,
        reviews: [
          { id: 'croydon-child-q' },
          { id: 'croydon-vulnerable-adolescents-thematic-review' },
          { id: 'croydon-child-y' },
        ],
      },
      {
        theme: { id: 'wandsworth-suspected-non-accidental-injury-to-a-baby' },
        reviewCount: 2,
        reviews: [{ id: 'wandsworth-alvah' }, { id: 'wandsworth-grace-and-georgina' }],
      },
    ]);
  });

  it("holds Lancashire's batch themes on the partnership, not on any review", async () => {
    const d = await data<{
      partnership: { statedThemes: { theme: { id: string } }[]; caveats: string[] };
      reviews: { nodes: { themes: unknown[] }[] };
    }>(
      url(),
      `{ partnership(id: "lancashire") { statedThemes { theme { id } } caveats }
         reviews(filter: { partnershipIds: ["lancashire"] }) { nodes { themes { id } } } }`,
    );
    expect(d.partnership.statedThemes).toHaveLength(5);
    expect(d.reviews.nodes.flatMap((r) => r.themes)).toEqual([]);
  });
});
