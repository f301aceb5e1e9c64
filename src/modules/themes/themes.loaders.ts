// Per-request DataLoaders of the themes domain, keyed by id or by the related node's id.
import type { Db } from '../../db/database';
import { manyLoader, oneLoader } from '../../shared/loader-utils';
import * as repo from './themes.repository';

/** Creates fresh themes-domain loaders for one request. */
export function createThemeLoaders(db: Db) {
  return {
    themeById: oneLoader((ids) => repo.findThemesByIds(db, ids)),
    themesByReviewId: manyLoader((ids) => repo.findThemesByReviewIds(db, ids)),
    themesByDocumentId: manyLoader((ids) => repo.findThemesByDocumentIds(db, ids)),
    themesByRecommendationId: manyLoader((ids) => repo.findThemesByRecommendationIds(db, ids)),
    themesByCategoryId: manyLoader((ids) => repo.findThemesByCategoryIds(db, ids)),
    categoriesByThemeId: manyLoader((ids) => repo.findCategoriesByThemeIds(db, ids)),
  };
}

/** The themes-domain loaders of one request. */
export type ThemeLoaders = ReturnType<typeof createThemeLoaders>;
