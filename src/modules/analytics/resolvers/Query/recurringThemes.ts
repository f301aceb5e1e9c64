// Query.recurringThemes: themes raised by at least minReviews matching reviews, in one query.
import type { QueryResolvers } from '../../../../generated/graphql';
import { minCount } from '../../../../shared/validation';
import { findRecurringThemes } from '../../analytics.repository';

/** Resolves `Query.recurringThemes`; each row keeps the filter so its reviews load on demand. */
export const recurringThemes: NonNullable<QueryResolvers['recurringThemes']> = async (
  _parent,
  args,
  ctx,
) => {
  const filter = args.filter ?? null;
  const rows = await findRecurringThemes(
    ctx.db,
    minCount('minReviews', args.minReviews, 2),
    filter,
  );
  for (const row of rows) ctx.loaders.themeById.prime(row.theme.id, row.theme);
  return rows.map((row) => ({ ...row, filter }));
};
