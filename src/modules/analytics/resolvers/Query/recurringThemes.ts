// Query.recurringThemes: themes raised by at least minReviews matching reviews, in one query.
import type { QueryResolvers } from '../../../../generated/graphql';
import { minCount } from '../../../../shared/validation';
import { findRecurringThemes } from '../../analytics.repository';

/** Resolves `Query.recurringThemes`. */
export const recurringThemes: NonNullable<QueryResolvers['recurringThemes']> = async (
  _parent,
  args,
  ctx,
) => {
  const rows = await findRecurringThemes(
    ctx.db,
    minCount('minReviews', args.minReviews, 2),
    args.filter,
  );
  for (const row of rows) ctx.loaders.themeById.prime(row.theme.id, row.theme);
  return rows;
};
