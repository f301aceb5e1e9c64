// Query.viewer: the caller, as their credential names them.
import type { QueryResolvers } from '../../../../generated/graphql';

/** Resolves `Query.viewer`: name and role, or null for an anonymous caller. */
export const viewer: NonNullable<QueryResolvers['viewer']> = (_parent, _args, ctx) =>
  ctx.viewer ? { name: ctx.viewer.name, role: ctx.viewer.role } : null;
