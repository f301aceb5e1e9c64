// Mutation.mapTheme: see curation.service.ts.
import type { MutationResolvers } from '../../../../generated/graphql';
import { mapTheme as run } from '../../curation.service';

/** Resolves `Mutation.mapTheme` in one transaction that also records the Change. */
export const mapTheme: NonNullable<MutationResolvers['mapTheme']> = (_parent, { input }, ctx) =>
  run(ctx, input);
