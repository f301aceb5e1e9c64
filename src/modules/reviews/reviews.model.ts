// Storage-shaped records of the reviews domain (codegen mappers): plain JS values only.
import type { DocumentKind, ReviewKind } from '../../generated/graphql';
import type { AgencyRecord } from '../agencies';
import type { FindingRecord } from '../findings';
import type { ReviewLifecycleProps } from '../lifecycle';
import type { RecommendationRecord } from '../recommendations';
import type { ReviewThemeLinkRecord, ThemeRecord } from '../themes';

/** A Review node's properties (the lifecycle ones are described in the lifecycle domain). */
export interface ReviewRecord extends ReviewLifecycleProps {
  id: string;
  title: string;
  kind: ReviewKind;
  publishedOn: string | null;
  publishedYear: number | null;
  /** `YYYY-MM-DD` with `-01` filled in; null when the date is unknown. */
  publishedSort: string | null;
  summary: string | null;
  methodology: string | null;
  /** What the sources warn about the record; absent on older nodes. */
  caveats?: string[] | null;
  synthetic: boolean;
  /** Edit counter (absent until the first change through the API: version 1). */
  version?: number | null;
  /** The lists fetched with the review (lookahead prefetch), by field; absent when not fetched. */
  partnership?: PartnershipRecord | null;
  children?: ChildRecord[];
  documents?: DocumentRecord[];
  themes?: ThemeRecord[];
  themeLinks?: ReviewThemeLinkRecord[];
  unlistedDocuments?: UnlistedDocumentRecord[];
  agencies?: AgencyRecord[];
  sources?: SourceCitationRecord[];
  recommendations?: RecommendationRecord[];
  findings?: FindingRecord[];
}

/** A Child node's properties. */
export interface ChildRecord {
  id: string;
  pseudonym: string;
  ageBand: string | null;
  synthetic: boolean;
}

/** A Document node's properties; under a review, `title` is the title it is listed with there. */
export interface DocumentRecord {
  id: string;
  title: string;
  kind: DocumentKind;
  url: string | null;
  author?: string | null;
  publishedOn?: string | null;
  synthetic: boolean;
}

/** A Partnership node's properties. */
export interface PartnershipRecord {
  id: string;
  name: string;
  synthetic: boolean;
  /** Where older reviews are published (the page's words restated), its address and source. */
  olderReviewsNote?: string | null;
  olderReviewsUrl?: string | null;
  olderReviewsSourceId?: string | null;
  caveats?: string[] | null;
}

/** A Source node's properties. */
export interface SourceRecord {
  id: string;
  url: string;
  title: string;
  publisher: string | null;
  retrievedOn: string | null;
}

/** A document a source says exists for a review without listing it (an UnlistedDocument node). */
export interface UnlistedDocumentRecord {
  id: string;
  kind: string;
  description: string;
  sourceId: string | null;
}

/** An involvement in a case: an organisation in the graph, or a sector in the source's words. */
export interface InvolvementRecord {
  agencyId: string | null;
  sector: string;
  name: string;
  sourceId: string | null;
}

/** Where a partnership's older reviews are published. */
export interface OlderReviewsRecord {
  note: string;
  url: string | null;
  sourceId: string | null;
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
