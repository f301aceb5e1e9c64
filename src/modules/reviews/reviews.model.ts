// Storage-shaped records of the reviews domain (codegen mappers): plain JS values only.
import type { DocumentKind, ReviewKind } from '../../generated/graphql';
import type { AgencyRecord } from '../agencies';
import type { RecommendationRecord } from '../recommendations';
import type { ThemeRecord } from '../themes';

/** A Review node's properties. */
export interface ReviewRecord {
  id: string;
  title: string;
  kind: ReviewKind;
  publishedOn: string | null;
  publishedYear: number | null;
  /** `YYYY-MM-DD` with `-01` filled in; null when the date is unknown. */
  publishedSort: string | null;
  summary: string | null;
  methodology: string | null;
  synthetic: boolean;
  /** The lists fetched with the review (lookahead prefetch), by field; absent when not fetched. */
  partnership?: PartnershipRecord | null;
  children?: ChildRecord[];
  documents?: DocumentRecord[];
  themes?: ThemeRecord[];
  agencies?: AgencyRecord[];
  sources?: SourceCitationRecord[];
  recommendations?: RecommendationRecord[];
}

/** A Child node's properties. */
export interface ChildRecord {
  id: string;
  pseudonym: string;
  ageBand: string | null;
  synthetic: boolean;
}

/** A Document node's properties. */
export interface DocumentRecord {
  id: string;
  title: string;
  kind: DocumentKind;
  url: string | null;
  synthetic: boolean;
}

/** A Partnership node's properties. */
export interface PartnershipRecord {
  id: string;
  name: string;
  synthetic: boolean;
}

/** A Source node's properties plus the `facts` of the SOURCED_FROM relationship citing it. */
export interface SourceCitationRecord {
  id: string;
  url: string;
  title: string;
  publisher: string | null;
  retrievedOn: string | null;
  facts: string[];
}
