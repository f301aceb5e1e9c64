// Unit tests of the page parser and theme naming: no database.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReviewsPage } from './parse-page';
import { briefingTheme, pickCanonical } from './theme-names';

const page = readFileSync(join(__dirname, 'source', 'warwickshire-reviews-page.txt'), 'utf8');
const opts = {
  partnershipId: 'warwickshire',
  partnershipName: 'Warwickshire Safeguarding',
  source: { id: 'page', url: 'https://example.org', title: 'Case reviews' },
  themeAliases: { 'Safeguarding Children around Dog': 'Safeguarding Children around Dogs' },
};

describe('briefingTheme', () => {
  it.each([
    ['7 Minute Briefing - Suicide Awareness', 'Suicide Awareness'],
    ['7-Minute Briefing - Early Help', 'Early Help'],
    ['7 Minute Briefing – Children Home Alone', 'Children Home Alone'],
    ['Professional Curiosity - 7-minute Briefing', 'Professional Curiosity'],
    ['Jack - Lessons Learned Briefing', null],
    ['Final Report - WSCB SCR Sophie', null],
  ])('%s', (title, theme) => expect(briefingTheme(title)).toBe(theme));
});

describe('pickCanonical', () => {
  it('prefers the most frequent, then the most title-cased, then the first seen', () => {
    expect(pickCanonical(['a b', 'A B', 'a b'])).toBe('a b');
    expect(
      pickCanonical([
        'Children of parents with Mental Health problems',
        'Children of Parents with Mental Health Problems',
      ]),
    ).toBe('Children of Parents with Mental Health Problems');
  });
});

describe('parseReviewsPage on the Warwickshire page', () => {
  const file = parseReviewsPage(page, opts);
  const review = (id: string) => file.reviews.find((r) => r.id === `warwickshire-${id}`);

  it('finds all 11 reviews in page order, with readable slug ids', () => {
    expect(file.reviews.map((r) => r.id)).toEqual(
      [
        'simon',
        'anna',
        'grace',
        'james',
        'charlie',
        'prada-and-jordan',
        'jack',
        'alice-and-beth',
        'sophie',
        'child-k',
        'amy',
      ].map((s) => `warwickshire-${s}`),
    );
    expect(file.reviews.flatMap((r) => r.children ?? [])).toHaveLength(13);
  });

  it('reads kinds and dates; Simon has no date on the page', () => {
    expect(review('simon')).toMatchObject({
      kind: 'CHILD_SAFEGUARDING_PRACTICE_REVIEW',
      publishedOn: null,
    });
    expect(review('anna')).toMatchObject({
      kind: 'ALTERNATIVE_LEARNING_REVIEW',
      publishedOn: '2023-09',
    });
    expect(review('child-k')).toMatchObject({
      kind: 'SERIOUS_CASE_REVIEW',
      publishedOn: '2020-02',
    });
  });

  it("reads documents with each listing's title: Amy has none, shared briefings are one document each", () => {
    expect(review('amy')?.documents).toEqual([]);
    expect(review('prada-and-jordan')?.documents).toEqual([
      {
        documentId: 'warwickshire-prada-and-jordan-report',
        title: 'Prada and Jordan Child Safeguarding Practice Review – Report',
      },
    ]);
    expect(review('jack')?.documents).toEqual([
      {
        documentId: 'warwickshire-jack-report',
        title: 'Jack Child Safeguarding Practice Review - Report',
      },
      {
        documentId: 'warwickshire-jack-statement',
        title: 'Jack Child Safeguarding Practice Review - WSP Statement',
      },
      {
        documentId: 'warwickshire-jack-lessons-learned-briefing',
        title: 'Jack - Lessons Learned Briefing',
      },
      {
        documentId: 'warwickshire-7mb-use-of-alcohol-in-children-and-young-people',
        title: 'Use of Alcohol in Children and Young People - 7-minute Briefing',
      },
    ]);
    // 51 listings on the page, 40 documents: 21 briefings are shared between listings.
    expect(file.reviews.reduce((n, r) => n + (r.documents?.length ?? 0), 0)).toBe(51);
    expect(file.documents).toHaveLength(40);
    expect(file.themes).toHaveLength(21);
  });

  it('reads what each entry offers: a summary for Sophie, promised but unlisted documents', () => {
    // Sophie: "the summary of the full report and its findings".
    expect(file.documents?.find((d) => d.id === 'warwickshire-sophie-summary')).toMatchObject({
      title: 'Final Report - WSCB SCR Sophie',
      kind: 'SUMMARY',
    });
    // Prada and Jordan offer "the full report and a statement" but list the report only; Amy
    // offers "the full report" and lists nothing.
    expect(review('prada-and-jordan')?.unlistedDocuments?.map((d) => d.kind)).toEqual([
      'STATEMENT',
    ]);
    expect(review('amy')?.unlistedDocuments?.map((d) => d.kind)).toEqual(['REPORT']);
    expect(review('jack')?.unlistedDocuments).toBeUndefined();
  });

  it("links each briefing's theme as BRIEFING_PUBLISHED, citing the page", () => {
    const links = file.reviews.flatMap((r) => r.themes ?? []);
    expect(links).toHaveLength(32);
    for (const l of links)
      expect(l).toMatchObject({ evidence: 'BRIEFING_PUBLISHED', sourceId: 'page' });
  });

  it('joins theme spellings, including Dog -> Dogs', () => {
    const dogs = file.themes?.find((t) => t.id === 'safeguarding-children-around-dogs');
    expect(dogs).toMatchObject({
      name: 'Safeguarding Children around Dogs',
      aliases: ['Safeguarding Children around Dogs', 'Safeguarding Children around Dog'],
    });
    const history = file.reviews.filter((r) =>
      r.themes?.some((t) => t.themeId === 'the-importance-of-history-in-assessments'),
    );
    expect(history.map((r) => r.title)).toEqual(['Simon', 'Anna', 'Grace', 'Charlie']);
  });

  it('refuses a review type it does not know rather than guessing', () => {
    const odd = page.replace(
      'An Alternative Learning Review has been undertaken',
      'A Thematic Review has been undertaken',
    );
    expect(() => parseReviewsPage(odd, opts)).toThrow('unknown review type "Thematic Review"');
  });
});
