// Query.review: one review by id (null when unknown), with the selected linked lists in one query.
import type { QueryResolvers } from '../../../../generated/graphql';
import { findReviewsWithLinksByIds } from '../../review-links.repository';
import { anyLinks, primeReviewLinks, reviewLinkSelection } from '../../review-links';

/**
 * Resolves `Query.review`. When the query selects linked lists (children, themes, …), they are
 * fetched with the review and primed into the loaders; otherwise the review loader answers.
 */
export const review: NonNullable<QueryResolvers['review']> = async (_parent, { id }, ctx, info) => {
  const sel = reviewLinkSelection(info);
  if (!anyLinks(sel)) return ctx.loaders.reviewById.load(id);
  const [row] = await findReviewsWithLinksByIds(ctx.db, [id], sel);
  if (!row) return null;
  primeReviewLinks(ctx.loaders, row.item.review, row.item.links);
  return row.item.review;
};
