// The floor: each question as one hand-written Cypher query, sent straight through the driver.

/** Recurring themes over the reviews matched by `match` (which binds `r`), one aggregation pass. */
const recurring = (match: string) => `
  ${match}
  MATCH (r)-[:RAISES]->(t:Theme)
  WITH t, count(DISTINCT r) AS reviewCount,
       min(r.publishedSort + ' ' + r.publishedOn) AS firstKey, max(r.publishedSort + ' ' + r.publishedOn) AS lastKey
  WHERE reviewCount >= $minReviews
  RETURN t {.id, .name} AS theme, reviewCount,
         split(firstKey, ' ')[1] AS firstPublished, split(lastKey, ' ')[1] AS lastPublished
  ORDER BY reviewCount DESC, toLower(t.name), t.id`;

/** Op 1: themes raised by at least `$minReviews` reviews, over all reviews. */
export const RECURRING_ALL = recurring('MATCH (r:Review)');

/** Op 2: the same within one publication year (`$year`) and one kind (`$kind`). */
export const RECURRING_YEAR_KIND = recurring(
  'MATCH (r:Review) WHERE r.publishedYear = toInteger($year) AND r.kind = $kind',
);

/** The review fields of a page row or a single review, with ordered linked lists. */
const REVIEW_CORE = `
  themes: COLLECT { MATCH (r)-[:RAISES]->(t:Theme) WITH t ORDER BY toLower(t.name), t.id RETURN t {.id, .name} },
  children: COLLECT { MATCH (r)-[:CONCERNS]->(c:Child) WITH c ORDER BY c.pseudonym, c.id RETURN c {.id, .pseudonym, .ageBand} },
  agencies: COLLECT { MATCH (r)-[:INVOLVED]->(a:Agency) WITH a ORDER BY toLower(a.name), a.id RETURN a {.id, .name, .sector} }`;

/** Op 3: the newest 50 reviews with themes, children, agencies and recommendations, plus the total. */
export const REVIEW_PAGE = `
  MATCH (r:Review)
  WITH r ORDER BY r.publishedSort IS NULL, r.publishedSort DESC, toLower(r.title), r.id LIMIT toInteger($first)
  RETURN COUNT { (:Review) } AS totalCount, r {.id, .title, .kind, .publishedOn, ${REVIEW_CORE},
    recommendations: COLLECT { MATCH (r)-[:MAKES]->(m:Recommendation) WITH m ORDER BY m.number
                               RETURN m {.id, .number, .text, .status} } } AS review`;

/** Op 4: one review (`$id`) with everything linked to it. */
export const REVIEW_FULL = `
  MATCH (r:Review {id: $id})
  RETURN r {.*, ${REVIEW_CORE},
    partnership: COLLECT { MATCH (p:Partnership)-[:PUBLISHED]->(r) RETURN p {.id, .name} }[0],
    documents: COLLECT { MATCH (r)-[:HAS_DOCUMENT]->(d:Document) WITH d ORDER BY toLower(d.title), d.id
                         RETURN d {.id, .title, .kind, .url} },
    recommendations: COLLECT { MATCH (r)-[:MAKES]->(m:Recommendation) WITH m ORDER BY m.number
      RETURN m {.id, .number, .text, .status, .statusUpdatedOn,
        addressedTo: COLLECT { MATCH (m)-[:ADDRESSED_TO]->(a:Agency) WITH a ORDER BY toLower(a.name), a.id RETURN a {.id, .name} },
        themes: COLLECT { MATCH (m)-[:ADDRESSES]->(t:Theme) WITH t ORDER BY toLower(t.name), t.id RETURN t {.id, .name} } } },
    sources: COLLECT { MATCH (r)-[c:SOURCED_FROM]->(s:Source) WITH s, c ORDER BY toLower(s.title), s.id
                       RETURN s {.id, .url, .title, facts: coalesce(c.facts, [])} } } AS review`;

/** Op 5: the `$first` reviews whose theme sets overlap most (Jaccard) with review `$id`'s. */
export const SIMILAR = `
  MATCH (src:Review {id: $id})-[:RAISES]->(t:Theme)
  WITH src, collect(t) AS srcThemes
  UNWIND srcThemes AS t
  MATCH (t)<-[:RAISES]-(o:Review) WHERE o <> src
  WITH o, size(srcThemes) AS srcCount, collect(t) AS shared
  WITH o, shared, toFloat(size(shared)) / (srcCount + COUNT { (o)-[:RAISES]->(:Theme) } - size(shared)) AS score
  ORDER BY score DESC, size(shared) DESC, toLower(o.title), o.id LIMIT toInteger($first)
  RETURN o {.id, .title} AS review, score,
         COLLECT { UNWIND shared AS s WITH s ORDER BY toLower(s.name), s.id RETURN s {.id, .name} } AS sharedThemes`;

/** Op 7: pairs of themes raised together by at least `$minReviews` reviews, most frequent first. */
export const COOCCURRENCE = `
  MATCH (r:Review)-[:RAISES]->(a:Theme), (r)-[:RAISES]->(b:Theme)
  WHERE toLower(a.name) < toLower(b.name) OR (toLower(a.name) = toLower(b.name) AND a.id < b.id)
  WITH a, b, count(DISTINCT r) AS reviewCount WHERE reviewCount >= $minReviews
  RETURN [a {.id, .name}, b {.id, .name}] AS themes, reviewCount
  ORDER BY reviewCount DESC, toLower(a.name), a.id, toLower(b.name), b.id`;

/** Op 6: the best `$first` full-text hits over reviews, themes, documents and recommendations. */
export const SEARCH = `
  CALL db.index.fulltext.queryNodes('learning_fulltext', $query, {limit: toInteger($first)}) YIELD node, score
  RETURN CASE WHEN node:Review THEN 'REVIEW' WHEN node:Theme THEN 'THEME'
              WHEN node:Document THEN 'DOCUMENT' ELSE 'RECOMMENDATION' END AS kind,
         node.id AS id, coalesce(node.title, node.name, node.text) AS label, score
  ORDER BY score DESC, id`;
