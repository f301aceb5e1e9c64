// Query.themes: one page of filtered themes by name; primes the theme loader with the page.
import type { QueryResolvers } from '../../../../generated/graphql';
import { pageWindow } from '../../../../shared/pagination';
import { findThemePage } from '../../themes.repository';

/** Resolves `Query.themes` in one query (page and total count). */
export const themes: NonNullable<QueryResolvers['themes']> = async (_parent, args, ctx) => {
  const page = await findThemePage(ctx.db, args.filter, pageWindow(args));
  for (const t of page.nodes) ctx.loaders.themeById.prime(t.id, t);
  return page;
};
