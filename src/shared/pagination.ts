// Relay cursor pagination: opaque offset cursors, page windows, the Cypher of a page, connections.
import { badUserInput } from './errors';
import { pageSize } from './validation';

const PREFIX = 'offset:';

/** Relay page information, as the schema's `PageInfo`. */
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** One page of a stable-ordered list, shaped as the schema's `*Connection` types. */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  totalCount: number;
  pageInfo: PageInfo;
}

/** Encodes the position of an item in an ordered list as an opaque cursor. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64');
}

/** Decodes a cursor made by `encodeCursor`; anything else is BAD_USER_INPUT. */
export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  const n = Number(text.slice(PREFIX.length));
  if (
    !text.startsWith(PREFIX) ||
    !/^\d+$/.test(text.slice(PREFIX.length)) ||
    !Number.isSafeInteger(n)
  ) {
    throw badUserInput(
      `after: expected a cursor returned by this API (e.g. pageInfo.endCursor), got "${cursor}"`,
    );
  }
  return n;
}

/** Validated page window: `skip` items, then at most `limit`. */
export interface PageWindow {
  skip: number;
  limit: number;
}

/** Turns `first`/`after` into a page window; `first` must be 1 to 100 (default 20). */
export function pageWindow(args: { first?: number | null; after?: string | null }): PageWindow {
  const limit = pageSize(args.first);
  const skip = args.after == null ? 0 : decodeCursor(args.after) + 1;
  return { skip, limit };
}

/** The connection of `items`, found at offset `skip` of the `totalCount` matching items. */
export function connection<T>(items: T[], totalCount: number, skip: number): Connection<T> {
  const n = items.length;
  return {
    edges: items.map((node, i) => ({ cursor: encodeCursor(skip + i), node })),
    nodes: items,
    totalCount,
    pageInfo: {
      hasNextPage: skip + n < totalCount,
      hasPreviousPage: skip > 0,
      startCursor: n ? encodeCursor(skip) : null,
      endCursor: n ? encodeCursor(skip + n - 1) : null,
    },
  };
}

/** A compiled filter: Cypher conditions (to be AND-ed) and their parameters. */
export interface CypherFilter {
  conditions: string[];
  params: Record<string, unknown>;
}

/** Joins Cypher conditions into a WHERE clause body (`true` when there are none). */
export function whereAll(conditions: readonly string[]): string {
  return conditions.length ? conditions.join(' AND ') : 'true';
}

/** The parts of a page query: which rows, in which order, and what each row returns. */
export interface PageQuery {
  /** A MATCH pattern, e.g. `(r:Review)`. */
  match: string;
  /** Conditions on the pattern's variables, AND-ed. */
  conditions: readonly string[];
  /** ORDER BY expressions; they must make the order total (end with an id). */
  orderBy: string;
  /** The expression each row of the page returns, e.g. `r {.*}`. */
  item: string;
}

/**
 * The one page query every connection uses: the total is a count and the page a top-k
 * (`ORDER BY … SKIP $skip LIMIT $limit`), so no full sorted list is ever collected. Returns one
 * row `{ totalCount, items }`; parameters `$skip` and `$limit` come from a `PageWindow`.
 */
export function pageCypher(q: PageQuery): string {
  const where = whereAll(q.conditions);
  return `CALL () { MATCH ${q.match} WHERE ${where} RETURN count(*) AS totalCount }
     CALL () {
       MATCH ${q.match} WHERE ${where}
       WITH * ORDER BY ${q.orderBy} SKIP toInteger($skip) LIMIT toInteger($limit)
       RETURN collect(${q.item}) AS items
     }
     RETURN totalCount, items`;
}

/** The row `pageCypher` returns. */
export interface PageRow<T> {
  totalCount: number;
  items: T[];
}

/** The connection of a page query's row (an empty page when there is no row). */
export function toConnection<T>(row: PageRow<T> | undefined, { skip }: PageWindow): Connection<T> {
  return connection(row?.items ?? [], row?.totalCount ?? 0, skip);
}
