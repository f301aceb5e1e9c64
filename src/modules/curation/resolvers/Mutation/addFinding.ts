// Mutation.addFinding: see reviews.service.ts.
import type { MutationResolvers } from '../../../../generated/graphql';
import { addFinding as run } from '../../reviews.service';

/** Resolves `Mutation.addFinding` in one transaction that also records the Change. */
export const addFinding: NonNullable<MutationResolvers['addFinding']> = (_parent, { input }, ctx) =>
  run(ctx, input);
