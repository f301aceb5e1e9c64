// Query.recurringThemes: themes raised by at least minReviews matching reviews (index or one query).
import type { QueryResolvers } from '../../../../generated/graphql';
import { minCount } from '../../../../shared/validation';
import { recurringThemes as answer } from '../../analytics.service';

/**
 * Resolves `Query.recurringThemes`. The filter is validated and compiled once; each row keeps the
 * compiled filter, so its reviews load on demand through one loader per filter.
 */
export const recurringThemes: NonNullable<QueryResolvers['recurringThemes']> = (
  _parent,
  args,
  ctx,
) => answer(ctx, minCount('minReviews', args.minReviews, 2), args.filter ?? null, args.evidence);
