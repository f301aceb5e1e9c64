// Unit tests of opaque cursors and page windows (no database).
import { GraphQLError } from 'graphql';
import { decodeCursor, edges, encodeCursor, pageInfo, pageWindow } from './pagination';

function codeOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err instanceof GraphQLError ? err.extensions.code : err;
  }
  return 'no error';
}

describe('cursors', () => {
  it('round-trips offsets through an opaque string', () => {
    for (const n of [0, 1, 19, 12345]) {
      const c = encodeCursor(n);
      expect(c).not.toContain(String(n === 0 ? 'offset' : n));
      expect(decodeCursor(c)).toBe(n);
    }
  });

  it.each([
    '',
    'garbage',
    encodeCursor(1).slice(0, 3),
    Buffer.from('offset:-1').toString('base64'),
    Buffer.from('offset:1.5').toString('base64'),
    Buffer.from('other:3').toString('base64'),
  ])('rejects %p with BAD_USER_INPUT', (bad) => {
    expect(codeOf(() => decodeCursor(bad))).toBe('BAD_USER_INPUT');
    expect(() => decodeCursor(bad)).toThrow(/after: expected a cursor returned by this API/);
  });
});

describe('pageWindow', () => {
  it('defaults to 20 from the start and continues after a cursor', () => {
    expect(pageWindow({})).toEqual({ skip: 0, limit: 20 });
    expect(pageWindow({ first: 5, after: encodeCursor(9) })).toEqual({ skip: 10, limit: 5 });
  });

  it.each([0, -1, 101, 1.5])('rejects first: %p with a message naming the bounds', (first) => {
    expect(codeOf(() => pageWindow({ first }))).toBe('BAD_USER_INPUT');
    expect(() => pageWindow({ first })).toThrow(
      `first: expected an integer from 1 to 100, got ${first}`,
    );
  });

  it('accepts the bounds 1 and 100', () => {
    expect(pageWindow({ first: 1 }).limit).toBe(1);
    expect(pageWindow({ first: 100 }).limit).toBe(100);
  });
});

describe('pageInfo and edges', () => {
  it('describe a middle page', () => {
    const conn = { items: ['c', 'd'], totalCount: 5, offset: 2 };
    expect(pageInfo(conn)).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(2),
      endCursor: encodeCursor(3),
    });
    expect(edges(conn)).toEqual([
      { cursor: encodeCursor(2), node: 'c' },
      { cursor: encodeCursor(3), node: 'd' },
    ]);
  });

  it('describe an empty last page', () => {
    expect(pageInfo({ items: [], totalCount: 2, offset: 2 })).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
  });
});
