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
});
