// Packs the rows the build query streams into an AnalyticsIndex: codes, newest-first positions,
// compressed rows and posting lists. Pure arithmetic, no database.
import { AnalyticsIndex, dayNumber, type Csr } from './analytics-index';

/** One review as the build query streams it (see analytics-index.repository.ts). */
export interface IndexReviewRow {
  id: string;
  kind: string | null;
  publishedOn: string | null;
  publishedSort: string | null;
  publishedYear: number | null;
  /** `toLower(title)` as Cypher computes it, so ties order exactly as in Cypher. */
  titleKey: string | null;
  synthetic: boolean;
  partnershipIds: string[];
  agencyIds: string[];
  /** Sectors named as involved without an organisation (SectorInvolvement nodes). */
  sectors: (string | null)[];
  /** `[themeId, evidence]` per theme link (one per kind of evidence); evidence null if missing. */
  links: [string, string | null][];
  /** `[themeId, findingId]` per finding about a theme, in the review's finding order. */
  findings: [string, string][];
  /** Working days to notify and to hold the rapid review, as the importer stored them. */
  notificationWorkingDays: number | null;
  rapidReviewWorkingDays: number | null;
  notifiedOn: string | null;
}

/** One partnership: its id and `toLower(name)` (the order partnerships are listed in). */
export interface IndexPartnershipRow {
  id: string;
  nameKey: string | null;
}

/** One theme: its id, `toLower(name)` and its 7-minute briefings (document ids, by title). */
export interface IndexThemeRow {
  id: string;
  nameKey: string | null;
  briefingIds: string[];
}

const NULL_EVIDENCE = '';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Collects streamed rows, then sorts and packs them into an `AnalyticsIndex`. */
export class AnalyticsIndexBuilder {
  private readonly themes: IndexThemeRow[] = [];
  private readonly agencyCodes = new Map<string, number>();
  private readonly agencySector: (string | null)[] = [];
  private readonly kinds: string[] = [];
  private readonly evidenceKinds: string[] = [];
  private readonly partnershipCodes = new Map<string, number>();
  private themeCodes = new Map<string, number>();
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
  private readonly partnershipNames = new Map<string, string>();
  private readonly lifecycle: [number, number, number, number][] = [];
  /** Links whose theme was not in the theme list (created during the build): the index is stale. */
  skippedLinks = 0;

  /** Adds the themes; call once, before any review. */
  setThemes(rows: IndexThemeRow[]): void {
    const sorted = [...rows].sort(
      (a, b) => cmp(a.nameKey ?? '', b.nameKey ?? '') || cmp(a.id, b.id),
    );
    this.themes.push(...sorted);
    this.themeCodes = new Map(sorted.map((t, i) => [t.id, i]));
  }

  /** Adds the partnerships' names (for the order of timeliness groups); call before any review. */
  setPartnerships(rows: IndexPartnershipRow[]): void {
    for (const p of rows) this.partnershipNames.set(p.id, p.nameKey ?? '');
  }

  /** Adds one agency and its sector. */
  addAgency(id: string, sector: string | null): void {
    if (this.agencyCodes.has(id)) return;
    this.agencyCodes.set(id, this.agencySector.length);
    this.agencySector.push(sector);
  }

  /** Adds one review (any order). */
  addReview(row: IndexReviewRow): void {
    this.ids.push(row.id);
    this.titleKeys.push(row.titleKey ?? '');
    this.sorts.push(row.publishedSort);
    this.ons.push(row.publishedOn);
    this.years.push(row.publishedYear ?? 0);
    this.kindCodes.push(code(this.kinds, row.kind ?? ''));
    this.synth.push(row.synthetic ? 1 : 0);
    this.parts.push(
      row.partnershipIds.map((p) => {
        let c = this.partnershipCodes.get(p);
        if (c === undefined) this.partnershipCodes.set(p, (c = this.partnershipCodes.size));
        return c;
      }),
    );
    const agencies: number[] = [];
    for (const a of row.agencyIds) {
      if (!this.agencyCodes.has(a)) this.addAgency(a, null);
      agencies.push(this.agencyCodes.get(a) as number);
    }
    this.ags.push([...new Set(agencies)]);
    const sectors = new Set<number>();
    const sectorOf = (sector: string | null | undefined) => {
      if (sector == null) return;
      let c = this.sectorCodes.get(sector);
      if (c === undefined) this.sectorCodes.set(sector, (c = this.sectorCodes.size));
      sectors.add(c);
    };
    for (const a of agencies) sectorOf(this.agencySector[a]);
    for (const sector of row.sectors) sectorOf(sector);
    this.secs.push([...sectors]);
    const findingThemes: number[] = [];
    for (const [themeId, findingId] of row.findings) {
      const t = this.themeCodes.get(themeId);
      if (t === undefined) {
        this.skippedLinks += 1;
        continue;
      }
      findingThemes.push(t);
      this.findingIds.push(findingId);
    }
    this.finds.push(findingThemes);
    const first = [...row.partnershipIds].sort(cmp)[0];
    this.lifecycle.push([
      row.notificationWorkingDays ?? -1,
      row.rapidReviewWorkingDays ?? -1,
      row.notifiedOn ? Number(row.notifiedOn.slice(0, 4)) : 0,
      first === undefined ? -1 : (this.partnershipCodes.get(first) as number),
    ]);
    // Distinct themes, ascending, each with the union of its links' evidence.
    const byTheme = new Map<number, number>();
    for (const [themeId, evidence] of row.links) {
      const t = this.themeCodes.get(themeId);
      if (t === undefined) {
        this.skippedLinks += 1;
        continue;
      }
      const bit = code(this.evidenceKinds, evidence ?? NULL_EVIDENCE);
      if (bit > 7) throw new Error(`analytics index: more than 8 evidence kinds (${evidence})`);
      byTheme.set(t, (byTheme.get(t) ?? 0) | (1 << bit));
    }
    const codes = [...byTheme.keys()].sort((a, b) => a - b);
    this.links.push(codes);
    for (const c of codes) this.linkEvidence.push(byTheme.get(c) as number);
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
    const partnerships = this.parts.permuted(order);
    const agencies = this.ags.permuted(order);
    const reviewThemes = this.links.permuted(order);
    const reviewEvidence = permuteParallel(this.links, order, this.linkEvidence);
    const sectors = this.secs.permuted(order);
    const findingThemes = this.finds.permuted(order);
    const findingIds = permuteStrings(this.finds, order, this.findingIds);
    const lifecycle = [0, 1, 2, 3].map((k) =>
      Int32Array.from(order, (u) => (this.lifecycle[u] as number[])[k] as number),
    ) as [Int32Array, Int32Array, Int32Array, Int32Array];
    const partnershipNameKeys: string[] = [];
    for (const [id, c] of this.partnershipCodes)
      partnershipNameKeys[c] = this.partnershipNames.get(id) ?? '';

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
      this.partnershipCodes,
      partnerships,
      this.agencyCodes,
      this.agencySector,
      agencies,
      this.themes.map((x) => x.id),
      this.themeCodes,
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
      partnershipNameKeys,
    );
  }
}

function code(table: string[], value: string): number {
  const i = table.indexOf(value);
  if (i >= 0) return i;
  table.push(value);
  return table.length - 1;
}

/** Appends rows of small integers; packs them, reordered, into a `Csr`. */
class CsrBuilder {
  readonly offsets: number[] = [0];
  readonly values: number[] = [];

  push(row: readonly number[]): void {
    for (const v of row) this.values.push(v);
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
