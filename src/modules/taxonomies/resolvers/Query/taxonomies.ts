// Query.taxonomies: every taxonomy (of the given kinds), by publisher, year and name.
import type { QueryResolvers } from '../../../../generated/graphql';
import { findTaxonomies } from '../../taxonomies.repository';

/** Resolves `Query.taxonomies` in one query; primes the taxonomy loader. */
export const taxonomies: NonNullable<QueryResolvers['taxonomies']> = async (_p, args, ctx) => {
  const rows = await findTaxonomies(ctx.db, args.kinds ?? null);
  for (const x of rows) ctx.loaders.taxonomyById.prime(x.id, x);
  return rows;
};
