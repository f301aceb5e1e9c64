// Query.finding: one finding by id, or null.
import type { QueryResolvers } from '../../../../generated/graphql';

/** Resolves `Query.finding` through the per-request loader. */
export const finding: NonNullable<QueryResolvers['finding']> = (_parent, args, ctx) =>
  ctx.loaders.findingById.load(args.id);
