// Working days in England across Christmas and New Year, Easter and the May bank holidays.
import { addWorkingDays, bankHolidays, isWorkingDay, workingDaysBetween } from './working-days';

/** The bank holidays of `year` that fall on a weekday (Monday to Friday), sorted. */
const weekdayHolidays = (year: number): string[] =>
  [...bankHolidays(year)]
    .filter((d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()))
    .sort();

describe('bank holidays in England, 2015 to 2030', () => {
  it('has eight weekday bank holidays a year, ten in 2022 and nine in 2023', () => {
    // Eight a year (New Year, Good Friday, Easter Monday, early May, spring, summer, Christmas,
    // Boxing Day, each moved to a weekday when it falls at a weekend); 2022 adds the Platinum
    // Jubilee (3 June) and the State Funeral (19 September); 2023 adds the Coronation (8 May).
    // 2020 moved the early May bank holiday to Friday 8 May (VE Day) without adding one.
    for (let year = 2015; year <= 2030; year += 1) {
      const expected = year === 2022 ? 10 : year === 2023 ? 9 : 8;
      expect([year, weekdayHolidays(year).length]).toEqual([year, expected]);
    }
  });

  it('lists 2022 as published, with the one-off days and the Christmas substitutes', () => {
    expect(weekdayHolidays(2022)).toEqual([
      '2022-01-03', // New Year's Day (Saturday 1st) moved to Monday
      '2022-04-15', // Good Friday
      '2022-04-18', // Easter Monday
      '2022-05-02', // early May
      '2022-06-02', // spring bank holiday, moved to Thursday
      '2022-06-03', // Platinum Jubilee
      '2022-08-29', // summer
      '2022-09-19', // State Funeral of Queen Elizabeth II
      '2022-12-26', // Boxing Day (Monday)
      '2022-12-27', // Christmas Day (Sunday 25th) moved to Tuesday
    ]);
  });

  it('moved the 2020 early May bank holiday to Friday 8 May', () => {
    expect(isWorkingDay('2020-05-04')).toBe(true);
    expect(isWorkingDay('2020-05-08')).toBe(false);
  });
});

describe('workingDaysBetween: the first working day after the start is day 1, the end counts', () => {
  it('counts the same day as 0, the next working day as 1, Friday to Monday as 1', () => {
    expect(workingDaysBetween('2024-06-12', '2024-06-12')).toBe(0);
    expect(workingDaysBetween('2024-06-12', '2024-06-13')).toBe(1);
    // Fri 14 June 2024 -> Sat, Sun not counted -> Mon 17 is day 1.
    expect(workingDaysBetween('2024-06-14', '2024-06-17')).toBe(1);
    // A weekend end date adds nothing: Fri 14 -> Sun 16 is 0.
    expect(workingDaysBetween('2024-06-14', '2024-06-16')).toBe(0);
  });

  it('skips Christmas and New Year 2022-23 (substitute days on 27 December and 2 January)', () => {
    // Aware Fri 23 Dec 2022. Sat 24, Sun 25, Mon 26 (Boxing Day), Tue 27 (Christmas substitute)
    // do not count; Wed 28 = 1, Thu 29 = 2, Fri 30 = 3; Sat 31, Sun 1, Mon 2 Jan (New Year
    // substitute) do not count; Tue 3 Jan = 4, Wed 4 Jan = 5, Thu 5 Jan = 6.
    expect(workingDaysBetween('2022-12-23', '2022-12-28')).toBe(1);
    expect(workingDaysBetween('2022-12-23', '2023-01-04')).toBe(5);
    expect(workingDaysBetween('2022-12-23', '2023-01-05')).toBe(6);
    expect(addWorkingDays('2022-12-23', 5)).toBe('2023-01-04');
  });

  it('skips Christmas and New Year 2020-21 (Boxing Day substitute on 28 December)', () => {
    // Aware Thu 24 Dec 2020. Fri 25 (Christmas), Sat 26, Sun 27, Mon 28 (Boxing Day substitute)
    // do not count; Tue 29 = 1, Wed 30 = 2, Thu 31 = 3; Fri 1 Jan (New Year's Day), Sat, Sun do
    // not count; Mon 4 Jan = 4, Tue 5 Jan = 5.
    expect(workingDaysBetween('2020-12-24', '2021-01-05')).toBe(5);
    expect(addWorkingDays('2020-12-24', 5)).toBe('2021-01-05');
  });

  it('skips Easter 2024 (Good Friday 29 March, Easter Monday 1 April)', () => {
    // Aware Thu 28 Mar 2024. Fri 29 (Good Friday), Sat 30, Sun 31, Mon 1 Apr (Easter Monday) do
    // not count; Tue 2 = 1, Wed 3 = 2, Thu 4 = 3, Fri 5 = 4, Mon 8 = 5.
    expect(workingDaysBetween('2024-03-28', '2024-04-08')).toBe(5);
    expect(addWorkingDays('2024-03-28', 5)).toBe('2024-04-08');
    expect(workingDaysBetween('2024-03-28', '2024-04-02')).toBe(1);
  });

  it('skips the May bank holidays of 2023 (1 May, the Coronation on 8 May, 29 May)', () => {
    // Notified Fri 28 Apr 2023; a rapid review is due within 15 working days. Mon 1 May (early
    // May) does not count; Tue 2 = 1 ... Fri 5 = 4; Mon 8 (Coronation) does not count; Tue 9 = 5
    // ... Fri 12 = 8; Mon 15 = 9 ... Fri 19 = 13; Mon 22 = 14, Tue 23 = 15, Wed 24 = 16.
    expect(addWorkingDays('2023-04-28', 15)).toBe('2023-05-23');
    expect(workingDaysBetween('2023-04-28', '2023-05-23')).toBe(15);
    expect(workingDaysBetween('2023-04-28', '2023-05-24')).toBe(16);
    // Fri 26 May 2023 -> Sat, Sun, Mon 29 (spring bank holiday) do not count; Tue 30 = 1, Wed 31 = 2.
    expect(workingDaysBetween('2023-05-26', '2023-05-31')).toBe(2);
  });

  it('skips the 2020 VE Day bank holiday but counts Monday 4 May 2020', () => {
    // Fri 1 May 2020: Mon 4 = 1, Tue 5 = 2, Wed 6 = 3, Thu 7 = 4, Fri 8 (VE Day) no, Mon 11 = 5.
    expect(workingDaysBetween('2020-05-01', '2020-05-11')).toBe(5);
  });

  it('refuses malformed dates and an end before the start', () => {
    expect(() => workingDaysBetween('2023-02-30', '2023-03-01')).toThrow(
      'expected a date "YYYY-MM-DD", got "2023-02-30"',
    );
    expect(() => workingDaysBetween('2023-03-02', '2023-03-01')).toThrow(
      'expected "2023-03-01" on or after "2023-03-02"',
    );
    expect(() => addWorkingDays('2023-03-01', 0)).toThrow('expected n >= 1, got 0');
  });
});
