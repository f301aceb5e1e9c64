// Query.curriculum: a training curriculum from the analytics index or one query (curriculum service).
import type { QueryResolvers } from '../../../../generated/graphql';
import { loadAll } from '../../../../shared/loader-utils';
import { currentIndex, primeThemes } from '../../../analytics';
import { reviewFilterCypher } from '../../../reviews';
import { buildCurriculum } from '../../curriculum.service';

/** Resolves `Query.curriculum` (the filter is validated first, whichever way it is answered). */
export const curriculum: NonNullable<QueryResolvers['curriculum']> = async (_p, { input }, ctx) => {
  const index = await currentIndex(ctx, reviewFilterCypher(input?.filter, 'r', 'input.filter'));
  const result = await buildCurriculum(
    ctx.db,
    input,
    index && {
      index,
      loadThemes: (ids) => {
        primeThemes(ctx, index, ids);
        return loadAll(ctx.loaders.themeById, ids);
      },
    },
  );
  for (const m of result.modules) ctx.loaders.themeById.prime(m.theme.id, m.theme);
  return result;
};
