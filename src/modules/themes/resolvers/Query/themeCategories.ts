// Query.themeCategories: every national theme category, by name.
import type { QueryResolvers } from '../../../../generated/graphql';
import { findAllThemeCategories } from '../../themes.repository';

/** Resolves `Query.themeCategories`. */
export const themeCategories: NonNullable<QueryResolvers['themeCategories']> = (_p, _a, ctx) =>
  findAllThemeCategories(ctx.db);
