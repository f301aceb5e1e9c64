// The lifecycle domain's resolvers, merged by src/modules/index.ts.
import type { Resolvers } from '../../generated/graphql';
import { harmTypes } from './resolvers/Query/harmTypes';
import { timeliness } from './resolvers/Query/timeliness';
import { Review } from './resolvers/Review';
import { TimelinessGroup } from './resolvers/TimelinessGroup';

export type { ReviewLifecycleProps } from './lifecycle.model';
export { timelinessOf, workingDayCounts } from './timeliness';

/** Resolvers of the lifecycle domain. */
export const lifecycleResolvers: Resolvers = {
  Query: { timeliness, harmTypes },
  Review,
  TimelinessGroup,
};
