// Every per-request DataLoader of the API, made on first use within each request.
import type { Db } from '../db/database';
import { createAgencyLoaders } from './agencies/agencies.loaders';
import { createFindingLoaders } from './findings/findings.loaders';
import { createRecommendationLoaders } from './recommendations/recommendations.loaders';
import { createReviewLoaders } from './reviews/reviews.loaders';
import { createTaxonomyLoaders } from './taxonomies';
import { createThemeLoaders } from './themes/themes.loaders';

/** The loader factories of each domain; each builds its domain's loaders for one request. */
const DOMAINS = [
  createReviewLoaders,
  createThemeLoaders,
  createAgencyLoaders,
  createRecommendationLoaders,
  createTaxonomyLoaders,
  createFindingLoaders,
] as const;

type Domains = typeof DOMAINS;
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (
  i: infer I,
) => void
  ? I
  : never;

/** The DataLoaders of one request. */
export type Loaders = UnionToIntersection<ReturnType<Domains[number]>>;

const DB = Symbol('db');
const MADE = Symbol('made');

/** Per request: the database handle and each domain's loaders once made. */
interface LoaderState {
  [DB]: Db;
  [MADE]: (Record<string, unknown> | undefined)[];
}

const names: string[] = [];

/** Every loader name, in domain order. */
export const LOADER_NAMES: readonly string[] = names;

/**
 * The prototype of every request's loaders: one getter per loader name that makes its domain's
 * loaders on first use. A request touches a few domains; building all of them (about 50 loaders
 * and their Cypher text) for every request cost more than some whole answers from the analytics
 * index. Loader names are read once, from a set built with no database (a factory only builds).
 */
const PROTOTYPE: object = {};
DOMAINS.forEach((make, i) => {
  for (const name of Object.keys(make(null as unknown as Db))) {
    names.push(name);
    Object.defineProperty(PROTOTYPE, name, {
      enumerable: true,
      get(this: LoaderState) {
        let group = this[MADE][i];
        if (group === undefined) {
          group = make(this[DB]) as Record<string, unknown>;
          this[MADE][i] = group;
        }
        return group[name];
      },
    });
  }
});

/**
 * Creates the DataLoaders of one request, each made when first used. Each batches its keys into
 * one Cypher query and answers in key order, with null (one-item loaders) or [] (list loaders)
 * for misses.
 */
export function createLoaders(db: Db): Loaders {
  const state = Object.create(PROTOTYPE) as LoaderState;
  state[DB] = db;
  state[MADE] = [];
  return state as unknown as Loaders;
}
