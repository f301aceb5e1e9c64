// Query.agencies: one page of filtered agencies by name; primes the agency loader with the page.
import type { QueryResolvers } from '../../../../generated/graphql';
import { pageWindow } from '../../../../shared/pagination';
import { findAgencyPage } from '../../agencies.repository';

/** Resolves `Query.agencies` in one query (page and total count). */
export const agencies: NonNullable<QueryResolvers['agencies']> = async (_parent, args, ctx) => {
  const page = await findAgencyPage(ctx.db, args.filter, pageWindow(args));
  for (const a of page.nodes) ctx.loaders.agencyById.prime(a.id, a);
  return page;
};
