// Query.themeTrend: per theme and year, how many matching reviews raised it (index or one query).
import type { QueryResolvers } from '../../../../generated/graphql';
import { themeTrend as answer } from '../../analytics.service';

/** Resolves `Query.themeTrend`. */
export const themeTrend: NonNullable<QueryResolvers['themeTrend']> = (_parent, args, ctx) =>
  answer(ctx, args.themeIds ?? null, args.filter, args.evidence);
