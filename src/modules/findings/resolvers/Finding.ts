// Finding field resolvers: its review, themes and source, as fetched with it or through per-request loaders.
import { GraphQLError } from 'graphql';
import type { FindingResolvers } from '../../../generated/graphql';

/** Resolvers of the `Finding` type. */
export const Finding: FindingResolvers = {
  synthetic: (f) => f.synthetic === true,
  version: (f) => f.version ?? 1,
  review: async (f, _a, ctx) => {
    const review = await ctx.loaders.reviewById.load(f.reviewId);
    if (!review) throw new GraphQLError(`Review ${f.reviewId} of finding ${f.id} is missing`);
    return review;
  },
  themes: (f, _a, ctx) => f.themes ?? ctx.loaders.themesByFindingId.load(f.id),
  source: async (f, _a, ctx) => {
    const source = f.source ?? (f.sourceId ? await ctx.loaders.sourceById.load(f.sourceId) : null);
    if (!source) throw new GraphQLError(`The source of finding ${f.id} is missing`);
    return source;
  },
};
