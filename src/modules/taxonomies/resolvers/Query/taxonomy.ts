// Query.taxonomy: one taxonomy by id through the taxonomy loader (null when unknown).
import type { QueryResolvers } from '../../../../generated/graphql';

/** Resolves `Query.taxonomy`. */
export const taxonomy: NonNullable<QueryResolvers['taxonomy']> = (_p, { id }, ctx) =>
  ctx.loaders.taxonomyById.load(id);
