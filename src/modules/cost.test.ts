// Unit tests of the cost analysis against the real schema (no database): sizes, nesting, aliases.
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isObjectType,
  parse,
} from 'graphql';
import { DEFAULT_LIST_SIZE, operationCost, tooCostly } from '../shared/cost';
import { typeDefs } from './index';
import { DEFAULT_MAX_COST } from './plugins';

const schema = buildSchema(typeDefs);
const cost = (query: string, variables: Record<string, unknown> = {}) =>
  operationCost(schema, parse(query), variables);

const ISSUE_EXAMPLE = `{ reviews(first: 100) { nodes { themes { name reviews { themes { name reviews { title } } } } } } }`;

describe('operationCost', () => {
  it('gives every list of objects a first argument or a documented @listSize', () => {
    const unsized: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name.endsWith('Connection'))
        continue;
      for (const field of Object.values(type.getFields())) {
        const t = getNullableType(field.type);
        if (!isListType(t) || isLeafType(getNamedType(t))) continue;
        const sized =
          field.args.some((a) => a.name === 'first') ||
          field.astNode?.directives?.some((d) => d.name.value === 'listSize');
        if (!sized) unsized.push(`${type.name}.${field.name}`);
      }
    }
    // Otherwise they would count DEFAULT_LIST_SIZE items each.
    expect({ unsized, DEFAULT_LIST_SIZE }).toEqual({ unsized: [], DEFAULT_LIST_SIZE: 100 });
  });

  it("multiplies through nesting: the issue's example costs 4,221,200", () => {
    // reviews { title } under a theme: 20 (default first) x (1 + 0) = 20
    // themes { name reviews } under a review: 10 (@listSize) x (1 + 20) = 210
    // reviews { themes } under a theme: 20 x (1 + 210) = 4,220
    // themes under a review: 10 x (1 + 4,220) = 42,210; nodes: 1 x (1 + 42,210) = 42,211
    // reviews(first: 100): 100 x (1 + 42,211) = 4,221,200
    expect(cost(ISSUE_EXAMPLE)).toEqual({
      cost: 4_221_200,
      costliestCost: 4_221_200,
      costliestPath: ['reviews', 'nodes', 'themes', 'reviews', 'themes', 'reviews'],
    });
    expect(cost(ISSUE_EXAMPLE).cost).toBeGreaterThan(DEFAULT_MAX_COST);
  });

  it('keeps the benchmark page of 50 reviews with links well under the default limit', () => {
    const page = `{ reviews(first: 50) { totalCount pageInfo { hasNextPage endCursor } edges { node {
      id title kind publishedOn themes { id name } children { id pseudonym ageBand }
      agencies { id name sector } recommendations { id number text status } } } } }`;
    // node: 1 + themes 10 + children 5 + agencies 10 + recommendations 10 = 36; edges: 1 + 36 = 37;
    // pageInfo: 1; reviews(first: 50): 50 x (1 + 37 + 1) = 1,950
    expect(cost(page).cost).toBe(1_950);
  });

  it('counts aliases and repeated root fields, reads first from variables, caps it at 100', () => {
    // each reviews(first: 10) { nodes { id } }: 10 x (1 + 1 x (1 + 0)) = 20
    expect(
      cost('{ a: reviews(first: 10) { nodes { id } } b: reviews(first: 10) { nodes { id } } }'),
    ).toMatchObject({ cost: 40, costliestPath: ['a', 'nodes'] });
    expect(
      cost('{ reviews(first: 10) { nodes { id } } reviews(first: 10) { nodes { id } } }').cost,
    ).toBe(40);
    expect(cost('query($n: Int) { reviews(first: $n) { nodes { id } } }', { n: 7 }).cost).toBe(14);
    expect(cost('{ reviews { nodes { id } } }').cost).toBe(40); // default first: 20
    expect(cost('{ reviews(first: 5000) { nodes { id } } }').cost).toBe(200); // refused as > 100 later
  });

  it('counts fragments where they are spread, and scalars as nothing', () => {
    const q = `query { theme(id: "x") { ...T } } fragment T on Theme { name reviews(first: 3) { title } }`;
    // theme: 1 x (1 + reviews 3 x (1 + 0)) = 4
    expect(cost(q)).toMatchObject({ cost: 4, costliestPath: ['theme', 'reviews'] });
  });
});

describe('tooCostly', () => {
  it('says the cost, the limit and the costliest field, with QUERY_TOO_COSTLY', () => {
    const err = tooCostly(cost(ISSUE_EXAMPLE), 100_000);
    expect(err.message).toBe(
      'This operation may fetch about 4,221,200 rows; expected at most 100,000 (GRAPHQL_MAX_COST). ' +
        'The costliest field is reviews (4,221,200), most of it under reviews.nodes.themes.reviews.themes.reviews. ' +
        'Ask for fewer items (first) or nest less.',
    );
    expect(err.extensions).toMatchObject({
      code: 'QUERY_TOO_COSTLY',
      cost: 4_221_200,
      maxCost: 100_000,
    });
  });
});
