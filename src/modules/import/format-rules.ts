// The rules across records of an import file: unique ids, references, synthetic marking, provenance.
import { z } from 'zod';
import type { ImportFile, ImportIssue, RecordKind } from './import-format';
import { importFileSchema, references, SYNTHETIC_PREFIX } from './import-format';
import { childId, recommendationId } from './ids';
import { lifecycleIssues } from './lifecycle-rules';

/** Ids already in the database, per kind; references to them are valid. */
export type ExistingIds = Partial<Record<RecordKind, ReadonlySet<string>>>;

/** A reference from one record to another, with where it sits (e.g. `reviews[0].partnershipId`). */
export interface Ref {
  kind: RecordKind;
  id: string;
  path: string;
}

const NOUN: Record<RecordKind, string> = {
  sources: 'a source',
  taxonomies: 'a taxonomy',
  taxonomyCategories: 'a taxonomy category',
  partnerships: 'a partnership',
  agencies: 'an agency',
  themes: 'a theme',
  documents: 'a document',
  reviews: 'a review',
};

/** Kinds shared by real and synthetic data (published taxonomies): no `synthetic-` prefix rule. */
const SHARED: ReadonlySet<RecordKind> = new Set(['taxonomies', 'taxonomyCategories']);

/** Top-level kinds in file order (the order their duplicate-id messages come in). */
const KINDS: readonly RecordKind[] = [
  'sources',
  'taxonomies',
  'taxonomyCategories',
  'partnerships',
  'agencies',
  'themes',
  'documents',
  'reviews',
];

/** The path of `key` inside `path`: `reviews` + 0 -> `reviews[0]`, `$` + `format` -> `format`. */
export function pathTo(path: string, key: PropertyKey): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '$' ? String(key) : `${path}.${String(key)}`;
}

/** A place in a file, built as a chain so that its path string is made only when asked for. */
interface Place {
  parent: Place | null;
  key: PropertyKey;
}

/** The path of a place: `reviews[0].partnershipId`; the root (`null`) is `$`. */
function pathOf(place: Place | null): string {
  if (place === null) return '$';
  return pathTo(pathOf(place.parent), place.key);
}

/**
 * A reference at a place, its path made on first read (most references are never reported). A
 * class, so that its getter lives on the prototype: an object literal with a getter and a
 * closure per reference cost more than the rest of the walk (a valid file of 10,000 reviews
 * holds about half a million references).
 */
class RefAt implements Ref {
  private made: string | undefined;
  constructor(
    readonly kind: RecordKind,
    readonly id: string,
    private readonly place: Place,
  ) {}
  get path(): string {
    return (this.made ??= pathOf(this.place));
  }
}

interface Visitor {
  ref: (r: Ref) => void;
  record: (value: object, place: Place) => void;
}

/** Visits one value at a place; `null` for schemas that can hold neither references nor records. */
type Walker = (value: unknown, place: Place | null, on: Visitor) => void;

/** Walkers per schema, compiled once: the schema is fixed, the files are large. */
const walkers = new WeakMap<z.core.$ZodType, Walker | null>();

/**
 * Compiles a walker for `schema` that calls `on.ref` for every id marked with `ref(kind)` and
 * `on.record` for every object whose schema has a `synthetic` field. Schemas that can contain
 * neither compile to `null` and are skipped.
 */
function compile(schema: z.core.$ZodType): Walker | null {
  if (walkers.has(schema)) return walkers.get(schema) ?? null;
  walkers.set(schema, null); // a schema that contains itself finds nothing more through itself
  let walker: Walker | null = null;
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    walker = compile(schema.unwrap());
  } else if (schema instanceof z.ZodArray) {
    const item = compile(schema.element);
    if (item) {
      walker = (value, place, on) => {
        if (!Array.isArray(value)) return;
        for (let i = 0; i < value.length; i += 1) {
          const v: unknown = value[i];
          if (v !== undefined && v !== null) item(v, { parent: place, key: i }, on);
        }
      };
    }
  } else if (schema instanceof z.ZodObject) {
    const shape: Record<string, z.core.$ZodType> = schema.shape;
    const fields = new Map<string, Walker>();
    for (const [key, inner] of Object.entries(shape)) {
      const w = compile(inner);
      if (w) fields.set(key, w);
    }
    const isRecord = 'synthetic' in shape;
    if (fields.size > 0 || isRecord) {
      walker = (value, place, on) => {
        if (typeof value !== 'object' || value === null) return;
        if (isRecord && place !== null) on.record(value, place);
        if (fields.size === 0) return;
        // In the value's own key order: the file's order, the order issues are reported in.
        for (const key of Object.keys(value)) {
          const w = fields.get(key);
          const v: unknown = (value as Record<string, unknown>)[key];
          if (w && v !== undefined && v !== null) w(v, { parent: place, key }, on);
        }
      };
    }
  } else {
    const kind = references.get(schema)?.ref;
    if (kind) {
      walker = (value, place, on) => {
        if (typeof value === 'string' && place !== null) on.ref(new RefAt(kind, value, place));
      };
    }
  }
  walkers.set(schema, walker);
  return walker;
}

/**
 * Walks a value that `schema` accepted, calling `on.ref` for every id marked with `ref(kind)` and
 * `on.record` for every object whose schema has a `synthetic` field (the file itself excepted).
 */
function walk(schema: z.core.$ZodType, value: unknown, on: Visitor): void {
  if (value !== undefined && value !== null) compile(schema)?.(value, null, on);
}

/** Every reference in a structurally valid file, in file order. */
export function referencesOf(file: ImportFile): Ref[] {
  const refs: Ref[] = [];
  walk(importFileSchema, file, { ref: (r) => refs.push(r), record: () => undefined });
  return refs;
}

/** References that resolve neither in the file nor to `existing`. */
export function unresolved(file: ImportFile, refs: Ref[], existing: ExistingIds = {}): Ref[] {
  const inFile = new Map(KINDS.map((kind) => [kind, new Set(idsOf(file, kind))]));
  return refs.filter((r) => !inFile.get(r.kind)?.has(r.id) && !existing[r.kind]?.has(r.id));
}

/** The ids of a file's records of one kind, in file order. */
function idsOf(file: ImportFile, kind: RecordKind): string[] {
  const records: readonly { id: string }[] = file[kind] ?? [];
  return records.map((r) => r.id);
}

/** Ids are unique per kind, and so are the derived ids of children and recommendations. */
function uniqueIds(file: ImportFile, issues: ImportIssue[]): void {
  for (const kind of KINDS) {
    const first = new Map<string, number>();
    idsOf(file, kind).forEach((id, i) => {
      const seen = first.get(id);
      if (seen === undefined) return void first.set(id, i);
      const p = `${kind}[${i}].id`;
      issues.push({
        path: p,
        message: `${p}: expected a unique id, got "${id}" again (first at ${kind}[${seen}].id)`,
      });
    });
  }
  const derived = new Map<string, string>();
  const unique = (id: string, p: string) => {
    const seen = derived.get(id);
    if (seen === undefined) return void derived.set(id, p);
    issues.push({
      path: p,
      message: `${p}: expected a unique id, got "${id}" again (first at ${seen})`,
    });
  };
  file.reviews.forEach((r, i) => {
    r.children?.forEach((c, j) =>
      unique(childId(r.id, c.pseudonym), `reviews[${i}].children[${j}].pseudonym`),
    );
    r.recommendations?.forEach((rec, j) =>
      unique(recommendationId(r.id, rec.number), `reviews[${i}].recommendations[${j}].number`),
    );
  });
}

/** Synthetic files are synthetic throughout (flags and `synthetic-` ids); real files contain neither. */
function syntheticRules(file: ImportFile, issues: ImportIssue[]): void {
  const synthetic = file.synthetic === true;
  // Paths are made only for a fault: a valid file of 10,000 reviews has a million places.
  const idRule = (id: string, at: () => string) => {
    const prefixed = id.startsWith(SYNTHETIC_PREFIX);
    if (synthetic === prefixed) return;
    const p = at();
    issues.push({
      path: p,
      message: synthetic
        ? `${p}: expected an id starting with "${SYNTHETIC_PREFIX}" in a synthetic file, got "${id}"`
        : `${p}: expected a real id ("${SYNTHETIC_PREFIX}" ids belong to synthetic files), got "${id}"`,
    });
  };
  const flagRule = (record: object, at: () => string) => {
    const value = 'synthetic' in record ? record.synthetic : undefined;
    if (synthetic ? value === true : value !== true) return;
    const p = `${at()}.synthetic`;
    issues.push({
      path: p,
      message: synthetic
        ? `${p}: expected true in a synthetic file, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`
        : `${p}: expected false or absent in a real file (a synthetic file says "synthetic": true at the top), got true`,
    });
  };
  for (const kind of KINDS) {
    if (!SHARED.has(kind))
      idsOf(file, kind).forEach((id, i) => idRule(id, () => `${kind}[${i}].id`));
  }
  walk(importFileSchema, file, {
    ref: (r) => (SHARED.has(r.kind) ? undefined : idRule(r.id, () => r.path)),
    record: (value, place) => flagRule(value, () => pathOf(place)),
  });
}

/**
 * A real review states facts about a real case, so it must cite at least one published source,
 * and a theme link that rests on a published briefing or finding names the source that shows it
 * (only our own judgement may stand without one).
 */
function provenanceRules(file: ImportFile, issues: ImportIssue[]): void {
  if (file.synthetic === true) return;
  file.reviews.forEach((r, i) => {
    (r.themes ?? []).forEach((l, j) => {
      if (l.sourceId != null || l.evidence === 'CURATOR_JUDGEMENT') return;
      const p = `reviews[${i}].themes[${j}].sourceId`;
      issues.push({
        path: p,
        message: `${p}: expected the source that shows a ${l.evidence} link of a real review (only a CURATOR_JUDGEMENT link may stand without one), got none`,
      });
    });
    if ((r.sources ?? []).length > 0) return;
    const p = `reviews[${i}].sources`;
    issues.push({
      path: p,
      message: `${p}: expected at least one source for a real review (every fact about a real case cites where it was published), got none`,
    });
  });
}

/**
 * What links say: a JUDGED mapping gives its reason; a review links a theme at most once per kind
 * of evidence and lists a document at most once.
 */
function linkRules(file: ImportFile, issues: ImportIssue[]): void {
  file.themes?.forEach((t, i) =>
    t.mappings?.forEach((m, j) => {
      if (m.basis !== 'JUDGED' || (m.note ?? '').trim() !== '') return;
      const p = `themes[${i}].mappings[${j}].note`;
      issues.push({
        path: p,
        message: `${p}: expected a one-line reason for a JUDGED mapping, got ${m.note == null ? 'nothing' : '""'}`,
      });
    }),
  );
  file.reviews.forEach((r, i) => {
    const links = new Map<string, number>();
    r.themes?.forEach((l, j) => {
      const key = `${l.themeId} ${l.evidence}`;
      const seen = links.get(key);
      if (seen === undefined) return void links.set(key, j);
      const p = `reviews[${i}].themes[${j}]`;
      issues.push({
        path: p,
        message: `${p}: expected one link per theme and evidence, got "${l.themeId}" with ${l.evidence} again (first at reviews[${i}].themes[${seen}])`,
      });
    });
    const listed = new Map<string, number>();
    r.documents?.forEach((d, j) => {
      const seen = listed.get(d.documentId);
      if (seen === undefined) return void listed.set(d.documentId, j);
      const p = `reviews[${i}].documents[${j}].documentId`;
      issues.push({
        path: p,
        message: `${p}: expected each document listed once per review, got "${d.documentId}" again (first at reviews[${i}].documents[${seen}])`,
      });
    });
  });
}

/**
 * Every rule across the records of a structurally valid file, with `existing` the ids already in
 * the database: unique ids, resolving references, synthetic marking, provenance, the order of a
 * case's dates and of a recommendation's status history. Returns the
 * problems (empty when the file is valid). A mutation validates its input by the same rules by
 * passing a file-shaped object holding the records it writes.
 */
export function crossRecordIssues(file: ImportFile, existing: ExistingIds = {}): ImportIssue[] {
  const issues: ImportIssue[] = [];
  uniqueIds(file, issues);
  for (const r of unresolved(file, referencesOf(file), existing)) {
    issues.push({
      path: r.path,
      message: `${r.path}: expected the id of ${NOUN[r.kind]} in this file or in the database, got "${r.id}"`,
    });
  }
  syntheticRules(file, issues);
  provenanceRules(file, issues);
  linkRules(file, issues);
  lifecycleIssues(file, issues);
  return issues;
}
