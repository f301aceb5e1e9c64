// Query.recurringThemes: themes raised by at least minReviews matching reviews, in one query.
import type { QueryResolvers } from '../../../../generated/graphql';
import { minCount } from '../../../../shared/validation';
import { reviewFilterCypher } from '../../../reviews';
import { findRecurringThemes } from '../../analytics.repository';
import { withEvidence } from '../../../../shared/theme-evidence';

/**
 * Resolves `Query.recurringThemes`. The filter and the evidence condition are validated and
 * compiled once; each row keeps them, so its reviews load on demand through one loader per filter.
 */
export const recurringThemes: NonNullable<QueryResolvers['recurringThemes']> = async (
  _parent,
  args,
  ctx,
) => {
  const filter = withEvidence(reviewFilterCypher(args.filter), 'l', args.evidence);
  const rows = await findRecurringThemes(
    ctx.db,
    minCount('minReviews', args.minReviews, 2),
    filter,
  );
  for (const row of rows) ctx.loaders.themeById.prime(row.theme.id, row.theme);
  return rows.map((row) => ({ ...row, filter }));
};
