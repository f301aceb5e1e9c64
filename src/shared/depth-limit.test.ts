// Unit tests of the depth limit, on a small cyclic schema like ours.
import { buildSchema, parse, validate } from 'graphql';
import { depthLimit } from './depth-limit';

const schema = buildSchema(`
  type Query { theme: Theme }
  type Theme { name: String, reviews: [Review] }
  type Review { title: String, themes: [Theme] }
`);

const errors = (query: string, max: number) =>
  validate(schema, parse(query), [depthLimit(max)]).map((e) => e.message);

describe('depthLimit', () => {
  it('accepts an operation at the limit', () => {
    expect(errors('{ theme { reviews { title } } }', 3)).toEqual([]);
  });

  it('refuses one level deeper, saying how deep and what is allowed', () => {
    expect(errors('query Deep { theme { reviews { themes { name } } } }', 3)).toEqual([
      'Operation "Deep" nests fields 4 levels deep; expected at most 3 (set GRAPHQL_MAX_DEPTH to change the limit).',
    ]);
  });

  it('counts fragments and inline fragments where they are spread', () => {
    const q = `
      query { theme { ...T } }
      fragment T on Theme { reviews { ... on Review { themes { name } } } }`;
    expect(errors(q, 3)).toHaveLength(1);
    expect(errors(q, 4)).toEqual([]);
  });

  it('ignores introspection fields', () => {
    expect(errors('{ __schema { types { fields { type { name } } } } }', 2)).toEqual([]);
  });

  it('measures a chain of 30 fragments, each spreading the next twice, in milliseconds', () => {
    // F0 spreads F1 twice, F1 spreads F2 twice, ... F29 selects { reviews { title } }. Walked
    // without memoising, that is 2^30 (about a billion) visits of F29; memoised, 30 fragments once
    // each. Depth: theme (1) + F29's reviews (2) + title (3); the spreads add no depth.
    const chain = Array.from(
      { length: 29 },
      (_, i) => `fragment F${i} on Theme { ...F${i + 1} ... on Theme { ...F${i + 1} } }`,
    ).join('\n');
    const q = `query { theme { ...F0 } }\n${chain}\nfragment F29 on Theme { reviews { title } }`;
    const t0 = performance.now();
    expect(errors(q, 3)).toEqual([]);
    expect(errors(q, 2)).toEqual([
      'The operation nests fields 3 levels deep; expected at most 2 (set GRAPHQL_MAX_DEPTH to change the limit).',
    ]);
    // Generous for a loaded machine: the memoised walk takes well under a millisecond.
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('still counts a fragment reached at different depths by its deepest use', () => {
    // T adds 2 (reviews, title). Spread at depth 1 (theme) -> 3; inside theme.reviews.themes -> 5.
    const q = `
      query { theme { ...T reviews { themes { ...T } } } }
      fragment T on Theme { reviews { title } }`;
    expect(errors(q, 5)).toEqual([]);
    expect(errors(q, 4)).toHaveLength(1);
  });

  it('terminates on cyclic fragments (NoFragmentCycles reports them)', () => {
    const q = `
      query { theme { ...A } }
      fragment A on Theme { reviews { ...B } }
      fragment B on Review { themes { ...A } }`;
    expect(errors(q, 10)).toEqual([]);
  });
});
