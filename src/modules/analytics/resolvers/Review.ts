// Review.similarReviews: the reviews most like this one, as Query.similarReviews ranks them.
import type { ReviewResolvers } from '../../../generated/graphql';
import { pageSize } from '../../../shared/validation';
import { reviewProjection } from '../../reviews';
import { similarReviews as answer, withReviews } from '../analytics.service';

/** Resolvers of the analytics domain's fields on `Review`. */
export const Review: ReviewResolvers = {
  similarReviews: async (r, args, ctx, info) => {
    const rows = await answer(ctx, r.id, pageSize(args.first, 5), args.filter, args.evidence);
    return withReviews(ctx, rows, reviewProjection(info, [['review']]));
  },
};
