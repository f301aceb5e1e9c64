// Selection-set lookahead: which fields a query selects under the field being resolved.
import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

type LookaheadInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>;

/**
 * Names of the fields selected directly under the current field, after following `path` (field
 * names, e.g. `['edges', 'node']`). Fragment spreads and inline fragments are expanded (whatever
 * their type condition), `@skip`/`@include` are honoured, aliases are ignored, and every branch
 * that matches the path contributes (the union). Only for deciding what to fetch ahead: selecting
 * more than the resolvers finally use is harmless.
 */
export function selectedFields(info: LookaheadInfo, path: readonly string[] = []): Set<string> {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) {
    level = level.flatMap((f) =>
      fieldsOf(f.selectionSet, info).filter((c) => c.name.value === name),
    );
  }
  return new Set(level.flatMap((f) => fieldsOf(f.selectionSet, info).map((c) => c.name.value)));
}

/** The field nodes of a selection set, fragments expanded, skipped selections dropped. */
function fieldsOf(set: SelectionSetNode | undefined, info: LookaheadInfo): FieldNode[] {
  if (!set) return [];
  const out: FieldNode[] = [];
  for (const sel of set.selections) {
    if (!included(sel, info)) continue;
    if (sel.kind === Kind.FIELD) out.push(sel);
    else if (sel.kind === Kind.INLINE_FRAGMENT) out.push(...fieldsOf(sel.selectionSet, info));
    else {
      const frag: FragmentDefinitionNode | undefined = info.fragments[sel.name.value];
      out.push(...fieldsOf(frag?.selectionSet, info));
    }
  }
  return out;
}

/** False when `@skip(if: true)` or `@include(if: false)` removes the selection. */
function included(node: Parameters<typeof getDirectiveValues>[1], info: LookaheadInfo): boolean {
  const vars = info.variableValues as Record<string, unknown>;
  if (getDirectiveValues(GraphQLSkipDirective, node, vars)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, vars)?.if !== false;
}
