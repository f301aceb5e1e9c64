// All Cypher of curating recommendations: a recommendation with its status history read back as
// its import record, and its writes through the importer's statements.
import type { Tx } from '../../db/database';
import { Label, Rel } from '../../db/schema';
import type { ImportRecommendation, ImportStatusChange, recommendationRow } from '../import';
import { statusChangeRows } from '../import';
import type { RecommendationRecord } from '../recommendations';
import { IMPORT_STATEMENTS, runStatement } from './statements';

const { Review, Recommendation, StatusChange, Source, Agency, Partnership, Theme } = Label;

/** A stored recommendation as the import format holds it, with its id, review and version. */
export interface StoredRecommendation {
  id: string;
  reviewId: string;
  version: number;
  record: ImportRecommendation;
}

/** The number the review's next recommendation takes (after the highest it has). */
export async function nextRecommendationNumber(tx: Tx, reviewId: string): Promise<number> {
  const [row] = await tx.run<{ next: number }>(
    'curation.recommendation.next',
    `MATCH (r:${Review} {id: $reviewId})
     OPTIONAL MATCH (r)-[:${Rel.MAKES}]->(x:${Recommendation})
     RETURN coalesce(max(x.number), 0) + 1 AS next`,
    { reviewId },
  );
  return row?.next ?? 1;
}

/** Leaves out null values, as a file that omits them would. */
const present = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v != null)) as T;

/**
 * A recommendation with its links and status history (oldest first), read inside the
 * transaction after taking its write lock; null when there is none.
 */
export async function readRecommendation(tx: Tx, id: string): Promise<StoredRecommendation | null> {
  const [row] = await tx.run<{ x: Record<string, unknown> & { history: ImportStatusChange[] } }>(
    'curation.recommendation.readRecord',
    `MATCH (r:${Review})-[:${Rel.MAKES}]->(x:${Recommendation} {id: $id})
     SET x._lock = true REMOVE x._lock
     RETURN x {.*, reviewId: r.id, version: coalesce(x.version, 1),
       agencyIds: COLLECT { MATCH (x)-[:${Rel.ADDRESSED_TO}]->(a:${Agency}) RETURN a.id },
       themeIds: COLLECT { MATCH (x)-[:${Rel.ADDRESSES}]->(t:${Theme}) RETURN t.id },
       sources: COLLECT { MATCH (x)-[c:${Rel.SOURCED_FROM}]->(s:${Source})
         RETURN {sourceId: s.id, facts: coalesce(c.facts, [])} },
       ownerAgencyId: COLLECT { MATCH (x)-[:${Rel.OWNED_BY}]->(a:${Agency}) RETURN a.id }[0],
       ownerPartnershipId: COLLECT { MATCH (x)-[:${Rel.OWNED_BY}]->(p:${Partnership}) RETURN p.id }[0],
       history: COLLECT { MATCH (x)-[:${Rel.HAS_STATUS_CHANGE}]->(c:${StatusChange})
         WITH c ORDER BY c.seq
         RETURN {status: c.status, on: c.on, note: c.note,
           sourceId: COLLECT { MATCH (c)-[:${Rel.SOURCED_FROM}]->(s:${Source}) RETURN s.id }[0]} }
     } AS x`,
    { id },
  );
  if (!row) return null;
  const x = row.x;
  const history = x.history.map((c) => present(c));
  const record = present({
    number: x.number,
    text: x.text,
    // A status without a date (no history) is the bare status a source gave.
    status: history.length === 0 ? x.status : null,
    statusHistory: history.length > 0 ? history : null,
    ownerAgencyId: x.ownerAgencyId,
    ownerPartnershipId: x.ownerPartnershipId,
    targetDate: x.targetDate,
    agencyIds: x.agencyIds,
    themeIds: x.themeIds,
    synthetic: x.synthetic === true ? true : null,
    sources: x.sources,
  }) as ImportRecommendation;
  return { id, reviewId: String(x.reviewId), version: Number(x.version), record };
}

/** Creates recommendation `id` of review `reviewId` (version 1) from its row, with its links. */
export async function createRecommendation(
  tx: Tx,
  reviewId: string,
  row: ReturnType<typeof recommendationRow>,
  q: ImportRecommendation,
): Promise<void> {
  await tx.run(
    'curation.recommendation.create',
    `MATCH (r:${Review} {id: $reviewId})
     CREATE (r)-[:${Rel.MAKES}]->(x:${Recommendation} {id: $id})
     SET x += $props, x.version = 1`,
    { reviewId, id: row.id, props: row.props },
  );
  const links = (ids: readonly string[], props: { facts?: string[] } = {}) => [
    { id: row.id, links: ids.map((id) => ({ id, props })) },
  ];
  await runStatement(tx, IMPORT_STATEMENTS.recommendationAgencies, links(q.agencyIds ?? []));
  await runStatement(tx, IMPORT_STATEMENTS.recommendationThemes, links(q.themeIds ?? []));
  await runStatement(
    tx,
    IMPORT_STATEMENTS.recommendationSources,
    links(
      (q.sources ?? []).map((s) => s.sourceId),
      { facts: [] },
    ),
  );
  await runStatement(
    tx,
    IMPORT_STATEMENTS.ownerAgency,
    links(q.ownerAgencyId ? [q.ownerAgencyId] : []),
  );
  await runStatement(
    tx,
    IMPORT_STATEMENTS.ownerPartnership,
    links(q.ownerPartnershipId ? [q.ownerPartnershipId] : []),
  );
  await writeStatusHistory(tx, row.id, q);
}

/** Writes a recommendation's whole status history, each entry with its source, as the importer does. */
export async function writeStatusHistory(
  tx: Tx,
  id: string,
  q: ImportRecommendation,
): Promise<void> {
  const owned = statusChangeRows({ ...q, id });
  await runStatement(tx, IMPORT_STATEMENTS.statusChanges, [owned]);
  const history = q.statusHistory ?? [];
  await runStatement(
    tx,
    IMPORT_STATEMENTS.statusChangeSources,
    owned.items.map((item, k) => {
      const sourceId = history[k]?.sourceId;
      return { id: item.id, links: sourceId ? [{ id: sourceId, props: { facts: [] } }] : [] };
    }),
  );
}

/** Sets the status a recommendation's history ends with, and its version. */
export async function setRecommendationStatus(
  tx: Tx,
  id: string,
  s: { status: unknown; statusUpdatedOn: unknown; version: number },
): Promise<void> {
  await tx.run(
    'curation.recommendation.status',
    `MATCH (x:${Recommendation} {id: $id})
     SET x.status = $status, x.statusUpdatedOn = $statusUpdatedOn, x.version = $version`,
    { id, ...s },
  );
}

/** Deletes a recommendation with its status history and links (never a Change). */
export async function deleteRecommendationNode(tx: Tx, id: string): Promise<void> {
  await tx.run(
    'curation.recommendation.delete',
    `MATCH (x:${Recommendation} {id: $id})
     OPTIONAL MATCH (x)-[:${Rel.HAS_STATUS_CHANGE}]->(c:${StatusChange})
     DETACH DELETE c, x`,
    { id },
  );
}

/** A recommendation's stored properties and review id, read inside the transaction. */
export async function readRecommendationNode(tx: Tx, id: string): Promise<RecommendationRecord> {
  const [row] = await tx.run<{ x: RecommendationRecord }>(
    'curation.recommendation.read',
    `MATCH (r:${Review})-[:${Rel.MAKES}]->(x:${Recommendation} {id: $id}) RETURN x {.*, reviewId: r.id} AS x`,
    { id },
  );
  if (!row) throw new Error(`recommendation ${id} vanished inside its own transaction`);
  return row.x;
}
