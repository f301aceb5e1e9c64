// Query.themeCooccurrence: pairs of themes raised together by at least minReviews reviews.
import type { QueryResolvers } from '../../../../generated/graphql';
import { minCount } from '../../../../shared/validation';
import { findThemeCooccurrence } from '../../analytics.repository';
import { evidenceScope } from '../../../../shared/theme-evidence';

/** Resolves `Query.themeCooccurrence` in one query. */
export const themeCooccurrence: NonNullable<QueryResolvers['themeCooccurrence']> = (
  _parent,
  args,
  ctx,
) =>
  findThemeCooccurrence(
    ctx.db,
    minCount('minReviews', args.minReviews, 2),
    args.themeId ?? null,
    args.filter,
    evidenceScope(args.evidence),
  );
