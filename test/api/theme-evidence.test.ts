// HTTP tests: what each Warwickshire link and listing says, exactly as the page gives it.
import { data, useServer } from './api-helpers';

const url = useServer();

interface Listing {
  title: string;
  kind: string;
}
interface ReviewRow {
  id: string;
  title: string;
  documents: Listing[];
  unlistedDocuments: { kind: string; description: string; source: { url: string } | null }[];
  themes: { id: string }[];
  themeLinks: {
    theme: { id: string };
    evidence: string;
    source: { id: string; url: string } | null;
  }[];
}

const PAGE =
  'https://www.safeguardingwarwickshire.co.uk/safeguarding-children/safeguarding-children-partnership/case-reviews';

/**
 * Every document line of each entry on seed/source/warwickshire-reviews-page.txt, copied from the
 * page, with the kind it is: 5 + 10 + 10 + 3 + 11 + 1 + 4 + 5 + 1 + 1 + 0 = 51 listings.
 */
const LISTINGS: Record<string, [string, string][]> = {
  simon: [
    ['Simon Child Safeguarding Practice Review - Report', 'REPORT'],
    [
      'Simon Child Safeguarding Practice Review - Lessons Learned Briefing',
      'LESSONS_LEARNED_BRIEFING',
    ],
    ['7 Minute Briefing - Suicide Awareness', 'SEVEN_MINUTE_BRIEFING'],
    ['7 Minute Briefing - The Importance of History in Assessments', 'SEVEN_MINUTE_BRIEFING'],
    ['7 Minute Briefing - Use of Interpreters and Translators', 'SEVEN_MINUTE_BRIEFING'],
  ],
  anna: [
    ['Anna Alternative Learning Review – Report', 'REPORT'],
    ['Anna Alternative Learning Review - Lessons Learned Briefing', 'LESSONS_LEARNED_BRIEFING'],
    ['7-Minute Briefing - Escalation Protocol', 'SEVEN_MINUTE_BRIEFING'],
    ['7-Minute Briefing - The Importance of History in Assessments', 'SEVEN_MINUTE_BRIEFING'],
    [
      '7-Minute Briefing - Children of parents with Mental Health problems',
      'SEVEN_MINUTE_BRIEFING',
    ],
    ['7-Minute Briefing - Early Help', 'SEVEN_MINUTE_BRIEFING'],
    ['7-Minute Briefing - New partners joining households', 'SEVEN_MINUTE_BRIEFING'],
    ['7-Minute Briefing - Parental Capacity to Change', 'SEVEN_MINUTE_BRIEFING'],
    ['7-Minute Briefing - Suicide Awareness', 'SEVEN_MINUTE_BRIEFING'],
    [
      '7-Minute Briefing - The links between child/vulnerable adult and animal abuse',
      'SEVEN_MINUTE_BRIEFING',
    ],
  ],
  grace: [
    ['Grace Child Safeguarding Practice Review - Report', 'REPORT'],
    [
      'Grace Child Safeguarding Practice Review - Lessons Learned Briefing',
      'LESSONS_LEARNED_BRIEFING',
    ],
    ['7 Minute Briefing - Child Neglect', 'SEVEN_MINUTE_BRIEFING'],
    [
      '7 Minute Briefing - Children of Parents with Mental Health Problems',
      'SEVEN_MINUTE_BRIEFING',
    ],
    ['7 Minute Briefing - Children of Parents who Misuse Substances', 'SEVEN_MINUTE_BRIEFING'],
    ['7 Minute Briefing - Parental Capacity to Change', 'SEVEN_MINUTE_BRIEFING'],
    ['7 Minute Briefing - Suicide Awareness', 'SEVEN_MINUTE_BRIEFING'],
    ['7 Minute Briefing - The Importance of History in Assessments', 'SEVEN_MINUTE_BRIEFING'],
    ['7 Minute Briefing - The Voice of the Child', 'SEVEN_MINUTE_BRIEFING'],
    ['7 Minute Briefing - Underage Sexual Activity', 'SEVEN_MINUTE_BRIEFING'],
  ],
  james: [
    ['James Child Safeguarding Practice Review - Report', 'REPORT'],
    [
      'James Child Safeguarding Practice Review - Lessons Learned Briefing',
      'LESSONS_LEARNED_BRIEFING',
    ],
    ['7 Minute Briefing – Children on Part Time or Reduced Timetables', 'SEVEN_MINUTE_BRIEFING'],
  ],
  charlie: [
    ['Charlie Child Safeguarding Practice Review - Report', 'REPORT'],
    [
      'Charlie Child Safeguarding Practice Review - Lessons Learned Briefing',
      'LESSONS_LEARNED_BRIEFING',
    ],
    ['7 Minute Briefing - The Importance of History in Assessments', 'SEVEN_MINUTE_BRIEFING'],
    ['7 Minute Briefing - Children Home Alone', 'SEVEN_MINUTE_BRIEFING'],
    ['7 Minute Briefing - Professional Curiosity', 'SEVEN_MINUTE_BRIEFING'],
    ['7 Minute Briefing - The Voice of the Child', 'SEVEN_MINUTE_BRIEFING'],
    ['7 Minute Briefing - Child Neglect', 'SEVEN_MINUTE_BRIEFING'],
    ['7 Minute Briefing – Safeguarding Children around Dog', 'SEVEN_MINUTE_BRIEFING'],
    ['7 Minute Briefing - Child Accident Prevention', 'SEVEN_MINUTE_BRIEFING'],
    [
      '7 Minute Briefing - Contacting the Children and Families Front Door',
      'SEVEN_MINUTE_BRIEFING',
    ],
    ['7 Minute Briefing - Early Help', 'SEVEN_MINUTE_BRIEFING'],
  ],
  'prada-and-jordan': [['Prada and Jordan Child Safeguarding Practice Review – Report', 'REPORT']],
  jack: [
    ['Jack Child Safeguarding Practice Review - Report', 'REPORT'],
    ['Jack Child Safeguarding Practice Review - WSP Statement', 'STATEMENT'],
    ['Jack - Lessons Learned Briefing', 'LESSONS_LEARNED_BRIEFING'],
    ['Use of Alcohol in Children and Young People - 7-minute Briefing', 'SEVEN_MINUTE_BRIEFING'],
  ],
  'alice-and-beth': [
    ['Alice and Beth Serious Case Review - Report', 'REPORT'],
    ['Alice and Beth Serious Case Review - WSP Statement', 'STATEMENT'],
    ['Alice and Beth - Lessons Learned Briefing', 'LESSONS_LEARNED_BRIEFING'],
    ['Professional Curiosity - 7-minute Briefing', 'SEVEN_MINUTE_BRIEFING'],
    [
      'Children moving across local authority boundaries - 7-minute Briefing',
      'SEVEN_MINUTE_BRIEFING',
    ],
  ],
  // "Please see below for the summary of the full report": the one document is a summary.
  sophie: [['Final Report - WSCB SCR Sophie', 'SUMMARY']],
  'child-k': [['Final Report - WSCB Review Child K', 'REPORT']],
  amy: [],
};

const QUERY = `{
  reviews(filter: { partnershipIds: ["warwickshire"] }, first: 100) {
    nodes {
      id title
      documents { title kind }
      unlistedDocuments { kind description source { url } }
      themes { id }
      themeLinks { theme { id } evidence source { id url } }
    }
  }
}`;

describe('Warwickshire: every listing and link as the page gives it', () => {
  let reviews: ReviewRow[] = [];
  beforeAll(async () => {
    reviews = (await data<{ reviews: { nodes: ReviewRow[] } }>(url(), QUERY)).reviews.nodes;
  });
  const byId = (id: string) => {
    const r = reviews.find((x) => x.id === `warwickshire-${id}`);
    if (!r) throw new Error(`no review ${id}`);
    return r;
  };

  it('lists every one of the 51 documents under its exact title and kind', () => {
    const total = Object.values(LISTINGS).reduce((n, l) => n + l.length, 0);
    expect(total).toBe(51);
    for (const [id, listings] of Object.entries(LISTINGS)) {
      const want = listings
        .map(([title, kind]) => ({ title, kind }))
        .sort((a, b) => a.title.toLowerCase().localeCompare(b.title.toLowerCase()));
      const got = [...byId(id).documents].sort((a, b) =>
        a.title.toLowerCase().localeCompare(b.title.toLowerCase()),
      );
      expect({ id, documents: got }).toEqual({ id, documents: want });
    }
  });

  it('keeps both titles of the professional curiosity briefing: 2020 and 2022', () => {
    // Alice and Beth (September 2020) list "Professional Curiosity - 7-minute Briefing"; Charlie
    // (April 2022) lists "7 Minute Briefing - Professional Curiosity".
    expect(byId('alice-and-beth').documents.map((d) => d.title)).toContain(
      'Professional Curiosity - 7-minute Briefing',
    );
    expect(byId('charlie').documents.map((d) => d.title)).toContain(
      '7 Minute Briefing - Professional Curiosity',
    );
  });

  it('links every theme by BRIEFING_PUBLISHED only, each citing the page', () => {
    // One link per 7-minute briefing listed: the briefings of LISTINGS, 3+8+8+1+9+1+2 = 32.
    const links = reviews.flatMap((r) => r.themeLinks);
    const briefings = Object.values(LISTINGS)
      .flat()
      .filter(([, kind]) => kind === 'SEVEN_MINUTE_BRIEFING');
    expect(briefings).toHaveLength(32);
    expect(links).toHaveLength(32);
    for (const link of links) {
      expect(link.evidence).toBe('BRIEFING_PUBLISHED');
      expect(link.source).toEqual({ id: 'warwickshire-case-reviews-page', url: PAGE });
    }
    // themes is the distinct themes of the links.
    for (const r of reviews) {
      expect(r.themes.map((t) => t.id).sort()).toEqual(
        [...new Set(r.themeLinks.map((l) => l.theme.id))].sort(),
      );
    }
  });

  it('records the documents the page promises but does not list', () => {
    // Prada and Jordan: "the full report and a statement issued by ..." but only the report is
    // listed. Amy: "the full report and its findings" with nothing listed.
    expect(byId('prada-and-jordan').unlistedDocuments).toEqual([
      {
        kind: 'STATEMENT',
        description: 'The page offers a statement issued by the partnership here but lists none.',
        source: { url: PAGE },
      },
    ]);
    expect(byId('amy').unlistedDocuments.map((d) => d.kind)).toEqual(['REPORT']);
    const others = reviews.filter((r) => !['Prada and Jordan', 'Amy'].includes(r.title));
    expect(others.flatMap((r) => r.unlistedDocuments)).toEqual([]);
  });
});

describe('Warwickshire: small facts', () => {
  it("names Simon's involved sectors without inventing organisations", async () => {
    const d = await data<{
      review: {
        agencies: unknown[];
        involvements: { agency: unknown; sector: string; name: string; source: { url: string } }[];
      };
    }>(
      url(),
      `{ review(id: "warwickshire-simon") {
          agencies { id } involvements { agency { id } sector name source { url } } } }`,
    );
    // The news report names his school, children's social care, the police and mental health
    // services, and no organisation: four sectors, no agency (so no second "Police" beside
    // Warwickshire Police).
    expect(d.review.agencies).toEqual([]);
    const news =
      'https://kenilworth.nub.news/news/local-news/lessons-to-be-learned-for-authorities-from-suicide-of-16-year-old-boy-in-warwickshire-209457';
    expect(d.review.involvements).toEqual([
      {
        agency: null,
        sector: 'CHILDRENS_SOCIAL_CARE',
        name: "children's social care",
        source: { url: news },
      },
      { agency: null, sector: 'EDUCATION', name: 'his school', source: { url: news } },
      { agency: null, sector: 'HEALTH', name: 'mental health services', source: { url: news } },
      { agency: null, sector: 'POLICE', name: 'the police', source: { url: news } },
    ]);
  });

  it('says where older reviews are, and when the page was captured', async () => {
    const d = await data<{
      partnership: {
        olderReviews: { note: string; url: string | null; source: { retrievedOn: string } };
      };
    }>(
      url(),
      `{ partnership(id: "warwickshire") { olderReviews { note url source { retrievedOn } } } }`,
    );
    // "Reports published prior to 2020 are available via the West Midlands Manual"; the copy of
    // the page was captured in late 2025 (seed/source/README.md), so only the year is known.
    expect(d.partnership.olderReviews.note).toMatch(/before 2020.*West Midlands/);
    expect(d.partnership.olderReviews.url).toBeNull();
    expect(d.partnership.olderReviews.source.retrievedOn).toBe('2025');
  });
});
