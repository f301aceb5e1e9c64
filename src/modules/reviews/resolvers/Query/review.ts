// Query.review: one review by id (null when unknown), with the selected lists in one query.
import type { QueryResolvers } from '../../../../generated/graphql';
import { anyLists, reviewProjection } from '../../review-links';
import { findReviewsByIdsProjected } from '../../reviews.repository';

/**
 * Resolves `Query.review`. When the query selects lists (children, themes, …), they are fetched
 * with the review, projected to what is selected; otherwise the review loader answers.
 */
export const review: NonNullable<QueryResolvers['review']> = async (_parent, { id }, ctx, info) => {
  const p = reviewProjection(info);
  if (!anyLists(p)) return ctx.loaders.reviewById.load(id);
  const [row] = await findReviewsByIdsProjected(ctx.db, [id], p);
  return row?.item ?? null;
};
