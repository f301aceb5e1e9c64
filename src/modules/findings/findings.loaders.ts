// Per-request DataLoaders of the findings domain, keyed by id or by the related node's id.
import type { Db } from '../../db/database';
import { Label } from '../../db/schema';
import { manyLoader, oneLoader } from '../../shared/loader-utils';
import { FindingLists, ReviewLists, ThemeLists } from '../lists';
import { firstLoaders, listBatch } from '../relations';
import type { ThemeRecord } from '../themes';
import type { FindingRecord } from './findings.model';
import * as repo from './findings.repository';

const { Review, Theme, Finding } = Label;

/** Creates fresh findings-domain loaders for one request (lists from the relations in lists.ts). */
export function createFindingLoaders(db: Db) {
  return {
    findingById: oneLoader((ids) => repo.findFindingsByIds(db, ids)),
    findingsByReviewId: manyLoader(
      listBatch<FindingRecord>(db, 'finding.byReviewIds', Review, ReviewLists.findings),
    ),
    /** Per page size `first`: the first findings on each theme. */
    findingsByThemeId: firstLoaders<FindingRecord>(
      db,
      'finding.byThemeIds',
      Theme,
      ThemeLists.findings,
    ),
    themesByFindingId: manyLoader(
      listBatch<ThemeRecord>(db, 'theme.byFindingIds', Finding, FindingLists.themes),
    ),
  };
}

/** The findings-domain loaders of one request. */
export type FindingLoaders = ReturnType<typeof createFindingLoaders>;
