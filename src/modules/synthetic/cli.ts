// `npm run generate -- --reviews 10000 --seed 42 --out <file>`: writes a synthetic import file.
import { closeSync, openSync, writeSync } from 'node:fs';
import type { ImportFile } from '../import';
import { intOption, parseCommandLine, runTool, UsageError } from '../../shared/cli';
import { generateSynthetic } from './generate';

const USAGE =
  'usage: npm run generate -- --reviews N --seed S --out <file.json> [--partnerships N]';

function args(argv: string[]): {
  reviews: number;
  seed: number;
  out: string;
  partnerships?: number;
} {
  const { values } = parseCommandLine(argv, {
    options: {
      reviews: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      partnerships: { type: 'string' },
    },
  });
  if (values.out === undefined) throw new UsageError('--out: expected the path to write');
  if (values.reviews === undefined) throw new UsageError('--reviews: expected a number of reviews');
  return {
    reviews: intOption('reviews', values.reviews, 0, 0),
    seed: intOption('seed', values.seed, 42, 0),
    out: values.out,
    partnerships:
      values.partnerships === undefined
        ? undefined
        : intOption('partnerships', values.partnerships, 0),
  };
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

runTool(USAGE, () => {
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
});
