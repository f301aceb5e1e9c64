// Argument validation shared by every domain: page sizes, minimum counts and date bounds.
import { badUserInput } from './errors';

/** Largest page any list field returns. */
export const MAX_FIRST = 100;

/** Checks that `value` (or `dflt` when null/undefined) is an integer from `min` to `max`. */
export function intInRange(
  name: string,
  value: number | null | undefined,
  dflt: number,
  min: number,
  max: number,
): number {
  const n = value ?? dflt;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw badUserInput(`${name}: expected an integer from ${min} to ${max}, got ${String(value)}`);
  }
  return n;
}

/** Validates a page size: 1 to 100, `dflt` when omitted. */
export function pageSize(first: number | null | undefined, dflt = 20): number {
  return intInRange('first', first, dflt, 1, MAX_FIRST);
}

/** Validates a minimum review count: at least 1. */
export function minCount(name: string, value: number | null | undefined, dflt: number): number {
  return intInRange(name, value, dflt, 1, Number.MAX_SAFE_INTEGER);
}

const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/**
 * Parses an inclusive date bound, `YYYY-MM` or `YYYY-MM-DD`, into a sortable `YYYY-MM-DD` string.
 * A month means its first day as a lower bound (`from`) and its last day as an upper bound (`to`).
 */
export function dateBound(name: string, value: string, bound: 'from' | 'to'): string {
  const m = DATE.exec(value);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = m?.[3] === undefined ? (bound === 'from' ? 1 : lastDay) : Number(m[3]);
  if (!m || month < 1 || month > 12 || day < 1 || day > lastDay) {
    throw badUserInput(
      `${name}: expected a date "YYYY-MM" or "YYYY-MM-DD" (e.g. "2022-09" or "2022-09-30"), got "${value}"`,
    );
  }
  return `${m[1]}-${m[2]}-${String(day).padStart(2, '0')}`;
}
