// Mutation.deleteTheme: see curation.service.ts.
import type { MutationResolvers } from '../../../../generated/graphql';
import { deleteTheme as run } from '../../curation.service';

/** Resolves `Mutation.deleteTheme` in one transaction that also records the Change. */
export const deleteTheme: NonNullable<MutationResolvers['deleteTheme']> = (
  _parent,
  { input },
  ctx,
) => run(ctx, input);
