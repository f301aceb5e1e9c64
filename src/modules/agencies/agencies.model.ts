// Storage-shaped records of the agencies domain (codegen mappers): plain JS values only.
import type { Connection } from '../../shared/pagination';

/** An Agency node's properties. */
export interface AgencyRecord {
  id: string;
  name: string;
  sector: string;
  synthetic: boolean;
}

/** A page of agencies. */
export type AgencyConnectionRecord = Connection<AgencyRecord>;

/** The AgencyFilter input as resolvers receive it. */
export interface AgencyFilterInput {
  sectors?: readonly string[] | null;
  nameContains?: string | null;
  synthetic?: boolean | null;
}
