// Cypher for a review's linked lists fetched in the review's own query (lookahead prefetch).
import type { Db } from '../../db/database';
import { Label, Rel } from '../../db/schema';
import type { KeyedItem } from '../../shared/loader-utils';
import type { ReviewLinkSelection, ReviewWithLinksRecord } from './reviews.model';

const { Review, Partnership, Child, Document, Theme, Agency, Recommendation, Source } = Label;

/**
 * A Cypher map of the selected lists of review `v`, each a `COLLECT {}` subquery in the order its
 * per-request loader gives (so a primed loader answers exactly as an unprimed one would); `{}`
 * when nothing is selected.
 */
export function reviewLinksCypher(sel: ReviewLinkSelection, v = 'r'): string {
  const parts: string[] = [];
  if (sel.partnership) {
    parts.push(`partnership: COLLECT { MATCH (p:${Partnership})-[:${Rel.PUBLISHED}]->(${v})
      WITH p ORDER BY p.id RETURN p {.*} }[0]`);
  }
  if (sel.children) {
    parts.push(`children: COLLECT { MATCH (${v})-[:${Rel.CONCERNS}]->(c:${Child})
      WITH c ORDER BY c.pseudonym, c.id RETURN c {.*} }`);
  }
  if (sel.documents) {
    parts.push(`documents: COLLECT { MATCH (${v})-[:${Rel.HAS_DOCUMENT}]->(d:${Document})
      WITH d ORDER BY toLower(d.title), d.id RETURN d {.*} }`);
  }
  if (sel.themes) {
    parts.push(`themes: COLLECT { MATCH (${v})-[:${Rel.RAISES}]->(t:${Theme})
      WITH t ORDER BY toLower(t.name), t.id RETURN t {.*} }`);
  }
  if (sel.agencies) {
    parts.push(`agencies: COLLECT { MATCH (${v})-[:${Rel.INVOLVED}]->(a:${Agency})
      WITH a ORDER BY toLower(a.name), a.id RETURN a {.*} }`);
  }
  if (sel.sources) {
    parts.push(`sources: COLLECT { MATCH (${v})-[c:${Rel.SOURCED_FROM}]->(s:${Source})
      WITH s, c ORDER BY toLower(s.title), s.id RETURN s {.*, facts: coalesce(c.facts, [])} }`);
  }
  if (sel.recommendations) {
    const nested: string[] = [];
    if (sel.recommendationAgencies) {
      nested.push(`addressedTo: COLLECT { MATCH (x)-[:${Rel.ADDRESSED_TO}]->(a:${Agency})
        WITH a ORDER BY toLower(a.name), a.id RETURN a {.*} }`);
    }
    if (sel.recommendationThemes) {
      nested.push(`themes: COLLECT { MATCH (x)-[:${Rel.ADDRESSES}]->(t:${Theme})
        WITH t ORDER BY toLower(t.name), t.id RETURN t {.*} }`);
    }
    parts.push(`recommendations: COLLECT { MATCH (${v})-[:${Rel.MAKES}]->(x:${Recommendation})
      WITH x ORDER BY x.number, x.id RETURN x {.*, reviewId: ${v}.id${nested.map((n) => `, ${n}`).join('')}} }`);
  }
  return `{${parts.join(', ')}}`;
}

/** Reviews by id, each with the selected linked lists, in one query (one row per id found). */
export function findReviewsWithLinksByIds(
  db: Db,
  ids: string[],
  sel: ReviewLinkSelection,
): Promise<KeyedItem<ReviewWithLinksRecord>[]> {
  return db.read(
    'review.withLinksByIds',
    `UNWIND $ids AS key MATCH (r:${Review} {id: key})
     RETURN key, {review: r {.*}, links: ${reviewLinksCypher(sel)}} AS item`,
    { ids },
  );
}
