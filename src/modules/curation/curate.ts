// The one way a mutation writes: role check, one write transaction that advances the data
// version, does the work and records the Change, all committed together or not at all.
import { GraphQLError } from 'graphql';
import type { Context } from '../../context';
import { bumpDataVersion } from '../../db/data-version';
import type { Tx } from '../../db/database';
import { badUserInput } from '../../shared/errors';
import { requireRole, type Role } from '../auth';
import { IMPORT_FORMAT_ID, validateForDatabase, type ImportFile } from '../import';
import { recordChange, type ChangeRecord } from '../audit';
import type { ChangeDraft } from './curation.model';

export interface Operation {
  /** The mutation's name, as recorded in the trail. */
  name: string;
  /** The least role that may run it. */
  role: Role;
  reason?: string | null;
}

/**
 * Runs `work` as `op` for the signed-in caller: UNAUTHENTICATED or FORBIDDEN before anything is
 * read; otherwise one write transaction in which the data version advances first (so curation
 * writes are serialised), `work` writes, and the Change is recorded. Any error rolls all of it back.
 */
export async function curate<T>(
  ctx: Context,
  op: Operation,
  work: (tx: Tx) => Promise<{ draft: ChangeDraft; result: T }>,
): Promise<T & { change: ChangeRecord }> {
  const viewer = requireRole(ctx, op.role);
  return ctx.db.writeTransaction(`curation.${op.name}`, async (tx) => {
    const version = await bumpDataVersion(tx);
    const { draft, result } = await work(tx);
    const change = await recordChange(tx, version, {
      actorName: viewer.name,
      actorRole: viewer.role,
      operation: op.name,
      entityType: draft.entityType,
      entityId: draft.entityId,
      before: draft.before ? JSON.stringify(draft.before) : null,
      after: draft.after ? JSON.stringify(draft.after) : null,
      reason: op.reason?.trim() || null,
      requestId: ctx.requestId,
    });
    return { ...result, change };
  });
}

/** A CONFLICT error: the entity changed since the caller read it. Nothing was written. */
export function conflict(
  what: string,
  id: string,
  expected: number,
  current: number,
): GraphQLError {
  return new GraphQLError(
    `${what} ${id} has changed since you read it: expectedVersion ${expected}, current version ${current}. Nothing was written; read it again and retry.`,
    { extensions: { code: 'CONFLICT', currentVersion: current } },
  );
}

/** Locks the node (until commit) and checks its version; returns its properties. */
export async function lockVersioned(
  tx: Tx,
  label: string,
  what: string,
  id: string,
  expectedVersion: number,
): Promise<Record<string, unknown>> {
  const [row] = await tx.run<{ node: Record<string, unknown> }>(
    'curation.lock',
    // Setting and removing a property takes the node's write lock until commit; the
    // properties are read after it, so they are the latest committed.
    `MATCH (n:${label} {id: $id}) SET n._lock = true REMOVE n._lock
     RETURN n {.*, version: coalesce(n.version, 1)} AS node`,
    { id },
  );
  if (!row) throw badUserInput(`input.id: expected the id of ${what}, got "${id}"`);
  const current = Number(row.node.version);
  if (current !== expectedVersion) throw conflict(what, id, expectedVersion, current);
  return row.node;
}

/**
 * Checks records by the importer's rules (the one definition of the import format), resolving
 * references against the database. Problems become one BAD_USER_INPUT listing each, with the
 * file path (e.g. `themes[0].name`) renamed to the input's (`input.name`).
 */
export async function validateAsImport(
  ctx: Context,
  records: Partial<Omit<ImportFile, 'format'>>,
  path: string,
): Promise<void> {
  const checked = await validateForDatabase(ctx.db, {
    format: IMPORT_FORMAT_ID,
    reviews: [],
    ...records,
  });
  if (checked.ok) return;
  throw badUserInput(checked.errors.map((e) => e.message.split(path).join('input')).join('; '));
}
