// Turns a validated import file into batches of statement rows ("units"), in dependency order.
import { Label, Rel } from '../../db/schema';
import type { ImportFile, ImportReview, SourceRef } from './import-format';
import { childId, datePartsOf, recommendationId } from './ids';
import type { Statement } from './import.repository';
import { replaceLinks, replaceOwned, upsert, upsertReviews } from './import.repository';

type Row = Record<string, unknown>;

/** Work that runs together: statements with their rows, and how many records it covers. */
export interface Unit {
  steps: { statement: Statement; rows: Row[] }[];
  records: number;
}

const link = (id: string, props: Row = {}) => ({ id, props });
const sourceLinks = (id: string, sources: SourceRef[] | undefined) => ({
  id,
  links: (sources ?? []).map((s) => link(s.sourceId, { facts: s.facts ?? [] })),
});

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Units for every record except reviews (sources, taxonomy, partnerships, agencies, themes, documents). */
function entityUnits(f: ImportFile, size: number): Unit[] {
  const flag = (v: boolean | undefined) => v === true;
  const kinds: { records: { id: string }[]; steps: [Statement, (r: never) => Row][] }[] = [
    {
      records: f.sources ?? [],
      steps: [
        [
          upsert(Label.Source),
          (s: Required<ImportFile>['sources'][number]) => ({
            id: s.id,
            props: {
              url: s.url,
              title: s.title,
              publisher: s.publisher ?? null,
              retrievedOn: s.retrievedOn ?? null,
            },
          }),
        ],
      ],
    },
    {
      records: f.themeCategories ?? [],
      steps: [
        [
          upsert(Label.ThemeCategory),
          (c: { id: string; name: string }) => ({ id: c.id, props: { name: c.name } }),
        ],
      ],
    },
    {
      records: f.agencies ?? [],
      steps: [
        [
          upsert(Label.Agency),
          (a: Required<ImportFile>['agencies'][number]) => ({
            id: a.id,
            props: { name: a.name, sector: a.sector, synthetic: flag(a.synthetic) },
          }),
        ],
        [
          replaceLinks(Label.Agency, Rel.SOURCED_FROM, Label.Source),
          (a: Required<ImportFile>['agencies'][number]) => sourceLinks(a.id, a.sources),
        ],
      ],
    },
    {
      records: f.partnerships ?? [],
      steps: [
        [
          upsert(Label.Partnership),
          (p: Required<ImportFile>['partnerships'][number]) => ({
            id: p.id,
            props: { name: p.name, synthetic: flag(p.synthetic) },
          }),
        ],
        [
          replaceLinks(Label.Partnership, Rel.HAS_STATUTORY_PARTNER, Label.Agency),
          (p: Required<ImportFile>['partnerships'][number]) => ({
            id: p.id,
            links: (p.statutoryPartners ?? []).map((s) =>
              link(s.agencyId, { sourceId: s.sourceId ?? null }),
            ),
          }),
        ],
        [
          replaceLinks(Label.Partnership, Rel.SOURCED_FROM, Label.Source),
          (p: Required<ImportFile>['partnerships'][number]) => sourceLinks(p.id, p.sources),
        ],
      ],
    },
    {
      records: f.themes ?? [],
      steps: [
        [
          upsert(Label.Theme),
          (t: Required<ImportFile>['themes'][number]) => {
            const aliases = [...new Set([t.name, ...(t.aliases ?? [])])];
            return {
              id: t.id,
              props: {
                name: t.name,
                aliases,
                aliasText: aliases.join(' | '),
                synthetic: flag(t.synthetic),
              },
            };
          },
        ],
        [
          replaceLinks(Label.Theme, Rel.IN_CATEGORY, Label.ThemeCategory),
          (t: Required<ImportFile>['themes'][number]) => ({
            id: t.id,
            links: (t.categoryIds ?? []).map((c) => link(c)),
          }),
        ],
        [
          replaceLinks(Label.Theme, Rel.SOURCED_FROM, Label.Source),
          (t: Required<ImportFile>['themes'][number]) => sourceLinks(t.id, t.sources),
        ],
      ],
    },
    {
      records: f.documents ?? [],
      steps: [
        [
          upsert(Label.Document),
          (d: Required<ImportFile>['documents'][number]) => ({
            id: d.id,
            props: {
              title: d.title,
              kind: d.kind,
              url: d.url ?? null,
              synthetic: flag(d.synthetic),
            },
          }),
        ],
        [
          replaceLinks(Label.Document, Rel.ON_THEME, Label.Theme),
          (d: Required<ImportFile>['documents'][number]) => ({
            id: d.id,
            links: d.themeId ? [link(d.themeId)] : [],
          }),
        ],
        [
          replaceLinks(Label.Document, Rel.SOURCED_FROM, Label.Source),
          (d: Required<ImportFile>['documents'][number]) => sourceLinks(d.id, d.sources),
        ],
      ],
    },
  ];
  return kinds.flatMap((k) =>
    chunks(k.records, size).map((batch) => ({
      records: batch.length,
      steps: k.steps.map(([statement, toRow]) => ({
        statement,
        rows: batch.map((r) => toRow(r as never)),
      })),
    })),
  );
}

/** The statements of one batch of reviews with their children, links and recommendations. */
function reviewUnit(batch: ImportReview[]): Unit {
  const recs = batch.flatMap((r) =>
    (r.recommendations ?? []).map((q) => ({ ...q, id: recommendationId(r.id, q.number) })),
  );
  const step = (statement: Statement, rows: Row[]) => ({ statement, rows });
  return {
    records: batch.length,
    steps: [
      step(
        upsertReviews,
        batch.map((r) => {
          const { year, sort } = datePartsOf(r.publishedOn);
          const props = {
            title: r.title,
            kind: r.kind,
            publishedOn: r.publishedOn ?? null,
            publishedYear: year,
            publishedSort: sort,
            summary: r.summary ?? null,
            methodology: r.methodology ?? null,
            synthetic: r.synthetic === true,
          };
          return { id: r.id, partnershipId: r.partnershipId, props };
        }),
      ),
      step(
        replaceOwned(Rel.CONCERNS, Label.Child),
        batch.map((r) => ({
          id: r.id,
          items: (r.children ?? []).map((c) => ({
            id: childId(r.id, c.pseudonym),
            props: {
              pseudonym: c.pseudonym,
              ageBand: c.ageBand ?? null,
              synthetic: r.synthetic === true,
            },
          })),
        })),
      ),
      step(
        replaceLinks(Label.Review, Rel.INVOLVED, Label.Agency),
        batch.map((r) => ({
          id: r.id,
          links: (r.agencies ?? []).map((a) => link(a.agencyId, { sourceId: a.sourceId ?? null })),
        })),
      ),
      step(
        replaceLinks(Label.Review, Rel.HAS_DOCUMENT, Label.Document),
        batch.map((r) => ({ id: r.id, links: (r.documentIds ?? []).map((d) => link(d)) })),
      ),
      step(
        replaceLinks(Label.Review, Rel.RAISES, Label.Theme),
        batch.map((r) => ({
          id: r.id,
          links: (r.themes ?? []).map((t) => link(t.themeId, { sourceId: t.sourceId ?? null })),
        })),
      ),
      step(
        replaceLinks(Label.Review, Rel.SOURCED_FROM, Label.Source),
        batch.map((r) => sourceLinks(r.id, r.sources)),
      ),
      step(
        replaceOwned(Rel.MAKES, Label.Recommendation),
        batch.map((r) => ({
          id: r.id,
          items: (r.recommendations ?? []).map((q) => ({
            id: recommendationId(r.id, q.number),
            props: {
              number: q.number,
              text: q.text,
              status: q.status,
              statusUpdatedOn: q.statusUpdatedOn ?? null,
              synthetic: q.synthetic === true,
            },
          })),
        })),
      ),
      step(
        replaceLinks(Label.Recommendation, Rel.ADDRESSED_TO, Label.Agency),
        recs.map((q) => ({ id: q.id, links: (q.agencyIds ?? []).map((a) => link(a)) })),
      ),
      step(
        replaceLinks(Label.Recommendation, Rel.ADDRESSES, Label.Theme),
        recs.map((q) => ({ id: q.id, links: (q.themeIds ?? []).map((t) => link(t)) })),
      ),
      step(
        replaceLinks(Label.Recommendation, Rel.SOURCED_FROM, Label.Source),
        recs.map((q) => sourceLinks(q.id, q.sources)),
      ),
    ],
  };
}

/** All units of a file in dependency order: referenced records first, then reviews in batches. */
export function planImport(f: ImportFile, batchSize: number): Unit[] {
  return [
    ...entityUnits(f, Math.max(batchSize, 1000)),
    ...chunks(f.reviews, batchSize).map(reviewUnit),
  ];
}
