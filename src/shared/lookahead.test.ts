// Unit tests of selection-set lookahead: fields, fragments, inline fragments, directives, paths.
import { Kind, parse, type FieldNode, type FragmentDefinitionNode } from 'graphql';
import { selectedFields } from './lookahead';

/** The lookahead view of the first root field of `query`. */
function infoOf(query: string, variableValues: Record<string, unknown> = {}) {
  const doc = parse(query);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let root: FieldNode | undefined;
  for (const def of doc.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
    if (def.kind === Kind.OPERATION_DEFINITION) {
      const first = def.selectionSet.selections[0];
      if (first?.kind === Kind.FIELD) root = first;
    }
  }
  if (!root) throw new Error('no root field');
  return { fieldNodes: [root], fragments, variableValues };
}

const sorted = (s: Set<string>) => [...s].sort();

describe('selectedFields', () => {
  it('lists the direct sub-selection, ignoring aliases and nested fields', () => {
    const info = infoOf('{ review(id: "x") { id t: themes { name } children { id } } }');
    expect(sorted(selectedFields(info))).toEqual(['children', 'id', 'themes']);
  });

  it('expands named fragments and inline fragments', () => {
    const info = infoOf(`
      { review(id: "x") { id ...Links ... on Review { agencies { id } } } }
      fragment Links on Review { documents { id } ...More }
      fragment More on Review { sources { id } }`);
    expect(sorted(selectedFields(info))).toEqual(['agencies', 'documents', 'id', 'sources']);
  });

  it('honours @skip and @include with variables', () => {
    const q = `query($a: Boolean!, $b: Boolean!) {
      review(id: "x") { id themes @include(if: $a) { id } children @skip(if: $b) { id } } }`;
    expect(sorted(selectedFields(infoOf(q, { a: false, b: true })))).toEqual(['id']);
    expect(sorted(selectedFields(infoOf(q, { a: true, b: false })))).toEqual([
      'children',
      'id',
      'themes',
    ]);
  });

  it('follows a path and unites every branch that matches it', () => {
    const info = infoOf(`{ reviews { totalCount edges { node { themes { id } } }
      e2: edges { node { ... on Review { children { id } } } } } }`);
    expect(sorted(selectedFields(info, ['edges', 'node']))).toEqual(['children', 'themes']);
    expect(sorted(selectedFields(info, ['nodes']))).toEqual([]);
  });

  it('gives an empty set for a leaf field', () => {
    expect(selectedFields(infoOf('{ review(id: "x") { id } }'), ['id']).size).toBe(0);
  });
});
