// Query.recurringCategories: a taxonomy's categories reached by at least minReviews reviews.
import type { QueryResolvers } from '../../../../generated/graphql';
import { badUserInput } from '../../../../shared/errors';
import { minCount } from '../../../../shared/validation';
import { findRecurringCategories } from '../../taxonomies.repository';
import { evidenceScope } from '../../../../shared/theme-evidence';

/** Resolves `Query.recurringCategories` in one query; an unknown taxonomy id is a user error. */
export const recurringCategories: NonNullable<QueryResolvers['recurringCategories']> = async (
  _parent,
  args,
  ctx,
) => {
  const minReviews = minCount('minReviews', args.minReviews, 2);
  if (!(await ctx.loaders.taxonomyById.load(args.taxonomyId))) {
    throw badUserInput(
      `taxonomyId: expected the id of a taxonomy (see \`taxonomies\`), got "${args.taxonomyId}"`,
    );
  }
  const rows = await findRecurringCategories(ctx.db, {
    taxonomyId: args.taxonomyId,
    minReviews,
    filter: args.filter,
    evidence: evidenceScope(args.evidence),
    basis: args.basis?.length ? [...new Set(args.basis)] : null,
  });
  for (const row of rows) {
    ctx.loaders.taxonomyCategoryById.prime(row.category.id, row.category);
    for (const t of row.themes) ctx.loaders.themeById.prime(t.id, t);
  }
  return rows;
};
