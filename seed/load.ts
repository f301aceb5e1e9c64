// Loads the committed seed (taxonomies, Warwickshire, eleven more partnerships) through the same validation and import path as any file.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Db } from '../src/db/database';
import type { ImportSummary } from '../src/modules/import/import-format';
import {
  importFile,
  ImportValidationError,
  validateForDatabase,
} from '../src/modules/import/importer';
import { parseImportText } from '../src/modules/import/validate';
import { projectRoot } from '../src/shared/project-root';

/** Loads the whole seed when the database holds no reviews; null when it held some. */
export async function seedIfEmpty(db: Db): Promise<Record<string, ImportSummary> | null> {
  const rows = await db.read<{ n: number }>(
    'reviews.count',
    'MATCH (r:Review) RETURN count(r) AS n',
  );
  return (rows[0]?.n ?? 0) === 0 ? loadSeed(db) : null;
}

/**
 * The seed files in load order: the national taxonomies first (the partnerships' theme mappings
 * refer to their categories), then one file per partnership.
 */
export const SEED_FILES: readonly string[] = [
  'national-taxonomies',
  'warwickshire',
  'birmingham',
  'croydon',
  'cumbria',
  'devon',
  'gloucestershire',
  'herefordshire',
  'lambeth',
  'lancashire',
  'sunderland',
  'sutton',
  'wandsworth',
].map((name) => join(projectRoot(), 'seed', 'data', `${name}.json`));

/** Reads, validates (references may resolve to earlier files) and imports one seed file (idempotent). */
export async function loadSeedFile(db: Db, path: string): Promise<ImportSummary> {
  const parsed = parseImportText(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new ImportValidationError(parsed.errors);
  const checked = await validateForDatabase(db, parsed.value);
  if (!checked.ok) throw new ImportValidationError(checked.errors);
  return importFile(db, checked.data, { fileName: basename(path) });
}

/** Loads every seed file in order (idempotent: safe to run again); the summaries per file. */
export async function loadSeed(db: Db): Promise<Record<string, ImportSummary>> {
  const out: Record<string, ImportSummary> = {};
  for (const path of SEED_FILES) {
    out[path.replace(/^.*[\\/]/, '').replace(/\.json$/, '')] = await loadSeedFile(db, path);
  }
  return out;
}
