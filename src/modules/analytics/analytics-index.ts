// The in-memory analytics index: reviews as dense positions (newest first), each theme's reviews as
// a sorted posting list, each link's evidence as a bit mask. Pure data, no database; built by
// AnalyticsIndexBuilder (analytics-index.builder.ts).
import type { AgencyRecord } from '../agencies';
import type { PartnershipRecord } from '../reviews';
import type { ThemeRecord } from '../themes';
import type { RecommendationTable } from './analytics-index.follow-up';

/** Rows `i` of a compressed sparse row table: `values[offsets[i]] .. values[offsets[i + 1] - 1]`. */
export interface Csr {
  offsets: Uint32Array;
  values: Uint32Array;
}

/** Sizes of an index, for logs, /metrics-style reporting and the benchmark. */
export interface AnalyticsIndexStats {
  version: number;
  reviews: number;
  themes: number;
  links: number;
  agencyLinks: number;
  recommendations: number;
  statusChanges: number;
  /** Bytes held by typed arrays plus an estimate for the id strings (2 bytes per character + 16). */
  bytes: number;
}

/** `YYYY-MM-DD` as the integer YYYYMMDD (0 for null): the same order as the strings. */
export function dayNumber(d: string | null | undefined): number {
  if (!d) return 0;
  return Number(d.slice(0, 4)) * 10000 + Number(d.slice(5, 7)) * 100 + Number(d.slice(8, 10));
}

/** Per year its first and last position, and the union of those of a range of years. */
interface YearBounds {
  span(lo: number, hi: number): readonly [number, number];
}

/** `YearBounds` of `values`, whose year is `value / divisor` (0: unknown, never in a span). */
function yearBounds(values: Int32Array, divisor: number): YearBounds {
  const bounds = new Map<number, [number, number]>();
  for (let p = 0; p < values.length; p++) {
    const v = values[p] as number;
    if (v === 0) continue;
    const y = Math.floor(v / divisor);
    const b = bounds.get(y);
    if (b) b[1] = p;
    else bounds.set(y, [p, p]);
  }
  return {
    span(lo, hi) {
      let first = values.length;
      let last = -1;
      for (const [y, [a, b]] of bounds) {
        if (y < lo || y > hi) continue;
        if (a < first) first = a;
        if (b > last) last = b;
      }
      return [first, last];
    },
  };
}

/**
 * The index itself. Review positions 0..n-1 are in the API's newest-first order (publishedSort
 * descending with unknown dates last, then lower-cased title, then id), so any ascending list of
 * positions is already newest first. Theme codes 0..t-1 are in name order (lower-cased name, then
 * id), so ascending codes are the order the API lists themes in. Immutable once built.
 */
export class AnalyticsIndex {
  constructor(
    /** The data version the build started from (read before the data). */
    readonly version: number,
    readonly reviewIds: readonly string[],
    readonly positionById: ReadonlyMap<string, number>,
    readonly kinds: readonly string[],
    readonly kind: Uint8Array,
    /** publishedYear, 0 when unknown. */
    readonly year: Int32Array,
    /** publishedSort as YYYYMMDD, 0 when unknown. */
    readonly day: Int32Array,
    /** Rank of `publishedSort + ' ' + publishedOn` among all reviews' (as Cypher's min/max compare them), -1 when unknown. */
    readonly dateRank: Int32Array,
    /** publishedOn by date rank. */
    readonly dateOn: readonly string[],
    readonly synthetic: Uint8Array,
    /** Rank by (lower-cased title, id). */
    readonly titleRank: Uint32Array,
    readonly partnershipCodes: ReadonlyMap<string, number>,
    readonly partnerships: Csr,
    readonly agencyCodes: ReadonlyMap<string, number>,
    readonly agencySector: readonly (string | null)[],
    readonly agencies: Csr,
    readonly themeIds: readonly string[],
    readonly themeCodes: ReadonlyMap<string, number>,
    readonly briefingIds: readonly (readonly string[])[],
    /** Per review its distinct themes (ascending codes) and, in `reviewEvidence`, each link's evidence mask. */
    readonly reviewThemes: Csr,
    readonly reviewEvidence: Uint8Array,
    /** Per theme its reviews (ascending positions) and, in `postingEvidence`, each link's evidence mask. */
    readonly postings: Csr,
    readonly postingEvidence: Uint8Array,
    /** Evidence kinds by bit: bit i stands for `evidenceKinds[i]` ('' for a link without evidence). */
    readonly evidenceKinds: readonly string[],
    /** Per review the sectors involved (its agencies' and those named without one), as codes of `sectorCodes`. */
    readonly sectors: Csr,
    readonly sectorCodes: ReadonlyMap<string, number>,
    /** Per review its findings about themes: theme codes, and the finding ids in `findingIds`. */
    readonly findingThemes: Csr,
    readonly findingIds: readonly string[],
    /** Lifecycle: working days per stage (-1 unknown), year of notification (0 unknown). */
    readonly notificationDays: Int32Array,
    readonly rapidReviewDays: Int32Array,
    readonly notifiedYear: Int32Array,
    /** The partnership of smallest id that published the review, as a code (-1 none). */
    readonly firstPartnership: Int32Array,
    /** `toLower(name)` of each partnership by code. */
    readonly partnershipNameKeys: readonly string[],
    /**
     * Each theme's node properties by code, read in the same transaction as the links: what the
     * `themeById` loader returns at this version, so answers need no Neo4j round trip for them.
     */
    readonly themeRecords: readonly Readonly<ThemeRecord>[],
    /** Every recommendation made by a review, for the follow-up aggregate. */
    readonly recommendations: RecommendationTable,
    /** Each agency's node properties by code (what `agencyById` returns at this version), and `toLower(name)`. */
    readonly agencyRecords: readonly Readonly<AgencyRecord>[],
    readonly agencyNameKeys: readonly (string | null)[],
    /** Each partnership's node properties by code (what `partnershipById` returns at this version). */
    readonly partnershipRecords: readonly Readonly<PartnershipRecord>[],
  ) {}

  /** The theme record of `id` at this version, or undefined when the index does not know it. */
  themeRecord(id: string): Readonly<ThemeRecord> | undefined {
    const t = this.themeCodes.get(id);
    return t === undefined ? undefined : this.themeRecords[t];
  }

  /** The theme records of `ids` (ids the index does not know are skipped). */
  themesOf(ids: Iterable<string>): Readonly<ThemeRecord>[] {
    const out: Readonly<ThemeRecord>[] = [];
    for (const id of ids) {
      const t = this.themeCodes.get(id);
      if (t !== undefined) out.push(this.themeRecords[t] as ThemeRecord);
    }
    return out;
  }

  get size(): number {
    return this.reviewIds.length;
  }

  /** Per year, the first and last position holding it in `year`, and in `day` (by the day's year). */
  private yearBounds?: YearBounds;
  private dayYearBounds?: YearBounds;

  /**
   * The positions that can hold a publishedYear in [lo, hi], as [first, last] ([n, -1] when
   * none): a bound, not a list (positions are ordered by publishedSort, so a year's reviews sit
   * together in practice, but nothing here assumes it).
   */
  yearSpan(lo: number, hi: number): readonly [number, number] {
    return (this.yearBounds ??= yearBounds(this.year, 1)).span(lo, hi);
  }

  /** As `yearSpan`, for a publishedSort day (YYYYMMDD) in [lo, hi]. */
  daySpan(lo: number, hi: number): readonly [number, number] {
    return (this.dayYearBounds ??= yearBounds(this.day, 10000)).span(
      Math.floor(lo / 10000),
      Math.floor(hi / 10000),
    );
  }

  /** The evidence mask for a list of evidence kinds; null or empty means every link (all bits). */
  evidenceMask(kinds: readonly string[] | null | undefined): number {
    if (!kinds || kinds.length === 0) return 0xff;
    let mask = 0;
    kinds.forEach((k) => {
      const bit = this.evidenceKinds.indexOf(k);
      if (bit >= 0) mask |= 1 << bit;
    });
    return mask;
  }

  /** Sizes and an estimate of the memory held. */
  stats(): AnalyticsIndexStats {
    const arrays = [
      this.kind,
      this.year,
      this.day,
      this.dateRank,
      this.synthetic,
      this.titleRank,
      this.partnerships.offsets,
      this.partnerships.values,
      this.agencies.offsets,
      this.agencies.values,
      this.reviewThemes.offsets,
      this.reviewThemes.values,
      this.reviewEvidence,
      this.postings.offsets,
      this.postings.values,
      this.postingEvidence,
      this.sectors.offsets,
      this.sectors.values,
      this.findingThemes.offsets,
      this.findingThemes.values,
      this.notificationDays,
      this.rapidReviewDays,
      this.notifiedYear,
      this.firstPartnership,
      this.recommendations.review,
      this.recommendations.status,
      this.recommendations.targetDue,
      this.recommendations.agencies.offsets,
      this.recommendations.agencies.values,
      this.recommendations.owners.offsets,
      this.recommendations.owners.values,
      this.recommendations.themes.offsets,
      this.recommendations.themes.values,
      this.recommendations.history.offsets,
      this.recommendations.historyStatus,
      this.recommendations.historyOn,
    ];
    const strings = (xs: Iterable<string>) => {
      let n = 0;
      for (const s of xs) n += 16 + 2 * s.length;
      return n;
    };
    const mapEntries = (m: ReadonlyMap<string, number>) => m.size * 40;
    return {
      version: this.version,
      reviews: this.size,
      themes: this.themeIds.length,
      links: this.reviewThemes.values.length,
      agencyLinks: this.agencies.values.length,
      recommendations: this.recommendations.review.length,
      statusChanges: this.recommendations.historyOn.length,
      bytes:
        arrays.reduce((n, a) => n + a.byteLength, 0) +
        strings(this.reviewIds) +
        strings(this.themeIds) +
        strings(this.dateOn) +
        strings(this.partnershipCodes.keys()) +
        strings(this.agencyCodes.keys()) +
        strings(this.briefingIds.flat()) +
        strings(this.findingIds) +
        strings(this.partnershipNameKeys) +
        strings(this.recommendations.statusNames) +
        2 * JSON.stringify(this.themeRecords).length +
        2 * JSON.stringify(this.agencyRecords).length +
        2 * JSON.stringify(this.partnershipRecords).length +
        strings(this.agencyNameKeys.map((k) => k ?? '')) +
        mapEntries(this.positionById) +
        mapEntries(this.themeCodes) +
        mapEntries(this.partnershipCodes) +
        mapEntries(this.agencyCodes),
    };
  }
}
