// Query.reviews: one page of filtered, ordered reviews with their selected lists, in one query.
import type { QueryResolvers } from '../../../../generated/graphql';
import { pageWindow } from '../../../../shared/pagination';
import { reviewProjection } from '../../review-links';
import { findReviewPage } from '../../reviews.repository';

const REVIEW_PATHS = [['nodes'], ['edges', 'node']] as const;

/**
 * Resolves `Query.reviews` in one query: the total count and the page, each review projected to
 * the fields and lists the query selects on it.
 */
export const reviews: NonNullable<QueryResolvers['reviews']> = (_parent, args, ctx, info) =>
  findReviewPage(
    ctx.db,
    args.filter,
    args.orderBy,
    pageWindow(args),
    reviewProjection(info, REVIEW_PATHS),
  );
