// Mutation.addSource: see curation.service.ts.
import type { MutationResolvers } from '../../../../generated/graphql';
import { addSource as run } from '../../curation.service';

/** Resolves `Mutation.addSource` in one transaction that also records the Change. */
export const addSource: NonNullable<MutationResolvers['addSource']> = (_parent, { input }, ctx) =>
  run(ctx, input);
