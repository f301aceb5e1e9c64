// Unit tests of the format definition: enums tied to the SDL, the JSON Schema doc, per-record validation.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { crossRecordIssues } from './format-rules';
import type { ImportFile } from './import-format';
import {
  agencySector,
  documentKind,
  IMPORT_FORMAT_ID,
  importJsonSchema,
  recommendationStatus,
  RECORD_SCHEMAS,
  recommendationSchema,
  reportedStatus,
  reviewKind,
} from './import-format';
import { parseImportText, validateRecord } from './validate';

const root = join(__dirname, '..', '..', '..');

/** Every enum of schema/*.graphql: name -> values in SDL order. */
function sdlEnums(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of readdirSync(join(root, 'schema')).filter((n) => n.endsWith('.graphql'))) {
    for (const def of parse(readFileSync(join(root, 'schema', f), 'utf8')).definitions) {
      if (def.kind === Kind.ENUM_TYPE_DEFINITION)
        out.set(
          def.name.value,
          (def.values ?? []).map((v) => v.name.value),
        );
    }
  }
  return out;
}

describe('the import format', () => {
  it('allows exactly the values of the SDL enums', () => {
    const enums = sdlEnums();
    const sorted = (values: readonly string[] | undefined) => [...(values ?? [])].sort();
    expect(sorted(reviewKind.options)).toEqual(sorted(enums.get('ReviewKind')));
    expect(sorted(agencySector.options)).toEqual(sorted(enums.get('AgencySector')));
    expect(sorted(documentKind.options)).toEqual(sorted(enums.get('DocumentKind')));
    expect(sorted(recommendationStatus.options)).toEqual(sorted(enums.get('RecommendationStatus')));
    // A history entry is a reported status: every status but NOT_KNOWN.
    expect(sorted([...reportedStatus.options, 'NOT_KNOWN'])).toEqual(
      sorted(enums.get('RecommendationStatus')),
    );
    // A non-empty guard: the SDL defines these enums, so the comparisons above compared something.
    expect(enums.get('ReviewKind')).toContain('RAPID_REVIEW_LEARNING');
  });

  it('is documented by docs/import-format.schema.json, generated from the schemas', () => {
    const committed: unknown = JSON.parse(
      readFileSync(join(root, 'docs', 'import-format.schema.json'), 'utf8'),
    );
    // If this fails, run `npm run import:schema` and commit the result.
    expect(committed).toEqual(importJsonSchema());
  });
});

describe('validateRecord', () => {
  it('checks one record and names places from the given path', () => {
    expect(
      validateRecord(
        recommendationSchema,
        { number: 0, text: 'Do it', status: 'DONE', colour: 'red' },
        'input',
      ),
    ).toEqual({
      ok: false,
      errors: [
        { path: 'input.number', message: 'input.number: expected an integer >= 1, got 0' },
        {
          path: 'input.status',
          message:
            'input.status: expected one of OPEN, IN_PROGRESS, COMPLETED, NOT_ACCEPTED, SUPERSEDED, NOT_KNOWN, got "DONE"',
        },
        {
          path: 'input.colour',
          message:
            'input.colour: unknown field; expected one of number, text, status, statusUpdatedOn, statusHistory, ownerAgencyId, ownerPartnershipId, targetDate, agencyIds, themeIds, synthetic, sources',
        },
      ],
    });
  });

  it('returns the typed record when it is valid', () => {
    const r = validateRecord(
      RECORD_SCHEMAS.agencies,
      { id: 'a', name: 'A', sector: 'POLICE' },
      'a',
    );
    expect(r).toEqual({ ok: true, data: { id: 'a', name: 'A', sector: 'POLICE' } });
  });

  it('applies the cross-record rules to records outside a file', () => {
    // One real review referring to a partnership that exists neither here nor in `existing`.
    const file: ImportFile = {
      format: IMPORT_FORMAT_ID,
      reviews: [
        {
          id: 'q-a',
          partnershipId: 'q',
          title: 'A',
          kind: 'RAPID_REVIEW_LEARNING',
          sources: [{ sourceId: 's' }],
        },
      ],
    };
    expect(crossRecordIssues(file, { sources: new Set(['s']) }).map((i) => i.message)).toEqual([
      'reviews[0].partnershipId: expected the id of a partnership in this file or in the database, got "q"',
    ]);
    expect(
      crossRecordIssues(file, { sources: new Set(['s']), partnerships: new Set(['q']) }),
    ).toEqual([]);
  });
});

describe('parseImportText positions (jsonc-parser)', () => {
  // Offsets by hand: `{"a" 1}` has the 1 at offset 5 (line 1, column 6).
  it.each([
    ['{"a" 1}', 'line 1, column 6: expected ":", got "1"'],
    ['[1 2]', 'line 1, column 4: expected ",", got "2"'],
    ['{"a":1}}', 'line 1, column 8: expected the end of the data, got "}"'],
    ['{"a":1 /*c*/}', 'line 1, column 8: expected no comments (JSON has none), got "/"'],
    ['{\n"a": [1,\n', 'line 3, column 1: expected a value, got the end of the file'],
  ])('%j', (text, where) => {
    expect(parseImportText(text)).toEqual({
      ok: false,
      errors: [{ path: '$', message: `$: expected valid JSON, got a syntax error at ${where}` }],
    });
  });
});
