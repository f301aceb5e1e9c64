// The import format and its helpers, as other modules use them (the importer itself runs from cli.ts).
export {
  IMPORT_FORMAT_ID,
  type AgencySector,
  type ImportAgency,
  type ImportDocument,
  type ImportFinding,
  type ImportFile,
  type ImportPartnership,
  type ImportRecommendation,
  type ImportReview,
  type ImportSource,
  type ImportTheme,
  type RecommendationStatus,
  type ReviewKind,
} from './import-format';
export { validateForDatabase } from './importer';
export { recommendationId, slugify } from './ids';
export { validateImport } from './validate';
export { writeImportFile } from './write-file';
