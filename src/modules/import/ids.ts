// Slugs, derived ids and date helpers shared by the importer, the seed parser and the generator.

/** Lower-case ASCII slug: `"Alice and Beth"` -> `alice-and-beth`, `"child/vulnerable"` -> `child-vulnerable`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A valid id: lower-case slug segments joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Id of a review's child: `<review id>-<slug(pseudonym)>`. */
export function childId(reviewId: string, pseudonym: string): string {
  return `${reviewId}-${slugify(pseudonym)}`;
}

/** Id of a review's recommendation: `<review id>-rec-<number>`. */
export function recommendationId(reviewId: string, n: number): string {
  return `${reviewId}-rec-${n}`;
}

/** Id of a review's finding: `<review id>-finding-<n>`, n from 1 in the review's order. */
export function findingId(reviewId: string, n: number): string {
  return `${reviewId}-finding-${n}`;
}

/** Id of a recommendation's status change: `<recommendation id>-status-<n>`, n from 1, oldest first. */
export function statusChangeId(recommendationId: string, n: number): string {
  return `${recommendationId}-status-${n}`;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for a real calendar date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function isPartialDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Year and sortable `YYYY-MM-DD` (month and day 01 filled in) of a valid partial date; nulls when absent. */
export function datePartsOf(value: string | null | undefined): {
  year: number | null;
  sort: string | null;
} {
  if (!value) return { year: null, sort: null };
  const sort = value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
  return { year: Number(value.slice(0, 4)), sort };
}
