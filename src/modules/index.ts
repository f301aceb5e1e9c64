// The API's schema and resolvers: every schema/*.graphql file and every domain's resolvers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../shared/project-root';
import type { Resolvers } from '../generated/graphql';
import { agenciesResolvers } from './agencies';
import { auditResolvers } from './audit';
import { authResolvers } from './auth';
import { analyticsResolvers } from './analytics';
import { curationResolvers } from './curation';
import { curriculumResolvers } from './curriculum';
import { findingsResolvers } from './findings';
import { lifecycleResolvers } from './lifecycle';
import { recommendationsResolvers } from './recommendations';
import { reviewsResolvers } from './reviews';
import { searchResolvers } from './search';
import { taxonomiesResolvers } from './taxonomies';
import { themesResolvers } from './themes';

export { costLimitPlugin, dbStatsPlugin, userInputErrorsPlugin } from './plugins';
export { Authenticator, authPlugin, type AuthConfig } from './auth';
export { projectRoot } from '../shared/project-root';

/** Reads every schema/*.graphql file (base.graphql first, then by name) into one SDL string. */
export function loadTypeDefs(root: string = projectRoot()): string {
  const dir = join(root, 'schema');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => (a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a.localeCompare(b)));
  return files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
}

/** Merges domain resolver maps; each domain owns distinct fields, so a clash is a bug. */
export function mergeResolvers(parts: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) {
      const target = (merged[type] ??= {});
      for (const [field, fn] of Object.entries(fields as Record<string, unknown>)) {
        if (field in target) throw new Error(`Resolver ${type}.${field} is defined twice`);
        target[field] = fn;
      }
    }
  }
  return merged as Resolvers;
}

/** The whole schema's SDL. */
export const typeDefs: string = loadTypeDefs();

/** Every domain's resolvers, merged. */
export const resolvers: Resolvers = mergeResolvers([
  reviewsResolvers,
  themesResolvers,
  agenciesResolvers,
  recommendationsResolvers,
  analyticsResolvers,
  curriculumResolvers,
  searchResolvers,
  taxonomiesResolvers,
  authResolvers,
  auditResolvers,
  curationResolvers,
  lifecycleResolvers,
  findingsResolvers,
]);
