// Query.changes: the audit trail, newest first; signed-in callers only (it names the curators).
import type { QueryResolvers } from '../../../../generated/graphql';
import { pageWindow } from '../../../../shared/pagination';
import { requireRole } from '../../../auth';
import { findChangePage } from '../../audit.repository';

/** Resolves `Query.changes` in one query (page and total count). */
export const changes: NonNullable<QueryResolvers['changes']> = (_parent, args, ctx) => {
  requireRole(ctx, 'READER');
  return findChangePage(ctx.db, args.filter, pageWindow(args));
};
