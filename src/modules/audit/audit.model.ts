// Storage-shaped records of the audit trail (codegen mappers): plain JS values only.
import type { Role } from '../../generated/graphql';

/** A Change node's properties: the audit trail's one record kind. */
export interface ChangeRecord {
  id: string;
  /** ISO 8601 date-time, UTC. */
  at: string;
  actorName: string;
  actorRole: Role;
  operation: string;
  entityType: string;
  entityId: string;
  /** JSON of the changed fields before; null for a creation. */
  before: string | null;
  /** JSON of the changed fields after; null for a deletion. */
  after: string | null;
  reason: string | null;
  requestId: string;
}
