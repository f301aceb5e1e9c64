// Lookahead prefetch of a review's lists: what the query selects on reviews, as a projection.
import type { GraphQLResolveInfo } from 'graphql';
import { selectedFields } from '../../shared/lookahead';
import { ReviewFieldProperties, ReviewLists } from '../lists';
import type { Projection, Relation } from '../relations';

type Info = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>;

/**
 * What the query selects on the Review objects found under each of `paths` (from the current
 * field): the selected fields (read as properties when stored, ignored otherwise), and for each
 * list of `ReviewLists` selected, what is selected on its items (a recommendation's own lists
 * included). Anything deeper is left to the per-request loaders.
 */
export function reviewProjection(
  info: Info,
  paths: readonly (readonly string[])[] = [[]],
): Projection {
  const p = projectionOf(info, paths, ReviewLists);
  if (p.fields === null) return p;
  const fields = p.fields.flatMap((f) => ReviewFieldProperties[f] ?? [f]);
  return { ...p, fields: [...new Set(fields)] };
}

function projectionOf(
  info: Info,
  paths: readonly (readonly string[])[],
  lists: Readonly<Record<string, Relation>>,
): Projection {
  const names = new Set(paths.flatMap((path) => [...selectedFields(info, path)]));
  const nested: Record<string, Projection> = {};
  for (const [name, rel] of Object.entries(lists)) {
    if (!names.has(name)) continue;
    nested[name] = projectionOf(
      info,
      paths.map((path) => [...path, name]),
      rel.lists ?? {},
    );
  }
  const fields = [...names].filter((n) => !n.startsWith('__') && !(n in lists));
  return { fields, lists: nested };
}

/** True when at least one list is selected. */
export function anyLists(p: Projection): boolean {
  return Object.keys(p.lists).length > 0;
}
