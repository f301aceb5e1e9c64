// Validates import data before anything is written: JSON syntax, structure (the zod schemas), then the rules across records.
import { parse, printParseErrorCode } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import type { ExistingIds } from './format-rules';
import { crossRecordIssues, pathTo } from './format-rules';
import type { ImportFile, ImportIssue } from './import-format';
import { importFileSchema } from './import-format';

export type ValidationResult<T = ImportFile> =
  { ok: true; data: T } | { ok: false; errors: ImportIssue[] };

/** Describes a value for messages: `"Sept 2022"`, `42`, `an object`, `nothing`. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const s = JSON.stringify(value);
  return s.length > 80 ? `${s.slice(0, 77)}..."` : s;
}

/**
 * Words zod's issues as ours: `<path>: expected <what>, got <value>`, one per place (the first
 * problem found there), and one `unknown field` issue per unknown key. `root` prefixes every path.
 */
function wordIssues(issues: readonly z.core.$ZodIssue[], root: string): ImportIssue[] {
  const out: ImportIssue[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const at = issue.path.reduce<string>(pathTo, root);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const p = pathTo(at, key);
        out.push({ path: p, message: `${p}: unknown field; expected one of ${issue.message}` });
      }
    } else if (!seen.has(at)) {
      seen.add(at);
      out.push({
        path: at,
        message: `${at}: expected ${issue.message}, got ${describe(issue.input)}`,
      });
    }
  }
  return out;
}

function structure<T>(schema: z.ZodType<T>, input: unknown, root: string): ValidationResult<T> {
  const parsed = schema.safeParse(input, { reportInput: true });
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, errors: wordIssues(parsed.error.issues, root) };
}

/** Checks a file's structure only (fields, types, enums, ids, dates), not the rules across records. */
export function checkStructure(input: unknown): ValidationResult {
  return structure(importFileSchema, input, '$');
}

/**
 * Checks one record against its schema (structure only, e.g. `RECORD_SCHEMAS.reviews` or
 * `recommendationSchema`), naming places from `path` (e.g. `input.publishedOn`). For a mutation
 * that writes records, follow it with `crossRecordIssues` on a file-shaped object holding them to
 * apply the reference, synthetic and provenance rules the importer applies.
 */
export function validateRecord<T>(
  schema: z.ZodType<T>,
  input: unknown,
  path: string,
): ValidationResult<T> {
  return structure(schema, input, path);
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
  const checked = checkStructure(input);
  if (!checked.ok) return checked;
  const errors = crossRecordIssues(checked.data, opts.existingIds);
  return errors.length === 0 ? checked : { ok: false, errors };
}

/** Our wording of jsonc-parser's error codes (by name). */
const REASONS: Record<string, string> = {
  ValueExpected: 'expected a value, got',
  PropertyNameExpected: 'expected a property name in double quotes, got',
  ColonExpected: 'expected ":", got',
  CommaExpected: 'expected ",", got',
  CloseBraceExpected: 'expected "}", got',
  CloseBracketExpected: 'expected "]", got',
  EndOfFileExpected: 'expected the end of the data, got',
  InvalidSymbol: 'expected a value, got',
  InvalidCommentToken: 'expected no comments (JSON has none), got',
  UnexpectedEndOfString: 'expected a closing double quote, got',
  UnexpectedEndOfComment: 'expected no comments (JSON has none), got',
  InvalidCharacter: 'expected no control characters in a string, got',
};

/** Where and why strict JSON fails, from jsonc-parser (JSON.parse's messages lack positions in Node 20). */
function syntaxError(text: string): { offset: number; reason: string } | null {
  const errors: ParseError[] = [];
  parse(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (!first) return null;
  const at =
    first.offset < text.length ? JSON.stringify(text[first.offset]) : 'the end of the file';
  const code = printParseErrorCode(first.error);
  const reason = REASONS[code];
  return {
    offset: first.offset,
    reason: reason ? `${reason} ${at}` : `${code} at ${at}`,
  };
}

/** Parses JSON text; malformed JSON is one issue naming its line and column. */
export function parseImportText(
  text: string,
): { ok: true; value: unknown } | { ok: false; errors: ImportIssue[] } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const at = syntaxError(text);
    let where = '';
    let reason = err instanceof Error ? err.message : String(err);
    if (at) {
      const before = text.slice(0, at.offset);
      where = ` at line ${before.split('\n').length}, column ${at.offset - before.lastIndexOf('\n')}`;
      reason = at.reason;
    }
    const message = `$: expected valid JSON, got a syntax error${where}: ${reason}`;
    return { ok: false, errors: [{ path: '$', message }] };
  }
}
