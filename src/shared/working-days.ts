// Working days in England: weekends and England's bank holidays do not count (date-holidays, GB-ENG).
import Holidays from 'date-holidays';

/**
 * The statutory guidance counts "working days" as in Working Together to Safeguard Children:
 * Saturdays, Sundays and bank holidays in England are not working days. The bank holidays come
 * from the maintained `date-holidays` package (country GB, region ENG): the fixed rules
 * (New Year's Day, Good Friday, Easter Monday, the early May and spring bank holidays, the summer
 * bank holiday, Christmas Day, Boxing Day), their substitute days, and the one-off days it knows
 * (2020 VE Day move, 2022 Platinum Jubilee and State Funeral, 2023 Coronation). The tests pin
 * 2015 to 2030 against the list published on gov.uk.
 */
const calendar = new Holidays('GB', 'ENG');

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const holidaysByYear = new Map<number, ReadonlySet<string>>();

/** England's bank holidays in `year`, as `YYYY-MM-DD` (cached per year). */
export function bankHolidays(year: number): ReadonlySet<string> {
  let set = holidaysByYear.get(year);
  if (!set) {
    set = new Set(
      calendar
        .getHolidays(year)
        .filter((h) => h.type === 'public' || h.type === 'bank')
        .map((h) => h.date.slice(0, 10)),
    );
    holidaysByYear.set(year, set);
  }
  return set;
}

/** Parses `YYYY-MM-DD` into a UTC epoch day; throws a RangeError naming the value otherwise. */
function epochDay(date: string): number {
  const m = ISO_DAY.exec(date);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!m || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`expected a date "YYYY-MM-DD", got "${date}"`);
  }
  return ms / DAY_MS;
}

const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

function isWorking(day: number): boolean {
  const weekday = new Date(day * DAY_MS).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const iso = isoOf(day);
  return !bankHolidays(Number(iso.slice(0, 4))).has(iso);
}

/** True when `date` (`YYYY-MM-DD`) is a working day in England (not a weekend or bank holiday). */
export function isWorkingDay(date: string): boolean {
  return isWorking(epochDay(date));
}

/**
 * Working days from `start` to `end` (`YYYY-MM-DD`) as the guidance counts them: the first
 * working day after `start` is day 1 and `end` counts, so a notification sent on the next
 * working day after the local authority became aware took 1 working day, and one sent the same
 * day took 0. `end` before `start` is a RangeError (callers validate the order first).
 */
export function workingDaysBetween(start: string, end: string): number {
  const from = epochDay(start);
  const to = epochDay(end);
  if (to < from) throw new RangeError(`expected "${end}" on or after "${start}"`);
  let count = 0;
  for (let day = from + 1; day <= to; day += 1) if (isWorking(day)) count += 1;
  return count;
}

/**
 * The `n`th working day after `start` (`n` >= 1): the last day on which something due
 * "within n working days" of `start` is on time.
 */
export function addWorkingDays(start: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`expected n >= 1, got ${n}`);
  let day = epochDay(start);
  for (let left = n; left > 0;) {
    day += 1;
    if (isWorking(day)) left -= 1;
  }
  return isoOf(day);
}
