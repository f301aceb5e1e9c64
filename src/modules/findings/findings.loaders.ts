// Per-request DataLoaders of the findings domain, keyed by id or by the related node's id.
import type { Db } from '../../db/database';
import { loaderFamily, manyLoader, oneLoader } from '../../shared/loader-utils';
import * as repo from './findings.repository';

/** Creates fresh findings-domain loaders for one request. */
export function createFindingLoaders(db: Db) {
  return {
    findingById: oneLoader((ids) => repo.findFindingsByIds(db, ids)),
    findingsByReviewId: manyLoader((ids) => repo.findFindingsByReviewIds(db, ids)),
    /** Per page size `first`: the first findings on each theme. */
    findingsByThemeId: loaderFamily((first: number) =>
      manyLoader((ids: string[]) => repo.findFindingsByThemeIds(db, ids, first)),
    ),
    themesByFindingId: manyLoader((ids) => repo.findThemesByFindingIds(db, ids)),
  };
}

/** The findings-domain loaders of one request. */
export type FindingLoaders = ReturnType<typeof createFindingLoaders>;
