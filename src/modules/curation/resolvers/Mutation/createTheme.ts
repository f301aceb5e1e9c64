// Mutation.createTheme: see curation.service.ts.
import type { MutationResolvers } from '../../../../generated/graphql';
import { createTheme as run } from '../../curation.service';

/** Resolves `Mutation.createTheme` in one transaction that also records the Change. */
export const createTheme: NonNullable<MutationResolvers['createTheme']> = (
  _parent,
  { input },
  ctx,
) => run(ctx, input);
