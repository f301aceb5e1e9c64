// The Cypher that builds the analytics index: the data version, then a few lean streaming reads.
import { int } from 'neo4j-driver';
import { readDataVersion } from '../../db/data-version';
import type { Db } from '../../db/database';
import { Label, Rel } from '../../db/schema';
import type { AgencyRecord } from '../agencies';
import type { AnalyticsIndex } from './analytics-index';
import type { RecommendationStatus } from '../../generated/graphql';
import type { HistoryEntry, IndexRecommendationParts } from './analytics-index.follow-up';
import {
  AnalyticsIndexBuilder,
  type IndexPartnershipRow,
  type IndexReviewRow,
  type IndexThemeRow,
} from './analytics-index.builder';

const {
  Review,
  Theme,
  Agency,
  Document,
  Partnership,
  SectorInvolvement,
  Finding,
  Recommendation,
  StatusChange,
} = Label;

/**
 * Reviews per record of the chunked reads below. Neo4j pays a fixed cost per record it streams
 * (measured: about 12 µs, more than a review's 10 columns), so rows travel in lists of this many
 * reviews, one record per list; beyond about 10 the saving is gone and larger records cost the
 * driver more to decode (a record split across network reads takes its slow path).
 */
const CHUNK = 10;
/** Concurrent reads (transactions) per stream: Neo4j runs each query on one core. */
const PARTS = 2;

/**
 * The reviews in lists of `$chunk`, part `$part` of `$parts` (chunks taken in turn): per chunk
 * one record whose one column holds one row per review. The chunks are subqueries over the list
 * of all reviews, so Neo4j streams them one at a time.
 */
const chunked = (row: string) => `MATCH (r:${Review}) WITH collect(r) AS rs
  UNWIND range($part * $chunk, size(rs) - 1, $parts * $chunk) AS i
  CALL (rs, i) { UNWIND rs[i..i + $chunk] AS r ${row} }
  RETURN rows`;

/**
 * The reviews, a row each, with every link as a number: the far end's internal node id
 * (`id(n)`, as a float) rather than its `id` property, which would cost Neo4j a property read
 * per link, and without the far end's label, which would cost it a node read (the API maps node
 * ids to the codes it handed out, and drops an id it does not know, as the label would have);
 * theme links as node id × 8 + the evidence bit from `$eb`, and per finding about a theme
 * `[position, finding id, theme node id]` in any order (sorted here, not in Neo4j). Node ids are
 * safe within a build: a write that could reuse one advances the data version, so the next
 * check rebuilds. Integers are returned as floats so the driver hands over plain JS numbers (no
 * Integer object per value). Columns by index, see `reviewRow`.
 */
const REVIEWS = chunked(`RETURN collect([
    r.id, r.kind, r.publishedOn, r.publishedSort, toFloat(r.publishedYear), toLower(r.title),
    coalesce(r.synthetic, false),
    toFloat(r.notificationWorkingDays), toFloat(r.rapidReviewWorkingDays), r.notifiedOn,
    [(p)-[:${Rel.PUBLISHED}]->(r) | toFloat(id(p))],
    [(r)-[:${Rel.INVOLVED}]->(a) | toFloat(id(a))],
    [(r)-[:${Rel.INVOLVED_SECTOR}]->(si:${SectorInvolvement}) | si.sector],
    [(r)-[x:${Rel.RAISES}]->(t) | toFloat(id(t)) * 8 + $eb[coalesce(x.evidence, '')]],
    [(r)-[:${Rel.HAS_FINDING}]->(f:${Finding})-[:${Rel.ABOUT}]->(t) |
      [toFloat(f.position), f.id, toFloat(id(t))]]]) AS rows`);

/** What a recommendation's link number (`-(node id × 4 + kind)`) links to. */
const Link = { addressee: 1, owner: 2, theme: 3 } as const;

/**
 * Per review that makes recommendations, `[review id, recommendations]`, each recommendation
 * `[status, targetDue, links]`: the status as a code from `$sc` (the string when it has none),
 * and all its links in one list, one pattern comprehension (each one Neo4j evaluates per
 * recommendation costs it about 3 µs, more than the links it reads): per addressee, owner and
 * theme `-(node id × 4 + 1, 2 or 3)` (see `REVIEWS` on node ids), per status change
 * `[seq, status, onSort]` (status as above; null for a far end that is not a StatusChange).
 * Unsorted (the builder sorts owners and history): pattern comprehensions cost Neo4j a fraction
 * of sorted subqueries. Dates stay strings: Neo4j spends more turning one into a number than
 * sending it.
 */
const RECOMMENDATIONS = chunked(`WITH r, [(r)-[:${Rel.MAKES}]->(x:${Recommendation}) | [
    coalesce($sc[x.status], x.status), x.targetDue,
    [(x)-[l:${Rel.ADDRESSED_TO}|${Rel.OWNED_BY}|${Rel.ADDRESSES}|${Rel.HAS_STATUS_CHANGE}]->(n) |
      CASE
        WHEN l:${Rel.HAS_STATUS_CHANGE} THEN CASE WHEN n:${StatusChange} THEN
          [toFloat(n.seq), coalesce($sc[n.status], n.status), n.onSort] END
        WHEN l:${Rel.ADDRESSED_TO} THEN -4 * toFloat(id(n)) - ${Link.addressee}
        WHEN l:${Rel.OWNED_BY} THEN -4 * toFloat(id(n)) - ${Link.owner}
        ELSE -4 * toFloat(id(n)) - ${Link.theme} END]]] AS recs
  WHERE size(recs) > 0
  RETURN collect([r.id, recs]) AS rows`);

/**
 * Recommendation statuses sent as codes (any other status travels as its string): every
 * `RecommendationStatus`, tied to the schema's enum by the compiler.
 */
const STATUSES = Object.keys({
  OPEN: 0,
  IN_PROGRESS: 0,
  COMPLETED: 0,
  NOT_ACCEPTED: 0,
  SUPERSEDED: 0,
  NOT_KNOWN: 0,
} satisfies Record<RecommendationStatus, 0>);

const num = (v: unknown) => (v === null ? null : (v as number));

/**
 * Reads the data version first; then, in one read transaction, the themes, partnerships and
 * agencies, and in another at the same time the kinds of evidence (which hand out the codes,
 * and map node ids to them); then the reviews and their recommendations in `PARTS` concurrent
 * read transactions each, streamed in chunks and packed as they arrive (never buffered as a
 * whole). A write that commits during the reads has advanced the version past the one recorded,
 * so the next version check rebuilds: the index may be stale, never ahead of its version. A read
 * is not retried on its own (the others have fed the builder): a failed read fails the build,
 * and the next version check builds again.
 */
export async function buildAnalyticsIndex(db: Db): Promise<AnalyticsIndex> {
  const version = await readDataVersion(db);
  const builder = new AnalyticsIndexBuilder();
  // The kinds of evidence take a pass over every theme link: read alongside the rest.
  const evidence = db.readTransaction('analyticsIndex.evidence', (tx) =>
    tx.run<{ evidence: string }>(
      'analyticsIndex.evidence',
      `MATCH (:${Review})-[x:${Rel.RAISES}]->(:${Theme})
       RETURN DISTINCT coalesce(x.evidence, '') AS evidence ORDER BY evidence`,
    ),
  );
  evidence.catch(() => undefined); // awaited below; a failure before then must not go unhandled
  const nodes = await db.readTransaction(
    'analyticsIndex.build',
    once(async (tx) => {
      const themes = await tx.run<IndexThemeRow & { node: number }>(
        'analyticsIndex.themes',
        `MATCH (t:${Theme})
         RETURN t.id AS id, id(t) AS node, toLower(t.name) AS nameKey, t {.*} AS record,
                COLLECT { MATCH (d:${Document})-[:${Rel.ON_THEME}]->(t)
                          WITH d ORDER BY toLower(d.title), d.id RETURN d.id } AS briefingIds`,
      );
      builder.setThemes(themes.map(({ node: _, ...t }) => t));
      const partnerships = await tx.run<IndexPartnershipRow & { node: number }>(
        'analyticsIndex.partnerships',
        `MATCH (p:${Partnership})
         RETURN p.id AS id, id(p) AS node, toLower(p.name) AS nameKey, p {.*} AS record`,
      );
      builder.setPartnerships(partnerships.map(({ node: _, ...p }) => p));
      const agencies: [string, number][] = [];
      await tx.eachRecord(
        'analyticsIndex.agencies',
        `MATCH (a:${Agency}) RETURN a.id, a.sector, toLower(a.name), a {.*}, toFloat(id(a))`,
        {},
        (row) => {
          const id = row.get(0) as string;
          builder.addAgency({
            id,
            sector: (row.get(1) as string | null) ?? null,
            nameKey: (row.get(2) as string | null) ?? null,
            record: row.get(3) as AgencyRecord,
          });
          agencies.push([id, row.get(4) as number]);
        },
      );
      const [tc, pc, ac] = [
        builder.themeCodes(),
        builder.partnershipCodes(),
        builder.agencyCodes(),
      ];
      const byNode = (rows: readonly [string, number][], codes: Record<string, number>) =>
        new Map(rows.map(([id, node]) => [node, codes[id] as number]));
      const theme = byNode(
        themes.map((t) => [t.id, t.node]),
        tc,
      );
      const partnership = byNode(
        partnerships.map((p) => [p.id, p.node]),
        pc,
      );
      const agency = byNode(agencies, ac);
      const owner = new Map<number, number>();
      for (const [node, c] of agency) owner.set(node, c * 2);
      for (const [node, c] of partnership) owner.set(node, c * 2 + 1);
      return {
        theme,
        partnership,
        agency,
        owner,
      };
    }),
  );
  const eb = builder.evidenceBits((await evidence).map((e) => e.evidence));
  const read = (name: string, cypher: string, params: object, onRow: (row: unknown[]) => void) =>
    Array.from({ length: PARTS }, (_, part) =>
      db.readTransaction(
        name,
        once((tx) =>
          tx.eachRecord(
            name,
            cypher,
            { ...params, chunk: int(CHUNK), part: int(part), parts: int(PARTS) },
            (record) => {
              for (const row of record.get(0) as unknown[][]) onRow(row);
            },
          ),
        ),
      ),
    );
  await Promise.all([
    ...read('analyticsIndex.reviews', REVIEWS, { eb }, (row) =>
      builder.addReview(reviewRow(row, nodes)),
    ),
    ...read(
      'analyticsIndex.recommendations',
      RECOMMENDATIONS,
      { sc: builder.statusCodes(STATUSES) },
      (row) => {
        const reviewId = row[0] as string;
        for (const rec of row[1] as RecRow[])
          builder.addRecommendationParts(reviewId, parts(rec, nodes));
      },
    ),
  ]);
  return builder.finish(builder.stale ? -1 : version);
}

/** Node ids to the codes the build handed out, per kind of far end. */
interface NodeCodes {
  theme: ReadonlyMap<number, number>;
  partnership: ReadonlyMap<number, number>;
  agency: ReadonlyMap<number, number>;
  /** Agency code × 2, partnership code × 2 + 1. */
  owner: ReadonlyMap<number, number>;
}

/** A recommendation as `RECOMMENDATIONS` streams it. */
type RecRow = [number | string | null, string | null, (number | HistoryEntry | null)[]];

/** `RecRow` decoded, its node ids rewritten as codes. */
function parts(row: RecRow, nodes: NodeCodes): IndexRecommendationParts {
  const links = row[2];
  const agencies: number[] = [];
  const owners: number[] = [];
  const themes: number[] = [];
  const history: HistoryEntry[] = [];
  for (let i = 0; i < links.length; i++) {
    const link = links[i];
    if (link === null || link === undefined) continue;
    if (typeof link !== 'number') {
      history.push(link);
      continue;
    }
    const kind = -link % 4;
    const node = (-link - kind) / 4;
    if (kind === Link.addressee) pushCode(agencies, nodes.agency, node);
    else if (kind === Link.owner) pushCode(owners, nodes.owner, node);
    else pushCode(themes, nodes.theme, node);
  }
  return { status: row[0], targetDue: row[1], agencies, owners, themes, history };
}

/** Appends the code of `node` to `into`, unless the build does not know it (see `toCodes`). */
function pushCode(into: number[], codes: ReadonlyMap<number, number>, node: number): void {
  const c = codes.get(node);
  if (c !== undefined) into.push(c);
}

/**
 * Rewrites node ids as codes, in place, dropping a node the build does not know (a far end
 * without the label the code came from, as a labelled pattern would; or one created since the
 * codes were read, which the data version already marks for a rebuild).
 */
function toCodes(nodes: number[], codes: ReadonlyMap<number, number>): number[] {
  let at = 0;
  for (const node of nodes) {
    const c = codes.get(node);
    if (c !== undefined) nodes[at++] = c;
  }
  nodes.length = at;
  return nodes;
}

/** `work` for a transaction function that must not run twice (it feeds a shared builder). */
function once<T, R>(work: (tx: T) => Promise<R>): (tx: T) => Promise<R> {
  let ran = false;
  return (tx) => {
    if (ran)
      return Promise.reject(new Error('analytics index: a read was retried, the build fails'));
    ran = true;
    return work(tx);
  };
}

/** One row of `REVIEWS` as the builder takes it, node ids rewritten as codes. */
function reviewRow(row: unknown[], nodes: NodeCodes): IndexReviewRow {
  const links = row[13] as (number | null)[];
  let at = 0;
  for (const link of links) {
    // node id × 8 + evidence bit; null when the evidence was not among the kinds read (stale).
    if (link === null) links[at++] = -1;
    else {
      const bit = link % 8;
      const c = nodes.theme.get((link - bit) / 8);
      if (c !== undefined) links[at++] = c * 8 + bit;
    }
  }
  links.length = at;
  const findings = row[14] as Finding[];
  at = 0;
  for (const f of findings) {
    const c = nodes.theme.get(f[2]);
    if (c === undefined) continue;
    f[2] = c;
    findings[at++] = f;
  }
  findings.length = at;
  return {
    id: row[0] as string,
    kind: row[1] as string | null,
    publishedOn: row[2] as string | null,
    publishedSort: row[3] as string | null,
    publishedYear: num(row[4]),
    titleKey: row[5] as string | null,
    synthetic: row[6] as boolean,
    notificationWorkingDays: num(row[7]),
    rapidReviewWorkingDays: num(row[8]),
    notifiedOn: row[9] as string | null,
    partnerships: toCodes(row[10] as number[], nodes.partnership),
    agencies: toCodes(row[11] as number[], nodes.agency),
    sectors: row[12] as (string | null)[],
    links: links as number[],
    findings: findingsInOrder(findings),
  };
}

/** `[position, finding id, theme node id]` per finding about a theme (a theme code once rewritten). */
type Finding = [number | null, string, number];

/**
 * The findings by position, then id (a missing position last; the themes of one finding in
 * arrival order), as `[theme code, finding id, ...]`: what `ORDER BY f.position, f.id` gave.
 */
function findingsInOrder(findings: Finding[]): (number | string)[] {
  const sorted = findings.length > 1 ? [...findings].sort(byPositionThenId) : findings;
  const out: (number | string)[] = [];
  for (const [, id, theme] of sorted) out.push(theme, id);
  return out;
}

function byPositionThenId(a: Finding, b: Finding): number {
  const [pa, ia] = a;
  const [pb, ib] = b;
  if (pa !== pb) {
    if (pa === null || pb === null) return pa === null ? 1 : -1;
    return pa - pb;
  }
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}
