// Mutation.updateTheme: see curation.service.ts.
import type { MutationResolvers } from '../../../../generated/graphql';
import { updateTheme as run } from '../../curation.service';

/** Resolves `Mutation.updateTheme` in one transaction that also records the Change. */
export const updateTheme: NonNullable<MutationResolvers['updateTheme']> = (
  _parent,
  { input },
  ctx,
) => run(ctx, input);
