// Query.recommendations: one page of filtered recommendations as of a day; primes the recommendation loader.
import type { QueryResolvers } from '../../../../generated/graphql';
import { pageWindow } from '../../../../shared/pagination';
import { asOfDay } from '../../follow-up';
import { findRecommendationPage } from '../../recommendations.repository';

/** Resolves `Query.recommendations` in one query (page and total count). */
export const recommendations: NonNullable<QueryResolvers['recommendations']> = async (
  _parent,
  args,
  ctx,
) => {
  const asOf = asOfDay(args.asOf);
  const page = await findRecommendationPage(ctx.db, args.filter, asOf, pageWindow(args));
  for (const r of page.nodes) ctx.loaders.recommendationById.prime(r.id, r);
  // Each item carries the query's asOf for its `overdue` (the primed records stay without it).
  const nodes = page.nodes.map((r) => ({ ...r, asOf }));
  return { ...page, nodes, edges: page.edges.map((e, i) => ({ ...e, node: nodes[i] ?? e.node })) };
};
