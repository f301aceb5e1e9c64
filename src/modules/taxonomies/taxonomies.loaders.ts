// Per-request DataLoaders of the taxonomies domain, keyed by id or by the related node's id.
import type { Db } from '../../db/database';
import { manyLoader, oneLoader } from '../../shared/loader-utils';
import * as repo from './taxonomies.repository';

/** Creates fresh taxonomies-domain loaders for one request. */
export function createTaxonomyLoaders(db: Db) {
  return {
    taxonomyById: oneLoader((ids) => repo.findTaxonomiesByIds(db, ids)),
    taxonomyCategoryById: oneLoader((ids) => repo.findCategoriesByIds(db, ids)),
    categoriesByTaxonomyId: manyLoader((ids) => repo.findCategoriesByTaxonomyIds(db, ids)),
    themesByCategoryId: manyLoader((ids) => repo.findThemesByCategoryIds(db, ids)),
    mappingsByThemeId: manyLoader((ids) => repo.findMappingsByThemeIds(db, ids)),
  };
}

/** The taxonomies-domain loaders of one request. */
export type TaxonomyLoaders = ReturnType<typeof createTaxonomyLoaders>;
