// `npm run import -- <file> [--batch-size N] [--dry-run]`: validate an import file, then write it.
import { readFileSync } from 'node:fs';
import { withDatabase } from '../../db/connect';
import type { ImportIssue } from './import-format';
import { DEFAULT_BATCH_SIZE, importFile, validateForDatabase } from './importer';
import { progressReporter } from './progress';
import { parseImportText } from './validate';

const USAGE = 'usage: npm run import -- <file.json> [--batch-size N] [--dry-run]';

function parseArgs(argv: string[]): { file: string; batchSize: number; dryRun: boolean } {
  let file: string | undefined;
  let batchSize = DEFAULT_BATCH_SIZE;
  let dryRun = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--batch-size') {
      batchSize = Number(argv[(i += 1)]);
      if (!Number.isInteger(batchSize) || batchSize < 1)
        throw new Error(`--batch-size: expected a positive integer\n${USAGE}`);
    } else if (arg && !arg.startsWith('--') && !file) file = arg;
    else throw new Error(`unexpected argument ${arg}\n${USAGE}`);
  }
  if (!file) throw new Error(USAGE);
  return { file, batchSize, dryRun };
}

function printErrors(file: string, errors: ImportIssue[]): void {
  process.stderr.write(`${file}: refused, nothing was written (${errors.length} problem(s)):\n`);
  for (const e of errors) process.stderr.write(`  ${e.message}\n`);
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  let text: string;
  try {
    text = readFileSync(args.file, 'utf8');
  } catch (err) {
    throw new Error(`${args.file}: expected a readable JSON file, got ${(err as Error).message}`);
  }
  const parsed = parseImportText(text);
  if (!parsed.ok) {
    printErrors(args.file, parsed.errors);
    return 1;
  }
  return withDatabase(async (db) => {
    const checked = await validateForDatabase(db, parsed.value);
    if (!checked.ok) {
      printErrors(args.file, checked.errors);
      return 1;
    }
    if (args.dryRun) {
      process.stderr.write(
        `${args.file}: valid (${checked.data.reviews.length} reviews); dry run, nothing written\n`,
      );
      return 0;
    }
    const summary = await importFile(db, checked.data, {
      batchSize: args.batchSize,
      onProgress: progressReporter('import'),
    });
    const rate = Math.round((summary.reviews / Math.max(summary.ms, 1)) * 1000);
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    process.stderr.write(
      `imported ${summary.reviews} reviews in ${(summary.ms / 1000).toFixed(1)}s (${rate} reviews/s)\n`,
    );
    return 0;
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
