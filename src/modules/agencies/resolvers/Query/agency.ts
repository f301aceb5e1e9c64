// Query.agency: one agency by id through the agency loader (null when unknown).
import type { QueryResolvers } from '../../../../generated/graphql';

/** Resolves `Query.agency`. */
export const agency: NonNullable<QueryResolvers['agency']> = (_parent, { id }, ctx) =>
  ctx.loaders.agencyById.load(id);
