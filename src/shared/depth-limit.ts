// A validation rule that refuses operations nested deeper than a limit, before any resolver runs.
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * Returns a rule that refuses any operation whose fields nest deeper than `maxDepth` (the root
 * fields are depth 1; fragments count where they are spread). The graph is cyclic
 * (`themes { reviews { themes … } }`), so without a bound one request could ask for the whole
 * database many times over.
 */
export function depthLimit(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    // Each fragment's depth is computed once: a fragment spread many times (or a chain of
    // fragments each spreading the next twice) would otherwise be walked exponentially often.
    const fragmentDepth = new Map<string, number>();
    const inProgress = new Set<string>();
    const depthOf = (set: SelectionSetNode | undefined): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.name.value.startsWith('__')) continue; // introspection is shallow by nature
          deepest = Math.max(deepest, 1 + depthOf(sel.selectionSet));
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(sel.selectionSet));
        } else {
          deepest = Math.max(deepest, depthOfFragment(sel.name.value));
        }
      }
      return deepest;
    };
    const depthOfFragment = (name: string): number => {
      const known = fragmentDepth.get(name);
      if (known !== undefined) return known;
      const frag = fragments.get(name);
      // Unknown or cyclic spreads are other rules' errors (KnownFragmentNames, NoFragmentCycles).
      if (!frag || inProgress.has(name)) return 0;
      inProgress.add(name);
      const depth = depthOf(frag.selectionSet);
      inProgress.delete(name);
      fragmentDepth.set(name, depth);
      return depth;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet);
        if (depth > maxDepth) {
          const name = node.name ? `Operation "${node.name.value}"` : 'The operation';
          context.reportError(
            new GraphQLError(
              `${name} nests fields ${depth} levels deep; expected at most ${maxDepth} (set GRAPHQL_MAX_DEPTH to change the limit).`,
              { nodes: [node] },
            ),
          );
        }
      },
    };
  };
}
