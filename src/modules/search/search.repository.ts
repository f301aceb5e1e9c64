// All Cypher of the search domain: one query against the full-text index.
import type { Db } from '../../db/database';
import { FULLTEXT_INDEX, Label } from '../../db/schema';
import type { SearchHitRecord } from './search.model';

/** Best `first` hits for an already-escaped Lucene query, best first (ties by id). */
export function searchFullText(
  db: Db,
  luceneQuery: string,
  first: number,
): Promise<SearchHitRecord[]> {
  return db.read(
    'search.fullText',
    `CALL db.index.fulltext.queryNodes($index, $query, {limit: toInteger($first)}) YIELD node, score
     RETURN CASE
              WHEN node:${Label.Review} THEN 'REVIEW'
              WHEN node:${Label.Theme} THEN 'THEME'
              WHEN node:${Label.Document} THEN 'DOCUMENT'
              WHEN node:${Label.Finding} THEN 'FINDING'
              ELSE 'RECOMMENDATION'
            END AS kind,
            node.id AS id, coalesce(node.title, node.name, node.text, node.id) AS label, score
     ORDER BY score DESC, id`,
    { index: FULLTEXT_INDEX, query: luceneQuery, first },
  );
}
