// All Cypher of curating reviews: a review read back as its import record, and the writes of
// upsertReview, addFinding, updateFinding and the theme links (the importer's statements where
// it has one for the write).
import type { Tx } from '../../db/database';
import { Label, Rel } from '../../db/schema';
import type { ImportFinding, ImportReview, ImportThemeLink, reviewRow } from '../import';
import type { FindingRecord } from '../findings';
import type { ReviewRecord } from '../reviews';
import { IMPORT_STATEMENTS, runStatement } from './statements';

const {
  Review,
  Partnership,
  Source,
  Theme,
  Finding,
  Child,
  SectorInvolvement,
  UnlistedDocument,
  Recommendation,
  StatusChange,
} = Label;

/** A stored review as the import format holds it, with its version. */
export interface StoredReview {
  record: ImportReview;
  version: number;
  /**
   * The version its new findings start above: the highest version any of its findings had when
   * one was last deleted (0 if none ever was). A new finding may take the id a deleted or moved
   * one had, and must not match a version a client read of that one.
   */
  findingVersionFloor: number;
}

/** Leaves out absent values (null, undefined, empty lists), as a file that omits them would. */
function present<T extends object>(o: T): T {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v != null && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}

/** A review's stored properties turned back into its import record (the inverse of `reviewRow`). */
function toRecord(n: Record<string, unknown>): ImportReview {
  const incident = present({
    month: n.incidentMonth,
    outcome: n.incidentOutcome,
    harmTypes: n.incidentHarmTypes,
    ageBand: n.incidentAgeBand,
  });
  const rapidReview = present({ heldOn: n.rapidReviewHeldOn, decision: n.rapidReviewDecision });
  return present({
    id: n.id,
    partnershipId: n.partnershipId,
    title: n.title,
    kind: n.kind,
    publishedOn: n.publishedOn,
    summary: n.summary,
    methodology: n.methodology,
    incident: Object.keys(incident).length > 0 ? incident : null,
    awareOn: n.awareOn,
    notifiedOn: n.notifiedOn,
    rapidReview: Object.keys(rapidReview).length > 0 ? rapidReview : null,
    commissionedOn: n.commissionedOn,
    synthetic: n.synthetic === true ? true : null,
    caveats: n.caveats,
    themes: (n.themes as ImportThemeLink[]).map((l) => present(l)),
    findings: (n.findings as ImportFinding[]).map((f) => present(f)),
    sources: n.sources,
  }) as ImportReview;
}

/**
 * A review with its partnership, citations, theme links and findings (in order), read inside the
 * transaction after taking its write lock; null when there is none.
 */
export async function readReview(tx: Tx, id: string): Promise<StoredReview | null> {
  const [row] = await tx.run<{ r: Record<string, unknown> }>(
    'curation.review.read',
    `MATCH (r:${Review} {id: $id}) SET r._lock = true REMOVE r._lock
     RETURN r {.*, version: coalesce(r.version, 1),
       partnershipId: COLLECT { MATCH (p:${Partnership})-[:${Rel.PUBLISHED}]->(r) RETURN p.id }[0],
       sources: COLLECT { MATCH (r)-[c:${Rel.SOURCED_FROM}]->(s:${Source}) WITH c, s ORDER BY s.id
         RETURN {sourceId: s.id, facts: coalesce(c.facts, [])} },
       themes: COLLECT { MATCH (r)-[l:${Rel.RAISES}]->(t:${Theme}) WITH l, t ORDER BY t.id, l.evidence
         RETURN {themeId: t.id, evidence: l.evidence, sourceId: l.sourceId, note: l.note} },
       findings: COLLECT { MATCH (r)-[:${Rel.HAS_FINDING}]->(f:${Finding}) WITH f ORDER BY f.position
         RETURN {text: f.text, pageRef: f.pageRef,
           themeIds: COLLECT { MATCH (f)-[:${Rel.ABOUT}]->(t:${Theme}) RETURN t.id },
           sourceId: COLLECT { MATCH (f)-[:${Rel.SOURCED_FROM}]->(s:${Source}) RETURN s.id }[0]} }
     } AS r`,
    { id },
  );
  if (!row) return null;
  return {
    record: toRecord(row.r),
    version: Number(row.r.version),
    findingVersionFloor: Number(row.r.findingVersionFloor ?? 0),
  };
}

/** Writes a review's own fields, partnership and citations as the importer does; sets `version`. */
export async function writeReview(
  tx: Tx,
  row: ReturnType<typeof reviewRow>,
  sources: readonly { sourceId: string; facts?: string[] | undefined }[],
  version: number,
): Promise<void> {
  await runStatement(tx, IMPORT_STATEMENTS.reviews, [row]);
  await runStatement(tx, IMPORT_STATEMENTS.reviewSources, [
    {
      id: row.id,
      links: sources.map((s) => ({ id: s.sourceId, props: { facts: s.facts ?? [] } })),
    },
  ]);
  await setVersion(tx, Review, row.id, version);
}

/** Replaces a review's theme links (one per theme and evidence) with `links`. */
export async function writeThemeLinks(
  tx: Tx,
  reviewId: string,
  links: readonly ImportThemeLink[],
): Promise<void> {
  await runStatement(tx, IMPORT_STATEMENTS.reviewThemes, [
    {
      id: reviewId,
      links: links.map((l) => ({
        id: l.themeId,
        props: { evidence: l.evidence, sourceId: l.sourceId ?? null, note: l.note ?? null },
      })),
    },
  ]);
}

/** Sets `version` on the node with `id`. */
export async function setVersion(tx: Tx, label: string, id: string, version: number) {
  await tx.run('curation.version', `MATCH (n:${label} {id: $id}) SET n.version = $version`, {
    id,
    version,
  });
}

/**
 * Writes finding `id` of review `reviewId` at `position` (created at version 1, or updated with
 * `version`), with its themes and its one source.
 */
export async function writeFinding(
  tx: Tx,
  f: { id: string; reviewId: string; position: number; synthetic: boolean; version: number },
  finding: ImportFinding,
): Promise<void> {
  await tx.run(
    'curation.finding.write',
    `MATCH (r:${Review} {id: $reviewId})
     MERGE (r)-[:${Rel.HAS_FINDING}]->(f:${Finding} {id: $id})
     SET f.text = $text, f.pageRef = $pageRef, f.position = $position, f.synthetic = $synthetic,
         f.version = $version`,
    { ...f, text: finding.text, pageRef: finding.pageRef ?? null },
  );
  const links = (ids: readonly string[], props: { facts?: string[] } = {}) => [
    { id: f.id, links: ids.map((id) => ({ id, props })) },
  ];
  await runStatement(tx, IMPORT_STATEMENTS.findingThemes, links(finding.themeIds ?? []));
  await runStatement(
    tx,
    IMPORT_STATEMENTS.findingSources,
    links([finding.sourceId], { facts: [] }),
  );
}

/** A finding's stored record with its version, read after taking its write lock; null if none. */
export async function readFinding(
  tx: Tx,
  id: string,
): Promise<(FindingRecord & { version: number; themeIds: string[] }) | null> {
  const [row] = await tx.run<{ f: FindingRecord & { version: number; themeIds: string[] } }>(
    'curation.finding.read',
    `MATCH (r:${Review})-[:${Rel.HAS_FINDING}]->(f:${Finding} {id: $id})
     SET f._lock = true REMOVE f._lock
     RETURN f {.*, reviewId: r.id, version: coalesce(f.version, 1),
       themeIds: COLLECT { MATCH (f)-[:${Rel.ABOUT}]->(t:${Theme}) WITH t ORDER BY t.id RETURN t.id },
       sourceId: COLLECT { MATCH (f)-[:${Rel.SOURCED_FROM}]->(s:${Source}) RETURN s.id }[0]} AS f`,
    { id },
  );
  return row?.f ?? null;
}

/** A finding as the API reads it, inside the transaction that wrote it. */
export async function readFindingNode(tx: Tx, id: string): Promise<FindingRecord> {
  const f = await readFinding(tx, id);
  if (!f) throw new Error(`finding ${id} vanished inside its own transaction`);
  return f;
}

/** A review's stored properties (the API's ReviewRecord), read inside the transaction. */
export async function readReviewNode(tx: Tx, id: string): Promise<ReviewRecord> {
  const [row] = await tx.run<{ r: ReviewRecord }>(
    'curation.review.node',
    `MATCH (r:${Review} {id: $id}) RETURN r {.*} AS r`,
    { id },
  );
  if (!row) throw new Error(`review ${id} vanished inside its own transaction`);
  return row.r;
}

/**
 * Deletes review `id` with what it owns: its children, sector involvements, unlisted documents,
 * findings, and recommendations with their status changes, all with their links. The records it
 * links to (its partnership, agencies, documents, themes, sources) are records of their own and
 * stay, and so does the trail (a Change names what it changed by id, with no link to it).
 */
export async function deleteReviewNodes(tx: Tx, id: string): Promise<void> {
  const [row] = await tx.run<{ deleted: number }>(
    'curation.review.delete',
    `MATCH (r:${Review} {id: $id})
     WITH r,
       [(r)-[:${Rel.MAKES}]->(:${Recommendation})-[:${Rel.HAS_STATUS_CHANGE}]->(c:${StatusChange}) | c] AS history,
       [(r)-[:${Rel.CONCERNS}|${Rel.INVOLVED_SECTOR}|${Rel.MENTIONS_DOCUMENT}|${Rel.HAS_FINDING}|${Rel.MAKES}]->(x)
         WHERE x:${Child} OR x:${SectorInvolvement} OR x:${UnlistedDocument} OR x:${Finding} OR x:${Recommendation} | x] AS owned
     FOREACH (n IN history + owned | DETACH DELETE n)
     DETACH DELETE r
     RETURN count(*) AS deleted`,
    { id },
  );
  if (!row || Number(row.deleted) !== 1)
    throw new Error(`review ${id} vanished inside its own transaction`);
}

/** A finding's place in its review: id, position and version. */
export interface FindingSlot {
  id: string;
  position: number;
  version: number;
}

/** The findings of review `reviewId` by position, with their versions, read after locking each. */
export async function readFindingSlots(tx: Tx, reviewId: string): Promise<FindingSlot[]> {
  const rows = await tx.run<{ id: string; position: number; version: number }>(
    'curation.finding.slots',
    `MATCH (:${Review} {id: $reviewId})-[:${Rel.HAS_FINDING}]->(f:${Finding})
     SET f._lock = true REMOVE f._lock
     RETURN f.id AS id, f.position AS position, coalesce(f.version, 1) AS version
     ORDER BY f.position`,
    { reviewId },
  );
  return rows.map((r) => ({ id: r.id, position: Number(r.position), version: Number(r.version) }));
}

/**
 * Deletes finding `id` of review `reviewId` with its links, then moves each later finding up one
 * place: `moves` in position order, each `{ from, to, position, version }`, so that every id
 * freed by the one before is taken in turn. Raises the review's `findingVersionFloor` to `floor`.
 */
export async function deleteFindingAndMove(
  tx: Tx,
  f: { id: string; reviewId: string; floor: number },
  moves: readonly { from: string; to: string; position: number; version: number }[],
): Promise<void> {
  await tx.run(
    'curation.finding.delete',
    `MATCH (r:${Review} {id: $reviewId})-[:${Rel.HAS_FINDING}]->(f:${Finding} {id: $id})
     SET r.findingVersionFloor = CASE WHEN coalesce(r.findingVersionFloor, 0) > $floor
       THEN r.findingVersionFloor ELSE $floor END
     DETACH DELETE f`,
    f,
  );
  for (const m of moves) {
    await tx.run(
      'curation.finding.move',
      `MATCH (f:${Finding} {id: $from}) SET f.id = $to, f.position = $position, f.version = $version`,
      { ...m },
    );
  }
}
