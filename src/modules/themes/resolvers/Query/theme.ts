// Query.theme: one theme by id through the theme loader (null when unknown).
import type { QueryResolvers } from '../../../../generated/graphql';

/** Resolves `Query.theme`. */
export const theme: NonNullable<QueryResolvers['theme']> = (_parent, { id }, ctx) =>
  ctx.loaders.themeById.load(id);
