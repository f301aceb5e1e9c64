// Storage-shaped records of the agencies domain (codegen mappers): plain JS values only.
import type { AgencySector } from '../../generated/graphql';

/** An Agency node's properties. */
export interface AgencyRecord {
  id: string;
  name: string;
  sector: AgencySector;
  synthetic: boolean;
}
