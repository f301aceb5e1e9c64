// Cost analysis: the rows an operation may fetch, estimated before it runs, to refuse costly ones.
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_FIRST } from './validation';

/** Items counted for a `first` argument left out (the documented default of every `first`). */
export const DEFAULT_FIRST = 20;

/** Items counted for a list with neither `first` nor `@listSize` (none in our schema; a test checks). */
export const DEFAULT_LIST_SIZE = 100;

/** The estimate of one operation, and where most of it comes from. */
export interface OperationCost {
  cost: number;
  /** Response path of the costliest root field, then of its costliest child, and so on. */
  costliestPath: string[];
  /** The cost of the costliest root field (its own rows and everything under it). */
  costliestCost: number;
}

/** The `assumedSize` of a field's `@listSize` directive in the SDL, if any. */
function assumedSize(field: GraphQLField<unknown, unknown>): number | undefined {
  const directive = field.astNode?.directives?.find((d) => d.name.value === 'listSize');
  const arg = directive?.arguments?.find((a) => a.name.value === 'assumedSize');
  return arg?.value.kind === Kind.INT ? Number(arg.value.value) : undefined;
}

/**
 * How many items a field counts for: `first` (when left out, the field's `@listSize` if it has
 * one, else the default; at most MAX_FIRST, as the resolvers refuse more) on a field that has it; 1 for a connection's `edges` and `nodes`
 * (the connection counts its `first`) and for a single object; `@listSize` on any other list.
 */
export function fieldSize(
  parentTypeName: string,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
): number {
  if (field.args.some((a) => a.name === 'first')) {
    const first = args.first;
    // A list whose `first` may be left out for every row documents its size with @listSize.
    if (typeof first !== 'number' || !Number.isInteger(first))
      return assumedSize(field) ?? DEFAULT_FIRST;
    return Math.min(Math.max(first, 1), MAX_FIRST);
  }
  if (!isListType(getNullableType(field.type)) || parentTypeName.endsWith('Connection')) return 1;
  return assumedSize(field) ?? DEFAULT_LIST_SIZE;
}

/**
 * The estimated rows of `document`'s operation: a field that returns objects costs its size
 * (`fieldSize`) times one plus the cost of what is selected under it; scalar and enum fields cost
 * nothing. Aliases and repeated fields each count; fragments count where they are spread. Throws
 * what graphql-query-complexity throws for variables that do not fit the operation.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string | null,
): OperationCost {
  const costs = new Map<FieldNode, number>();
  const estimator: ComplexityEstimator = ({ type, field, node, args, childComplexity }) => {
    const cost = isLeafType(getNamedType(field.type))
      ? 0
      : fieldSize(type.name, field, args) * (1 + childComplexity);
    costs.set(node, Math.max(cost, costs.get(node) ?? 0));
    return cost;
  };
  const cost = getComplexity({
    schema,
    query: document,
    variables,
    ...(operationName ? { operationName } : {}),
    estimators: [estimator],
    maxQueryNodes: 100_000,
  });
  const op = document.definitions.find(
    (d) =>
      d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  const path: string[] = [];
  let costliestCost = 0;
  let set = op && 'selectionSet' in op ? op.selectionSet : undefined;
  while (set) {
    let best: FieldNode | undefined;
    for (const f of fieldNodes(set, document)) {
      if (!best || (costs.get(f) ?? 0) > (costs.get(best) ?? 0)) best = f;
    }
    if (!best || (costs.get(best) ?? 0) === 0) break;
    if (path.length === 0) costliestCost = costs.get(best) ?? 0;
    path.push(best.alias?.value ?? best.name.value);
    set = best.selectionSet;
  }
  return { cost, costliestPath: path, costliestCost };
}

/** The fields of a selection set, fragments expanded (each fragment once). */
function fieldNodes(
  set: SelectionSetNode,
  doc: DocumentNode,
  seen = new Set<string>(),
): FieldNode[] {
  return set.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s];
    if (s.kind === Kind.INLINE_FRAGMENT) return fieldNodes(s.selectionSet, doc, seen);
    if (seen.has(s.name.value)) return [];
    seen.add(s.name.value);
    const frag = doc.definitions.find(
      (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value,
    );
    return frag && 'selectionSet' in frag ? fieldNodes(frag.selectionSet, doc, seen) : [];
  });
}

/** The error of an operation over `maxCost`: QUERY_TOO_COSTLY, naming the costliest field. */
export function tooCostly(c: OperationCost, maxCost: number): GraphQLError {
  const n = (x: number) => x.toLocaleString('en-GB');
  const where = c.costliestPath.length
    ? ` The costliest field is ${c.costliestPath[0]} (${n(c.costliestCost)}), most of it under ${c.costliestPath.join('.')}.`
    : '';
  return new GraphQLError(
    `This operation may fetch about ${n(c.cost)} rows; expected at most ${n(maxCost)} (GRAPHQL_MAX_COST).${where} Ask for fewer items (first) or nest less.`,
    { extensions: { code: 'QUERY_TOO_COSTLY', cost: c.cost, maxCost, http: { status: 400 } } },
  );
}
