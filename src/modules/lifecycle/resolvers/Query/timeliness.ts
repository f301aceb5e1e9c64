// Query.timeliness: notification and rapid-review timeliness of the matching reviews, grouped.
import type { QueryResolvers } from '../../../../generated/graphql';
import { findTimelinessGroups } from '../../lifecycle.repository';

/** Resolves `Query.timeliness` in one aggregate query. */
export const timeliness: NonNullable<QueryResolvers['timeliness']> = (_parent, args, ctx) =>
  findTimelinessGroups(ctx.db, args.filter, args.groupBy ?? 'PARTNERSHIP');
