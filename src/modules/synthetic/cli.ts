// `npm run generate -- --reviews 10000 --seed 42 --out <file>`: writes a synthetic import file.
import { writeImportFile } from '../import';
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

runTool(USAGE, () => {
  const a = args(process.argv.slice(2));
  const started = Date.now();
  const file = generateSynthetic({
    reviews: a.reviews,
    seed: a.seed,
    partnerships: a.partnerships,
  });
  const bytes = writeImportFile(a.out, file);
  const recs = file.reviews.reduce((n, r) => n + (r.recommendations?.length ?? 0), 0);
  process.stderr.write(
    `wrote ${a.out} (${(bytes / 1e6).toFixed(1)} MB) in ${Date.now() - started} ms: ${file.partnerships?.length} partnerships, ${file.agencies?.length} agencies, ${file.themes?.length} themes, ${file.documents?.length} documents, ${file.reviews.length} reviews, ${recs} recommendations\n`,
  );
});
