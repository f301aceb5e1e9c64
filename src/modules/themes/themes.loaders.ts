// Per-request DataLoaders of the themes domain: themes by id, their lists, and review and partnership theme links.
import type { Db } from '../../db/database';
import { Label } from '../../db/schema';
import { manyLoader, oneLoader, SnapshotLoader } from '../../shared/loader-utils';
import { PartnershipLists, ReviewLists, ThemeLists } from '../lists';
import { countBatch, firstLoaders, listBatch, nodeBatch, type Relation } from '../relations';
import type { RecommendationRecord } from '../recommendations';
import type { DocumentRecord, ReviewRecord } from '../reviews';
import type { PartnershipThemeRecord, ReviewThemeLinkRecord, ThemeRecord } from './themes.model';

const { Theme, Review, Partnership } = Label;

/** Creates fresh themes-domain loaders for one request. */
export function createThemeLoaders(db: Db) {
  const list = <T>(name: string, label: string, rel: Relation) =>
    manyLoader(listBatch<T>(db, name, label, rel));
  return {
    /** Themes by id; answers from the analytics index once an answer from it named them. */
    themeById: new SnapshotLoader(nodeBatch<ThemeRecord>(db, 'theme.byIds', Theme)),
    /** Per page size `first`: the first reviews linked to each theme. */
    reviewsByThemeId: firstLoaders<ReviewRecord>(
      db,
      'review.byThemeIds',
      Theme,
      ThemeLists.reviews,
    ),
    reviewCountByThemeId: oneLoader(
      countBatch(db, 'review.countByThemeIds', Theme, ThemeLists.reviews),
    ),
    briefingsByThemeId: firstLoaders<DocumentRecord>(
      db,
      'document.briefingsByThemeIds',
      Theme,
      ThemeLists.briefings,
    ),
    recommendationsByThemeId: firstLoaders<RecommendationRecord>(
      db,
      'recommendation.byThemeIds',
      Theme,
      ThemeLists.recommendations,
    ),
    themeLinksByReviewId: list<ReviewThemeLinkRecord>(
      'themeLink.byReviewIds',
      Review,
      ReviewLists.themeLinks,
    ),
    statedThemesByPartnershipId: list<PartnershipThemeRecord>(
      'themeStatement.byPartnershipIds',
      Partnership,
      PartnershipLists.statedThemes,
    ),
  };
}

/** The themes-domain loaders of one request. */
export type ThemeLoaders = ReturnType<typeof createThemeLoaders>;
