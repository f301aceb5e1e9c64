// Query.similarReviews: other reviews ranked by Jaccard overlap of theme sets (index or one query).
import type { QueryResolvers } from '../../../../generated/graphql';
import { pageSize } from '../../../../shared/validation';
import { similarReviews as answer } from '../../analytics.service';

/** Resolves `Query.similarReviews`; an unknown review id gives an empty list. */
export const similarReviews: NonNullable<QueryResolvers['similarReviews']> = (_parent, args, ctx) =>
  answer(ctx, args.reviewId, pageSize(args.first, 5), args.filter, args.evidence);
