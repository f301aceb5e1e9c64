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

  it('reads documents: Amy has none, shared briefings are one document each', () => {
    expect(review('amy')?.documentIds).toEqual([]);
    expect(review('prada-and-jordan')?.documentIds).toEqual([
      'warwickshire-prada-and-jordan-report',
    ]);
    expect(review('jack')?.documentIds).toEqual([
      'warwickshire-jack-report',
      'warwickshire-jack-statement',
      'warwickshire-jack-lessons-learned-briefing',
      'warwickshire-7mb-use-of-alcohol-in-children-and-young-people',
    ]);
    expect(file.documents).toHaveLength(40);
    expect(file.themes).toHaveLength(21);
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
