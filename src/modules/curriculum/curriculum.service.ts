// Builds a curriculum: validates the scope, runs the one curriculum query, totals the evidence.
import type { Db } from '../../db/database';
import { intInRange, minCount } from '../../shared/validation';
import type { CurriculumInput } from '../../generated/graphql';
import type { CurriculumRecord, CurriculumScope } from './curriculum.model';
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

/** The curriculum for `input`, in one Cypher query. */
export async function buildCurriculum(
  db: Db,
  input: CurriculumInput | null | undefined,
): Promise<CurriculumRecord> {
  const scope = curriculumScope(input);
  const modules = await findCurriculumModules(db, scope);
  const reviewIds = new Set(modules.flatMap((m) => m.reviewIds));
  return { modules, reviewCount: reviewIds.size, audienceSector: scope.audienceSector };
}
