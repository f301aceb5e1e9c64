// `npm run generate -- --reviews 10000 --seed 42 --out <file>`: writes a synthetic import file.
import { closeSync, openSync, writeSync } from 'node:fs';
import type { ImportFile } from '../import';
import { generateSynthetic } from './generate';

const USAGE =
  'usage: npm run generate -- --reviews N --seed S --out <file.json> [--partnerships N]';

function args(argv: string[]): {
  reviews: number;
  seed: number;
  out: string;
  partnerships?: number;
} {
  const get = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const int = (flag: string, dflt?: number) => {
    const raw = get(flag);
    const n = raw === undefined ? dflt : Number(raw);
    if (n === undefined || !Number.isInteger(n) || n < 0)
      throw new Error(`${flag}: expected a non-negative integer, got ${raw}\n${USAGE}`);
    return n;
  };
  const out = get('--out');
  if (!out) throw new Error(USAGE);
  const partnerships = get('--partnerships') === undefined ? undefined : int('--partnerships');
  return { reviews: int('--reviews'), seed: int('--seed', 42), out, partnerships };
}

/** Writes the file one record per line, so memory holds the data once, not a second giant string. */
function writeFile(path: string, file: ImportFile): number {
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

try {
  const a = args(process.argv.slice(2));
  const started = Date.now();
  const file = generateSynthetic({
    reviews: a.reviews,
    seed: a.seed,
    partnerships: a.partnerships,
  });
  const bytes = writeFile(a.out, file);
  const recs = file.reviews.reduce((n, r) => n + (r.recommendations?.length ?? 0), 0);
  process.stderr.write(
    `wrote ${a.out} (${(bytes / 1e6).toFixed(1)} MB) in ${Date.now() - started} ms: ${file.partnerships?.length} partnerships, ${file.agencies?.length} agencies, ${file.themes?.length} themes, ${file.documents?.length} documents, ${file.reviews.length} reviews, ${recs} recommendations\n`,
  );
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
