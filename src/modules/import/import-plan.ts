// Turns a validated import file into batches of statement rows ("units"), in dependency order.
import { Label, Rel } from '../../db/schema';
import type {
  ImportAgency,
  ImportDocument,
  ImportFile,
  ImportPartnership,
  ImportFinding,
  ImportRecommendation,
  ImportReview,
  ImportStatusChange,
  ImportSource,
  ImportTaxonomy,
  ImportTaxonomyCategory,
  ImportTheme,
  SourceRef,
} from './import-format';
import { workingDayCounts } from '../lifecycle';
import { childId, datePartsOf, findingId, recommendationId, statusChangeId } from './ids';
import type {
  LabelName,
  LinksRow,
  Mode,
  NodeRow,
  OwnedRow,
  ParentRow,
  Props,
  ReviewRow,
  Statement,
} from './import.repository';
import { statementsFor as S } from './import.repository';

/** One statement with the rows it runs on. */
export interface Step {
  name: string;
  cypher: string;
  rows: readonly object[];
}

/** Work that runs together: a batch of records of one label and the statements that write them. */
export interface Unit {
  /** The label of the batch's records, and their ids: the importer asks which already exist. */
  label: LabelName;
  ids: string[];
  /** How many records of the file the unit covers (its reviews, for a batch of reviews). */
  records: number;
  /** The statements with their rows, given which of the batch's ids the database holds. */
  steps(existing: ReadonlySet<string>): Step[];
}

/** Pairs a statement with rows of its own row type. */
function step<R extends object>(statement: Statement<R>, rows: readonly R[]): Step {
  return { name: statement.name, cypher: statement.cypher, rows };
}

/**
 * How one kind of record is written: statements and the typed function giving each its row, in
 * the mode the batch's records need (`create` for records the database does not hold yet).
 */
type Writer<T> = (batch: readonly T[], mode: Mode) => Step[];
const each =
  <T, R extends object>(
    statement: (mode: Mode) => Statement<R>,
    toRow: (record: T) => R,
  ): Writer<T> =>
  (batch, mode) => [step(statement(mode), batch.map(toRow))];

const flag = (v: boolean | undefined): boolean => v === true;
const link = (id: string, props: Props = {}): NodeRow => ({ id, props });
const links = (id: string, targets: readonly NodeRow[]): LinksRow => ({ id, links: targets });
const sourceLinks = (id: string, sources: readonly SourceRef[] | undefined): LinksRow =>
  links(
    id,
    (sources ?? []).map((s) => link(s.sourceId, { facts: s.facts ?? [] })),
  );
const cited = <T extends { id: string; sources?: SourceRef[] | undefined }>(
  from: (typeof Label)[keyof typeof Label],
) =>
  each(
    (m) => S.links(m, from, Rel.SOURCED_FROM, Label.Source),
    (r: T) => sourceLinks(r.id, r.sources),
  );

const sourceRow = (s: ImportSource): NodeRow => ({
  id: s.id,
  props: {
    url: s.url,
    title: s.title,
    publisher: s.publisher ?? null,
    retrievedOn: s.retrievedOn ?? null,
  },
});

const taxonomyRow = (x: ImportTaxonomy): NodeRow => ({
  id: x.id,
  props: {
    name: x.name,
    publisher: x.publisher,
    year: x.year ?? null,
    kind: x.kind,
    note: x.note ?? null,
  },
});
const taxonomySourceLinks = (x: ImportTaxonomy): LinksRow =>
  links(x.id, [link(x.sourceId, { facts: [] })]);

/** A category with its position in its taxonomy's list (from 1, in file order). */
type PlacedCategory = ImportTaxonomyCategory & { position: number };
function placeCategories(
  categories: readonly ImportTaxonomyCategory[] | undefined,
): PlacedCategory[] {
  const next = new Map<string, number>();
  return (categories ?? []).map((c) => {
    const position = (next.get(c.taxonomyId) ?? 0) + 1;
    next.set(c.taxonomyId, position);
    return { ...c, position };
  });
}
const categoryRow = (c: PlacedCategory): NodeRow => ({
  id: c.id,
  props: { name: c.name, note: c.note ?? null, position: c.position },
});
const categoryTaxonomy = (c: PlacedCategory): ParentRow => ({ id: c.id, parentId: c.taxonomyId });
const categorySourceLinks = (c: PlacedCategory): LinksRow =>
  links(c.id, c.sourceId ? [link(c.sourceId, { facts: [] })] : []);

const agencyRow = (a: ImportAgency): NodeRow => ({
  id: a.id,
  props: { name: a.name, sector: a.sector, synthetic: flag(a.synthetic) },
});

const partnershipRow = (p: ImportPartnership): NodeRow => ({
  id: p.id,
  props: {
    name: p.name,
    synthetic: flag(p.synthetic),
    olderReviewsNote: p.olderReviews?.note ?? null,
    olderReviewsUrl: p.olderReviews?.url ?? null,
    olderReviewsSourceId: p.olderReviews?.sourceId ?? null,
    caveats: p.caveats ?? [],
  },
});
const statedThemeLinks = (p: ImportPartnership): LinksRow =>
  links(
    p.id,
    (p.themes ?? []).map((t) => link(t.themeId, { sourceId: t.sourceId, note: t.note ?? null })),
  );
const statutoryPartnerLinks = (p: ImportPartnership): LinksRow =>
  links(
    p.id,
    (p.statutoryPartners ?? []).map((s) => link(s.agencyId, { sourceId: s.sourceId ?? null })),
  );

const themeRow = (t: ImportTheme): NodeRow => {
  const aliases = [...new Set([t.name, ...(t.aliases ?? [])])];
  return {
    id: t.id,
    props: { name: t.name, aliases, aliasText: aliases.join(' | '), synthetic: flag(t.synthetic) },
  };
};
const mappingLinks = (t: ImportTheme): LinksRow =>
  links(
    t.id,
    (t.mappings ?? []).map((m) => link(m.categoryId, { basis: m.basis, note: m.note ?? null })),
  );

const documentRow = (d: ImportDocument): NodeRow => ({
  id: d.id,
  props: {
    title: d.title,
    kind: d.kind,
    url: d.url ?? null,
    author: d.author ?? null,
    publishedOn: d.publishedOn ?? null,
    synthetic: flag(d.synthetic),
  },
});
const documentThemeLinks = (d: ImportDocument): LinksRow =>
  links(d.id, d.themeId ? [link(d.themeId)] : []);

/** A review's node row: its own properties (derived ones included) and its partnership. */
export const reviewRow = (r: ImportReview): ReviewRow => {
  const { year, sort } = datePartsOf(r.publishedOn);
  return {
    id: r.id,
    partnershipId: r.partnershipId,
    props: {
      title: r.title,
      kind: r.kind,
      publishedOn: r.publishedOn ?? null,
      publishedYear: year,
      publishedSort: sort,
      summary: r.summary ?? null,
      methodology: r.methodology ?? null,
      caveats: r.caveats ?? [],
      synthetic: flag(r.synthetic),
      ...lifecycleProps(r),
    },
  };
};

/** A review's lifecycle properties, with the working-day counts derived from its dates. */
const lifecycleProps = (r: ImportReview): Props => {
  const dates = {
    awareOn: r.awareOn ?? null,
    notifiedOn: r.notifiedOn ?? null,
    rapidReviewHeldOn: r.rapidReview?.heldOn ?? null,
  };
  return {
    ...dates,
    commissionedOn: r.commissionedOn ?? null,
    rapidReviewDecision: r.rapidReview?.decision ?? null,
    incidentMonth: r.incident?.month ?? null,
    incidentOutcome: r.incident?.outcome ?? null,
    incidentHarmTypes: r.incident?.harmTypes ?? [],
    incidentAgeBand: r.incident?.ageBand ?? null,
    ...workingDayCounts(dates),
  };
};
const childrenRow = (r: ImportReview): OwnedRow => ({
  id: r.id,
  items: (r.children ?? []).map((c) => ({
    id: childId(r.id, c.pseudonym),
    props: { pseudonym: c.pseudonym, ageBand: c.ageBand ?? null, synthetic: flag(r.synthetic) },
  })),
});
/**
 * A recommendation's status history, oldest first: `statusHistory`, or a reported `status`
 * given with its date as one entry (a status without a date, and NOT_KNOWN, have no history;
 * validation refuses NOT_KNOWN with a date).
 */
const historyOf = (q: ImportRecommendation): ImportStatusChange[] =>
  q.statusHistory ??
  (q.status && q.status !== 'NOT_KNOWN' && q.statusUpdatedOn
    ? [{ status: q.status, on: q.statusUpdatedOn }]
    : []);

/** A recommendation's node row: its properties, the status being its history's latest entry. */
export const recommendationRow = (reviewId: string, q: ImportRecommendation): NodeRow => {
  const last = historyOf(q).at(-1);
  return {
    id: recommendationId(reviewId, q.number),
    props: {
      number: q.number,
      text: q.text,
      // The latest entry, else the status given without a date; NOT_KNOWN when no source gives one.
      status: last?.status ?? q.status ?? 'NOT_KNOWN',
      statusUpdatedOn: last?.on ?? null,
      targetDate: q.targetDate ?? null,
      targetDue: q.targetDate ? lastDayOf(q.targetDate) : null,
      synthetic: flag(q.synthetic),
    },
  };
};

/** The last day of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date. */
function lastDayOf(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** The StatusChange rows of a recommendation's history, oldest first. */
export const statusChangeRows = (q: PlacedRecommendation): OwnedRow => ({
  id: q.id,
  items: historyOf(q).map((c, k) => ({
    id: statusChangeId(q.id, k + 1),
    props: {
      seq: k + 1,
      status: c.status,
      on: c.on,
      onSort: datePartsOf(c.on).sort,
      note: c.note ?? null,
      synthetic: flag(q.synthetic),
    },
  })),
});

/** A recommendation with the id derived from its review. */
type PlacedRecommendation = ImportRecommendation & { id: string };
/** A finding with the id derived from its review and place. */
type PlacedFinding = ImportFinding & { id: string };
/** A status change with the id derived from its recommendation and place. */
type PlacedStatusChange = ImportStatusChange & { id: string };

/** Writes a batch of reviews with their children, links and recommendations. */
const writeReviews: Writer<ImportReview> = (batch, mode) => {
  const recs: PlacedRecommendation[] = batch.flatMap((r) =>
    (r.recommendations ?? []).map((q) => ({ ...q, id: recommendationId(r.id, q.number) })),
  );
  const findings: PlacedFinding[] = batch.flatMap((r) =>
    (r.findings ?? []).map((f, k) => ({ ...f, id: findingId(r.id, k + 1) })),
  );
  const changes: PlacedStatusChange[] = recs.flatMap((q) =>
    historyOf(q).map((c, k) => ({ ...c, id: statusChangeId(q.id, k + 1) })),
  );
  return [
    step(S.reviews(mode), batch.map(reviewRow)),
    step(S.owned(mode, Rel.CONCERNS, Label.Child), batch.map(childrenRow)),
    step(
      S.links(mode, Label.Review, Rel.INVOLVED, Label.Agency),
      batch.map((r) =>
        links(
          r.id,
          (r.agencies ?? []).map((a) => link(a.agencyId, { sourceId: a.sourceId ?? null })),
        ),
      ),
    ),
    step(
      S.owned(mode, Rel.INVOLVED_SECTOR, Label.SectorInvolvement),
      batch.map((r) => ({
        id: r.id,
        items: (r.sectors ?? []).map((x, n) => ({
          id: `${r.id}-sector-${n + 1}`,
          props: { sector: x.sector, name: x.name, sourceId: x.sourceId ?? null },
        })),
      })),
    ),
    step(
      S.links(mode, Label.Review, Rel.HAS_DOCUMENT, Label.Document),
      batch.map((r) =>
        links(
          r.id,
          (r.documents ?? []).map((d) => link(d.documentId, { title: d.title ?? null })),
        ),
      ),
    ),
    step(
      S.owned(mode, Rel.MENTIONS_DOCUMENT, Label.UnlistedDocument),
      batch.map((r) => ({
        id: r.id,
        items: (r.unlistedDocuments ?? []).map((u, n) => ({
          id: `${r.id}-unlisted-${n + 1}`,
          props: { kind: u.kind, description: u.description, sourceId: u.sourceId },
        })),
      })),
    ),
    step(
      S.keyedLinks(mode, Label.Review, Rel.RAISES, Label.Theme, 'evidence'),
      batch.map((r) =>
        links(
          r.id,
          (r.themes ?? []).map((t) =>
            link(t.themeId, {
              evidence: t.evidence,
              sourceId: t.sourceId ?? null,
              note: t.note ?? null,
            }),
          ),
        ),
      ),
    ),
    ...cited<ImportReview>(Label.Review)(batch, mode),
    step(
      S.owned(mode, Rel.MAKES, Label.Recommendation, Label.Review, {
        rel: Rel.HAS_STATUS_CHANGE,
        label: Label.StatusChange,
      }),
      batch.map((r) => ({
        id: r.id,
        items: (r.recommendations ?? []).map((q) => recommendationRow(r.id, q)),
      })),
    ),
    step(
      S.links(mode, Label.Recommendation, Rel.ADDRESSED_TO, Label.Agency),
      recs.map((q) =>
        links(
          q.id,
          (q.agencyIds ?? []).map((a) => link(a)),
        ),
      ),
    ),
    step(
      S.links(mode, Label.Recommendation, Rel.ADDRESSES, Label.Theme),
      recs.map((q) =>
        links(
          q.id,
          (q.themeIds ?? []).map((t) => link(t)),
        ),
      ),
    ),
    ...cited<PlacedRecommendation>(Label.Recommendation)(recs, mode),
    step(
      S.links(mode, Label.Recommendation, Rel.OWNED_BY, Label.Agency),
      recs.map((q) => links(q.id, q.ownerAgencyId ? [link(q.ownerAgencyId)] : [])),
    ),
    step(
      S.links(mode, Label.Recommendation, Rel.OWNED_BY, Label.Partnership),
      recs.map((q) => links(q.id, q.ownerPartnershipId ? [link(q.ownerPartnershipId)] : [])),
    ),
    step(
      S.owned(mode, Rel.HAS_STATUS_CHANGE, Label.StatusChange, Label.Recommendation),
      recs.map(statusChangeRows),
    ),
    step(
      S.links(mode, Label.StatusChange, Rel.SOURCED_FROM, Label.Source),
      changes.map((c) => links(c.id, c.sourceId ? [link(c.sourceId, { facts: [] })] : [])),
    ),
    step(
      S.owned(mode, Rel.HAS_FINDING, Label.Finding),
      batch.map((r) => ({
        id: r.id,
        items: (r.findings ?? []).map((f, k) => ({
          id: findingId(r.id, k + 1),
          props: {
            text: f.text,
            pageRef: f.pageRef ?? null,
            position: k + 1,
            synthetic: flag(r.synthetic),
          },
        })),
      })),
    ),
    step(
      S.links(mode, Label.Finding, Rel.ABOUT, Label.Theme),
      findings.map((f) =>
        links(
          f.id,
          (f.themeIds ?? []).map((t) => link(t)),
        ),
      ),
    ),
    step(
      S.links(mode, Label.Finding, Rel.SOURCED_FROM, Label.Source),
      findings.map((f) => links(f.id, [link(f.sourceId, { facts: [] })])),
    ),
  ];
};

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Units for one kind of record: batches of `size`, each written by every writer in order; in each
 * writer the records the database holds (replaced in place) come before the new ones (created).
 */
function units<T extends { id: string }>(
  label: LabelName,
  records: readonly T[] | undefined,
  size: number,
  writers: Writer<T>[],
): Unit[] {
  return chunks(records ?? [], size).map((batch) => ({
    label,
    ids: batch.map((r) => r.id),
    records: batch.length,
    steps: (existing) => {
      const held = batch.filter((r) => existing.has(r.id));
      const fresh = held.length === 0 ? batch : batch.filter((r) => !existing.has(r.id));
      return writers.flatMap((write) => [...write(held, 'replace'), ...write(fresh, 'create')]);
    },
  }));
}

/**
 * All units of a file in dependency order: referenced records first (in batches of
 * max(batchSize, 1000)), then reviews in batches of `batchSize` (each with its children,
 * recommendations, findings and their links).
 */
export function planImport(f: ImportFile, batchSize: number): Unit[] {
  const size = Math.max(batchSize, 1000);
  return [
    ...units(Label.Source, f.sources, size, [each((m) => S.nodes(m, Label.Source), sourceRow)]),
    ...units(Label.Taxonomy, f.taxonomies, size, [
      each((m) => S.nodes(m, Label.Taxonomy), taxonomyRow),
      each((m) => S.links(m, Label.Taxonomy, Rel.SOURCED_FROM, Label.Source), taxonomySourceLinks),
    ]),
    ...units(Label.TaxonomyCategory, placeCategories(f.taxonomyCategories), size, [
      each((m) => S.nodes(m, Label.TaxonomyCategory), categoryRow),
      each(
        (m) => S.parent(m, Label.Taxonomy, Rel.HAS_CATEGORY, Label.TaxonomyCategory),
        categoryTaxonomy,
      ),
      each(
        (m) => S.links(m, Label.TaxonomyCategory, Rel.SOURCED_FROM, Label.Source),
        categorySourceLinks,
      ),
    ]),
    ...units(Label.Agency, f.agencies, size, [
      each((m) => S.nodes(m, Label.Agency), agencyRow),
      cited(Label.Agency),
    ]),
    ...units(Label.Theme, f.themes, size, [
      each((m) => S.nodes(m, Label.Theme), themeRow),
      each((m) => S.links(m, Label.Theme, Rel.MAPS_TO, Label.TaxonomyCategory), mappingLinks),
      cited(Label.Theme),
    ]),
    // Partnerships follow themes: the themes they state must exist.
    ...units(Label.Partnership, f.partnerships, size, [
      each((m) => S.nodes(m, Label.Partnership), partnershipRow),
      each(
        (m) => S.links(m, Label.Partnership, Rel.HAS_STATUTORY_PARTNER, Label.Agency),
        statutoryPartnerLinks,
      ),
      each((m) => S.links(m, Label.Partnership, Rel.STATES_THEME, Label.Theme), statedThemeLinks),
      cited(Label.Partnership),
    ]),
    ...units(Label.Document, f.documents, size, [
      each((m) => S.nodes(m, Label.Document), documentRow),
      each((m) => S.links(m, Label.Document, Rel.ON_THEME, Label.Theme), documentThemeLinks),
      cited(Label.Document),
    ]),
    ...units(Label.Review, f.reviews, batchSize, [writeReviews]),
  ];
}
