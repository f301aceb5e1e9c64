// Query.similarReviews: other reviews ranked by Jaccard overlap of theme sets, in one query.
import type { QueryResolvers } from '../../../../generated/graphql';
import { pageSize } from '../../../../shared/validation';
import { findSimilarReviews } from '../../analytics.repository';
import { evidenceScope } from '../../../../shared/theme-evidence';

/**
 * Resolves `Query.similarReviews` with the reviews and shared themes in the same query, primed
 * into the per-request loaders; an unknown review id gives an empty list.
 */
export const similarReviews: NonNullable<QueryResolvers['similarReviews']> = async (
  _parent,
  args,
  ctx,
) => {
  const rows = await findSimilarReviews(
    ctx.db,
    args.reviewId,
    pageSize(args.first, 5),
    args.filter,
    evidenceScope(args.evidence),
  );
  for (const row of rows) {
    ctx.loaders.reviewById.prime(row.review.id, row.review);
    for (const t of row.sharedThemes) ctx.loaders.themeById.prime(t.id, t);
  }
  return rows;
};
