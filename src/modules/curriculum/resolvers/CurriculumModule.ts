// CurriculumModule field resolvers: reviews, briefings, related themes and learning points through by-id loaders.
import type { CurriculumModuleResolvers } from '../../../generated/graphql';
import { loadAll } from '../../../shared/loader-utils';
import { pageSize } from '../../../shared/validation';

/** Resolvers of the `CurriculumModule` type. */
export const CurriculumModule: CurriculumModuleResolvers = {
  reviews: (m, { first }, ctx) =>
    loadAll(ctx.loaders.reviewById, m.reviewIds.slice(0, pageSize(first))),
  briefings: (m, _a, ctx) => loadAll(ctx.loaders.documentById, m.briefingIds),
  teachAlongside: (m, _a, ctx) => loadAll(ctx.loaders.themeById, m.relatedThemeIds),
  learningPoints: (m, _a, ctx) => loadAll(ctx.loaders.findingById, m.findingIds),
};
