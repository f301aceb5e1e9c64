// Relay cursor pagination: opaque offset cursors, page arguments and connection field values.
import { badUserInput } from './errors';
import { pageSize } from './validation';

const PREFIX = 'offset:';

/** One page of a stable-ordered list, as read from the database. */
export interface Connection<T> {
  items: T[];
  totalCount: number;
  /** Offset of `items[0]` in the whole ordered list. */
  offset: number;
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

/** Relay page info of a connection. */
export function pageInfo<T>(conn: Connection<T>) {
  const last = conn.offset + conn.items.length - 1;
  return {
    hasNextPage: conn.offset + conn.items.length < conn.totalCount,
    hasPreviousPage: conn.offset > 0,
    startCursor: conn.items.length ? encodeCursor(conn.offset) : null,
    endCursor: conn.items.length ? encodeCursor(last) : null,
  };
}

/** Edges (cursor and node) of a connection. */
export function edges<T>(conn: Connection<T>): { cursor: string; node: T }[] {
  return conn.items.map((node, i) => ({ cursor: encodeCursor(conn.offset + i), node }));
}
