// All Cypher of the audit trail: writing a Change inside a mutation's or an import's transaction,
// and reading pages. Nothing here (or anywhere) updates or deletes a Change.
import type { Db, Tx } from '../../db/database';
import { Label } from '../../db/schema';
import type { ChangeFilter } from '../../generated/graphql';
import {
  pageCypher,
  toConnection,
  type Connection,
  type PageRow,
  type PageWindow,
} from '../../shared/pagination';
import { dateBound } from '../../shared/validation';
import type { ChangeRecord } from './audit.model';

const { Change } = Label;
const FIELDS = `c {.id, at: toString(c.at), .actorName, .actorRole, .operation, .entityType,
  .entityId, .before, .after, .reason, .requestId}`;
/** Newest first: by commit order (the data version the change's transaction set), then time. */
const NEWEST_FIRST = 'c.seq DESC, c.at DESC, c.id';

/** Writes one Change in the transaction `tx`; `seq` is the data version that transaction set. */
export async function recordChange(
  tx: Tx,
  seq: number,
  change: Omit<ChangeRecord, 'id' | 'at'>,
): Promise<ChangeRecord> {
  const [row] = await tx.run<{ change: ChangeRecord }>(
    'change.record',
    `CREATE (c:${Change} {id: randomUUID(), at: datetime(), seq: $seq, actorName: $actorName,
       actorRole: $actorRole, operation: $operation, entityType: $entityType, entityId: $entityId,
       before: $before, after: $after, reason: $reason, requestId: $requestId})
     RETURN ${FIELDS} AS change`,
    { ...change, seq },
  );
  if (!row) throw new Error('change.record returned nothing');
  return row.change;
}

/** The Change with `id`, read in `tx`; null when there is none. */
export async function readChange(tx: Tx, id: string): Promise<ChangeRecord | null> {
  const [row] = await tx.run<{ change: ChangeRecord }>(
    'change.read',
    `MATCH (c:${Change} {id: $id}) RETURN ${FIELDS} AS change`,
    { id },
  );
  return row?.change ?? null;
}

/** One page of the changes matching `filter`, newest first, with the total count. */
export async function findChangePage(
  db: Db,
  filter: ChangeFilter | null | undefined,
  window: PageWindow,
): Promise<Connection<ChangeRecord>> {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter?.entityId != null) {
    params.entityId = filter.entityId;
    conditions.push('c.entityId = $entityId');
  }
  if (filter?.actorName != null) {
    params.actorName = filter.actorName;
    conditions.push('c.actorName = $actorName');
  }
  if (filter?.from != null) {
    params.from = dateBound('filter.from', filter.from, 'from');
    conditions.push('c.at >= datetime($from)');
  }
  if (filter?.to != null) {
    params.to = dateBound('filter.to', filter.to, 'to');
    conditions.push(`c.at < datetime($to) + duration('P1D')`);
  }
  const [row] = await db.read<PageRow<ChangeRecord>>(
    'change.page',
    pageCypher({ match: `(c:${Change})`, conditions, orderBy: NEWEST_FIRST, item: FIELDS }),
    { ...params, ...window },
  );
  return toConnection(row, window);
}
