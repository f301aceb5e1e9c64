// Storage-shaped records of the curation domain (codegen mappers): plain JS values only.

/** What a mutation tells the trail about the entity it changed. */
export interface ChangeDraft {
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
