// Packs the rows the build query streams into an AnalyticsIndex: codes, newest-first positions,
// compressed rows and posting lists. Pure arithmetic, no database.
import type { AgencyRecord } from '../agencies';
import type { PartnershipRecord } from '../reviews';
import type { ThemeRecord } from '../themes';
import { AnalyticsIndex, dayNumber, type Csr } from './analytics-index';
import {
  RecommendationTableBuilder,
  type IndexRecommendationParts,
  type IndexRecommendationRow,
} from './analytics-index.follow-up';

/**
 * One review as the build query streams it (see analytics-index.repository.ts): scalars, and its
 * links as codes the builder handed out (`themeCodes()`, `partnershipCodes()`, `agencyCodes()`,
 * `evidenceBits()`), so a row holds numbers rather than one id string per link.
 */
export interface IndexReviewRow {
  id: string;
  kind: string | null;
  publishedOn: string | null;
  publishedSort: string | null;
  publishedYear: number | null;
  /** `toLower(title)` as Cypher computes it, so ties order exactly as in Cypher. */
  titleKey: string | null;
  synthetic: boolean;
  /** Codes of the partnerships that published it. */
  partnerships: readonly number[];
  /** Codes of the agencies involved. */
  agencies: readonly number[];
  /** Sectors named as involved without an organisation (SectorInvolvement nodes). */
  sectors: readonly (string | null)[];
  /** Per theme link (one per kind of evidence): theme code × 8 + the bit of its evidence. */
  links: readonly number[];
  /** Per finding about a theme, in the review's finding order: theme code, then finding id. */
  findings: readonly (number | string)[];
  /** Working days to notify and to hold the rapid review, as the importer stored them. */
  notificationWorkingDays: number | null;
  rapidReviewWorkingDays: number | null;
  notifiedOn: string | null;
}

/** A review given by ids rather than codes (tests, small inputs): see `addReviewByIds`. */
export interface IndexReviewIdsRow extends Omit<
  IndexReviewRow,
  'partnerships' | 'agencies' | 'links' | 'findings'
> {
  partnershipIds: string[];
  agencyIds: string[];
  /** `[themeId, evidence]` per theme link; evidence null if missing. */
  links: [string, string | null][];
  /** `[themeId, findingId]` per finding about a theme. */
  findings: [string, string][];
}

/** One partnership: its id, `toLower(name)` (the order partnerships are listed in) and node properties. */
export interface IndexPartnershipRow {
  id: string;
  nameKey: string | null;
  record: PartnershipRecord;
}

/** One agency: its id, sector, `toLower(name)` and node properties. */
export interface IndexAgencyRow {
  id: string;
  sector: string | null;
  nameKey: string | null;
  record: AgencyRecord;
}

/** One theme: its id, `toLower(name)`, its node properties and its 7-minute briefings (document ids, by title). */
export interface IndexThemeRow {
  id: string;
  nameKey: string | null;
  record: ThemeRecord;
  briefingIds: string[];
}

const NULL_EVIDENCE = '';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Collects streamed rows, then sorts and packs them into an `AnalyticsIndex`. */
export class AnalyticsIndexBuilder {
  private readonly themes: IndexThemeRow[] = [];
  private readonly agencyCodeMap = new Map<string, number>();
  private readonly agencySector: (string | null)[] = [];
  private readonly agencyNameKeys: (string | null)[] = [];
  private readonly agencyRecords: AgencyRecord[] = [];
  private readonly partnershipRecords: PartnershipRecord[] = [];
  private readonly agencyIds: string[] = [];
  private readonly recs = new RecommendationTableBuilder();
  private readonly kinds: string[] = [];
  private readonly evidenceKinds: string[] = [];
  private readonly partnershipCodeMap = new Map<string, number>();
  private readonly partnershipIds: string[] = [];
  private readonly partnershipNames: string[] = [];
  private themeCodeMap = new Map<string, number>();
  // Reviews in arrival order, packed as they stream in.
  private readonly ids: string[] = [];
  private readonly titleKeys: string[] = [];
  private readonly sorts: (string | null)[] = [];
  private readonly ons: (string | null)[] = [];
  private readonly years: number[] = [];
  private readonly kindCodes: number[] = [];
  private readonly synth: number[] = [];
  private readonly parts = new CsrBuilder();
  private readonly ags = new CsrBuilder();
  private readonly links = new CsrBuilder();
  private readonly linkEvidence: number[] = [];
  private readonly sectorCodes = new Map<string, number>();
  private readonly secs = new CsrBuilder();
  private readonly finds = new CsrBuilder();
  private readonly findingIds: string[] = [];
  private readonly notification: number[] = [];
  private readonly rapidReview: number[] = [];
  private readonly notifiedYears: number[] = [];
  private readonly firstPartnerships: number[] = [];
  /** Links whose theme was not in the theme list (created during the build): the index is stale. */
  skippedLinks = 0;

  /**
   * True when a link, a code or a recommendation's review did not resolve: something was created
   * while the data was read.
   */
  get stale(): boolean {
    if (this.skippedLinks > 0 || this.recs.skipped > 0) return true;
    const ids = new Set(this.ids);
    return this.recs.unresolved((id) => ids.has(id)) > 0;
  }

  /** Adds the themes; call once, before any review. */
  setThemes(rows: IndexThemeRow[]): void {
    const sorted = [...rows].sort(
      (a, b) => cmp(a.nameKey ?? '', b.nameKey ?? '') || cmp(a.id, b.id),
    );
    this.themes.push(...sorted);
    this.themeCodeMap = new Map(sorted.map((t, i) => [t.id, i]));
  }

  /** Adds the partnerships (their codes, and names for the order of timeliness groups); call before any review. */
  setPartnerships(rows: IndexPartnershipRow[]): void {
    for (const p of rows) this.partnershipCode(p.id, p.nameKey ?? '', p.record);
  }

  /** Adds one agency: its sector, and its name key and properties for the follow-up's owners. */
  addAgency(row: IndexAgencyRow): void {
    if (this.agencyCodeMap.has(row.id)) return;
    this.agencyCodeMap.set(row.id, this.agencySector.length);
    this.agencyIds.push(row.id);
    this.agencySector.push(row.sector);
    this.agencyNameKeys.push(row.nameKey);
    this.agencyRecords.push(row.record);
  }

  /**
   * Adds one recommendation of a review (any order, before or after the review). A review the
   * index does not hold when it is finished, or a code that did not resolve, makes it stale.
   */
  addRecommendation(row: IndexRecommendationRow): void {
    this.recs.add(row.reviewId, row);
  }

  /** `addRecommendation` for a recommendation as the build query streams it (see `IndexRecommendationParts`). */
  addRecommendationParts(reviewId: string, rec: IndexRecommendationParts): void {
    this.recs.addParts(reviewId, rec, this.ownerOrder);
  }

  /** Status codes for the recommendations' rows (see `RecommendationTableBuilder.statusCodes`). */
  statusCodes(statuses: readonly string[]): Record<string, number> {
    return this.recs.statusCodes(statuses);
  }

  /** Owner codes (agency × 2, partnership × 2 + 1) by owner id, as the follow-up picks the first. */
  private readonly ownerOrder = (a: number, b: number): number => {
    const id = (o: number) =>
      (o % 2 === 0 ? this.agencyIds[o / 2] : this.partnershipIds[(o - 1) / 2]) as string;
    return cmp(id(a), id(b));
  };

  /** Theme codes by id, as `IndexReviewRow.links` and `findings` use them. */
  themeCodes(): Record<string, number> {
    return Object.fromEntries(this.themeCodeMap);
  }

  /** Partnership codes by id, as `IndexReviewRow.partnerships` uses them. */
  partnershipCodes(): Record<string, number> {
    return Object.fromEntries(this.partnershipCodeMap);
  }

  /** Agency codes by id, as `IndexReviewRow.agencies` uses them. */
  agencyCodes(): Record<string, number> {
    return Object.fromEntries(this.agencyCodeMap);
  }

  /**
   * Bits for the given evidence kinds ('' for a link without evidence), as `IndexReviewRow.links`
   * uses them; throws past 8 kinds (the index keeps a link's evidence in one byte).
   */
  evidenceBits(kinds: readonly string[]): Record<string, number> {
    const bits: Record<string, number> = {};
    for (const k of kinds) {
      const bit = code(this.evidenceKinds, k);
      if (bit > 7) throw new Error(`analytics index: more than 8 evidence kinds (${k})`);
      bits[k] = bit;
    }
    return bits;
  }

  /** Adds one review given by ids (any order): codes are handed out for ids not seen yet. */
  addReviewByIds(row: IndexReviewIdsRow): void {
    const { partnershipIds, agencyIds, links, findings, ...rest } = row;
    const themeOf = (id: string) => this.themeCodeMap.get(id) ?? -1;
    const bits = this.evidenceBits(links.map(([, e]) => e ?? NULL_EVIDENCE));
    this.addReview({
      ...rest,
      partnerships: partnershipIds.map((p) => this.partnershipCode(p, '')),
      agencies: agencyIds.map((a) => {
        this.addAgency({
          id: a,
          sector: null,
          nameKey: a,
          record: { id: a, name: a } as AgencyRecord,
        });
        return this.agencyCodeMap.get(a) as number;
      }),
      links: links.map(([t, e]) => {
        const c = themeOf(t);
        return c < 0 ? -1 : c * 8 + (bits[e ?? NULL_EVIDENCE] as number);
      }),
      findings: findings.flatMap(([t, f]) => [themeOf(t), f]),
    });
  }

  /** Adds one review (any order). A negative or missing theme code counts as a skipped link. */
  addReview(row: IndexReviewRow): void {
    this.ids.push(row.id);
    this.titleKeys.push(row.titleKey ?? '');
    this.sorts.push(row.publishedSort);
    this.ons.push(row.publishedOn);
    this.years.push(row.publishedYear ?? 0);
    this.kindCodes.push(code(this.kinds, row.kind ?? ''));
    this.synth.push(row.synthetic ? 1 : 0);
    let first = -1;
    for (const p of row.partnerships) {
      this.parts.values.push(p);
      if (
        first < 0 ||
        cmp(this.partnershipIds[p] as string, this.partnershipIds[first] as string) < 0
      )
        first = p;
    }
    this.parts.end();
    const agencies = distinctAscending(row.agencies);
    const sectors: number[] = [];
    const sectorOf = (sector: string | null | undefined) => {
      if (sector == null) return;
      let c = this.sectorCodes.get(sector);
      if (c === undefined) this.sectorCodes.set(sector, (c = this.sectorCodes.size));
      if (!sectors.includes(c)) sectors.push(c);
    };
    for (const a of agencies) {
      this.ags.values.push(a);
      sectorOf(this.agencySector[a]);
    }
    this.ags.end();
    for (const sector of row.sectors) sectorOf(sector);
    this.secs.push(sectors);
    const { findings } = row;
    for (let i = 0; i + 1 < findings.length; i += 2) {
      const t = findings[i] as number;
      if (t == null || t < 0) {
        this.skippedLinks += 1;
        continue;
      }
      this.finds.values.push(t);
      this.findingIds.push(findings[i + 1] as string);
    }
    this.finds.end();
    this.notification.push(row.notificationWorkingDays ?? -1);
    this.rapidReview.push(row.rapidReviewWorkingDays ?? -1);
    this.notifiedYears.push(row.notifiedOn ? Number(row.notifiedOn.slice(0, 4)) : 0);
    this.firstPartnerships.push(first);
    // Distinct themes, ascending, each with the union of its links' evidence.
    const links = [...row.links].sort((a, b) => a - b);
    let last = -1;
    for (const l of links) {
      if (l == null || l < 0) {
        this.skippedLinks += 1;
        continue;
      }
      const t = Math.floor(l / 8);
      const bit = 1 << (l % 8);
      if (t === last) {
        const at = this.linkEvidence.length - 1;
        this.linkEvidence[at] = (this.linkEvidence[at] as number) | bit;
      } else {
        this.links.values.push(t);
        this.linkEvidence.push(bit);
        last = t;
      }
    }
    this.links.end();
  }

  private partnershipCode(id: string, nameKey: string, record?: PartnershipRecord): number {
    let c = this.partnershipCodeMap.get(id);
    if (c === undefined) {
      c = this.partnershipIds.length;
      this.partnershipCodeMap.set(id, c);
      this.partnershipIds.push(id);
      this.partnershipNames.push(nameKey);
      this.partnershipRecords.push(record ?? ({ id, name: nameKey } as PartnershipRecord));
    }
    return c;
  }

  /** Sorts reviews newest first and packs everything; `version` is the data version read first. */
  finish(version: number): AnalyticsIndex {
    const n = this.ids.length;
    const { ids, titleKeys, sorts } = this;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
      const sa = sorts[a];
      const sb = sorts[b];
      if ((sa == null) !== (sb == null)) return sa == null ? 1 : -1;
      if (sa != null && sb != null && sa !== sb) return sa < sb ? 1 : -1;
      return (
        cmp(titleKeys[a] as string, titleKeys[b] as string) ||
        cmp(ids[a] as string, ids[b] as string)
      );
    });
    const byTitle = Array.from({ length: n }, (_, i) => i).sort(
      (a, b) =>
        cmp(titleKeys[a] as string, titleKeys[b] as string) ||
        cmp(ids[a] as string, ids[b] as string),
    );
    const titleRankOld = new Uint32Array(n);
    byTitle.forEach((u, rank) => (titleRankOld[u] = rank));

    // Date keys as Cypher's min/max see them: publishedSort + ' ' + publishedOn (null if either is).
    const keyOf = (u: number) =>
      sorts[u] != null && this.ons[u] != null ? `${sorts[u]} ${this.ons[u]}` : null;
    const distinct = [
      ...new Set(Array.from({ length: n }, (_, u) => keyOf(u)).filter((k) => k !== null)),
    ].sort(cmp);
    const rankOfKey = new Map(distinct.map((k, i) => [k, i]));

    const reviewIds: string[] = new Array<string>(n);
    const positionById = new Map<string, number>();
    const kind = new Uint8Array(n);
    const year = new Int32Array(n);
    const day = new Int32Array(n);
    const dateRank = new Int32Array(n);
    const synthetic = new Uint8Array(n);
    const titleRank = new Uint32Array(n);
    order.forEach((u, p) => {
      const id = ids[u] as string;
      reviewIds[p] = id;
      positionById.set(id, p);
      kind[p] = this.kindCodes[u] as number;
      year[p] = this.years[u] as number;
      day[p] = dayNumber(sorts[u]);
      const k = keyOf(u);
      dateRank[p] = k === null ? -1 : (rankOfKey.get(k) as number);
      synthetic[p] = this.synth[u] as number;
      titleRank[p] = titleRankOld[u] as number;
    });
    const recommendations = this.recs.finish((id) => positionById.get(id) ?? -1);
    const partnerships = this.parts.permuted(order);
    const agencies = this.ags.permuted(order);
    const reviewThemes = this.links.permuted(order);
    const reviewEvidence = permuteParallel(this.links, order, this.linkEvidence);
    const sectors = this.secs.permuted(order);
    const findingThemes = this.finds.permuted(order);
    const findingIds = permuteStrings(this.finds, order, this.findingIds);
    const lifecycle = [
      this.notification,
      this.rapidReview,
      this.notifiedYears,
      this.firstPartnerships,
    ].map((xs) => Int32Array.from(order, (u) => xs[u] as number)) as [
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
    ];

    // Posting lists: walk reviews in position order so each list comes out ascending.
    const t = this.themes.length;
    const counts = new Uint32Array(t + 1);
    for (const c of reviewThemes.values) counts[c + 1] = (counts[c + 1] as number) + 1;
    for (let i = 0; i < t; i++) counts[i + 1] = (counts[i + 1] as number) + (counts[i] as number);
    const postingOffsets = counts.slice();
    const fill = counts.slice(0, t);
    const postingValues = new Uint32Array(reviewThemes.values.length);
    const postingEvidence = new Uint8Array(reviewThemes.values.length);
    for (let p = 0; p < n; p++) {
      for (
        let j = reviewThemes.offsets[p] as number;
        j < (reviewThemes.offsets[p + 1] as number);
        j++
      ) {
        const c = reviewThemes.values[j] as number;
        const at = fill[c] as number;
        postingValues[at] = p;
        postingEvidence[at] = reviewEvidence[j] as number;
        fill[c] = at + 1;
      }
    }
    return new AnalyticsIndex(
      version,
      reviewIds,
      positionById,
      this.kinds,
      kind,
      year,
      day,
      dateRank,
      distinct.map((k) => k.slice(k.indexOf(' ') + 1)),
      synthetic,
      titleRank,
      this.partnershipCodeMap,
      partnerships,
      this.agencyCodeMap,
      this.agencySector,
      agencies,
      this.themes.map((x) => x.id),
      this.themeCodeMap,
      this.themes.map((x) => x.briefingIds),
      reviewThemes,
      reviewEvidence,
      { offsets: postingOffsets, values: postingValues },
      postingEvidence,
      this.evidenceKinds.map((k) => k),
      sectors,
      this.sectorCodes,
      findingThemes,
      findingIds,
      ...lifecycle,
      this.partnershipNames,
      this.themes.map((x) => Object.freeze(x.record)),
      recommendations,
      this.agencyRecords.map((r) => Object.freeze(r)),
      this.agencyNameKeys,
      this.partnershipRecords.map((r) => Object.freeze(r)),
    );
  }
}

function code(table: string[], value: string): number {
  const i = table.indexOf(value);
  if (i >= 0) return i;
  table.push(value);
  return table.length - 1;
}

/** Distinct values of `xs`, ascending. */
function distinctAscending(xs: readonly number[]): number[] {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.filter((x, i) => i === 0 || x !== sorted[i - 1]);
}

/** Appends rows of small integers; packs them, reordered, into a `Csr`. */
class CsrBuilder {
  readonly offsets: number[] = [0];
  readonly values: number[] = [];

  push(row: readonly number[]): void {
    for (const v of row) this.values.push(v);
    this.end();
  }

  /** Ends the current row (after pushing its values onto `values`). */
  end(): void {
    this.offsets.push(this.values.length);
  }

  permuted(order: readonly number[]): Csr {
    const offsets = new Uint32Array(order.length + 1);
    const values = new Uint32Array(this.values.length);
    let at = 0;
    order.forEach((u, p) => {
      for (let j = this.offsets[u] as number; j < (this.offsets[u + 1] as number); j++)
        values[at++] = this.values[j] as number;
      offsets[p + 1] = at;
    });
    return { offsets, values };
  }
}

function permuteStrings(rows: CsrBuilder, order: readonly number[], data: string[]): string[] {
  const out: string[] = [];
  for (const u of order) {
    for (let j = rows.offsets[u] as number; j < (rows.offsets[u + 1] as number); j++)
      out.push(data[j] as string);
  }
  return out;
}

function permuteParallel(rows: CsrBuilder, order: readonly number[], data: number[]): Uint8Array {
  const out = new Uint8Array(data.length);
  let at = 0;
  for (const u of order) {
    for (let j = rows.offsets[u] as number; j < (rows.offsets[u + 1] as number); j++)
      out[at++] = data[j] as number;
  }
  return out;
}
