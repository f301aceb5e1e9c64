// Unit tests of opaque cursors and page windows (no database).
import { GraphQLError } from 'graphql';
import { connection, decodeCursor, encodeCursor, pageCypher, pageWindow } from './pagination';

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

describe('connection', () => {
  it('describes a middle page', () => {
    expect(connection(['c', 'd'], 5, 2)).toEqual({
      edges: [
        { cursor: encodeCursor(2), node: 'c' },
        { cursor: encodeCursor(3), node: 'd' },
      ],
      nodes: ['c', 'd'],
      totalCount: 5,
      pageInfo: {
        hasNextPage: true,
        hasPreviousPage: true,
        startCursor: encodeCursor(2),
        endCursor: encodeCursor(3),
      },
    });
  });

  it('describes an empty last page', () => {
    expect(connection([], 2, 2).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
  });
});

describe('pageCypher', () => {
  it('counts and takes a top-k of the same rows, never collecting the whole list', () => {
    const cypher = pageCypher({
      match: '(a:Agency)',
      conditions: ['a.sector IN $sectors', 'a.synthetic = false'],
      orderBy: 'a.name, a.id',
      item: 'a {.*}',
    });
    expect(cypher.replace(/\s+/g, ' ')).toBe(
      'CALL () { MATCH (a:Agency) WHERE a.sector IN $sectors AND a.synthetic = false RETURN count(*) AS totalCount } ' +
        'CALL () { MATCH (a:Agency) WHERE a.sector IN $sectors AND a.synthetic = false ' +
        'WITH * ORDER BY a.name, a.id SKIP toInteger($skip) LIMIT toInteger($limit) ' +
        'RETURN collect(a {.*}) AS items } RETURN totalCount, items',
    );
  });
});
