// Query.partnership: one partnership by id through the partnership loader (null when unknown).
import type { QueryResolvers } from '../../../../generated/graphql';

/** Resolves `Query.partnership`. */
export const partnership: NonNullable<QueryResolvers['partnership']> = (_parent, { id }, ctx) =>
  ctx.loaders.partnershipById.load(id);
