// Mutation.mergeThemes: see curation.service.ts.
import type { MutationResolvers } from '../../../../generated/graphql';
import { mergeThemes as run } from '../../curation.service';

/** Resolves `Mutation.mergeThemes` in one transaction that also records the Change. */
export const mergeThemes: NonNullable<MutationResolvers['mergeThemes']> = (
  _parent,
  { input },
  ctx,
) => run(ctx, input);
