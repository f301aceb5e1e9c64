// The agencies domain's resolvers, merged by src/modules/index.ts.
import type { Resolvers } from '../../generated/graphql';
import { Agency } from './resolvers/Agency';
import { agencies } from './resolvers/Query/agencies';
import { agency } from './resolvers/Query/agency';

export type { AgencyRecord } from './agencies.model';

/** Resolvers of the agencies domain. */
export const agenciesResolvers: Resolvers = {
  Query: { agency, agencies },
  Agency,
};
