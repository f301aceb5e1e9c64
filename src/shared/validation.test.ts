// Unit tests of argument validation: integer ranges and inclusive date bounds (no database).
import { GraphQLError } from 'graphql';
import { dateBound, minCount, pageSize } from './validation';

function error(fn: () => unknown): GraphQLError {
  try {
    fn();
  } catch (err) {
    if (err instanceof GraphQLError) return err;
    throw err;
  }
  throw new Error('expected an error');
}

describe('dateBound', () => {
  it('reads a month as its first day from, and its last day to', () => {
    expect(dateBound('d', '2022-09', 'from')).toBe('2022-09-01');
    expect(dateBound('d', '2022-09', 'to')).toBe('2022-09-30');
    expect(dateBound('d', '2024-02', 'to')).toBe('2024-02-29');
    expect(dateBound('d', '2023-02', 'to')).toBe('2023-02-28');
  });

  it('keeps a full date', () => {
    expect(dateBound('d', '2020-01-15', 'from')).toBe('2020-01-15');
    expect(dateBound('d', '2020-01-15', 'to')).toBe('2020-01-15');
  });

  it.each(['2022', '2022-13', '2022-00', '2023-02-29', '2022-9', '22-09', 'September 2022', ''])(
    'rejects %p with BAD_USER_INPUT saying what was expected',
    (bad) => {
      const err = error(() => dateBound('filter.publishedFrom', bad, 'from'));
      expect(err.extensions.code).toBe('BAD_USER_INPUT');
      expect(err.message).toBe(
        `filter.publishedFrom: expected a date "YYYY-MM" or "YYYY-MM-DD" (e.g. "2022-09" or "2022-09-30"), got "${bad}"`,
      );
    },
  );
});

describe('integer arguments', () => {
  it('pageSize defaults and bounds', () => {
    expect(pageSize(undefined, 5)).toBe(5);
    expect(pageSize(null)).toBe(20);
    expect(error(() => pageSize(-1)).message).toBe(
      'first: expected an integer from 1 to 100, got -1',
    );
  });

  it('minCount needs at least 1', () => {
    expect(minCount('minReviews', null, 2)).toBe(2);
    const err = error(() => minCount('minReviews', 0, 2));
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
    expect(err.message).toMatch(/^minReviews: expected an integer from 1 to \d+, got 0$/);
  });
});
