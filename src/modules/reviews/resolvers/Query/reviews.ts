// Query.reviews: one page of filtered, ordered reviews with their selected lists, in one query.
import type { QueryResolvers } from '../../../../generated/graphql';
import { pageWindow } from '../../../../shared/pagination';
import { primeReviewLinks, reviewLinkSelection } from '../../review-links';
import { findReviewPage } from '../../reviews.repository';

const REVIEW_PATHS = [['nodes'], ['edges', 'node']] as const;

/**
 * Resolves `Query.reviews` in one query: page, total count and the linked lists the query selects
 * on the page's reviews, primed into the per-request loaders.
 */
export const reviews: NonNullable<QueryResolvers['reviews']> = async (_parent, args, ctx, info) => {
  const window = pageWindow(args);
  const sel = reviewLinkSelection(info, REVIEW_PATHS);
  const { page, links } = await findReviewPage(ctx.db, args.filter, args.orderBy, window, sel);
  page.items.forEach((r, i) => primeReviewLinks(ctx.loaders, r, links[i] ?? {}));
  return page;
};
