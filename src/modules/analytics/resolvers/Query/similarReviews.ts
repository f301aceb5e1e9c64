// Query.similarReviews: other reviews ranked by Jaccard overlap of theme sets, in one query.
import type { QueryResolvers } from '../../../../generated/graphql';
import { pageSize } from '../../../../shared/validation';
import { findSimilarReviews } from '../../analytics.repository';

/** Resolves `Query.similarReviews`; an unknown review id gives an empty list. */
export const similarReviews: NonNullable<QueryResolvers['similarReviews']> = (_parent, args, ctx) =>
  findSimilarReviews(ctx.db, args.reviewId, pageSize(args.first, 5), args.filter);
