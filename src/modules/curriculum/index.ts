// The curriculum domain's resolvers, merged by src/modules/index.ts.
import type { Resolvers } from '../../generated/graphql';
import { CurriculumModule } from './resolvers/CurriculumModule';
import { curriculum } from './resolvers/Query/curriculum';

/** Resolvers of the curriculum domain. */
export const curriculumResolvers: Resolvers = {
  Query: { curriculum },
  CurriculumModule,
};
