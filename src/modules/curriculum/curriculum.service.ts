// Builds a curriculum: validates the scope, runs the one curriculum query, totals the evidence.
import type { Db } from '../../db/database';
import type { CurriculumInput } from '../../generated/graphql';
import { intInRange, minCount } from '../../shared/validation';
import { curriculumModules, reviewMask, type AnalyticsIndex } from '../analytics';
import { reviewFilterCypher } from '../reviews';
import type { ThemeRecord } from '../themes';
import type { CurriculumModuleRecord, CurriculumRecord, CurriculumScope } from './curriculum.model';
import { findCurriculumModules } from './curriculum.repository';
import { evidenceScope } from '../../shared/theme-evidence';

/** Validates a CurriculumInput (BAD_USER_INPUT naming the field) into a scope. */
export function curriculumScope(input: CurriculumInput | null | undefined): CurriculumScope {
  return {
    filter: input?.filter ?? null,
    evidence: evidenceScope(input?.evidence),
    audienceSector: input?.audienceSector ?? null,
    themeIds: input?.themeIds?.length ? [...input.themeIds] : null,
    minReviews: minCount('input.minReviews', input?.minReviews, 1),
    maxModules:
      input?.maxModules == null
        ? null
        : intInRange('input.maxModules', input.maxModules, 0, 1, 100),
    relatedThemes: intInRange('input.relatedThemes', input?.relatedThemes, 3, 0, 10),
  };
}

/** Where the counts come from instead of Cypher: the analytics index, with a way to load themes. */
export interface CurriculumFromIndex {
  index: AnalyticsIndex;
  /** The themes of these ids, in any order (through the request's loader). */
  loadThemes(ids: string[]): Promise<ThemeRecord[]>;
}

/** The curriculum for `input`: from the analytics index when given, else in one Cypher query. */
export async function buildCurriculum(
  db: Db,
  input: CurriculumInput | null | undefined,
  from?: CurriculumFromIndex | null,
): Promise<CurriculumRecord> {
  const scope = curriculumScope(input);
  const modules = from
    ? await modulesFromIndex(from, scope)
    : await findCurriculumModules(db, scope);
  const reviewIds = new Set(modules.flatMap((m) => m.reviewIds));
  return { modules, reviewCount: reviewIds.size, audienceSector: scope.audienceSector };
}

async function modulesFromIndex(
  { index, loadThemes }: CurriculumFromIndex,
  scope: CurriculumScope,
): Promise<CurriculumModuleRecord[]> {
  const mask = reviewMask(
    index,
    reviewFilterCypher(scope.filter, 'r', 'input.filter'),
    scope.audienceSector,
  );
  const modules = curriculumModules(
    index,
    { ...scope, related: scope.relatedThemes },
    mask,
    index.evidenceMask(scope.evidence),
  );
  const themes = new Map((await loadThemes(modules.map((m) => m.themeId))).map((t) => [t.id, t]));
  return modules.flatMap(({ themeId, ...m }, i) => {
    const theme = themes.get(themeId);
    return theme ? [{ ...m, position: i + 1, theme, reviewCount: m.reviewIds.length }] : [];
  });
}
