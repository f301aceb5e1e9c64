// Storage-shaped records of the agencies domain (codegen mappers): plain JS values only.
import type { AgencySector } from '../../generated/graphql';
import type { Connection } from '../../shared/pagination';

/** An Agency node's properties. */
export interface AgencyRecord {
  id: string;
  name: string;
  sector: AgencySector;
  synthetic: boolean;
}

/** A page of agencies. */
export type AgencyConnectionRecord = Connection<AgencyRecord>;
