// The curation domain: Relay-style mutations, each one transaction with its audit-trail Change.
import type { Resolvers } from '../../generated/graphql';
import { addFinding } from './resolvers/Mutation/addFinding';
import { addRecommendation } from './resolvers/Mutation/addRecommendation';
import { addSource } from './resolvers/Mutation/addSource';
import { createTheme } from './resolvers/Mutation/createTheme';
import { deleteFinding } from './resolvers/Mutation/deleteFinding';
import { deleteRecommendation } from './resolvers/Mutation/deleteRecommendation';
import { deleteReview } from './resolvers/Mutation/deleteReview';
import { deleteTheme } from './resolvers/Mutation/deleteTheme';
import { linkReviewTheme } from './resolvers/Mutation/linkReviewTheme';
import { mapTheme } from './resolvers/Mutation/mapTheme';
import { mergeThemes } from './resolvers/Mutation/mergeThemes';
import { recordRecommendationStatus } from './resolvers/Mutation/recordRecommendationStatus';
import { restoreReview } from './resolvers/Mutation/restoreReview';
import { unlinkReviewTheme } from './resolvers/Mutation/unlinkReviewTheme';
import { unmapTheme } from './resolvers/Mutation/unmapTheme';
import { updateFinding } from './resolvers/Mutation/updateFinding';
import { updateReviewThemeLink } from './resolvers/Mutation/updateReviewThemeLink';
import { updateTheme } from './resolvers/Mutation/updateTheme';
import { upsertReview } from './resolvers/Mutation/upsertReview';

/** Resolvers of the curation domain. */
export const curationResolvers: Resolvers = {
  Mutation: {
    createTheme,
    updateTheme,
    mergeThemes,
    deleteTheme,
    mapTheme,
    unmapTheme,
    addSource,
    upsertReview,
    deleteReview,
    restoreReview,
    addFinding,
    updateFinding,
    deleteFinding,
    linkReviewTheme,
    updateReviewThemeLink,
    unlinkReviewTheme,
    addRecommendation,
    recordRecommendationStatus,
    deleteRecommendation,
  },
};
