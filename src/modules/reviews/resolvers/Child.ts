// Child field resolvers: defaults, with a boolean for synthetic.
import type { ChildResolvers } from '../../../generated/graphql';

/** Resolvers of the `Child` type. */
export const Child: ChildResolvers = {
  synthetic: (c) => c.synthetic === true,
};
