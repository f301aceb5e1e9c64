// HTTP tests of Query.search: what each hit is, its score, escaping, and blank input.
import { data, firstError, useServer } from './api-helpers';

const url = useServer();

interface Hit {
  kind: string;
  id: string;
  label: string;
  score: number;
  theme: { id: string } | null;
  document: { id: string } | null;
  review: { id: string } | null;
}
const Q = `query($q: String!, $first: Int) { search(query: $q, first: $first) {
  kind id label score theme { id } document { id } review { id } } }`;

describe('Query.search', () => {
  it('finds the Professional Curiosity theme and its shared 7-minute briefing', async () => {
    // "Professional Curiosity" is a theme name and the title of the briefing
    // "7 Minute Briefing - Professional Curiosity" (listed under Charlie and Alice and Beth).
    const d = await data<{ search: Hit[] }>(url(), Q, { q: 'curiosity' });
    const theme = d.search.find((h) => h.kind === 'THEME' && h.id === 'professional-curiosity');
    const doc = d.search.find(
      (h) => h.kind === 'DOCUMENT' && h.id === 'warwickshire-7mb-professional-curiosity',
    );
    expect(theme).toMatchObject({
      label: 'Professional Curiosity',
      theme: { id: 'professional-curiosity' },
      document: null,
      review: null,
    });
    expect(doc?.document).toEqual({ id: 'warwickshire-7mb-professional-curiosity' });
    for (const h of d.search) expect(h.score).toBeGreaterThan(0);
    const scores = d.search.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds a review by title', async () => {
    const d = await data<{ search: Hit[] }>(url(), Q, { q: 'Charlie' });
    expect(d.search).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'REVIEW',
          id: 'warwickshire-charlie',
          review: { id: 'warwickshire-charlie' },
        }),
      ]),
    );
  });

  it('treats Lucene syntax in user input literally', async () => {
    for (const q of [
      'curiosity (',
      'AND',
      '"unbalanced',
      'history: [x TO',
      'child/vulnerable',
      '*',
    ]) {
      const res = await data<{ search: Hit[] }>(url(), Q, { q });
      expect(Array.isArray(res.search)).toBe(true);
    }
  });

  it('honours first', async () => {
    const d = await data<{ search: Hit[] }>(url(), Q, { q: 'children', first: 2 });
    expect(d.search).toHaveLength(2);
  });

  it.each([
    [{ q: '' }, 'query: expected at least one word to search for, got ""'],
    [{ q: '   ' }, 'query: expected at least one word to search for'],
    [{ q: 'x', first: 0 }, 'first: expected an integer from 1 to 100, got 0'],
  ])('rejects %j with BAD_USER_INPUT', async (vars, message) => {
    const err = await firstError(url(), Q, vars);
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.message).toContain(message);
  });
});
