// A tiny structural checker and the shape of import-v1: types, unknown fields, enums, dates, ids.
import type { ImportIssue } from './import-format';
import {
  AGENCY_SECTORS,
  DOCUMENT_KINDS,
  IMPORT_FORMAT_ID,
  RECOMMENDATION_STATUSES,
  REVIEW_KINDS,
} from './import-format';
import { ID_PATTERN, isPartialDate } from './ids';

/** Describes one JSON value. `optional`: may be absent; `nullable`: may be null. */
export type Spec = (
  | { t: 'string' }
  | { t: 'id' }
  | { t: 'url' }
  | { t: 'date' }
  | { t: 'int'; min: number }
  | { t: 'boolean' }
  | { t: 'literal'; value: string }
  | { t: 'enum'; values: readonly string[] }
  | { t: 'array'; of: Spec }
  | { t: 'object'; fields: Record<string, Spec> }
) & { optional?: boolean; nullable?: boolean };

/** Describes a value for messages: `"Sept 2022"`, `42`, `an object`, `nothing`. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const s = JSON.stringify(value);
  return s.length > 80 ? `${s.slice(0, 77)}..."` : s;
}

function expected(spec: Spec): string {
  switch (spec.t) {
    case 'string':
      return 'a non-empty string';
    case 'id':
      return 'an id (lower-case letters, digits and single hyphens)';
    case 'url':
      return 'an http(s) URL';
    case 'date':
      return 'YYYY-MM or YYYY-MM-DD';
    case 'int':
      return `an integer >= ${spec.min}`;
    case 'boolean':
      return 'true or false';
    case 'literal':
      return JSON.stringify(spec.value);
    case 'enum':
      return `one of ${spec.values.join(', ')}`;
    case 'array':
      return 'an array';
    case 'object':
      return 'an object';
  }
}

function fits(spec: Spec, v: unknown): boolean {
  switch (spec.t) {
    case 'string':
      return typeof v === 'string' && v.trim() !== '';
    case 'id':
      return typeof v === 'string' && ID_PATTERN.test(v);
    case 'url':
      return typeof v === 'string' && /^https?:\/\/\S+$/.test(v);
    case 'date':
      return typeof v === 'string' && isPartialDate(v);
    case 'int':
      return typeof v === 'number' && Number.isInteger(v) && v >= spec.min;
    case 'boolean':
      return typeof v === 'boolean';
    case 'literal':
      return v === spec.value;
    case 'enum':
      return typeof v === 'string' && spec.values.includes(v);
    case 'array':
      return Array.isArray(v);
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
  }
}

/** Checks `value` against `spec`, appending one issue per problem (all problems, not the first). */
export function check(spec: Spec, value: unknown, path: string, issues: ImportIssue[]): void {
  if (value === undefined && spec.optional) return;
  if (value === null && spec.nullable) return;
  if (!fits(spec, value)) {
    issues.push({ path, message: `${path}: expected ${expected(spec)}, got ${describe(value)}` });
    return;
  }
  if (spec.t === 'array') {
    (value as unknown[]).forEach((item, i) => check(spec.of, item, `${path}[${i}]`, issues));
  } else if (spec.t === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      if (!(key in spec.fields)) {
        const p = path === '$' ? key : `${path}.${key}`;
        const allowed = Object.keys(spec.fields).join(', ');
        issues.push({ path: p, message: `${p}: unknown field; expected one of ${allowed}` });
      }
    }
    for (const [key, inner] of Object.entries(spec.fields)) {
      check(inner, obj[key], path === '$' ? key : `${path}.${key}`, issues);
    }
  }
}

const opt = <S extends Spec>(s: S): S => ({ ...s, optional: true });
const optNull = <S extends Spec>(s: S): S => ({ ...s, optional: true, nullable: true });
const str: Spec = { t: 'string' };
const id: Spec = { t: 'id' };
const ids: Spec = { t: 'array', of: id, optional: true };
const syntheticFlag: Spec = { t: 'boolean', optional: true };
const sourceRefs: Spec = opt({
  t: 'array',
  of: { t: 'object', fields: { sourceId: id, facts: opt({ t: 'array', of: str }) } },
});
const obj = (fields: Record<string, Spec>): Spec => ({ t: 'object', fields });
const list = (of: Spec): Spec => opt({ t: 'array', of });

/** The structure of an import-v1 file. */
export const IMPORT_SPEC: Spec = obj({
  format: { t: 'literal', value: IMPORT_FORMAT_ID },
  synthetic: syntheticFlag,
  description: opt(str),
  sources: list(
    obj({
      id,
      url: { t: 'url' },
      title: str,
      publisher: optNull(str),
      retrievedOn: optNull({ t: 'date' }),
    }),
  ),
  themeCategories: list(obj({ id, name: str })),
  partnerships: list(
    obj({
      id,
      name: str,
      synthetic: syntheticFlag,
      statutoryPartners: list(obj({ agencyId: id, sourceId: optNull(id) })),
      sources: sourceRefs,
    }),
  ),
  agencies: list(
    obj({
      id,
      name: str,
      sector: { t: 'enum', values: AGENCY_SECTORS },
      synthetic: syntheticFlag,
      sources: sourceRefs,
    }),
  ),
  themes: list(
    obj({
      id,
      name: str,
      aliases: list(str),
      categoryIds: ids,
      synthetic: syntheticFlag,
      sources: sourceRefs,
    }),
  ),
  documents: list(
    obj({
      id,
      title: str,
      kind: { t: 'enum', values: DOCUMENT_KINDS },
      url: optNull({ t: 'url' }),
      themeId: optNull(id),
      synthetic: syntheticFlag,
      sources: sourceRefs,
    }),
  ),
  reviews: {
    t: 'array',
    of: obj({
      id,
      partnershipId: id,
      title: str,
      kind: { t: 'enum', values: REVIEW_KINDS },
      publishedOn: optNull({ t: 'date' }),
      summary: optNull(str),
      methodology: optNull(str),
      synthetic: syntheticFlag,
      children: list(obj({ pseudonym: str, ageBand: optNull(str) })),
      agencies: list(obj({ agencyId: id, sourceId: optNull(id) })),
      documentIds: ids,
      themes: list(obj({ themeId: id, sourceId: optNull(id) })),
      recommendations: list(
        obj({
          number: { t: 'int', min: 1 },
          text: str,
          status: { t: 'enum', values: RECOMMENDATION_STATUSES },
          statusUpdatedOn: optNull({ t: 'date' }),
          agencyIds: ids,
          themeIds: ids,
          synthetic: syntheticFlag,
          sources: sourceRefs,
        }),
      ),
      sources: sourceRefs,
    }),
  },
});
