// Query.curriculum: a training curriculum built in one query by the curriculum service.
import type { QueryResolvers } from '../../../../generated/graphql';
import { buildCurriculum } from '../../curriculum.service';

/** Resolves `Query.curriculum`. */
export const curriculum: NonNullable<QueryResolvers['curriculum']> = async (_p, { input }, ctx) => {
  const result = await buildCurriculum(ctx.db, input);
  for (const m of result.modules) ctx.loaders.themeById.prime(m.theme.id, m.theme);
  return result;
};
