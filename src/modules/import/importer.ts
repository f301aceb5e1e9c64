// Imports a validated file: validation (with database lookups) first, then batched UNWIND writes.
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { bumpDataVersion } from '../../db/data-version';
import type { Db, Tx } from '../../db/database';
import type { Role } from '../../generated/graphql';
import { recordChange } from '../audit';
import type { ImportFile, ImportIssue, ImportSummary } from './import-format';
import { existingIn, lookupExisting } from './import.repository';
import { planImport } from './import-plan';
import type { RecordKind } from './import-format';
import { crossRecordIssues, referencesOf, unresolved, type ExistingIds } from './format-rules';
import type { ValidationResult } from './validate';
import { checkStructure } from './validate';

/** Files with at most this many reviews are written in ONE transaction (truly all-or-nothing). */
export const ATOMIC_REVIEW_LIMIT = 2000;

/** Default reviews per batch. */
export const DEFAULT_BATCH_SIZE = 500;

/** Thrown by `importFile` when the file is invalid; nothing has been written. */
export class ImportValidationError extends Error {
  override name = 'ImportValidationError';
  constructor(readonly errors: ImportIssue[]) {
    super(
      `The import file is invalid (${errors.length} problem(s)):\n${errors.map((e) => e.message).join('\n')}`,
    );
  }
}

export interface ImportOptions {
  /** Reviews per UNWIND batch (other records: max(batchSize, 1000)). Default 500. */
  batchSize?: number;
  /**
   * Files with at most this many reviews are written in one transaction. Default
   * `ATOMIC_REVIEW_LIMIT`; lower only to exercise the batched path on a small file.
   */
  atomicReviewLimit?: number;
  /** Called after each batch with records written so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Who runs the import, recorded in the Change each of its transactions writes. Default: the
   * operating-system user, as ADMIN (whoever runs the importer has the database's credentials).
   */
  actor?: { name: string; role: Role };
  /** The name of the file imported: the Changes' `entityId`. Default `import`. */
  fileName?: string;
}

/** The operating-system user running the process (the importer's default actor). */
export function osUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? 'operator';
  }
}

/**
 * Validates `input` completely, resolving references the file does not define against the
 * database (partnerships, agencies, themes, theme categories, sources, documents). Reads only.
 */
export async function validateForDatabase(db: Db, input: unknown): Promise<ValidationResult> {
  const checked = checkStructure(input);
  if (!checked.ok) return checked;
  const errors = crossRecordIssues(checked.data, await existingIdsFor(db, checked.data));
  return errors.length === 0 ? checked : { ok: false, errors };
}

/**
 * The ids that `file` refers to without defining them and that the database holds: what
 * `crossRecordIssues` needs to check a file's references against the database. Reads only.
 */
export async function existingIdsFor(db: Db, file: ImportFile): Promise<ExistingIds> {
  const wanted = new Map<RecordKind, string[]>();
  for (const r of unresolved(file, referencesOf(file))) {
    const list = wanted.get(r.kind);
    if (list) list.push(r.id);
    else wanted.set(r.kind, [r.id]);
  }
  return wanted.size > 0 ? lookupExisting(db, wanted) : {};
}

/**
 * Imports a file. Validation completes before any write, so an invalid file writes nothing
 * (throws `ImportValidationError`). Records the database holds are written by a MERGE on id plus
 * replacement of the record's link sets, so importing the same file twice changes nothing and an
 * edited file updates in place (links and owned children/recommendations it no longer lists are
 * removed); records it does not hold yet (looked up per batch, in the batch's transaction) are
 * created outright, with their links and owned nodes.
 *
 * Files of up to `ATOMIC_REVIEW_LIMIT` reviews are written in one transaction. Larger files are
 * written one transaction per batch; if that is interrupted (e.g. the database goes down), the
 * partial state is consistent per batch and re-running the same import completes it safely.
 */
export async function importFile(
  db: Db,
  data: ImportFile,
  opts: ImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const checked = await validateForDatabase(db, data);
  if (!checked.ok) throw new ImportValidationError(checked.errors);
  const batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH_SIZE);
  const units = planImport(data, batchSize);
  const counts = countRecords(data);
  const actor = opts.actor ?? { name: osUserName(), role: 'ADMIN' };
  const runId = randomUUID();
  /** Advances the data version and records the transaction's Change: the k-th of n. */
  const commitWith = async (tx: Tx, k: number, n: number) => {
    await recordChange(tx, await bumpDataVersion(tx), {
      actorName: actor.name,
      actorRole: actor.role,
      operation: 'import',
      entityType: 'ImportFile',
      entityId: opts.fileName ?? 'import',
      before: null,
      after: JSON.stringify({ ...counts, transaction: k, transactions: n }),
      reason: null,
      requestId: runId,
    });
  };
  const total = units.reduce((n, u) => n + u.records, 0);
  let done = 0;
  let transactions = 0;
  if (data.reviews.length <= (opts.atomicReviewLimit ?? ATOMIC_REVIEW_LIMIT)) {
    await retryOnCreateRace(() =>
      db.writeTransaction('import.file', async (tx) => {
        done = 0;
        for (const unit of units) {
          await runUnit(tx, unit);
          done += unit.records;
          opts.onProgress?.(done, total);
        }
        await commitWith(tx, 1, 1);
      }),
    );
    transactions = 1;
  } else {
    for (const unit of units) {
      await retryOnCreateRace(() =>
        db.writeTransaction('import.batch', async (tx) => {
          await runUnit(tx, unit);
          await commitWith(tx, transactions + 1, units.length);
        }),
      );
      transactions += 1;
      done += unit.records;
      opts.onProgress?.(done, total);
    }
  }
  return { ...counts, transactions, ms: Math.round(performance.now() - started) };
}

/** One unit of an import plan: a batch of records of one kind and the statements that write it. */
type Unit = ReturnType<typeof planImport>[number];

/** Writes one unit in `tx`: asks which of its records exist, then replaces those and creates the rest. */
async function runUnit(tx: Tx, unit: Unit): Promise<void> {
  const existing = await existingIn(tx, unit.label, unit.ids);
  for (const { name, cypher, rows } of unit.steps(existing)) {
    if (rows.length > 0) await tx.run(name, cypher, { rows });
  }
}

/**
 * Writes a file the caller has validated (`validateForDatabase`) inside the caller's transaction
 * `tx`, exactly as `importFile` writes it, without advancing the data version or recording a
 * Change (the caller's transaction does both): for a mutation that writes records the import
 * format describes, such as a review restored from the audit trail.
 */
export async function writeValidatedFile(tx: Tx, data: ImportFile): Promise<void> {
  for (const unit of planImport(data, DEFAULT_BATCH_SIZE)) await runUnit(tx, unit);
}

/**
 * Runs a transaction again, once, when it failed on a uniqueness constraint: the import creates
 * the records its look-up found missing, and another write may have created one of them in the
 * meantime. The failed transaction wrote nothing; the second attempt finds the record and
 * replaces it in place. A second failure is not a race and is thrown.
 */
async function retryOnCreateRace<R>(work: () => Promise<R>): Promise<R> {
  try {
    return await work();
  } catch (err) {
    if (!isConstraintViolation(err)) throw err;
    return work();
  }
}

/** True for Neo4j's uniqueness-constraint failure, as the driver or our `Db` wrapper reports it. */
function isConstraintViolation(err: unknown): boolean {
  const codeOf = (e: unknown) =>
    typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : undefined;
  const inner = err instanceof Error && 'originalError' in err ? err.originalError : undefined;
  return [codeOf(err), codeOf(inner)].includes('Neo.ClientError.Schema.ConstraintValidationFailed');
}

/** How many records of each kind a file holds. */
function countRecords(data: ImportFile): Omit<ImportSummary, 'transactions' | 'ms'> {
  const count = <K extends keyof ImportFile>(k: K) =>
    ((data[k] as unknown[] | undefined) ?? []).length;
  return {
    sources: count('sources'),
    taxonomies: count('taxonomies'),
    taxonomyCategories: count('taxonomyCategories'),
    partnerships: count('partnerships'),
    agencies: count('agencies'),
    themes: count('themes'),
    documents: count('documents'),
    reviews: data.reviews.length,
    children: data.reviews.reduce((n, r) => n + (r.children?.length ?? 0), 0),
    recommendations: data.reviews.reduce((n, r) => n + (r.recommendations?.length ?? 0), 0),
  };
}
