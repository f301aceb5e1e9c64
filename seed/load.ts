// Loads the committed Warwickshire seed through the same validation and import path as any file.
import { readFileSync } from 'node:fs';
import type { Db } from '../src/db/database';
import type { ImportSummary } from '../src/modules/import/import-format';
import { importFile, ImportValidationError } from '../src/modules/import/importer';
import { parseImportText, validateImport } from '../src/modules/import/validate';
import { SEED_PATHS } from './build-seed';

/** Loads the Warwickshire seed when the database holds no reviews; null when it held some. */
export async function seedIfEmpty(db: Db): Promise<ImportSummary | null> {
  const rows = await db.read<{ n: number }>(
    'reviews.count',
    'MATCH (r:Review) RETURN count(r) AS n',
  );
  return (rows[0]?.n ?? 0) === 0 ? loadWarwickshireSeed(db) : null;
}

/** Reads seed/data/warwickshire.json, validates it and imports it (idempotent: safe to run again). */
export async function loadWarwickshireSeed(db: Db): Promise<ImportSummary> {
  const parsed = parseImportText(readFileSync(SEED_PATHS.output, 'utf8'));
  if (!parsed.ok) throw new ImportValidationError(parsed.errors);
  const checked = validateImport(parsed.value);
  if (!checked.ok) throw new ImportValidationError(checked.errors);
  return importFile(db, checked.data);
}
