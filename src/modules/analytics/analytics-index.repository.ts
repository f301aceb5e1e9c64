// The Cypher that builds the analytics index: the data version, then a few lean streaming reads.
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { readDataVersion } from '../../db/data-version';
import type { Db } from '../../db/database';
import { Label, Rel } from '../../db/schema';
import type { AgencyRecord } from '../agencies';
import type { AnalyticsIndex } from './analytics-index';
import type { IndexRecommendationRow } from './analytics-index.follow-up';
import {
  AnalyticsIndexBuilder,
  type IndexPartnershipRow,
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
 * The reviews, one row each, with every link as a number: partnerships, agencies and themes as
 * the codes the builder handed out (parameters `$pc`, `$ac`, `$tc`; theme code × 8 + evidence
 * bit from `$eb`). Integers are returned as floats so the driver hands over plain JS numbers
 * (no Integer object per value). Columns by index, see `reviewRow`.
 */
const REVIEWS = `MATCH (r:${Review})
  RETURN r.id, r.kind, r.publishedOn, r.publishedSort, toFloat(r.publishedYear), toLower(r.title),
         coalesce(r.synthetic, false),
         toFloat(r.notificationWorkingDays), toFloat(r.rapidReviewWorkingDays), r.notifiedOn,
         [(p:${Partnership})-[:${Rel.PUBLISHED}]->(r) | toFloat($pc[p.id])],
         [(r)-[:${Rel.INVOLVED}]->(a:${Agency}) | toFloat($ac[a.id])],
         [(r)-[:${Rel.INVOLVED_SECTOR}]->(si:${SectorInvolvement}) | si.sector],
         [(r)-[x:${Rel.RAISES}]->(t:${Theme}) | toFloat(coalesce($tc[t.id], -1) * 8 + $eb[coalesce(x.evidence, '')])],
         COLLECT { MATCH (r)-[:${Rel.HAS_FINDING}]->(f:${Finding})-[:${Rel.ABOUT}]->(t:${Theme})
                   WITH f, t ORDER BY f.position, f.id
                   UNWIND [toFloat(coalesce($tc[t.id], -1)), f.id] AS x RETURN x }`;

/**
 * Every recommendation with its review, one row each: stored status, target day, addressees,
 * owners (agency code × 2 or partnership code × 2 + 1, by owner id, as the follow-up picks the
 * first), themes, and its status history by `seq` as `[status, onSort, ...]`. Columns by index,
 * see `recommendationRow`.
 */
const RECOMMENDATIONS = `MATCH (r:${Review})-[:${Rel.MAKES}]->(x:${Recommendation})
  RETURN r.id, x.status, x.targetDue,
         [(x)-[:${Rel.ADDRESSED_TO}]->(a:${Agency}) | toFloat(coalesce($ac[a.id], -1))],
         COLLECT { MATCH (x)-[:${Rel.OWNED_BY}]->(o) WHERE o:${Agency} OR o:${Partnership}
                   WITH o ORDER BY o.id
                   RETURN CASE WHEN o:${Agency} THEN toFloat(coalesce($ac[o.id], -1)) * 2
                               ELSE toFloat(coalesce($pc[o.id], -1)) * 2 + 1 END },
         [(x)-[:${Rel.ADDRESSES}]->(t:${Theme}) | toFloat(coalesce($tc[t.id], -1))],
         COLLECT { MATCH (x)-[:${Rel.HAS_STATUS_CHANGE}]->(sc:${StatusChange})
                   WITH sc ORDER BY sc.seq UNWIND [sc.status, sc.onSort] AS v RETURN v }`;

const num = (v: unknown) => (v === null ? null : (v as number));

/**
 * Reads the data version first, then the themes, partnerships, agencies, the kinds of evidence
 * and every review with its links in one read transaction (reviews streamed row by row, never
 * buffered as a whole, each row a few strings and lists of numbers), and packs them. A write that
 * commits during the read has advanced the version past the one recorded, so the next version
 * check rebuilds: the index may be stale, never ahead of its version.
 */
export async function buildAnalyticsIndex(db: Db): Promise<AnalyticsIndex> {
  const version = await readDataVersion(db);
  return db.readTransaction('analyticsIndex.build', async (tx) => {
    const builder = new AnalyticsIndexBuilder();
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
    const params = {
      tc: builder.themeCodes(),
      pc: builder.partnershipCodes(),
      ac: builder.agencyCodes(),
      eb: builder.evidenceBits(evidence.map((e) => e.evidence)),
    };
    await tx.eachRecord('analyticsIndex.reviews', REVIEWS, params, (row) =>
      builder.addReview(reviewRow(row)),
    );
    await tx.eachRecord(
      'analyticsIndex.recommendations',
      RECOMMENDATIONS,
      { tc: params.tc, pc: params.pc, ac: params.ac },
      (row) => builder.addRecommendation(recommendationRow(row)),
    );
    return builder.finish(builder.stale ? -1 : version);
  });
}

/** One row of `RECOMMENDATIONS` as the builder takes it. */
function recommendationRow(row: Neo4jRecord): IndexRecommendationRow {
  return {
    reviewId: row.get(0) as string,
    status: row.get(1) as string | null,
    targetDue: row.get(2) as string | null,
    agencies: row.get(3) as number[],
    owners: row.get(4) as number[],
    themes: row.get(5) as number[],
    history: row.get(6) as (string | null)[],
  };
}

/** One row of `REVIEWS` as the builder takes it. */
function reviewRow(row: Neo4jRecord) {
  return {
    id: row.get(0) as string,
    kind: row.get(1) as string | null,
    publishedOn: row.get(2) as string | null,
    publishedSort: row.get(3) as string | null,
    publishedYear: num(row.get(4)),
    titleKey: row.get(5) as string | null,
    synthetic: row.get(6) as boolean,
    notificationWorkingDays: num(row.get(7)),
    rapidReviewWorkingDays: num(row.get(8)),
    notifiedOn: row.get(9) as string | null,
    partnerships: row.get(10) as number[],
    agencies: row.get(11) as number[],
    sectors: row.get(12) as (string | null)[],
    links: row.get(13) as number[],
    findings: row.get(14) as (number | string)[],
  };
}
