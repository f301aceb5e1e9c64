// Mutation.upsertReview: see reviews.service.ts.
import type { MutationResolvers } from '../../../../generated/graphql';
import { upsertReview as run } from '../../reviews.service';

/** Resolves `Mutation.upsertReview` in one transaction that also records the Change. */
export const upsertReview: NonNullable<MutationResolvers['upsertReview']> = (
  _parent,
  { input },
  ctx,
) => run(ctx, input);
