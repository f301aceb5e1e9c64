// Every list field of the graph as a Relation, by type and field name: the one Cypher of each.
import { Label, Rel } from '../db/schema';
import { reviewOrderBy } from './reviews/review-filter';
import type { Relation } from './relations';

const { Review, Partnership, Child, Document, Theme, Agency } = Label;
const { Recommendation, Source, UnlistedDocument, Finding } = Label;

/**
 * Reviews reached by `pattern` (from the source to `r`), newest first (unknown dates last), each
 * once (a review may link a theme by several kinds of evidence).
 */
const reviews = (pattern: (v: string) => string): Relation => ({
  match: pattern,
  as: 'r',
  carry: 'DISTINCT r',
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

/** Properties a recommendation's resolvers read whatever is selected (`overdue` reads these). */
const RECOMMENDATION_NEEDS = ['status', 'targetDue'] as const;

/** Recommendations (`x`, made by review `r`) reached by `pattern`, newest review first, then by number. */
const recommendations = (pattern: (v: string) => string): Relation => ({
  match: pattern,
  as: 'x',
  carry: 'r, x',
  orderBy: `${reviewOrderBy('PUBLISHED_DESC', 'r')}, x.number, x.id`,
  extra: () => ({ reviewId: 'r.id' }),
  needs: RECOMMENDATION_NEEDS,
});

/**
 * Entries of a finding `f` made by the review `review` besides its properties: the review's id,
 * and the one source it is SOURCED_FROM (its id and the node), so `Finding.source` needs no query.
 */
export const findingExtra = (review: string): Readonly<Record<string, string>> => {
  const source = `COLLECT { MATCH (f)-[:${Rel.SOURCED_FROM}]->(fs:${Source}) WITH fs ORDER BY fs.id RETURN fs {.*} }[0]`;
  return { reviewId: `${review}.id`, source, sourceId: `${source}.id` };
};

/** Finding lists; a review's findings nest them in its prefetch. */
export const FindingLists = {
  themes: themes((v) => `(${v})-[:${Rel.ABOUT}]->(t:${Theme})`),
} satisfies Record<string, Relation>;

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
  /** Each document under the title it is listed with for this review (`HAS_DOCUMENT.title`). */
  documents: {
    match: (v) => `(${v})-[h:${Rel.HAS_DOCUMENT}]->(d:${Document})`,
    as: 'd',
    carry: 'd, h',
    orderBy: 'toLower(coalesce(h.title, d.title)), d.id',
    extra: () => ({ title: 'coalesce(h.title, d.title)' }),
  },
  unlistedDocuments: {
    match: (v) => `(${v})-[:${Rel.MENTIONS_DOCUMENT}]->(u:${UnlistedDocument})`,
    as: 'u',
    orderBy: 'u.kind, u.id',
    needs: ['sourceId'],
  },
  /** The distinct themes of the review's links. */
  themes: { ...themes((v) => `(${v})-[:${Rel.RAISES}]->(t:${Theme})`), carry: 'DISTINCT t' },
  /** Every link to a theme (the RAISES relationship's evidence, sourceId, note) with its theme. */
  themeLinks: {
    match: (v) => `(${v})-[l:${Rel.RAISES}]->(t:${Theme})`,
    as: 'l',
    carry: 'l, t',
    orderBy: 'toLower(t.name), t.id, l.evidence',
    extra: () => ({ theme: 't {.*}' }),
    needs: ['evidence', 'sourceId', 'note'],
  },
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
    needs: RECOMMENDATION_NEEDS,
    lists: RecommendationLists,
  },
  /** The review's findings in the order its source gives them. */
  findings: {
    match: (v) => `(${v})-[:${Rel.HAS_FINDING}]->(f:${Finding})`,
    as: 'f',
    orderBy: 'f.position, f.id',
    extra: findingExtra,
    lists: FindingLists,
  },
} satisfies Record<string, Relation>;

/**
 * Review fields the lifecycle domain resolves from stored properties of other names: a
 * projection that selects the field reads these properties instead.
 */
export const ReviewFieldProperties: Readonly<Record<string, readonly string[]>> = {
  incident: ['incidentMonth', 'incidentOutcome', 'incidentHarmTypes', 'incidentAgeBand'],
  rapidReview: ['rapidReviewHeldOn', 'rapidReviewDecision'],
  timeliness: ['awareOn', 'notifiedOn', 'rapidReviewHeldOn'],
};

/** Theme lists. */
export const ThemeLists = {
  /** Reviews linked to the theme; `l` is the link (conditions on its evidence may refer to it). */
  reviews: reviews((v) => `(r:${Review})-[l:${Rel.RAISES}]->(${v})`),
  briefings: documents((v) => `(d:${Document})-[:${Rel.ON_THEME}]->(${v})`),
  recommendations: recommendations(
    (v) => `(r:${Review})-[:${Rel.MAKES}]->(x:${Recommendation})-[:${Rel.ADDRESSES}]->(${v})`,
  ),
  /** Findings about the theme, newest review first, then in each review's order. */
  findings: {
    match: (v) => `(r:${Review})-[:${Rel.HAS_FINDING}]->(f:${Finding})-[:${Rel.ABOUT}]->(${v})`,
    as: 'f',
    carry: 'r, f',
    orderBy: `${reviewOrderBy('PUBLISHED_DESC', 'r')}, f.position, f.id`,
    extra: () => findingExtra('r'),
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
  /** Themes the partnership states for a group of its reviews, with the statement's source and note. */
  statedThemes: {
    match: (v) => `(${v})-[l:${Rel.STATES_THEME}]->(t:${Theme})`,
    as: 'l',
    carry: 'l, t',
    orderBy: 'toLower(t.name), t.id',
    extra: () => ({ theme: 't {.*}' }),
    needs: ['sourceId', 'note'],
  },
} satisfies Record<string, Relation>;
