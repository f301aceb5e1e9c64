// Mutation.updateFinding: see reviews.service.ts.
import type { MutationResolvers } from '../../../../generated/graphql';
import { updateFinding as run } from '../../reviews.service';

/** Resolves `Mutation.updateFinding` in one transaction that also records the Change. */
export const updateFinding: NonNullable<MutationResolvers['updateFinding']> = (
  _parent,
  { input },
  ctx,
) => run(ctx, input);
