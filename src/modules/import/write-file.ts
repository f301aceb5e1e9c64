// Writes an import file to disk one record per line, so memory holds the data once, not a second giant string.
import { closeSync, openSync, writeSync } from 'node:fs';
import type { ImportFile } from './import-format';

/** Writes `file` as JSON to `path` (top-level fields first, reviews last); returns the bytes written. */
export function writeImportFile(path: string, file: ImportFile): number {
  const fd = openSync(path, 'w');
  let bytes = 0;
  const put = (s: string) => (bytes += writeSync(fd, s));
  try {
    const { reviews, ...rest } = file;
    put('{\n');
    for (const [key, value] of Object.entries(rest)) {
      if (!Array.isArray(value)) {
        put(`  ${JSON.stringify(key)}: ${JSON.stringify(value)},\n`);
        continue;
      }
      put(`  ${JSON.stringify(key)}: [\n`);
      value.forEach((v, i) => put(`    ${JSON.stringify(v)}${i < value.length - 1 ? ',' : ''}\n`));
      put('  ],\n');
    }
    put('  "reviews": [\n');
    reviews.forEach((r, i) =>
      put(`    ${JSON.stringify(r)}${i < reviews.length - 1 ? ',' : ''}\n`),
    );
    put('  ]\n}\n');
  } finally {
    closeSync(fd);
  }
  return bytes;
}
