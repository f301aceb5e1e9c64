// Exports the whole graph in the import format (the inverse of import-plan.ts), real and synthetic apart.
import type { Db, Tx } from '../../db/database';
import { Label, Rel } from '../../db/schema';
import type { ExportKind, LinkRow, RecordRow } from './export.repository';
import { EXPORT_KINDS, EXPORT_QUERIES, REVIEW_BY_ID, graphCensus } from './export.repository';
import type { ImportFile, ImportIssue, ImportReview, RecordKind } from './import-format';
import { IMPORT_FORMAT_ID, SYNTHETIC_PREFIX } from './import-format';
import { childId, findingId, recommendationId, statusChangeId } from './ids';
import { validateImport } from './validate';

/** The graph as import files: `real` always, `synthetic` when the graph holds synthetic records. */
export interface GraphExport {
  real: ImportFile;
  synthetic: ImportFile | null;
  /** Nodes deliberately left out, per label (the audit trail and API tokens; see ADR 0012). */
  leftOut: Record<string, number>;
}

/** Thrown when the graph holds something the import format cannot carry; nothing is written. */
export class ExportError extends Error {
  override name = 'ExportError';
  constructor(readonly problems: string[]) {
    super(
      `The graph cannot be exported in full (${problems.length} problem(s)):\n${problems.join('\n')}`,
    );
  }
}

/**
 * Labels the export leaves out on purpose: `Change` (the audit trail: who changed what, not what
 * the graph says) and `ApiToken` (credentials: issue new ones after a restore). ADR 0012.
 */
export const NOT_EXPORTED: readonly string[] = [Label.Change, Label.ApiToken];

/**
 * Stored properties the import derives from others (so the format does not carry them), and
 * `version`, the edit counter of the API's optimistic locking, which restarts at 1 (absent), with
 * a review's `findingVersionFloor` (where its new findings' versions start, after a delete).
 */
const DERIVED: Readonly<Record<string, readonly string[]>> = {
  [Label.Review]: [
    'publishedYear',
    'publishedSort',
    'notificationWorkingDays',
    'rapidReviewWorkingDays',
    'version',
    'findingVersionFloor',
  ],
  [Label.Finding]: ['version'],
  [Label.Theme]: ['aliasText', 'version'],
  [Label.Source]: ['version'],
  [Label.Recommendation]: ['targetDue', 'version'],
  [Label.StatusChange]: ['onSort'],
};

type Json = Record<string, unknown>;
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const jsonRows = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isJson) : []);
const isLink = (v: unknown): v is LinkRow => isJson(v) && typeof v.id === 'string';
const linkRows = (v: unknown): LinkRow[] =>
  (Array.isArray(v) ? v.filter(isLink) : []).sort((a, b) => a.id.localeCompare(b.id));
/** Drops null and undefined values (the importer stores an absent field as null). */
const present = (o: Json): Json =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
const nonEmpty = (list: unknown[]): unknown[] | undefined => (list.length > 0 ? list : undefined);

/**
 * Reads one node's properties, remembering which it used: `rest()` names any property nothing
 * read and the format therefore cannot carry (`DERIVED` ones excepted), so none is lost silently.
 */
class Props {
  private readonly used = new Set<string>(['id']);
  constructor(
    private readonly label: string,
    private readonly props: Json,
    private readonly problems: string[],
  ) {}
  get id(): string {
    return String(this.props.id);
  }
  get(key: string): unknown {
    this.used.add(key);
    return this.props[key] ?? undefined;
  }
  /** A list property, absent when empty. */
  list(key: string): unknown[] | undefined {
    const v = this.get(key);
    return Array.isArray(v) ? nonEmpty(v) : undefined;
  }
  /** `synthetic: true`, or absent. */
  synthetic(): true | undefined {
    return this.get('synthetic') === true ? true : undefined;
  }
  /** Reports every property nothing read. */
  done(): void {
    const derived = DERIVED[this.label] ?? [];
    for (const key of Object.keys(this.props)) {
      if (!this.used.has(key) && !derived.includes(key))
        this.problems.push(
          `${this.label} ${this.id}: property ${key} is not carried by the import format`,
        );
    }
  }
}

/** Tallies nodes and relationships the records carry, to compare with the graph's census. */
class Tally {
  readonly nodes = new Map<string, number>();
  readonly rels = new Map<string, number>();
  node(label: string, n = 1): void {
    this.nodes.set(label, (this.nodes.get(label) ?? 0) + n);
  }
  rel(type: string, n: number): void {
    this.rels.set(type, (this.rels.get(type) ?? 0) + n);
  }
}

/** Converts rows of each kind into import records; collects what cannot be carried. */
class Converter {
  readonly tally = new Tally();
  constructor(readonly problems: string[]) {}

  private props(label: string, props: Json): Props {
    this.tally.node(label);
    return new Props(label, props, this.problems);
  }

  private links(type: string, v: unknown): LinkRow[] {
    const rows = linkRows(v);
    this.tally.rel(type, rows.length);
    return rows;
  }

  /** The SOURCED_FROM links as `[{ sourceId, facts }]` (facts left out when empty: the whole record). */
  private sources(v: unknown): Json[] | undefined {
    return nonEmpty(
      this.links(Rel.SOURCED_FROM, v).map((l) => {
        const facts = Array.isArray(l.props.facts) ? l.props.facts : [];
        return present({ sourceId: l.id, facts: nonEmpty(facts) });
      }),
    ) as Json[] | undefined;
  }

  /** The id of a link the format holds once (e.g. a taxonomy's source); more than one is a problem. */
  private one(type: string, v: unknown, at: string, field: string): string | undefined {
    const rows = this.links(type, v);
    if (rows.length > 1)
      this.problems.push(
        `${at}: ${field} holds one id, the graph has ${rows.map((r) => r.id).join(', ')}`,
      );
    return rows[0]?.id;
  }

  /** Checks an owned node's stored id against the id the importer derives for it. */
  private derivedId(label: string, stored: string, expected: string, at: string): void {
    if (stored !== expected)
      this.problems.push(
        `${at}: ${label} ${stored} does not have the id the importer gives it (${expected})`,
      );
  }

  record(kind: ExportKind, row: RecordRow): Json {
    switch (kind) {
      case 'sources': {
        const p = this.props(Label.Source, row.props);
        const out = present({
          id: p.id,
          url: p.get('url'),
          title: p.get('title'),
          publisher: p.get('publisher'),
          retrievedOn: p.get('retrievedOn'),
        });
        p.done();
        return out;
      }
      case 'taxonomies': {
        const p = this.props(Label.Taxonomy, row.props);
        const out = present({
          id: p.id,
          name: p.get('name'),
          publisher: p.get('publisher'),
          year: p.get('year'),
          kind: p.get('kind'),
          sourceId: this.one(Rel.SOURCED_FROM, row.sources, `taxonomy ${p.id}`, 'sourceId'),
          note: p.get('note'),
        });
        p.done();
        return out;
      }
      case 'taxonomyCategories': {
        const p = this.props(Label.TaxonomyCategory, row.props);
        const at = `taxonomy category ${p.id}`;
        p.get('position'); // checked in order below: the import numbers categories by file order
        const out = present({
          id: p.id,
          taxonomyId: this.one(Rel.HAS_CATEGORY, row.taxonomy, at, 'taxonomyId'),
          name: p.get('name'),
          sourceId: this.one(Rel.SOURCED_FROM, row.sources, at, 'sourceId'),
          note: p.get('note'),
        });
        p.done();
        return { ...out, position: row.props.position };
      }
      case 'agencies': {
        const p = this.props(Label.Agency, row.props);
        const out = present({
          id: p.id,
          name: p.get('name'),
          sector: p.get('sector'),
          synthetic: p.synthetic(),
          sources: this.sources(row.sources),
        });
        p.done();
        return out;
      }
      case 'themes': {
        const p = this.props(Label.Theme, row.props);
        const mappings = this.links(Rel.MAPS_TO, row.mappings).map((l) =>
          present({ categoryId: l.id, basis: l.props.basis, note: l.props.note }),
        );
        const out = present({
          id: p.id,
          name: p.get('name'),
          aliases: p.list('aliases'),
          mappings: nonEmpty(mappings),
          synthetic: p.synthetic(),
          sources: this.sources(row.sources),
        });
        p.done();
        return out;
      }
      case 'partnerships': {
        const p = this.props(Label.Partnership, row.props);
        const note = p.get('olderReviewsNote');
        const url = p.get('olderReviewsUrl');
        const sourceId = p.get('olderReviewsSourceId');
        const partners = this.links(Rel.HAS_STATUTORY_PARTNER, row.statutoryPartners).map((l) =>
          present({ agencyId: l.id, sourceId: l.props.sourceId }),
        );
        const themes = this.links(Rel.STATES_THEME, row.themes).map((l) =>
          present({ themeId: l.id, sourceId: l.props.sourceId, note: l.props.note }),
        );
        const out = present({
          id: p.id,
          name: p.get('name'),
          synthetic: p.synthetic(),
          statutoryPartners: nonEmpty(partners),
          olderReviews: note != null ? present({ note, url, sourceId }) : undefined,
          caveats: p.list('caveats'),
          themes: nonEmpty(themes),
          sources: this.sources(row.sources),
        });
        p.done();
        return out;
      }
      case 'documents': {
        const p = this.props(Label.Document, row.props);
        const out = present({
          id: p.id,
          title: p.get('title'),
          kind: p.get('kind'),
          url: p.get('url'),
          author: p.get('author'),
          publishedOn: p.get('publishedOn'),
          themeId: this.one(Rel.ON_THEME, row.theme, `document ${p.id}`, 'themeId'),
          synthetic: p.synthetic(),
          sources: this.sources(row.sources),
        });
        p.done();
        return out;
      }
      case 'reviews':
        return this.review(row);
    }
  }

  /** Owned nodes numbered from 1 in an id `<owner>-<infix>-<n>`, in that order, as the importer numbers them. */
  private numbered(label: string, rows: Json[], owner: string, infix: string): Props[] {
    const n = (r: Json) => Number(String(r.id).slice(`${owner}-${infix}-`.length));
    return [...rows]
      .sort((a, b) => n(a) - n(b))
      .map((r, k) => {
        this.derivedId(label, String(r.id), `${owner}-${infix}-${k + 1}`, `review ${owner}`);
        return this.props(label, r);
      });
  }

  private review(row: RecordRow): Json {
    const p = this.props(Label.Review, row.props);
    const id = p.id;
    const at = `review ${id}`;
    this.tally.rel(Rel.CONCERNS, jsonRows(row.children).length);
    const children = jsonRows(row.children)
      .map((c) => {
        const child = this.props(Label.Child, c);
        const out = present({ pseudonym: child.get('pseudonym'), ageBand: child.get('ageBand') });
        child.get('synthetic');
        child.done();
        this.derivedId(Label.Child, child.id, childId(id, String(out.pseudonym)), at);
        return out;
      })
      .sort((a, b) => String(a.pseudonym).localeCompare(String(b.pseudonym)));
    this.tally.rel(Rel.INVOLVED_SECTOR, jsonRows(row.sectors).length);
    const sectors = this.numbered(Label.SectorInvolvement, jsonRows(row.sectors), id, 'sector').map(
      (s) => {
        const out = present({
          sector: s.get('sector'),
          name: s.get('name'),
          sourceId: s.get('sourceId'),
        });
        s.done();
        return out;
      },
    );
    this.tally.rel(Rel.MENTIONS_DOCUMENT, jsonRows(row.unlistedDocuments).length);
    const unlisted = this.numbered(
      Label.UnlistedDocument,
      jsonRows(row.unlistedDocuments),
      id,
      'unlisted',
    ).map((u) => {
      const out = present({
        kind: u.get('kind'),
        description: u.get('description'),
        sourceId: u.get('sourceId'),
      });
      u.done();
      return out;
    });
    const incident = present({
      month: p.get('incidentMonth'),
      outcome: p.get('incidentOutcome'),
      harmTypes: p.list('incidentHarmTypes'),
      ageBand: p.get('incidentAgeBand'),
    });
    const rapidReview = present({
      heldOn: p.get('rapidReviewHeldOn'),
      decision: p.get('rapidReviewDecision'),
    });
    const out = present({
      id,
      partnershipId: this.one(Rel.PUBLISHED, row.partnership, at, 'partnershipId'),
      title: p.get('title'),
      kind: p.get('kind'),
      publishedOn: p.get('publishedOn'),
      summary: p.get('summary'),
      methodology: p.get('methodology'),
      incident: Object.keys(incident).length > 0 ? incident : undefined,
      awareOn: p.get('awareOn'),
      notifiedOn: p.get('notifiedOn'),
      rapidReview: Object.keys(rapidReview).length > 0 ? rapidReview : undefined,
      commissionedOn: p.get('commissionedOn'),
      synthetic: p.synthetic(),
      children: nonEmpty(children),
      caveats: p.list('caveats'),
      agencies: nonEmpty(
        this.links(Rel.INVOLVED, row.agencies).map((l) =>
          present({ agencyId: l.id, sourceId: l.props.sourceId }),
        ),
      ),
      sectors: nonEmpty(sectors),
      documents: nonEmpty(
        this.links(Rel.HAS_DOCUMENT, row.documents).map((l) =>
          present({ documentId: l.id, title: l.props.title }),
        ),
      ),
      unlistedDocuments: nonEmpty(unlisted),
      themes: nonEmpty(
        this.links(Rel.RAISES, row.themes)
          .map((l) =>
            present({
              themeId: l.id,
              evidence: l.props.evidence,
              sourceId: l.props.sourceId,
              note: l.props.note,
            }),
          )
          .sort((a, b) =>
            `${String(a.themeId)} ${String(a.evidence)}`.localeCompare(
              `${String(b.themeId)} ${String(b.evidence)}`,
            ),
          ),
      ),
      recommendations: nonEmpty(this.recommendations(id, jsonRows(row.recommendations))),
      findings: nonEmpty(this.findings(id, jsonRows(row.findings))),
      sources: this.sources(row.sources),
    });
    p.done();
    return out;
  }

  private recommendations(reviewId: string, rows: Json[]): Json[] {
    this.tally.rel(Rel.MAKES, rows.length);
    const numberOf = (q: Json) => (isJson(q.props) ? Number(q.props.number) : 0);
    return [...rows]
      .sort((a, b) => numberOf(a) - numberOf(b))
      .map((q) => {
        const p = this.props(Label.Recommendation, isJson(q.props) ? q.props : {});
        const at = `recommendation ${p.id}`;
        const number = Number(p.get('number'));
        this.derivedId(Label.Recommendation, p.id, recommendationId(reviewId, number), at);
        const status = p.get('status');
        const statusUpdatedOn = p.get('statusUpdatedOn');
        const history = this.history(p.id, jsonRows(q.history));
        const last = history.at(-1);
        if (last && (last.status !== status || last.on !== statusUpdatedOn))
          this.problems.push(
            `${at}: status ${String(status)} of ${String(statusUpdatedOn)} is not its history's latest entry`,
          );
        if (!last && statusUpdatedOn != null)
          this.problems.push(`${at}: a status date (${String(statusUpdatedOn)}) without a history`);
        const owners = [
          ...this.links(Rel.OWNED_BY, q.ownerAgencies).map((l) => ({ ownerAgencyId: l.id })),
          ...this.links(Rel.OWNED_BY, q.ownerPartnerships).map((l) => ({
            ownerPartnershipId: l.id,
          })),
        ];
        if (owners.length > 1) this.problems.push(`${at}: more than one owner`);
        const out = present({
          number,
          text: p.get('text'),
          // With a history the importer takes the status from it; without, the status as held
          // (NOT_KNOWN included, which is also what the importer stores when none is given).
          status: last ? undefined : status,
          statusHistory: nonEmpty(history),
          ...owners[0],
          targetDate: p.get('targetDate'),
          agencyIds: nonEmpty(this.links(Rel.ADDRESSED_TO, q.agencies).map((l) => l.id)),
          themeIds: nonEmpty(this.links(Rel.ADDRESSES, q.themes).map((l) => l.id)),
          synthetic: p.synthetic(),
          sources: this.sources(q.sources),
        });
        p.done();
        return out;
      });
  }

  private history(recId: string, rows: Json[]): Json[] {
    this.tally.rel(Rel.HAS_STATUS_CHANGE, rows.length);
    const seqOf = (c: Json) => (isJson(c.props) ? Number(c.props.seq) : 0);
    return [...rows]
      .sort((a, b) => seqOf(a) - seqOf(b))
      .map((c, k) => {
        const p = this.props(Label.StatusChange, isJson(c.props) ? c.props : {});
        p.get('seq');
        p.get('synthetic');
        this.derivedId(
          Label.StatusChange,
          p.id,
          statusChangeId(recId, k + 1),
          `recommendation ${recId}`,
        );
        const out = present({
          status: p.get('status'),
          on: p.get('on'),
          sourceId: this.one(Rel.SOURCED_FROM, c.sources, `status change ${p.id}`, 'sourceId'),
          note: p.get('note'),
        });
        p.done();
        return out;
      });
  }

  private findings(reviewId: string, rows: Json[]): Json[] {
    this.tally.rel(Rel.HAS_FINDING, rows.length);
    const positionOf = (f: Json) => (isJson(f.props) ? Number(f.props.position) : 0);
    return [...rows]
      .sort((a, b) => positionOf(a) - positionOf(b))
      .map((f, k) => {
        const p = this.props(Label.Finding, isJson(f.props) ? f.props : {});
        p.get('position');
        p.get('synthetic');
        this.derivedId(Label.Finding, p.id, findingId(reviewId, k + 1), `review ${reviewId}`);
        const out = present({
          text: p.get('text'),
          themeIds: nonEmpty(this.links(Rel.ABOUT, f.themes).map((l) => l.id)),
          sourceId: this.one(Rel.SOURCED_FROM, f.sources, `finding ${p.id}`, 'sourceId'),
          pageRef: p.get('pageRef'),
        });
        p.done();
        return out;
      });
  }
}

/** Checks that categories are numbered 1..n per taxonomy, as the importer numbers them by file order. */
function checkPositions(categories: Json[], problems: string[]): Json[] {
  const next = new Map<string, number>();
  return categories.map(({ position, ...c }) => {
    const taxonomy = String(c.taxonomyId);
    const expected = (next.get(taxonomy) ?? 0) + 1;
    next.set(taxonomy, expected);
    if (position !== expected)
      problems.push(
        `taxonomy category ${String(c.id)}: position ${String(position)}, but the import would number it ${expected}`,
      );
    return c;
  });
}

/** Kinds shared by real and synthetic files (published reference data): they go in the real file. */
const SHARED: ReadonlySet<ExportKind> = new Set(['taxonomies', 'taxonomyCategories']);
const isSynthetic = (r: Json) => String(r.id).startsWith(SYNTHETIC_PREFIX);

/**
 * One review as its import record, read in `tx`: its own fields, children, agencies, sectors,
 * documents, theme links, recommendations with their status history, findings and sources,
 * exactly as `exportGraph` writes it (so importing it recreates the review). Null when there is
 * none; throws `ExportError` when the review holds something the format cannot carry.
 */
export async function reviewRecord(tx: Tx, id: string): Promise<ImportReview | null> {
  const [row] = await tx.run<RecordRow>('export.review', REVIEW_BY_ID, { id });
  if (!row) return null;
  const problems: string[] = [];
  const record = new Converter(problems).record('reviews', row);
  if (problems.length > 0) throw new ExportError(problems);
  return record as ImportReview;
}

/**
 * Reads the whole graph (one read transaction) and returns it as import files: real records in
 * `real`, synthetic ones in `synthetic` (the importer refuses mixed files; import the real one
 * first, it holds the shared taxonomies). Throws `ExportError` naming every label, relationship
 * type, property or count that an import of the files would not recreate, so a backup never
 * loses data silently. `Change` and `ApiToken` nodes are left out on purpose (`leftOut`).
 */
export async function exportGraph(db: Db): Promise<GraphExport> {
  const { rows, census } = await db.readTransaction('export.graph', async (tx) => {
    const out = new Map<ExportKind, RecordRow[]>();
    for (const kind of EXPORT_KINDS)
      out.set(kind, await tx.run<RecordRow>(`export.${kind}`, EXPORT_QUERIES[kind]));
    return { rows: out, census: await graphCensus(tx) };
  });
  const problems: string[] = [];
  const convert = new Converter(problems);
  const records = new Map<ExportKind, Json[]>();
  for (const kind of EXPORT_KINDS) {
    const converted = (rows.get(kind) ?? []).map((row) => convert.record(kind, row));
    records.set(
      kind,
      kind === 'taxonomyCategories' ? checkPositions(converted, problems) : converted,
    );
  }

  // What the graph holds against what the records carry: labels, node counts, relationship types.
  const leftOut = Object.fromEntries(
    NOT_EXPORTED.map((label) => [label, census.labels.get(label)?.nodes ?? 0]),
  );
  for (const [label, { nodes }] of census.labels) {
    if (NOT_EXPORTED.includes(label)) continue;
    if ((convert.tally.nodes.get(label) ?? 0) !== nodes)
      problems.push(
        `label ${label}: ${nodes} in the graph, ${convert.tally.nodes.get(label) ?? 0} exported`,
      );
  }
  for (const type of census.types) {
    if (!convert.tally.rels.has(type))
      problems.push(`relationship type ${type}: in the graph, not carried by the import format`);
  }

  const build = (synthetic: boolean): Json => {
    const file: Json = { format: IMPORT_FORMAT_ID };
    if (synthetic) file.synthetic = true;
    for (const kind of EXPORT_KINDS) {
      const all = records.get(kind) ?? [];
      const mine = SHARED.has(kind)
        ? synthetic
          ? []
          : all
        : all.filter((r) => isSynthetic(r) === synthetic);
      if (mine.length > 0 || kind === 'reviews') file[kind] = mine;
    }
    return file;
  };
  const checked = (
    file: Json,
    name: string,
    existing?: Partial<Record<RecordKind, ReadonlySet<string>>>,
  ): ImportFile | null => {
    const result = validateImport(file, { existingIds: existing });
    if (result.ok) return result.data;
    problems.push(...result.errors.map((e: ImportIssue) => `${name} file: ${e.message}`));
    return null;
  };
  const real = checked(build(false), 'real');
  const anySynthetic = [...records.values()].some((list) => list.some(isSynthetic));
  const shared = {
    taxonomies: new Set((records.get('taxonomies') ?? []).map((r) => String(r.id))),
    taxonomyCategories: new Set((records.get('taxonomyCategories') ?? []).map((r) => String(r.id))),
  };
  const synthetic = anySynthetic ? checked(build(true), 'synthetic', shared) : null;
  if (problems.length > 0 || !real) throw new ExportError(problems);
  return { real, synthetic, leftOut };
}
