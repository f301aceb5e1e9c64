// Unit tests of validation rules that need no database.
import { generateSynthetic } from '../synthetic';
import { parseImportText, validateImport } from './validate';

/** A small real file; each review cites the one source unless it says otherwise. */
const minimal = (reviews: Record<string, unknown>[], extra: Record<string, unknown> = {}) => ({
  format: 'safeguarding-learning-graph/import-v1',
  sources: [{ id: 's', url: 'https://example.org/review', title: 'Published review' }],
  partnerships: [{ id: 'p', name: 'P' }],
  reviews: reviews.map((r) => ({ sources: [{ sourceId: 's', facts: [] }], ...r })),
  ...extra,
});

describe('validateImport', () => {
  it('accepts a minimal file', () => {
    expect(
      validateImport(
        minimal([{ id: 'p-a', partnershipId: 'p', title: 'A', kind: 'RAPID_REVIEW_LEARNING' }]),
      ).ok,
    ).toBe(true);
  });

  it('names the place and what was expected', () => {
    const r = validateImport(
      minimal([
        {
          id: 'p-a',
          partnershipId: 'p',
          title: 'A',
          kind: 'RAPID_REVIEW_LEARNING',
          publishedOn: 'Sept 2022',
        },
      ]),
    );
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          path: 'reviews[0].publishedOn',
          message: 'reviews[0].publishedOn: expected YYYY, YYYY-MM or YYYY-MM-DD, got "Sept 2022"',
        },
      ],
    });
  });

  it("refuses a real review's briefing or finding link without its source, not a judgement", () => {
    const links = [
      { themeId: 't', evidence: 'CURATOR_JUDGEMENT' },
      { themeId: 't', evidence: 'REPORT_FINDING' },
      { themeId: 't', evidence: 'BRIEFING_PUBLISHED', sourceId: 's' },
    ];
    const file = minimal(
      [{ id: 'p-a', partnershipId: 'p', title: 'A', kind: 'RAPID_REVIEW_LEARNING', themes: links }],
      { themes: [{ id: 't', name: 'T' }] },
    );
    expect(validateImport(file)).toEqual({
      ok: false,
      errors: [
        {
          path: 'reviews[0].themes[1].sourceId',
          message:
            'reviews[0].themes[1].sourceId: expected the source that shows a REPORT_FINDING link of a real review (only a CURATOR_JUDGEMENT link may stand without one), got none',
        },
      ],
    });
  });

  it('refuses a real review that cites no source', () => {
    const r = validateImport(
      minimal([
        { id: 'p-a', partnershipId: 'p', title: 'A', kind: 'RAPID_REVIEW_LEARNING', sources: [] },
      ]),
    );
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          path: 'reviews[0].sources',
          message:
            'reviews[0].sources: expected at least one source for a real review (every fact about a real case cites where it was published), got none',
        },
      ],
    });
  });

  it('refuses a wrong format id and a non-object', () => {
    expect(validateImport([])).toMatchObject({
      ok: false,
      errors: [{ message: '$: expected an object, got an array' }],
    });
    const r = validateImport({ format: 'v0', reviews: [] });
    expect(r.ok || r.errors[0]?.message).toBe(
      'format: expected "safeguarding-learning-graph/import-v1", got "v0"',
    );
  });

  it('resolves references against existing ids', () => {
    const file = minimal([
      { id: 'p-a', partnershipId: 'q', title: 'A', kind: 'RAPID_REVIEW_LEARNING' },
    ]);
    expect(validateImport(file).ok).toBe(false);
    expect(validateImport(file, { existingIds: { partnerships: new Set(['q']) } }).ok).toBe(true);
  });

  it('accepts generated synthetic data', () => {
    expect(validateImport(generateSynthetic({ reviews: 50, seed: 1 })).ok).toBe(true);
  });
});

describe('parseImportText', () => {
  it('reports line and column', () => {
    expect(parseImportText('{\n "a": 1,\n}')).toEqual({
      ok: false,
      errors: [
        {
          path: '$',
          message:
            '$: expected valid JSON, got a syntax error at line 3, column 1: expected a property name in double quotes, got "}"',
        },
      ],
    });
  });
});
