// Change field resolvers: the actor as one object.
import type { ChangeResolvers } from '../../../generated/graphql';

/** Resolvers of the `Change` type. */
export const Change: ChangeResolvers = {
  actor: (c) => ({ name: c.actorName, role: c.actorRole }),
};
