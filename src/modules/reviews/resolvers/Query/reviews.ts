// Query.reviews: one page of filtered, ordered reviews; primes the review loader with the page.
import type { QueryResolvers } from '../../../../generated/graphql';
import { pageWindow } from '../../../../shared/pagination';
import { findReviewPage } from '../../reviews.repository';

/** Resolves `Query.reviews` in one query (page and total count). */
export const reviews: NonNullable<QueryResolvers['reviews']> = async (_parent, args, ctx) => {
  const window = pageWindow(args);
  const page = await findReviewPage(ctx.db, args.filter, args.orderBy, window);
  for (const r of page.items) ctx.loaders.reviewById.prime(r.id, r);
  return page;
};
