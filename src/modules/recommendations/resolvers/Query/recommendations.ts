// Query.recommendations: one page of filtered recommendations; primes the recommendation loader.
import type { QueryResolvers } from '../../../../generated/graphql';
import { pageWindow } from '../../../../shared/pagination';
import { findRecommendationPage } from '../../recommendations.repository';

/** Resolves `Query.recommendations` in one query (page and total count). */
export const recommendations: NonNullable<QueryResolvers['recommendations']> = async (
  _parent,
  args,
  ctx,
) => {
  const page = await findRecommendationPage(ctx.db, args.filter, pageWindow(args));
  for (const r of page.nodes) ctx.loaders.recommendationById.prime(r.id, r);
  return page;
};
