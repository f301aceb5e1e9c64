// Query.reviews: one page of filtered, ordered reviews with their selected lists, in one query.
import type { QueryResolvers } from '../../../../generated/graphql';
import { selectedFields } from '../../../../shared/lookahead';
import { pageWindow } from '../../../../shared/pagination';
import { reviewFilterCypher } from '../../review-filter';
import { reviewProjection } from '../../review-links';
import { findReviewPage, reviewPageByIds } from '../../reviews.repository';

const REVIEW_PATHS = [['nodes'], ['edges', 'node']] as const;

/**
 * Resolves `Query.reviews` in one query: the total count and the page, each review projected to
 * the fields and lists the query selects on it. Newest first (the default order) with a current
 * analytics index, the index counts the matching reviews and picks the page's ids, and the query
 * only loads those reviews by id; otherwise one Cypher query counts and sorts (ADR 0013).
 */
export const reviews: NonNullable<QueryResolvers['reviews']> = async (_parent, args, ctx, info) => {
  const window = pageWindow(args);
  const projection = reviewProjection(info, REVIEW_PATHS);
  if ((args.orderBy ?? 'PUBLISHED_DESC') === 'PUBLISHED_DESC') {
    const f = reviewFilterCypher(args.filter);
    const page = await ctx.analytics?.reviewPage(f, window.skip, window.limit);
    if (page) {
      // Only the count asked for (a dashboard's "how many?"): the index knows it, no query runs.
      const selected = selectedFields(info);
      const items = ['edges', 'nodes', 'pageInfo'].some((n) => selected.has(n));
      return reviewPageByIds(ctx.db, items ? page.ids : [], page.totalCount, window, projection);
    }
  }
  return findReviewPage(ctx.db, args.filter, args.orderBy, window, projection);
};
