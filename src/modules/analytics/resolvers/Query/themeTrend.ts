// Query.themeTrend: per theme and year, how many matching reviews raised it, in one query.
import type { QueryResolvers } from '../../../../generated/graphql';
import { findThemeTrend } from '../../analytics.repository';
import { evidenceScope } from '../../../../shared/theme-evidence';

/** Resolves `Query.themeTrend`. */
export const themeTrend: NonNullable<QueryResolvers['themeTrend']> = (_parent, args, ctx) =>
  findThemeTrend(ctx.db, args.themeIds ?? null, args.filter, evidenceScope(args.evidence));
