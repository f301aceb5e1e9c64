// Query.similarReviews: other reviews ranked by Jaccard overlap of theme sets (index or one query),
// each with the lists selected on it fetched in one more query.
import type { QueryResolvers } from '../../../../generated/graphql';
import { pageSize } from '../../../../shared/validation';
import { reviewProjection } from '../../../reviews';
import { similarReviews as answer, withReviews } from '../../analytics.service';

/** Resolves `Query.similarReviews`; an unknown review id gives an empty list. */
export const similarReviews: NonNullable<QueryResolvers['similarReviews']> = async (
  _parent,
  args,
  ctx,
  info,
) => {
  const rows = await answer(
    ctx,
    args.reviewId,
    pageSize(args.first, 5),
    args.filter,
    args.evidence,
  );
  return withReviews(ctx, rows, reviewProjection(info, [['review']]));
};
