// Storage-shaped records of the curriculum domain (codegen mappers): plain JS values only.
import type { AgencySector, ReviewFilter, ThemeEvidence } from '../../generated/graphql';
import type { ThemeRecord } from '../themes';

/** One module: a theme, its evidence and what to teach it from and alongside. */
export interface CurriculumModuleRecord {
  position: number;
  theme: ThemeRecord;
  reviewCount: number;
  /** Newest first. */
  reviewIds: string[];
  /** Distinct, ascending. */
  years: number[];
  /** By title. */
  briefingIds: string[];
  /** Most often co-raised first. */
  relatedThemeIds: string[];
  /** Findings on the theme of the module's reviews, newest review first, then in review order. */
  findingIds: string[];
}

/** A curriculum: modules most recurrent first. */
export interface CurriculumRecord {
  modules: CurriculumModuleRecord[];
  reviewCount: number;
  audienceSector: AgencySector | null;
}

/** Validated curriculum scope. */
export interface CurriculumScope {
  filter: ReviewFilter | null;
  /** Which kinds of theme link count as evidence; null: all. */
  evidence: ThemeEvidence[] | null;
  audienceSector: AgencySector | null;
  themeIds: string[] | null;
  minReviews: number;
  maxModules: number | null;
  relatedThemes: number;
}
