// Query.partnerships: every partnership, by name.
import type { QueryResolvers } from '../../../../generated/graphql';
import { findAllPartnerships } from '../../reviews.repository';

/** Resolves `Query.partnerships`. */
export const partnerships: NonNullable<QueryResolvers['partnerships']> = (_parent, _args, ctx) =>
  findAllPartnerships(ctx.db);
