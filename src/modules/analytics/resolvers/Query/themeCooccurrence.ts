// Query.themeCooccurrence: pairs of themes raised together by at least minReviews reviews.
import type { QueryResolvers } from '../../../../generated/graphql';
import { minCount } from '../../../../shared/validation';
import { themeCooccurrence as answer } from '../../analytics.service';

/** Resolves `Query.themeCooccurrence` from the index or in one query. */
export const themeCooccurrence: NonNullable<QueryResolvers['themeCooccurrence']> = (
  _parent,
  args,
  ctx,
) =>
  answer(
    ctx,
    minCount('minReviews', args.minReviews, 2),
    args.themeId ?? null,
    args.filter,
    args.evidence,
  );
