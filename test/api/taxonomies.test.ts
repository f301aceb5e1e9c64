// HTTP tests of the published taxonomies, theme mappings and recurrence rolled up to categories.
import { data, firstError, useServer } from './api-helpers';

const url = useServer();

/**
 * The categories each taxonomy may hold, copied by hand from the project's research notes on the
 * national schemes (section numbers there), VERIFIED or SECONDARY items only: a category the
 * source does not name must not appear.
 */
const SOURCE_NAMES: Record<string, string[]> = {
  // 1.1, NSPCC news on the 2018-19 annual report.
  'panel-ar-2018-19': [
    'optimistic thinking',
    'weak risk assessment',
    'poor decision making',
    'poor information exchange between agencies',
    'use of written agreements',
    'resolving professional disputes',
  ],
  // 1.2, the Chair's foreword as quoted by Croydon (the six themes are RECALL: not held).
  'panel-ar-2020': ['risk assessment', 'disguised compliance', 'professional curiosity'],
  // 1.3, the press release.
  'panel-ar-2021': ['information-sharing', 'risk assessment', 'critical analysis and challenge'],
  // 1.4, Newcastle's copy of the contents (the first item is cut after "professional").
  'panel-ar-2022-23': [
    'Effective leadership and culture supporting critical thinking and professional …',
    'Giving central consideration to racial, ethnic, and cultural identity and impact on the lived experience of children and families.',
    'The importance of a whole family approach to risk assessment and support.',
    'Recognising and responding to the vulnerability of babies.',
    'Domestic abuse and harm to children – working across services.',
    'Keeping a focus on risks outside the family.',
    'Parenting capacity and children with disabilities and health needs.',
    'Children with complex mental health needs.',
    'Parental mental health and parenting capacity.',
    'Children not in school.',
    'Young carers.',
    'Working with Gypsy, Roma and Traveller communities.',
  ],
  // 1.5, Bedfordshire.
  'panel-ar-2023-24': [
    'safeguarding children with mental health needs',
    'safeguarding pre-school children with parents with mental health needs',
    'extrafamilial harm',
  ],
  // 1.6, Sutton's summary of the 2020 report: death groups and the main serious harm.
  'panel-harm-2020': [
    'maltreatment within the family',
    'extra-familial assaults or homicide',
    'sudden unexpected deaths in infancy (SUDI)',
    'suicides',
    'physical abuse',
  ],
  'panel-characteristics-2020': ['domestic abuse', 'parental mental ill-health'],
  // 1.7, the Panel website's topics.
  'panel-topics-website': [
    'Black, Asian and Mixed Heritage children',
    'child sexual abuse',
    'neglect',
    'vulnerable babies',
  ],
  // 2.1, categories 1-4 (5 and 6 are not verbatim headings: not held).
  'scr-fatal-class': [
    'Infanticide and covert homicide',
    'Severe physical assaults',
    'Extreme neglect / deprivational abuse',
    'Deliberate / overt homicides',
  ],
  // 2.2.
  'scr-neglect-2003-11': [
    'deprivational neglect',
    'medical neglect',
    'accidents with elements of forewarning',
    'sudden unexpected deaths in infancy',
    'physical abuse combined with neglect',
    'young suicide',
  ],
  // 2.3.
  'scr-triennial-2014-17': [
    'The complex and cumulative nature of neglect, often in a context of poverty',
    'New and emerging threats of harm to adolescents',
  ],
  'scr-triennial-2014-17-briefings': [
    "Children's social care",
    'Early help',
    'Education',
    'Health',
    'Police',
    'Local safeguarding partnerships',
  ],
  // 2.4.
  'scr-final-2017-19': [
    'the problem of neglect',
    'the challenges of practice',
    "the task of listening to the child's voice",
  ],
  // 3.
  'dfe-sin-nature': ['Child death', 'Serious harm', 'Other'],
  // 5.2.
  'wales-cpr-2019': [
    'hierarchy of knowledge',
    'information sharing/recording',
    'partial assessment',
    'voice of the child',
  ],
  // 6, each briefing seen on its own page.
  'nspcc-lfcr': [
    'Neglect',
    'Child sexual abuse',
    'Domestic abuse',
    'Parents with a mental health problem',
    'Infants',
    'Multi-agency working and information sharing',
    'Police',
    'Education',
  ],
};

interface TaxonomyRow {
  id: string;
  publisher: string;
  kind: string;
  source: { url: string };
  categories: { name: string; taxonomy: { id: string } }[];
}

describe('taxonomies', () => {
  it('holds each published scheme with a source URL and only the categories its source names', async () => {
    const d = await data<{ taxonomies: TaxonomyRow[] }>(
      url(),
      '{ taxonomies { id publisher kind source { url } categories { name taxonomy { id } } } }',
    );
    expect(d.taxonomies.map((x) => x.id).sort()).toEqual(Object.keys(SOURCE_NAMES).sort());
    for (const x of d.taxonomies) {
      expect(x.source.url).toMatch(/^https?:\/\/\S+$/);
      expect(x.publisher).not.toMatch(/safeguarding learning graph/i);
      expect({ id: x.id, names: x.categories.map((c) => c.name) }).toEqual({
        id: x.id,
        names: SOURCE_NAMES[x.id],
      });
      for (const c of x.categories) expect(c.taxonomy.id).toBe(x.id);
    }
  });

  it('gives each NSPCC topic its own page', async () => {
    const d = await data<{
      taxonomy: { categories: { name: string; source: { url: string } | null }[] };
    }>(url(), '{ taxonomy(id: "nspcc-lfcr") { categories { name source { url } } } }');
    const neglect = d.taxonomy.categories.find((c) => c.name === 'Neglect');
    expect(neglect?.source?.url).toBe(
      'https://learning.nspcc.org.uk/research-resources/learning-from-case-reviews/neglect',
    );
    expect(d.taxonomy.categories.every((c) => c.source !== null)).toBe(true);
  });

  it('filters by kind', async () => {
    const d = await data<{ taxonomies: { id: string }[] }>(
      url(),
      '{ taxonomies(kinds: [HARM_TYPES]) { id } }',
    );
    // HARM_TYPES: the 2020 report's harm groups, the fatal classification, the neglect
    // presentations and the nature of notification.
    expect(d.taxonomies.map((x) => x.id).sort()).toEqual(
      ['dfe-sin-nature', 'panel-harm-2020', 'scr-fatal-class', 'scr-neglect-2003-11'].sort(),
    );
  });

  it('maps a Warwickshire theme directly where the source uses the same words, with a reason where judged', async () => {
    const d = await data<{
      theme: { mappings: { category: { id: string }; basis: string; note: string | null }[] };
    }>(url(), '{ theme(id: "child-neglect") { mappings { category { id } basis note } } }');
    // "Child Neglect" and "Neglect" / "the problem of neglect" / "neglect": same word.
    expect(d.theme.mappings.every((m) => m.basis === 'DIRECT')).toBe(true);
    expect(d.theme.mappings.map((m) => m.category.id)).toContain('nspcc-lfcr-neglect');
    const all = await data<{
      themes: { nodes: { mappings: { basis: string; note: string | null }[] }[] };
    }>(url(), '{ themes(first: 100) { nodes { mappings { basis note } } } }');
    for (const t of all.themes.nodes) {
      for (const m of t.mappings) if (m.basis === 'JUDGED') expect(m.note).toBeTruthy();
    }
  });
});

describe('recurringCategories', () => {
  it('rolls Warwickshire up to the Panel 2022-23 themes', async () => {
    const d = await data<{
      recurringCategories: {
        category: { id: string };
        reviewCount: number;
        partnershipCount: number;
        reviews: { title: string }[];
        themes: { id: string }[];
      }[];
    }>(
      url(),
      `{ recurringCategories(taxonomyId: "panel-ar-2022-23", filter: { partnershipIds: ["warwickshire"] }) {
          category { id } reviewCount partnershipCount reviews { title } themes { id } } }`,
    );
    // Mappings (seed/curation.json) onto panel-ar-2022-23 and the reviews listing each briefing:
    //   whole family approach <- history in assessments (Simon, Anna, Grace, Charlie), early help
    //     (Anna, Charlie), new partners joining households (Anna), parents who misuse substances
    //     (Grace): {Simon, Anna, Grace, Charlie} = 4
    //   complex mental health needs <- suicide awareness (Simon, Anna, Grace) = 3
    //   parental mental health and parenting capacity <- parents with mental health problems
    //     (Anna, Grace), parental capacity to change (Anna, Grace) = 2
    //   not in school <- part-time timetables (James), identity <- interpreters (Simon), domestic
    //     abuse <- animal abuse (Anna): 1 each, below minReviews 2.
    // Reviews newest first: Anna and Simon (September 2023, by title), Grace (September 2022),
    // Charlie (April 2022).
    expect(d.recurringCategories).toEqual([
      {
        category: { id: 'panel-ar-2022-23-whole-family-approach' },
        reviewCount: 4,
        partnershipCount: 1,
        reviews: [{ title: 'Anna' }, { title: 'Simon' }, { title: 'Grace' }, { title: 'Charlie' }],
        themes: [
          { id: 'children-of-parents-who-misuse-substances' },
          { id: 'early-help' },
          { id: 'new-partners-joining-households' },
          { id: 'the-importance-of-history-in-assessments' },
        ],
      },
      {
        category: { id: 'panel-ar-2022-23-children-with-complex-mental-health-needs' },
        reviewCount: 3,
        partnershipCount: 1,
        reviews: [{ title: 'Anna' }, { title: 'Simon' }, { title: 'Grace' }],
        themes: [{ id: 'suicide-awareness' }],
      },
      {
        category: { id: 'panel-ar-2022-23-parental-mental-health-and-parenting-capacity' },
        reviewCount: 2,
        partnershipCount: 1,
        reviews: [{ title: 'Anna' }, { title: 'Grace' }],
        themes: [
          { id: 'children-of-parents-with-mental-health-problems' },
          { id: 'parental-capacity-to-change' },
        ],
      },
    ]);
  });

  it('gives the first reviews of a category while reviewCount counts them all', async () => {
    const d = await data<{
      recurringCategories: { reviewCount: number; reviews: { title: string }[] }[];
    }>(
      url(),
      `{ recurringCategories(taxonomyId: "panel-ar-2022-23", minReviews: 4,
          filter: { partnershipIds: ["warwickshire"] }) { reviewCount reviews(first: 2) { title } } }`,
    );
    // Whole family approach alone reaches 4 reviews (above); newest first: Anna, Simon.
    expect(d.recurringCategories).toEqual([
      { reviewCount: 4, reviews: [{ title: 'Anna' }, { title: 'Simon' }] },
    ]);
  });

  it('counts only direct mappings when asked', async () => {
    const d = await data<{
      recurringCategories: { category: { id: string }; reviewCount: number }[];
    }>(
      url(),
      `{ recurringCategories(taxonomyId: "panel-ar-2022-23", basis: [DIRECT],
            filter: { partnershipIds: ["warwickshire"] }) { category { id } reviewCount } }`,
    );
    // Only "Children of Parents with Mental Health Problems" maps DIRECT to a 2022-23 theme
    // (parental mental health and parenting capacity): Anna and Grace.
    expect(d.recurringCategories).toEqual([
      {
        category: { id: 'panel-ar-2022-23-parental-mental-health-and-parenting-capacity' },
        reviewCount: 2,
      },
    ]);
  });

  it('answers the cross-partnership question from published findings only', async () => {
    const d = await data<{
      recurringCategories: {
        category: { id: string };
        reviewCount: number;
        partnershipCount: number;
      }[];
    }>(
      url(),
      `{ recurringCategories(taxonomyId: "panel-ar-2022-23", evidence: [REPORT_FINDING]) {
          category { id } reviewCount partnershipCount } }`,
    );
    // From the REPORT_FINDING links of the eleven partnerships' seed files and their mappings:
    //   whole family approach: Birmingham (3: Breaking the Cycle, Never Assume, BSCP2020-21-01),
    //     Croydon (4: Baby Eva, Serious Youth Violence, Carl & Max, The Brown Family), Cumbria
    //     (George), Devon (CN18 Baby F) = 9 reviews, 4 partnerships
    //   vulnerability of babies: Birmingham (BSCP2020-21-01), Croydon (Baby Eva, Emily & Jack),
    //     Devon (CN18 Baby F), Lambeth (Baby N), Wandsworth (Alvah, Grace and Georgina, Daryll)
    //     = 8 reviews, 5 partnerships
    //   risks outside the family: Birmingham (Breaking the Cycle), Croydon (Serious Youth
    //     Violence, Carl & Max), Cumbria (Child CH), Herefordshire (Peer on Peer Abuse), Sutton
    //     (Child V) = 6 reviews, 5 partnerships
    //   not in school: Birmingham (Breaking the Cycle), Croydon (Serious Youth Violence, Carl &
    //     Max) = 3, 2; disabilities: Herefordshire (Family HJ), Lambeth (Manning Family), Sutton
    //     (Child V) = 3, 3
    //   complex mental health needs: Cumbria (Child CH), Sutton (Child V) = 2, 2; domestic abuse:
    //     Birmingham (BSCP2020-21-01), Croydon (Serious Youth Violence) = 2, 2; identity:
    //     Herefordshire (Family HJ), Lambeth (Manning Family) = 2, 2
    // Warwickshire has no REPORT_FINDING links, so none of its reviews count.
    expect(d.recurringCategories).toEqual([
      {
        category: { id: 'panel-ar-2022-23-whole-family-approach' },
        reviewCount: 9,
        partnershipCount: 4,
      },
      {
        category: {
          id: 'panel-ar-2022-23-recognising-and-responding-to-the-vulnerability-of-babies',
        },
        reviewCount: 8,
        partnershipCount: 5,
      },
      {
        category: { id: 'panel-ar-2022-23-keeping-a-focus-on-risks-outside-the-family' },
        reviewCount: 6,
        partnershipCount: 5,
      },
      {
        category: { id: 'panel-ar-2022-23-children-not-in-school' },
        reviewCount: 3,
        partnershipCount: 2,
      },
      {
        category: { id: 'panel-ar-2022-23-parenting-capacity-and-disabilities' },
        reviewCount: 3,
        partnershipCount: 3,
      },
      {
        category: { id: 'panel-ar-2022-23-children-with-complex-mental-health-needs' },
        reviewCount: 2,
        partnershipCount: 2,
      },
      { category: { id: 'panel-ar-2022-23-domestic-abuse' }, reviewCount: 2, partnershipCount: 2 },
      {
        category: { id: 'panel-ar-2022-23-identity-and-lived-experience' },
        reviewCount: 2,
        partnershipCount: 2,
      },
    ]);
  });

  it("gives the README's cross-partnership answer (every kind of evidence)", async () => {
    const d = await data<{
      recurringCategories: {
        category: { id: string };
        reviewCount: number;
        partnershipCount: number;
      }[];
    }>(
      url(),
      '{ recurringCategories(taxonomyId: "panel-ar-2022-23") { category { id } reviewCount partnershipCount } }',
    );
    // The REPORT_FINDING answer above plus Warwickshire's briefings (first test): whole family
    // 9 + 4 = 13 reviews, 4 + 1 partnerships; complex mental health 2 + 3 = 5, 3; not in school
    // 3 + 1 (James) = 4, 3; domestic abuse 2 + 1 (Anna) = 3, 3; identity 2 + 1 (Simon) = 3, 3;
    // parental mental health: Devon's CN18 Baby F + Anna and Grace = 3, 2. Babies, outside the
    // family and disabilities have no Warwickshire briefing: 8, 6, 3 as above.
    expect(
      d.recurringCategories.map((r) => [
        r.category.id.replace('panel-ar-2022-23-', ''),
        r.reviewCount,
        r.partnershipCount,
      ]),
    ).toEqual([
      ['whole-family-approach', 13, 5],
      ['recognising-and-responding-to-the-vulnerability-of-babies', 8, 5],
      ['keeping-a-focus-on-risks-outside-the-family', 6, 5],
      ['children-with-complex-mental-health-needs', 5, 3],
      ['children-not-in-school', 4, 3],
      ['domestic-abuse', 3, 3],
      ['identity-and-lived-experience', 3, 3],
      ['parental-mental-health-and-parenting-capacity', 3, 2],
      ['parenting-capacity-and-disabilities', 3, 3],
    ]);
  });

  it('refuses an unknown taxonomy id', async () => {
    expect(
      await firstError(url(), '{ recurringCategories(taxonomyId: "national-17") { reviewCount } }'),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'taxonomyId: expected the id of a taxonomy (see `taxonomies`), got "national-17"',
    });
  });
});
