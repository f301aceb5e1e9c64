// ReviewThemeLink field resolvers: the link's source through the source loader.
import type { ReviewThemeLinkResolvers } from '../../../generated/graphql';

/** Resolvers of the `ReviewThemeLink` type. */
export const ReviewThemeLink: ReviewThemeLinkResolvers = {
  source: (l, _a, ctx) => (l.sourceId ? ctx.loaders.sourceById.load(l.sourceId) : null),
};
