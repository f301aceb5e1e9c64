// Every list field of the graph as a Relation, by type and field name: the one Cypher of each.
import { Label, Rel } from '../db/schema';
import { reviewOrderBy } from './reviews/review-filter';
import type { Relation } from './relations';

const { Review, Partnership, Child, Document, Theme, ThemeCategory, Agency } = Label;
const { Recommendation, Source } = Label;

/** Reviews reached by `pattern` (from the source to `r`), newest first (unknown dates last). */
const reviews = (pattern: (v: string) => string): Relation => ({
  match: pattern,
  as: 'r',
  orderBy: reviewOrderBy('PUBLISHED_DESC', 'r'),
});

/** Themes reached by `pattern` (to `t`), by name. */
const themes = (pattern: (v: string) => string): Relation => ({
  match: pattern,
  as: 't',
  orderBy: 'toLower(t.name), t.id',
  needs: ['name'], // Theme.aliases falls back to the name
});

/** Agencies reached by `pattern` (to `a`), by name. */
const agencies = (pattern: (v: string) => string): Relation => ({
  match: pattern,
  as: 'a',
  orderBy: 'toLower(a.name), a.id',
});

/** Documents reached by `pattern` (to `d`), by title. */
const documents = (pattern: (v: string) => string): Relation => ({
  match: pattern,
  as: 'd',
  orderBy: 'toLower(d.title), d.id',
});

/** Recommendations (`x`, made by review `r`) reached by `pattern`, newest review first, then by number. */
const recommendations = (pattern: (v: string) => string): Relation => ({
  match: pattern,
  as: 'x',
  carry: 'r, x',
  orderBy: `${reviewOrderBy('PUBLISHED_DESC', 'r')}, x.number, x.id`,
  extra: () => ({ reviewId: 'r.id' }),
});

/** Recommendation lists; a review's recommendations nest them in its prefetch. */
export const RecommendationLists = {
  addressedTo: agencies((v) => `(${v})-[:${Rel.ADDRESSED_TO}]->(a:${Agency})`),
  themes: themes((v) => `(${v})-[:${Rel.ADDRESSES}]->(t:${Theme})`),
} satisfies Record<string, Relation>;

/** Review lists; `Query.review` and `Query.reviews` prefetch the selected ones in their query. */
export const ReviewLists = {
  partnership: {
    match: (v) => `(p:${Partnership})-[:${Rel.PUBLISHED}]->(${v})`,
    as: 'p',
    orderBy: 'p.id',
    one: true,
  },
  children: {
    match: (v) => `(${v})-[:${Rel.CONCERNS}]->(c:${Child})`,
    as: 'c',
    orderBy: 'c.pseudonym, c.id',
  },
  documents: documents((v) => `(${v})-[:${Rel.HAS_DOCUMENT}]->(d:${Document})`),
  themes: themes((v) => `(${v})-[:${Rel.RAISES}]->(t:${Theme})`),
  agencies: agencies((v) => `(${v})-[:${Rel.INVOLVED}]->(a:${Agency})`),
  sources: {
    match: (v) => `(${v})-[c:${Rel.SOURCED_FROM}]->(s:${Source})`,
    as: 's',
    carry: 's, c',
    orderBy: 'toLower(s.title), s.id',
    extra: () => ({ facts: 'coalesce(c.facts, [])' }),
  },
  recommendations: {
    match: (v) => `(${v})-[:${Rel.MAKES}]->(x:${Recommendation})`,
    as: 'x',
    orderBy: 'x.number, x.id',
    extra: (v) => ({ reviewId: `${v}.id` }),
    lists: RecommendationLists,
  },
} satisfies Record<string, Relation>;

/** Theme lists. */
export const ThemeLists = {
  reviews: reviews((v) => `(r:${Review})-[:${Rel.RAISES}]->(${v})`),
  briefings: documents((v) => `(d:${Document})-[:${Rel.ON_THEME}]->(${v})`),
  recommendations: recommendations(
    (v) => `(r:${Review})-[:${Rel.MAKES}]->(x:${Recommendation})-[:${Rel.ADDRESSES}]->(${v})`,
  ),
  categories: {
    match: (v) => `(${v})-[:${Rel.IN_CATEGORY}]->(c:${ThemeCategory})`,
    as: 'c',
    orderBy: 'toLower(c.name), c.id',
  },
} satisfies Record<string, Relation>;

/** Agency lists. */
export const AgencyLists = {
  reviews: reviews((v) => `(r:${Review})-[:${Rel.INVOLVED}]->(${v})`),
  recommendations: recommendations(
    (v) => `(r:${Review})-[:${Rel.MAKES}]->(x:${Recommendation})-[:${Rel.ADDRESSED_TO}]->(${v})`,
  ),
} satisfies Record<string, Relation>;

/** Document lists. */
export const DocumentLists = {
  themes: themes((v) => `(${v})-[:${Rel.ON_THEME}]->(t:${Theme})`),
  reviews: reviews((v) => `(r:${Review})-[:${Rel.HAS_DOCUMENT}]->(${v})`),
} satisfies Record<string, Relation>;

/** Partnership lists. */
export const PartnershipLists = {
  statutoryPartners: agencies((v) => `(${v})-[:${Rel.HAS_STATUTORY_PARTNER}]->(a:${Agency})`),
} satisfies Record<string, Relation>;

/** Theme category lists. */
export const ThemeCategoryLists = {
  themes: themes((v) => `(t:${Theme})-[:${Rel.IN_CATEGORY}]->(${v})`),
} satisfies Record<string, Relation>;
