// All Cypher of the curriculum domain: the whole curriculum in one query.
import type { Db } from '../../db/database';
import { Label, Rel } from '../../db/schema';
import { whereAll } from '../../shared/pagination';
import { reviewFilterCypher, reviewOrderBy } from '../reviews';
import type { ThemeRecord } from '../themes';
import type { CurriculumModuleRecord, CurriculumScope } from './curriculum.model';
import { evidenceCypher } from '../../shared/theme-evidence';

const { Review, Theme, Agency, Document, Finding } = Label;

interface ModuleRow {
  theme: ThemeRecord;
  reviewIds: string[];
  years: (number | null)[];
  briefingIds: string[];
  relatedThemeIds: string[];
  findingIds: string[];
}

/**
 * Modules for every theme linked (by links of the scope's evidence kinds) to at least
 * `minReviews` reviews in scope, most recurrent first
 * (ties by name), each with its reviews, years, 7-minute briefings and most co-raised themes.
 */
export async function findCurriculumModules(
  db: Db,
  scope: CurriculumScope,
): Promise<CurriculumModuleRecord[]> {
  const f = reviewFilterCypher(scope.filter, 'r', 'input.filter');
  const e1 = evidenceCypher('l', scope.evidence);
  const e2 = evidenceCypher('l2', scope.evidence);
  const rows = await db.read<ModuleRow>(
    'curriculum.modules',
    `MATCH (r:${Review})-[l:${Rel.RAISES}]->(t:${Theme})
     WHERE ${whereAll(f.conditions)} AND ${e1.condition}
       AND ($sector IS NULL OR EXISTS { MATCH (r)-[:${Rel.INVOLVED}]->(ag:${Agency}) WHERE ag.sector = $sector }
            OR EXISTS { MATCH (r)-[:${Rel.INVOLVED_SECTOR}]->(si:${Label.SectorInvolvement}) WHERE si.sector = $sector })
       AND ($themeIds IS NULL OR t.id IN $themeIds)
     WITH DISTINCT t, r
     WITH t, r ORDER BY ${reviewOrderBy('PUBLISHED_DESC', 'r')}
     WITH t, collect(r) AS rs WHERE size(rs) >= $minReviews
     WITH t, rs ORDER BY size(rs) DESC, toLower(t.name), t.id
     LIMIT toInteger($maxModules)
     CALL (t, rs) {
       UNWIND rs AS r2
       MATCH (r2)-[l2:${Rel.RAISES}]->(o:${Theme}) WHERE o <> t AND ${e2.condition}
       WITH o, count(DISTINCT r2) AS together ORDER BY together DESC, toLower(o.name), o.id
       LIMIT toInteger($related)
       RETURN collect(o.id) AS relatedThemeIds
     }
     CALL (t) {
       OPTIONAL MATCH (d:${Document})-[:${Rel.ON_THEME}]->(t)
       WITH d ORDER BY toLower(d.title), d.id
       RETURN collect(d.id) AS briefingIds
     }
     CALL (t, rs) {
       UNWIND range(0, size(rs) - 1) AS i
       WITH i, rs[i] AS r3
       MATCH (r3)-[:${Rel.HAS_FINDING}]->(f:${Finding})-[:${Rel.ABOUT}]->(t)
       WITH i, f ORDER BY i, f.position, f.id
       RETURN collect(f.id) AS findingIds
     }
     RETURN t {.*} AS theme, [x IN rs | x.id] AS reviewIds, [x IN rs | x.publishedYear] AS years,
            briefingIds, relatedThemeIds, findingIds
     ORDER BY size(reviewIds) DESC, toLower(t.name), t.id`,
    {
      ...f.params,
      ...e1.params,
      sector: scope.audienceSector,
      themeIds: scope.themeIds,
      minReviews: scope.minReviews,
      maxModules: scope.maxModules ?? 1_000_000,
      related: scope.relatedThemes,
    },
  );
  return rows.map((row, i) => ({
    position: i + 1,
    theme: row.theme,
    reviewCount: row.reviewIds.length,
    reviewIds: row.reviewIds,
    years: [...new Set(row.years.filter((y): y is number => y !== null))].sort((a, b) => a - b),
    briefingIds: row.briefingIds,
    relatedThemeIds: row.relatedThemeIds,
    findingIds: row.findingIds,
  }));
}
