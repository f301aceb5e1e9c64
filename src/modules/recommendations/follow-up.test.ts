// Unit tests of the follow-up rules: open, closed and not known; status as of a day; overdue.
import { isClosed, isOpen, isOverdue, statusAsOf } from './follow-up';

describe('follow-up rules', () => {
  it('tells open, closed and not known apart', () => {
    expect(['OPEN', 'IN_PROGRESS', null].map(isOpen)).toEqual([true, true, true]);
    expect(['COMPLETED', 'NOT_ACCEPTED', 'SUPERSEDED'].map(isClosed)).toEqual([true, true, true]);
    // NOT_KNOWN: no source reports a status, so it is neither.
    expect([isOpen('NOT_KNOWN'), isClosed('NOT_KNOWN')]).toEqual([false, false]);
  });

  it('judges status from the history as of the day, else the stored status', () => {
    const history = [
      { status: 'OPEN' as const, onSort: '2023-01-15' },
      { status: 'COMPLETED' as const, onSort: '2023-03-01' },
    ];
    expect(statusAsOf('COMPLETED', history, '2023-02-28')).toBe('OPEN');
    expect(statusAsOf('COMPLETED', history, '2023-03-01')).toBe('COMPLETED');
    // Before the first entry: no status yet.
    expect(statusAsOf('COMPLETED', history, '2023-01-14')).toBeNull();
    expect(statusAsOf('NOT_KNOWN', [], '2023-01-14')).toBe('NOT_KNOWN');
  });

  it('is overdue only past the due day and open, never when the status is not known', () => {
    expect(isOverdue('2023-06-30', 'OPEN', '2023-07-01')).toBe(true);
    // Due on the day itself: not yet overdue.
    expect(isOverdue('2023-06-30', 'OPEN', '2023-06-30')).toBe(false);
    expect(isOverdue('2023-06-30', null, '2023-07-01')).toBe(true);
    expect(isOverdue('2023-06-30', 'COMPLETED', '2023-07-01')).toBe(false);
    expect(isOverdue('2023-06-30', 'NOT_KNOWN', '2023-07-01')).toBe(false);
    expect(isOverdue(null, 'OPEN', '2023-07-01')).toBe(false);
  });
});
