// The Cypher that builds the analytics index: the data version, then a few lean streaming reads.
import { int } from 'neo4j-driver';
import { readDataVersion } from '../../db/data-version';
import type { Db } from '../../db/database';
import { Label, Rel } from '../../db/schema';
import type { AgencyRecord } from '../agencies';
import type { AnalyticsIndex } from './analytics-index';
import type { IndexRecommendationList } from './analytics-index.follow-up';
import {
  AnalyticsIndexBuilder,
  type IndexPartnershipRow,
  type IndexReviewRow,
  type IndexThemeRow,
} from './analytics-index.builder';

const {
  Review,
  Theme,
  Agency,
  Document,
  Partnership,
  SectorInvolvement,
  Finding,
  Recommendation,
  StatusChange,
} = Label;

/**
 * Reviews per record of the chunked reads below. Neo4j pays a fixed cost per record it streams
 * (measured: about 12 µs, more than a review's 10 columns), so rows travel in lists of this many
 * reviews, one record per list; beyond about 10 the saving is gone and larger records cost the
 * driver more to decode (a record split across network reads takes its slow path).
 */
const CHUNK = 10;
/** Concurrent reads (transactions) per stream: Neo4j runs each query on one core. */
const PARTS = 2;

/**
 * The reviews in lists of `$chunk`, part `$part` of `$parts` (chunks taken in turn): per chunk
 * one record whose one column holds one row per review. The chunks are subqueries over the list
 * of all reviews, so Neo4j streams them one at a time.
 */
const chunked = (row: string) => `MATCH (r:${Review}) WITH collect(r) AS rs
  UNWIND range($part * $chunk, size(rs) - 1, $parts * $chunk) AS i
  CALL (rs, i) { UNWIND rs[i..i + $chunk] AS r ${row} }
  RETURN rows`;

/**
 * The reviews, a row each, with every link as a number: partnerships, agencies and themes as the
 * codes the builder handed out (parameters `$pc`, `$ac`, `$tc`; theme code × 8 + evidence bit
 * from `$eb`), and per finding about a theme `[position, finding id, theme code]` in any order
 * (sorted here, not in Neo4j). Integers are returned as floats so the driver hands over plain JS
 * numbers (no Integer object per value). Columns by index, see `reviewRow`.
 */
const REVIEWS = chunked(`RETURN collect([
    r.id, r.kind, r.publishedOn, r.publishedSort, toFloat(r.publishedYear), toLower(r.title),
    coalesce(r.synthetic, false),
    toFloat(r.notificationWorkingDays), toFloat(r.rapidReviewWorkingDays), r.notifiedOn,
    [(p:${Partnership})-[:${Rel.PUBLISHED}]->(r) | $pc[p.id]],
    [(r)-[:${Rel.INVOLVED}]->(a:${Agency}) | $ac[a.id]],
    [(r)-[:${Rel.INVOLVED_SECTOR}]->(si:${SectorInvolvement}) | si.sector],
    [(r)-[x:${Rel.RAISES}]->(t:${Theme}) | coalesce($tc[t.id], -1.0) * 8 + $eb[coalesce(x.evidence, '')]],
    [(r)-[:${Rel.HAS_FINDING}]->(f:${Finding})-[:${Rel.ABOUT}]->(t:${Theme}) |
      [toFloat(f.position), f.id, coalesce($tc[t.id], -1.0)]]]) AS rows`);

/**
 * Per review that makes recommendations, `[review id, recommendations]`, each recommendation an
 * `IndexRecommendationList`: stored status, target day, addressees, owners (agency code × 2 or
 * partnership code × 2 + 1), themes, and its status history flat, `seq, status, onSort` per entry.
 * Owners and history come unsorted (the builder sorts them): pattern comprehensions cost Neo4j a
 * fraction of sorted subqueries.
 */
const RECOMMENDATIONS = chunked(`WITH r, [(r)-[:${Rel.MAKES}]->(x:${Recommendation}) | [
    x.status, x.targetDue,
    [(x)-[:${Rel.ADDRESSED_TO}]->(a:${Agency}) | coalesce($ac[a.id], -1.0)],
    [(x)-[:${Rel.OWNED_BY}]->(o) WHERE o:${Agency} OR o:${Partnership} |
      CASE WHEN o:${Agency} THEN coalesce($ac[o.id], -1.0) * 2 ELSE coalesce($pc[o.id], -1.0) * 2 + 1 END],
    [(x)-[:${Rel.ADDRESSES}]->(t:${Theme}) | coalesce($tc[t.id], -1.0)],
    COLLECT { MATCH (x)-[:${Rel.HAS_STATUS_CHANGE}]->(sc:${StatusChange})
              UNWIND [toFloat(sc.seq), sc.status, sc.onSort] AS v RETURN v }]] AS recs
  WHERE size(recs) > 0
  RETURN collect([r.id, recs]) AS rows`);

const num = (v: unknown) => (v === null ? null : (v as number));

/**
 * Reads the data version first; then, in one read transaction, the themes, partnerships, agencies
 * and kinds of evidence (which hand out the codes); then the reviews and their recommendations
 * in `PARTS` concurrent read transactions each, streamed in chunks and packed as they arrive
 * (never buffered as a whole). A write that commits during the reads has advanced the version
 * past the one recorded, so the next version check rebuilds: the index may be stale, never ahead
 * of its version. A read is not retried on its own (the others have fed the builder): a failed
 * read fails the build, and the next version check builds again.
 */
export async function buildAnalyticsIndex(db: Db): Promise<AnalyticsIndex> {
  const version = await readDataVersion(db);
  const builder = new AnalyticsIndexBuilder();
  const codes = await db.readTransaction(
    'analyticsIndex.build',
    once(async (tx) => {
      builder.setThemes(
        await tx.run<IndexThemeRow>(
          'analyticsIndex.themes',
          `MATCH (t:${Theme})
         RETURN t.id AS id, toLower(t.name) AS nameKey, t {.*} AS record,
                COLLECT { MATCH (d:${Document})-[:${Rel.ON_THEME}]->(t)
                          WITH d ORDER BY toLower(d.title), d.id RETURN d.id } AS briefingIds`,
        ),
      );
      builder.setPartnerships(
        await tx.run<IndexPartnershipRow>(
          'analyticsIndex.partnerships',
          `MATCH (p:${Partnership}) RETURN p.id AS id, toLower(p.name) AS nameKey, p {.*} AS record`,
        ),
      );
      await tx.eachRecord(
        'analyticsIndex.agencies',
        `MATCH (a:${Agency}) RETURN a.id, a.sector, toLower(a.name), a {.*}`,
        {},
        (row) =>
          builder.addAgency({
            id: row.get(0) as string,
            sector: (row.get(1) as string | null) ?? null,
            nameKey: (row.get(2) as string | null) ?? null,
            record: row.get(3) as AgencyRecord,
          }),
      );
      const evidence = await tx.run<{ evidence: string }>(
        'analyticsIndex.evidence',
        `MATCH (:${Review})-[x:${Rel.RAISES}]->(:${Theme})
       RETURN DISTINCT coalesce(x.evidence, '') AS evidence ORDER BY evidence`,
      );
      return {
        tc: builder.themeCodes(),
        pc: builder.partnershipCodes(),
        ac: builder.agencyCodes(),
        eb: builder.evidenceBits(evidence.map((e) => e.evidence)),
      };
    }),
  );
  const read = (name: string, cypher: string, params: object, onRow: (row: unknown[]) => void) =>
    Array.from({ length: PARTS }, (_, part) =>
      db.readTransaction(
        name,
        once((tx) =>
          tx.eachRecord(
            name,
            cypher,
            { ...params, chunk: int(CHUNK), part: int(part), parts: int(PARTS) },
            (record) => {
              for (const row of record.get(0) as unknown[][]) onRow(row);
            },
          ),
        ),
      ),
    );
  await Promise.all([
    ...read('analyticsIndex.reviews', REVIEWS, codes, (row) => builder.addReview(reviewRow(row))),
    ...read(
      'analyticsIndex.recommendations',
      RECOMMENDATIONS,
      { tc: codes.tc, pc: codes.pc, ac: codes.ac },
      (row) => {
        const reviewId = row[0] as string;
        for (const rec of row[1] as IndexRecommendationList[])
          builder.addRecommendationList(reviewId, rec);
      },
    ),
  ]);
  return builder.finish(builder.stale ? -1 : version);
}

/** `work` for a transaction function that must not run twice (it feeds a shared builder). */
function once<T, R>(work: (tx: T) => Promise<R>): (tx: T) => Promise<R> {
  let ran = false;
  return (tx) => {
    if (ran)
      return Promise.reject(new Error('analytics index: a read was retried, the build fails'));
    ran = true;
    return work(tx);
  };
}

/** One row of `REVIEWS` as the builder takes it. */
function reviewRow(row: unknown[]): IndexReviewRow {
  return {
    id: row[0] as string,
    kind: row[1] as string | null,
    publishedOn: row[2] as string | null,
    publishedSort: row[3] as string | null,
    publishedYear: num(row[4]),
    titleKey: row[5] as string | null,
    synthetic: row[6] as boolean,
    notificationWorkingDays: num(row[7]),
    rapidReviewWorkingDays: num(row[8]),
    notifiedOn: row[9] as string | null,
    partnerships: row[10] as number[],
    agencies: row[11] as number[],
    sectors: row[12] as (string | null)[],
    links: row[13] as number[],
    findings: findingsInOrder(row[14] as Finding[]),
  };
}

/** `[position, finding id, theme code]` per finding about a theme. */
type Finding = [number | null, string, number];

/**
 * The findings by position, then id (a missing position last; the themes of one finding in
 * arrival order), as `[theme code, finding id, ...]`: what `ORDER BY f.position, f.id` gave.
 */
function findingsInOrder(findings: Finding[]): (number | string)[] {
  const sorted = findings.length > 1 ? [...findings].sort(byPositionThenId) : findings;
  const out: (number | string)[] = [];
  for (const [, id, theme] of sorted) out.push(theme, id);
  return out;
}

function byPositionThenId(a: Finding, b: Finding): number {
  const [pa, ia] = a;
  const [pb, ib] = b;
  if (pa !== pb) {
    if (pa === null || pb === null) return pa === null ? 1 : -1;
    return pa - pb;
  }
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}
