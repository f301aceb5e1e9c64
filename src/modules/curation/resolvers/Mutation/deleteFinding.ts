// Mutation.deleteFinding: see reviews.service.ts.
import type { MutationResolvers } from '../../../../generated/graphql';
import { deleteFinding as run } from '../../reviews.service';

/** Resolves `Mutation.deleteFinding` in one transaction that also records the Change. */
export const deleteFinding: NonNullable<MutationResolvers['deleteFinding']> = (
  _parent,
  { input },
  ctx,
) => run(ctx, input);
