// All Cypher of the reviews domain: reviews, partnerships, children, documents and sources.
import type { Db } from '../../db/database';
import { Label, Rel } from '../../db/schema';
import type { ReviewFilter, ReviewOrder } from '../../generated/graphql';
import type { KeyedItem, KeyedItems } from '../../shared/loader-utils';
import type { Connection, PageWindow } from '../../shared/pagination';
import type {
  ChildRecord,
  DocumentRecord,
  PartnershipRecord,
  ReviewLinkSelection,
  ReviewLinksRecord,
  ReviewRecord,
  ReviewWithLinksRecord,
  SourceCitationRecord,
} from './reviews.model';
import { reviewLinksCypher } from './review-links.repository';
import { reviewFilterCypher, reviewOrderBy, whereAll } from './review-filter';

const { Review, Partnership, Child, Document, Theme, Agency, Source } = Label;
const NEWEST_FIRST = reviewOrderBy('PUBLISHED_DESC', 'r');

/** Reviews by id (one row per id found). */
export function findReviewsByIds(db: Db, ids: string[]): Promise<KeyedItem<ReviewRecord>[]> {
  return db.read(
    'review.byIds',
    `UNWIND $ids AS key MATCH (r:${Review} {id: key}) RETURN key, r {.*} AS item`,
    { ids },
  );
}

/**
 * One page of the reviews matching `filter` in `order`, with the total count and the selected
 * linked lists of each review (`links`, parallel to `items`), in one query. The page is a top-k
 * (`ORDER BY … SKIP … LIMIT`) and the total a separate count, so no full sort is collected.
 */
export async function findReviewPage(
  db: Db,
  filter: ReviewFilter | null | undefined,
  order: ReviewOrder | null | undefined,
  { skip, limit }: PageWindow,
  sel: ReviewLinkSelection = {},
): Promise<{ page: Connection<ReviewRecord>; links: ReviewLinksRecord[] }> {
  const f = reviewFilterCypher(filter);
  const where = whereAll(f.conditions);
  const [row] = await db.read<{ totalCount: number; rows: ReviewWithLinksRecord[] }>(
    'review.page',
    `CALL () { MATCH (r:${Review}) WHERE ${where} RETURN count(r) AS totalCount }
     CALL () {
       MATCH (r:${Review}) WHERE ${where}
       WITH r ORDER BY ${reviewOrderBy(order)} SKIP toInteger($skip) LIMIT toInteger($limit)
       RETURN collect({review: r {.*}, links: ${reviewLinksCypher(sel)}}) AS rows
     }
     RETURN totalCount, rows`,
    { ...f.params, skip, limit },
  );
  const rows = row?.rows ?? [];
  return {
    page: { items: rows.map((x) => x.review), totalCount: row?.totalCount ?? 0, offset: skip },
    links: rows.map((x) => x.links),
  };
}

/** Reviews raising each theme, newest first. */
export function findReviewsByThemeIds(db: Db, ids: string[]): Promise<KeyedItems<ReviewRecord>[]> {
  return db.read(
    'review.byThemeIds',
    `UNWIND $ids AS key MATCH (r:${Review})-[:${Rel.RAISES}]->(:${Theme} {id: key})
     WITH key, r ORDER BY ${NEWEST_FIRST} RETURN key, collect(r {.*}) AS items`,
    { ids },
  );
}

/** Reviews matching `filter` that raise each theme, newest first (each review once per theme). */
export function findMatchingReviewsByThemeIds(
  db: Db,
  ids: string[],
  filter: ReviewFilter | null,
): Promise<KeyedItems<ReviewRecord>[]> {
  const f = reviewFilterCypher(filter);
  return db.read(
    'review.matchingByThemeIds',
    `UNWIND $ids AS key MATCH (r:${Review})-[:${Rel.RAISES}]->(:${Theme} {id: key})
     WHERE ${whereAll(f.conditions)}
     WITH DISTINCT key, r ORDER BY ${NEWEST_FIRST} RETURN key, collect(r {.*}) AS items`,
    { ...f.params, ids },
  );
}

/** Reviews of cases each agency was involved in, newest first. */
export function findReviewsByAgencyIds(db: Db, ids: string[]): Promise<KeyedItems<ReviewRecord>[]> {
  return db.read(
    'review.byAgencyIds',
    `UNWIND $ids AS key MATCH (r:${Review})-[:${Rel.INVOLVED}]->(:${Agency} {id: key})
     WITH key, r ORDER BY ${NEWEST_FIRST} RETURN key, collect(r {.*}) AS items`,
    { ids },
  );
}

/** Reviews publishing each document, newest first. */
export function findReviewsByDocumentIds(
  db: Db,
  ids: string[],
): Promise<KeyedItems<ReviewRecord>[]> {
  return db.read(
    'review.byDocumentIds',
    `UNWIND $ids AS key MATCH (r:${Review})-[:${Rel.HAS_DOCUMENT}]->(:${Document} {id: key})
     WITH key, r ORDER BY ${NEWEST_FIRST} RETURN key, collect(r {.*}) AS items`,
    { ids },
  );
}

/** Children each review concerns, by pseudonym. */
export function findChildrenByReviewIds(db: Db, ids: string[]): Promise<KeyedItems<ChildRecord>[]> {
  return db.read(
    'child.byReviewIds',
    `UNWIND $ids AS key MATCH (:${Review} {id: key})-[:${Rel.CONCERNS}]->(c:${Child})
     WITH key, c ORDER BY c.pseudonym, c.id RETURN key, collect(c {.*}) AS items`,
    { ids },
  );
}

/** Documents of each review, by title. */
export function findDocumentsByReviewIds(
  db: Db,
  ids: string[],
): Promise<KeyedItems<DocumentRecord>[]> {
  return db.read(
    'document.byReviewIds',
    `UNWIND $ids AS key MATCH (:${Review} {id: key})-[:${Rel.HAS_DOCUMENT}]->(d:${Document})
     WITH key, d ORDER BY toLower(d.title), d.id RETURN key, collect(d {.*}) AS items`,
    { ids },
  );
}

/** 7-minute briefings (documents ON_THEME) on each theme, by title. */
export function findBriefingsByThemeIds(
  db: Db,
  ids: string[],
): Promise<KeyedItems<DocumentRecord>[]> {
  return db.read(
    'document.briefingsByThemeIds',
    `UNWIND $ids AS key MATCH (d:${Document})-[:${Rel.ON_THEME}]->(:${Theme} {id: key})
     WITH key, d ORDER BY toLower(d.title), d.id RETURN key, collect(d {.*}) AS items`,
    { ids },
  );
}

/** Documents by id. */
export function findDocumentsByIds(db: Db, ids: string[]): Promise<KeyedItem<DocumentRecord>[]> {
  return db.read(
    'document.byIds',
    `UNWIND $ids AS key MATCH (d:${Document} {id: key}) RETURN key, d {.*} AS item`,
    { ids },
  );
}

/** The publishing partnership of each review. */
export function findPartnershipByReviewIds(
  db: Db,
  ids: string[],
): Promise<KeyedItem<PartnershipRecord>[]> {
  return db.read(
    'partnership.byReviewIds',
    `UNWIND $ids AS key MATCH (p:${Partnership})-[:${Rel.PUBLISHED}]->(:${Review} {id: key})
     WITH key, p ORDER BY p.id RETURN key, head(collect(p {.*})) AS item`,
    { ids },
  );
}

/** Partnerships by id. */
export function findPartnershipsByIds(
  db: Db,
  ids: string[],
): Promise<KeyedItem<PartnershipRecord>[]> {
  return db.read(
    'partnership.byIds',
    `UNWIND $ids AS key MATCH (p:${Partnership} {id: key}) RETURN key, p {.*} AS item`,
    { ids },
  );
}

/** Every partnership, by name. */
export function findAllPartnerships(db: Db): Promise<PartnershipRecord[]> {
  return db
    .read<{ item: PartnershipRecord }>(
      'partnership.all',
      `MATCH (p:${Partnership}) RETURN p {.*} AS item ORDER BY toLower(p.name), p.id`,
    )
    .then((rows) => rows.map((r) => r.item));
}

/** Sources cited for each review, with the facts each supports, by title. */
export function findSourcesByReviewIds(
  db: Db,
  ids: string[],
): Promise<KeyedItems<SourceCitationRecord>[]> {
  return db.read(
    'source.byReviewIds',
    `UNWIND $ids AS key MATCH (:${Review} {id: key})-[c:${Rel.SOURCED_FROM}]->(s:${Source})
     WITH key, s, c ORDER BY toLower(s.title), s.id
     RETURN key, collect(s {.*, facts: coalesce(c.facts, [])}) AS items`,
    { ids },
  );
}
