// Mutation.unmapTheme: see curation.service.ts.
import type { MutationResolvers } from '../../../../generated/graphql';
import { unmapTheme as run } from '../../curation.service';

/** Resolves `Mutation.unmapTheme` in one transaction that also records the Change. */
export const unmapTheme: NonNullable<MutationResolvers['unmapTheme']> = (_parent, { input }, ctx) =>
  run(ctx, input);
