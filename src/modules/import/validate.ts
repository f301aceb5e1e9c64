// Validates a whole import file before anything is written: shape, ids, references, synthetic marking.
import type { ImportFile, ImportIssue } from './import-format';
import { SYNTHETIC_PREFIX } from './import-format';
import { childId, recommendationId } from './ids';
import { jsonErrorAt } from './json-position';
import { check, describe, IMPORT_SPEC } from './shape';

/** Kinds of record another record may refer to by id. */
export type RefKind =
  'partnerships' | 'agencies' | 'themes' | 'themeCategories' | 'sources' | 'documents';

/** Ids already in the database, per kind; references to them are valid. */
export type ExistingIds = Partial<Record<RefKind, ReadonlySet<string>>>;

export type ValidationResult =
  { ok: true; data: ImportFile } | { ok: false; errors: ImportIssue[] };

const NOUN: Record<RefKind, string> = {
  partnerships: 'a partnership',
  agencies: 'an agency',
  themes: 'a theme',
  themeCategories: 'a theme category',
  sources: 'a source',
  documents: 'a document',
};

interface Ref {
  kind: RefKind;
  id: string;
  path: string;
}

/** Parses JSON text; malformed JSON is one issue naming its line and column. */
export function parseImportText(
  text: string,
): { ok: true; value: unknown } | { ok: false; errors: ImportIssue[] } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const at = jsonErrorAt(text);
    let where = '';
    let reason = (err as Error).message;
    if (at) {
      const before = text.slice(0, at.offset);
      where = ` at line ${before.split('\n').length}, column ${at.offset - before.lastIndexOf('\n')}`;
      reason = at.reason;
    }
    return {
      ok: false,
      errors: [
        { path: '$', message: `$: expected valid JSON, got a syntax error${where}: ${reason}` },
      ],
    };
  }
}

/** Every reference in a shape-valid file, with where it sits. */
function references(f: ImportFile): Ref[] {
  const refs: Ref[] = [];
  const add = (kind: RefKind, id: string | null | undefined, path: string) => {
    if (id) refs.push({ kind, id, path });
  };
  const srcs = (list: { sourceId: string }[] | undefined, at: string) =>
    list?.forEach((s, i) => add('sources', s.sourceId, `${at}.sources[${i}].sourceId`));
  f.partnerships?.forEach((p, i) => {
    p.statutoryPartners?.forEach((s, j) => {
      add('agencies', s.agencyId, `partnerships[${i}].statutoryPartners[${j}].agencyId`);
      add('sources', s.sourceId, `partnerships[${i}].statutoryPartners[${j}].sourceId`);
    });
    srcs(p.sources, `partnerships[${i}]`);
  });
  f.agencies?.forEach((a, i) => srcs(a.sources, `agencies[${i}]`));
  f.themes?.forEach((t, i) => {
    t.categoryIds?.forEach((c, j) => add('themeCategories', c, `themes[${i}].categoryIds[${j}]`));
    srcs(t.sources, `themes[${i}]`);
  });
  f.documents?.forEach((d, i) => {
    add('themes', d.themeId, `documents[${i}].themeId`);
    srcs(d.sources, `documents[${i}]`);
  });
  f.reviews.forEach((r, i) => {
    const at = `reviews[${i}]`;
    add('partnerships', r.partnershipId, `${at}.partnershipId`);
    r.agencies?.forEach((a, j) => {
      add('agencies', a.agencyId, `${at}.agencies[${j}].agencyId`);
      add('sources', a.sourceId, `${at}.agencies[${j}].sourceId`);
    });
    r.documentIds?.forEach((d, j) => add('documents', d, `${at}.documentIds[${j}]`));
    r.themes?.forEach((t, j) => {
      add('themes', t.themeId, `${at}.themes[${j}].themeId`);
      add('sources', t.sourceId, `${at}.themes[${j}].sourceId`);
    });
    r.recommendations?.forEach((rec, j) => {
      const rp = `${at}.recommendations[${j}]`;
      rec.agencyIds?.forEach((a, k) => add('agencies', a, `${rp}.agencyIds[${k}]`));
      rec.themeIds?.forEach((t, k) => add('themes', t, `${rp}.themeIds[${k}]`));
      srcs(rec.sources, rp);
    });
    srcs(r.sources, at);
  });
  return refs;
}

/** Ids defined in the file per kind (first definition wins), plus duplicate-id issues. */
function definitions(
  f: ImportFile,
  issues: ImportIssue[],
): Record<RefKind | 'reviews', Set<string>> {
  const out = {} as Record<RefKind | 'reviews', Set<string>>;
  const kinds = [
    'sources',
    'themeCategories',
    'partnerships',
    'agencies',
    'themes',
    'documents',
    'reviews',
  ] as const;
  for (const kind of kinds) {
    const first = new Map<string, number>();
    (f[kind] ?? []).forEach((rec: { id: string }, i: number) => {
      const seen = first.get(rec.id);
      if (seen !== undefined) {
        const p = `${kind}[${i}].id`;
        issues.push({
          path: p,
          message: `${p}: expected a unique id, got "${rec.id}" again (first at ${kind}[${seen}].id)`,
        });
      } else first.set(rec.id, i);
    });
    out[kind] = new Set(first.keys());
  }
  const derived = new Map<string, string>();
  const unique = (id: string, p: string) => {
    const seen = derived.get(id);
    if (seen)
      issues.push({
        path: p,
        message: `${p}: expected a unique id, got "${id}" again (first at ${seen})`,
      });
    else derived.set(id, p);
  };
  f.reviews.forEach((r, i) => {
    r.children?.forEach((c, j) =>
      unique(childId(r.id, c.pseudonym), `reviews[${i}].children[${j}].pseudonym`),
    );
    r.recommendations?.forEach((rec, j) =>
      unique(recommendationId(r.id, rec.number), `reviews[${i}].recommendations[${j}].number`),
    );
  });
  return out;
}

/** Synthetic files are synthetic throughout; real files contain nothing synthetic. */
function syntheticRules(f: ImportFile, refs: Ref[], issues: ImportIssue[]): void {
  const synthetic = f.synthetic === true;
  const flag = (value: boolean | undefined, p: string) => {
    if (synthetic && value !== true)
      issues.push({
        path: p,
        message: `${p}: expected true in a synthetic file, got ${describe(value)}`,
      });
    if (!synthetic && value === true)
      issues.push({
        path: p,
        message: `${p}: expected false or absent in a real file (a synthetic file says "synthetic": true at the top), got true`,
      });
  };
  const idRule = (id: string, p: string) => {
    const prefixed = id.startsWith(SYNTHETIC_PREFIX);
    if (synthetic && !prefixed)
      issues.push({
        path: p,
        message: `${p}: expected an id starting with "${SYNTHETIC_PREFIX}" in a synthetic file, got "${id}"`,
      });
    if (!synthetic && prefixed)
      issues.push({
        path: p,
        message: `${p}: expected a real id ("${SYNTHETIC_PREFIX}" ids belong to synthetic files), got "${id}"`,
      });
  };
  for (const kind of [
    'sources',
    'partnerships',
    'agencies',
    'themes',
    'documents',
    'reviews',
  ] as const) {
    (f[kind] ?? []).forEach((rec: { id: string; synthetic?: boolean }, i: number) => {
      idRule(rec.id, `${kind}[${i}].id`);
      if (kind !== 'sources') flag(rec.synthetic, `${kind}[${i}].synthetic`);
    });
  }
  f.reviews.forEach((r, i) =>
    r.recommendations?.forEach((rec, j) =>
      flag(rec.synthetic, `reviews[${i}].recommendations[${j}].synthetic`),
    ),
  );
  for (const ref of refs) if (ref.kind !== 'themeCategories') idRule(ref.id, ref.path);
}

/** A real review states facts about a real case, so it must cite at least one published source. */
function provenanceRules(f: ImportFile, issues: ImportIssue[]): void {
  if (f.synthetic === true) return;
  f.reviews.forEach((r, i) => {
    if ((r.sources ?? []).length === 0) {
      const p = `reviews[${i}].sources`;
      issues.push({
        path: p,
        message: `${p}: expected at least one source for a real review (every fact about a real case cites where it was published), got none`,
      });
    }
  });
}

function analyse(
  input: unknown,
  existing: ExistingIds,
): { issues: ImportIssue[]; unresolved: Ref[] } {
  const issues: ImportIssue[] = [];
  check(IMPORT_SPEC, input, '$', issues);
  if (issues.length > 0) return { issues, unresolved: [] };
  const f = input as ImportFile;
  const defined = definitions(f, issues);
  const refs = references(f);
  const unresolved = refs.filter((r) => !defined[r.kind].has(r.id) && !existing[r.kind]?.has(r.id));
  for (const r of unresolved) {
    issues.push({
      path: r.path,
      message: `${r.path}: expected the id of ${NOUN[r.kind]} in this file or in the database, got "${r.id}"`,
    });
  }
  syntheticRules(f, refs, issues);
  provenanceRules(f, issues);
  return { issues, unresolved };
}

/**
 * Validates everything about an import file and reports every problem (not just the first), each
 * naming its place and what was expected. References must resolve within the file or to
 * `opts.existingIds` (ids already in the database).
 */
export function validateImport(
  input: unknown,
  opts: { existingIds?: ExistingIds } = {},
): ValidationResult {
  const { issues } = analyse(input, opts.existingIds ?? {});
  return issues.length === 0
    ? { ok: true, data: input as ImportFile }
    : { ok: false, errors: issues };
}

/** Ids a structurally valid file refers to but does not define, per kind (to look up in the database). */
export function unresolvedReferences(input: unknown): Partial<Record<RefKind, string[]>> {
  const out: Partial<Record<RefKind, string[]>> = {};
  for (const r of analyse(input, {}).unresolved) (out[r.kind] ??= []).push(r.id);
  return out;
}
