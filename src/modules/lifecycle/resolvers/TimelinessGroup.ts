// TimelinessGroup field resolvers: the group's partnership through the per-request loader.
import type { TimelinessGroupResolvers } from '../../../generated/graphql';

/** Resolvers of the `TimelinessGroup` type. */
export const TimelinessGroup: TimelinessGroupResolvers = {
  partnership: (g, _a, ctx) =>
    g.partnershipId === null ? null : ctx.loaders.partnershipById.load(g.partnershipId),
};
