// The import format and its helpers, as other modules use them (the importer itself runs from cli.ts).
export {
  IMPORT_FORMAT_ID,
  type AgencySector,
  type ImportAgency,
  type ImportDocument,
  type ImportFinding,
  type ImportFile,
  type ImportIssue,
  type ImportPartnership,
  type ImportRecommendation,
  type ImportReview,
  type ImportSource,
  type ImportStatusChange,
  type ImportTheme,
  type ImportThemeLink,
  type ImportThemeMapping,
  type RecommendationStatus,
  type ReportedStatus,
  type ReviewKind,
  findingSchema,
  recommendationSchema,
  reviewSchema,
  statusChangeSchema,
  themeLinkSchema,
  themeMappingSchema,
} from './import-format';
export { crossRecordIssues } from './format-rules';
export { reviewRecord } from './export';
export { existingIdsFor, validateForDatabase, writeValidatedFile } from './importer';
export { findingId, recommendationId, slugify, statusChangeId } from './ids';
export { recommendationRow, reviewRow, statusChangeRows } from './import-plan';
export { validateImport, validateRecord } from './validate';
export { writeImportFile } from './write-file';
export {
  replaceKeyedLinks,
  replaceLinks,
  replaceOwned,
  upsertReviews,
  type Statement,
} from './import.repository';
