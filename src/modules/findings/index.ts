// The findings domain's resolvers, merged by src/modules/index.ts.
import type { Resolvers } from '../../generated/graphql';
import { Finding } from './resolvers/Finding';
import { finding } from './resolvers/Query/finding';
import { Review } from './resolvers/Review';
import { Theme } from './resolvers/Theme';

export type { FindingRecord } from './findings.model';

/** Resolvers of the findings domain. */
export const findingsResolvers: Resolvers = {
  Query: { finding },
  Finding,
  Review,
  Theme,
};
