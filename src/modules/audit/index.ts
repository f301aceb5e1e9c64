// The audit trail: the Change that every curation mutation and every import writes in its own
// transaction, and the `changes` connection that reads it. A Change is never edited or deleted.
import type { Resolvers } from '../../generated/graphql';
import { Change } from './resolvers/Change';
import { changes } from './resolvers/Query/changes';

export type { ChangeRecord } from './audit.model';
export { readChange, recordChange } from './audit.repository';

/** Resolvers of the audit trail. */
export const auditResolvers: Resolvers = {
  Query: { changes },
  Change,
};
