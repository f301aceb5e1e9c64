// The Cypher that builds the analytics index: the data version, then one streaming read of reviews.
import { readDataVersion } from '../../db/data-version';
import type { Db } from '../../db/database';
import { Label, Rel } from '../../db/schema';
import type { AnalyticsIndex } from './analytics-index';
import {
  AnalyticsIndexBuilder,
  type IndexPartnershipRow,
  type IndexReviewRow,
  type IndexThemeRow,
} from './analytics-index.builder';

const { Review, Theme, Agency, Document, Partnership, SectorInvolvement, Finding } = Label;

/**
 * Reads the data version first, then the themes, agencies and every review with its links in
 * one read transaction (reviews streamed row by row, never buffered as a whole), and packs them.
 * A write that commits during the read has advanced the version past the one recorded, so the
 * next version check rebuilds: the index may be stale, never ahead of its version.
 */
export async function buildAnalyticsIndex(db: Db): Promise<AnalyticsIndex> {
  const version = await readDataVersion(db);
  return db.readTransaction('analyticsIndex.build', async (tx) => {
    const builder = new AnalyticsIndexBuilder();
    builder.setThemes(
      await tx.run<IndexThemeRow>(
        'analyticsIndex.themes',
        `MATCH (t:${Theme})
         RETURN t.id AS id, toLower(t.name) AS nameKey,
                COLLECT { MATCH (d:${Document})-[:${Rel.ON_THEME}]->(t)
                          WITH d ORDER BY toLower(d.title), d.id RETURN d.id } AS briefingIds`,
      ),
    );
    builder.setPartnerships(
      await tx.run<IndexPartnershipRow>(
        'analyticsIndex.partnerships',
        `MATCH (p:${Partnership}) RETURN p.id AS id, toLower(p.name) AS nameKey`,
      ),
    );
    await tx.each(
      'analyticsIndex.agencies',
      `MATCH (a:${Agency}) RETURN a.id AS id, a.sector AS sector`,
      {},
      (row) => builder.addAgency(row.id as string, (row.sector as string | null) ?? null),
    );
    await tx.each(
      'analyticsIndex.reviews',
      `MATCH (r:${Review})
       RETURN r.id AS id, r.kind AS kind, r.publishedOn AS publishedOn,
              r.publishedSort AS publishedSort, r.publishedYear AS publishedYear,
              toLower(r.title) AS titleKey, coalesce(r.synthetic, false) AS synthetic,
              r.notificationWorkingDays AS notificationWorkingDays,
              r.rapidReviewWorkingDays AS rapidReviewWorkingDays, r.notifiedOn AS notifiedOn,
              COLLECT { MATCH (p:${Partnership})-[:${Rel.PUBLISHED}]->(r) RETURN p.id } AS partnershipIds,
              COLLECT { MATCH (r)-[:${Rel.INVOLVED}]->(a:${Agency}) RETURN a.id } AS agencyIds,
              COLLECT { MATCH (r)-[:${Rel.INVOLVED_SECTOR}]->(si:${SectorInvolvement}) RETURN si.sector } AS sectors,
              COLLECT { MATCH (r)-[x:${Rel.RAISES}]->(t:${Theme}) RETURN [t.id, x.evidence] } AS links,
              COLLECT { MATCH (r)-[:${Rel.HAS_FINDING}]->(f:${Finding})-[:${Rel.ABOUT}]->(t:${Theme})
                        WITH f, t ORDER BY f.position, f.id RETURN [t.id, f.id] } AS findings`,
      {},
      (row) => builder.addReview(row as unknown as IndexReviewRow),
    );
    return builder.finish(builder.skippedLinks > 0 ? -1 : version);
  });
}
