// The curation domain: Relay-style mutations, each one transaction with its audit-trail Change.
import type { Resolvers } from '../../generated/graphql';
import { Change } from './resolvers/Change';
import { addRecommendation } from './resolvers/Mutation/addRecommendation';
import { addSource } from './resolvers/Mutation/addSource';
import { createTheme } from './resolvers/Mutation/createTheme';
import { deleteRecommendation } from './resolvers/Mutation/deleteRecommendation';
import { deleteTheme } from './resolvers/Mutation/deleteTheme';
import { mergeThemes } from './resolvers/Mutation/mergeThemes';
import { updateTheme } from './resolvers/Mutation/updateTheme';
import { changes } from './resolvers/Query/changes';

export type { ChangeRecord } from './curation.model';

/** Resolvers of the curation domain. */
export const curationResolvers: Resolvers = {
  Query: { changes },
  Mutation: {
    createTheme,
    updateTheme,
    mergeThemes,
    deleteTheme,
    addSource,
    addRecommendation,
    deleteRecommendation,
  },
  Change,
};
