// Checks a mutation's input by the importer's rules (the one definition of the import format):
// the record's structure, then the rules across records with the record placed in a file
// around what the database holds.
import type { z } from 'zod';
import type { Context } from '../../context';
import { badUserInput } from '../../shared/errors';
import {
  crossRecordIssues,
  existingIdsFor,
  IMPORT_FORMAT_ID,
  validateRecord,
  type ImportFile,
  type ImportIssue,
} from '../import';

/** Pairs of a place in the record and the input field it came from, e.g. `input.sources[0].sourceId` -> `input.sourceId`. */
export type Renames = ReadonlyArray<readonly [string, string]>;

/** One BAD_USER_INPUT listing every problem, each renamed by `rename` then `renames`. */
function refuse(issues: readonly ImportIssue[], renames: Renames, rename = (m: string) => m) {
  return badUserInput(
    issues
      .map((i) => renames.reduce((m, [from, to]) => m.split(from).join(to), rename(i.message)))
      .join('; '),
  );
}

/**
 * Checks `record` against its import schema (fields, types, enums, ids, dates), naming places
 * from `input` (e.g. `input.on`); returns the record as the schema parsed it.
 */
export function checkRecord<T>(schema: z.ZodType<T>, record: unknown, renames: Renames = []): T {
  const checked = validateRecord(schema, record, 'input');
  if (!checked.ok) throw refuse(checked.errors, renames);
  return checked.data;
}

/** `o` without its absent values (null, undefined), as a file that leaves them out. */
export function present<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v != null)) as T;
}

/** Where the input's record sits in the file, and how to name the records around it. */
export interface Placement {
  /** The file path of the input's record, e.g. `reviews[0].themes[2]`: named `input`. */
  at: string;
  /** The file path of the record around it and its name, e.g. `reviews[0]` -> `review x`. */
  around?: { path: string; name: string };
  /** Places in the record named by the input field they came from. */
  renames?: Renames;
}

/**
 * Applies the rules across records (references resolve in the database, synthetic marking,
 * provenance, one link per theme and evidence, date order of a case and of a status history)
 * to `file`, which holds the input's record at `place.at` among what the database holds. Only
 * problems of the input's record count (the records around it were checked when written); each
 * is worded with `input` for the record's path. BAD_USER_INPUT when there is any. Reads only.
 */
export async function checkInFile(
  ctx: Context,
  file: Omit<ImportFile, 'format'>,
  place: Placement,
): Promise<void> {
  const whole: ImportFile = { format: IMPORT_FORMAT_ID, ...file };
  const mine = (path: string) =>
    path === place.at || path.startsWith(`${place.at}.`) || path.startsWith(`${place.at}[`);
  const issues = crossRecordIssues(whole, await existingIdsFor(ctx.db, whole)).filter((i) =>
    mine(i.path),
  );
  if (issues.length === 0) return;
  throw refuse(issues, place.renames ?? [], (message) => {
    let m = message.split(place.at).join('input');
    if (place.around) m = m.split(`${place.around.path}.`).join(`${place.around.name} `);
    return m.split(' in this file or in the database').join('');
  });
}
