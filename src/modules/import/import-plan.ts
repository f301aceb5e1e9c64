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
  CreateShape,
  LabelName,
  LinksRow,
  NodeRow,
  OwnedRow,
  ParentRow,
  Props,
  ReviewRow,
  Statement,
  TreeRow,
} from './import.repository';
import {
  createTree,
  replaceKeyedLinks,
  replaceLinks,
  replaceOwned,
  setParent,
  upsert,
  upsertReviews,
} from './import.repository';

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

/** How records the database holds are written: statements with the rows of a batch. */
type Writer<T> = (batch: readonly T[]) => Step[];
const each =
  <T, R extends object>(statement: Statement<R>, toRow: (record: T) => R): Writer<T> =>
  (batch) => [step(statement, batch.map(toRow))];

/**
 * How one kind of record is written: `replace`, the statements for records the database holds
 * (in order), and `create`, the shape and the row of one that it does not hold yet, created with
 * everything it owns and links to in one statement (`createTree`).
 */
interface RecordWriter<T> {
  replace: Writer<T>[];
  create: { shape: CreateShape; row: (record: T) => TreeRow };
}
/** A tree row: the record's node row, its parent's id if any, its links and owned rows. */
const tree = (
  node: NodeRow,
  links: readonly (readonly NodeRow[])[] = [],
  owned: readonly (readonly TreeRow[])[] = [],
  parentId?: string,
): TreeRow => ({
  id: node.id,
  props: node.props,
  ...(parentId === undefined ? {} : { parentId }),
  links,
  owned,
});

const flag = (v: boolean | undefined): boolean => v === true;
const link = (id: string, props: Props = {}): NodeRow => ({ id, props });
const links = (id: string, targets: readonly NodeRow[]): LinksRow => ({ id, links: targets });
/** The sources a record cites, each with the facts it supports. */
const sourceTargets = (sources: readonly SourceRef[] | undefined): NodeRow[] =>
  (sources ?? []).map((s) => link(s.sourceId, { facts: s.facts ?? [] }));
/** Replaces the SOURCED_FROM links of records citing `sources`. */
const cited = <T extends { id: string; sources?: SourceRef[] | undefined }>(from: LabelName) =>
  each(replaceLinks(from, Rel.SOURCED_FROM, Label.Source), (r: T) =>
    links(r.id, sourceTargets(r.sources)),
  );
/** The SOURCED_FROM link of a created record's shape. */
const citesSources = (): { rel: typeof Rel.SOURCED_FROM; to: typeof Label.Source } => ({
  rel: Rel.SOURCED_FROM,
  to: Label.Source,
});

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

/** A review's links and owned nodes, as both write paths take them. */
const involvedAgencies = (r: ImportReview): NodeRow[] =>
  (r.agencies ?? []).map((a) => link(a.agencyId, { sourceId: a.sourceId ?? null }));
const sectorItems = (r: ImportReview): NodeRow[] =>
  (r.sectors ?? []).map((x, n) => ({
    id: `${r.id}-sector-${n + 1}`,
    props: { sector: x.sector, name: x.name, sourceId: x.sourceId ?? null },
  }));
const documentTargets = (r: ImportReview): NodeRow[] =>
  (r.documents ?? []).map((d) => link(d.documentId, { title: d.title ?? null }));
const unlistedItems = (r: ImportReview): NodeRow[] =>
  (r.unlistedDocuments ?? []).map((u, n) => ({
    id: `${r.id}-unlisted-${n + 1}`,
    props: { kind: u.kind, description: u.description, sourceId: u.sourceId },
  }));
const raisedThemes = (r: ImportReview): NodeRow[] =>
  (r.themes ?? []).map((t) =>
    link(t.themeId, { evidence: t.evidence, sourceId: t.sourceId ?? null, note: t.note ?? null }),
  );
const findingItems = (r: ImportReview): NodeRow[] =>
  (r.findings ?? []).map((f, k) => ({
    id: findingId(r.id, k + 1),
    props: {
      text: f.text,
      pageRef: f.pageRef ?? null,
      position: k + 1,
      synthetic: flag(r.synthetic),
    },
  }));
const addressedAgencies = (q: ImportRecommendation): NodeRow[] =>
  (q.agencyIds ?? []).map((a) => link(a));
const addressedThemes = (q: ImportRecommendation): NodeRow[] =>
  (q.themeIds ?? []).map((t) => link(t));
const ownerAgency = (q: ImportRecommendation): NodeRow[] =>
  q.ownerAgencyId ? [link(q.ownerAgencyId)] : [];
const ownerPartnership = (q: ImportRecommendation): NodeRow[] =>
  q.ownerPartnershipId ? [link(q.ownerPartnershipId)] : [];
const changeSource = (c: ImportStatusChange): NodeRow[] =>
  c.sourceId ? [link(c.sourceId, { facts: [] })] : [];
const findingThemes = (f: ImportFinding): NodeRow[] => (f.themeIds ?? []).map((t) => link(t));
const findingSource = (f: ImportFinding): NodeRow[] => [link(f.sourceId, { facts: [] })];

/** Replaces a batch of held reviews with their children, links and recommendations. */
const replaceReviews: Writer<ImportReview> = (batch) => {
  const recs: PlacedRecommendation[] = batch.flatMap((r) =>
    (r.recommendations ?? []).map((q) => ({ ...q, id: recommendationId(r.id, q.number) })),
  );
  const findings: PlacedFinding[] = batch.flatMap((r) =>
    (r.findings ?? []).map((f, k) => ({ ...f, id: findingId(r.id, k + 1) })),
  );
  const changes: PlacedStatusChange[] = recs.flatMap((q) =>
    historyOf(q).map((c, k) => ({ ...c, id: statusChangeId(q.id, k + 1) })),
  );
  const owned = (r: ImportReview, items: readonly NodeRow[]): OwnedRow => ({ id: r.id, items });
  return [
    step(upsertReviews, batch.map(reviewRow)),
    step(replaceOwned(Rel.CONCERNS, Label.Child), batch.map(childrenRow)),
    step(
      replaceLinks(Label.Review, Rel.INVOLVED, Label.Agency),
      batch.map((r) => links(r.id, involvedAgencies(r))),
    ),
    step(
      replaceOwned(Rel.INVOLVED_SECTOR, Label.SectorInvolvement),
      batch.map((r) => owned(r, sectorItems(r))),
    ),
    step(
      replaceLinks(Label.Review, Rel.HAS_DOCUMENT, Label.Document),
      batch.map((r) => links(r.id, documentTargets(r))),
    ),
    step(
      replaceOwned(Rel.MENTIONS_DOCUMENT, Label.UnlistedDocument),
      batch.map((r) => owned(r, unlistedItems(r))),
    ),
    step(
      replaceKeyedLinks(Label.Review, Rel.RAISES, Label.Theme, 'evidence'),
      batch.map((r) => links(r.id, raisedThemes(r))),
    ),
    ...cited<ImportReview>(Label.Review)(batch),
    step(
      replaceOwned(Rel.MAKES, Label.Recommendation, Label.Review, {
        rel: Rel.HAS_STATUS_CHANGE,
        label: Label.StatusChange,
      }),
      batch.map((r) =>
        owned(
          r,
          (r.recommendations ?? []).map((q) => recommendationRow(r.id, q)),
        ),
      ),
    ),
    step(
      replaceLinks(Label.Recommendation, Rel.ADDRESSED_TO, Label.Agency),
      recs.map((q) => links(q.id, addressedAgencies(q))),
    ),
    step(
      replaceLinks(Label.Recommendation, Rel.ADDRESSES, Label.Theme),
      recs.map((q) => links(q.id, addressedThemes(q))),
    ),
    ...cited<PlacedRecommendation>(Label.Recommendation)(recs),
    step(
      replaceLinks(Label.Recommendation, Rel.OWNED_BY, Label.Agency),
      recs.map((q) => links(q.id, ownerAgency(q))),
    ),
    step(
      replaceLinks(Label.Recommendation, Rel.OWNED_BY, Label.Partnership),
      recs.map((q) => links(q.id, ownerPartnership(q))),
    ),
    step(
      replaceOwned(Rel.HAS_STATUS_CHANGE, Label.StatusChange, Label.Recommendation),
      recs.map(statusChangeRows),
    ),
    step(
      replaceLinks(Label.StatusChange, Rel.SOURCED_FROM, Label.Source),
      changes.map((c) => links(c.id, changeSource(c))),
    ),
    step(
      replaceOwned(Rel.HAS_FINDING, Label.Finding),
      batch.map((r) => owned(r, findingItems(r))),
    ),
    step(
      replaceLinks(Label.Finding, Rel.ABOUT, Label.Theme),
      findings.map((f) => links(f.id, findingThemes(f))),
    ),
    step(
      replaceLinks(Label.Finding, Rel.SOURCED_FROM, Label.Source),
      findings.map((f) => links(f.id, findingSource(f))),
    ),
  ];
};

/**
 * A review the database does not hold, created with everything it owns and links to. The links
 * and owned nodes are those `replaceReviews` writes, in the shape's order.
 */
const reviewShape: CreateShape = {
  label: Label.Review,
  parent: { rel: Rel.PUBLISHED, from: Label.Partnership },
  links: [
    { rel: Rel.INVOLVED, to: Label.Agency },
    { rel: Rel.HAS_DOCUMENT, to: Label.Document },
    { rel: Rel.RAISES, to: Label.Theme },
    citesSources(),
  ],
  owned: [
    { rel: Rel.CONCERNS, shape: { label: Label.Child } },
    { rel: Rel.INVOLVED_SECTOR, shape: { label: Label.SectorInvolvement } },
    { rel: Rel.MENTIONS_DOCUMENT, shape: { label: Label.UnlistedDocument } },
    {
      rel: Rel.MAKES,
      shape: {
        label: Label.Recommendation,
        links: [
          { rel: Rel.ADDRESSED_TO, to: Label.Agency },
          { rel: Rel.ADDRESSES, to: Label.Theme },
          citesSources(),
          { rel: Rel.OWNED_BY, to: Label.Agency },
          { rel: Rel.OWNED_BY, to: Label.Partnership },
        ],
        owned: [
          {
            rel: Rel.HAS_STATUS_CHANGE,
            shape: { label: Label.StatusChange, links: [citesSources()] },
          },
        ],
      },
    },
    {
      rel: Rel.HAS_FINDING,
      shape: {
        label: Label.Finding,
        links: [{ rel: Rel.ABOUT, to: Label.Theme }, citesSources()],
      },
    },
  ],
};
const reviewTree = (r: ImportReview): TreeRow => {
  const { id, props, partnershipId } = reviewRow(r);
  const findings = r.findings ?? [];
  return tree(
    { id, props },
    [involvedAgencies(r), documentTargets(r), raisedThemes(r), sourceTargets(r.sources)],
    [
      childrenRow(r).items.map((c) => tree(c)),
      sectorItems(r).map((x) => tree(x)),
      unlistedItems(r).map((u) => tree(u)),
      (r.recommendations ?? []).map((q) => {
        const node = recommendationRow(r.id, q);
        const changes = historyOf(q);
        return tree(
          node,
          [
            addressedAgencies(q),
            addressedThemes(q),
            sourceTargets(q.sources),
            ownerAgency(q),
            ownerPartnership(q),
          ],
          [
            statusChangeRows({ ...q, id: node.id }).items.map((c, k) =>
              tree(c, [changeSource(changes[k]!)]),
            ),
          ],
        );
      }),
      findingItems(r).map((f, k) =>
        tree(f, [findingThemes(findings[k]!), findingSource(findings[k]!)]),
      ),
    ],
    partnershipId,
  );
};
const reviews: RecordWriter<ImportReview> = {
  replace: [replaceReviews],
  create: { shape: reviewShape, row: reviewTree },
};

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Units for one kind of record: batches of `size`. In each, the records the database holds are
 * replaced in place first (every `replace` statement in order), then the others are created with
 * everything they own and link to (one `createTree` statement).
 */
function units<T extends { id: string }>(
  label: LabelName,
  records: readonly T[] | undefined,
  size: number,
  writer: RecordWriter<T>,
): Unit[] {
  return chunks(records ?? [], size).map((batch) => ({
    label,
    ids: batch.map((r) => r.id),
    records: batch.length,
    steps: (existing) => {
      const held = batch.filter((r) => existing.has(r.id));
      const fresh = held.length === 0 ? batch : batch.filter((r) => !existing.has(r.id));
      const created = createTree(writer.create.shape, fresh.map(writer.create.row));
      return [
        ...writer.replace.flatMap((write) => write(held)),
        step(created.statement, created.rows),
      ];
    },
  }));
}

/** A record kind with no links of its own beyond `links` (each a statement and the row's targets). */
function simple<T extends { id: string }>(
  shape: CreateShape,
  nodeRow: (record: T) => NodeRow,
  linkSets: readonly ((record: T) => LinksRow)[],
  parent?: (record: T) => ParentRow,
): RecordWriter<T> {
  const linkShapes = shape.links ?? [];
  const fromParent = shape.parent;
  return {
    replace: [
      each(upsert(shape.label), nodeRow),
      ...(fromParent && parent
        ? [each(setParent(fromParent.from, fromParent.rel, shape.label), parent)]
        : []),
      ...linkSets.map((toRow, k) =>
        each(replaceLinks(shape.label, linkShapes[k]!.rel, linkShapes[k]!.to), toRow),
      ),
    ],
    create: {
      shape,
      row: (r) =>
        tree(
          nodeRow(r),
          linkSets.map((toRow) => toRow(r).links),
          [],
          parent?.(r).parentId,
        ),
    },
  };
}

/**
 * All units of a file in dependency order: referenced records first (in batches of
 * max(batchSize, 1000)), then reviews in batches of `batchSize` (each with its children,
 * recommendations, findings and their links).
 */
export function planImport(f: ImportFile, batchSize: number): Unit[] {
  const size = Math.max(batchSize, 1000);
  const sourced = <T extends { id: string; sources?: SourceRef[] | undefined }>(r: T) =>
    links(r.id, sourceTargets(r.sources));
  return [
    ...units(Label.Source, f.sources, size, simple({ label: Label.Source }, sourceRow, [])),
    ...units(
      Label.Taxonomy,
      f.taxonomies,
      size,
      simple({ label: Label.Taxonomy, links: [citesSources()] }, taxonomyRow, [
        taxonomySourceLinks,
      ]),
    ),
    ...units(
      Label.TaxonomyCategory,
      placeCategories(f.taxonomyCategories),
      size,
      simple(
        {
          label: Label.TaxonomyCategory,
          parent: { rel: Rel.HAS_CATEGORY, from: Label.Taxonomy },
          links: [citesSources()],
        },
        categoryRow,
        [categorySourceLinks],
        categoryTaxonomy,
      ),
    ),
    ...units(
      Label.Agency,
      f.agencies,
      size,
      simple({ label: Label.Agency, links: [citesSources()] }, agencyRow, [sourced]),
    ),
    ...units(
      Label.Theme,
      f.themes,
      size,
      simple(
        {
          label: Label.Theme,
          links: [{ rel: Rel.MAPS_TO, to: Label.TaxonomyCategory }, citesSources()],
        },
        themeRow,
        [mappingLinks, sourced],
      ),
    ),
    // Partnerships follow themes: the themes they state must exist.
    ...units(
      Label.Partnership,
      f.partnerships,
      size,
      simple(
        {
          label: Label.Partnership,
          links: [
            { rel: Rel.HAS_STATUTORY_PARTNER, to: Label.Agency },
            { rel: Rel.STATES_THEME, to: Label.Theme },
            citesSources(),
          ],
        },
        partnershipRow,
        [statutoryPartnerLinks, statedThemeLinks, sourced],
      ),
    ),
    ...units(
      Label.Document,
      f.documents,
      size,
      simple(
        {
          label: Label.Document,
          links: [{ rel: Rel.ON_THEME, to: Label.Theme }, citesSources()],
        },
        documentRow,
        [documentThemeLinks, sourced],
      ),
    ),
    ...units(Label.Review, f.reviews, batchSize, reviews),
  ];
}
