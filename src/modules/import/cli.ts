// `npm run import -- <file> [--batch-size N] [--dry-run] [--actor NAME]`: validate an import
// file, then write it, recording who imported it in the audit trail.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { withDatabase } from '../../db/connect';
import { intOption, parseCommandLine, runTool, UsageError } from '../../shared/cli';
import type { ImportIssue } from './import-format';
import { DEFAULT_BATCH_SIZE, importFile, osUserName, validateForDatabase } from './importer';
import { progressReporter } from './progress';
import { parseImportText } from './validate';

const USAGE = 'usage: npm run import -- <file.json> [--batch-size N] [--dry-run] [--actor NAME]';

function parseArgs(argv: string[]): {
  file: string;
  batchSize: number;
  dryRun: boolean;
  actor: string;
} {
  const { values, positionals } = parseCommandLine(argv, {
    allowPositionals: true,
    options: {
      'batch-size': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      actor: { type: 'string' },
    },
  });
  const [file, ...extra] = positionals;
  if (!file) throw new UsageError('expected the path of a JSON file');
  if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
  const batchSize = intOption('batch-size', values['batch-size'], DEFAULT_BATCH_SIZE);
  const actor = values.actor?.trim() ?? osUserName();
  if (actor === '') throw new UsageError('--actor: expected the name of who imports, got ""');
  return { file, batchSize, dryRun: values['dry-run'], actor };
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
      // Whoever runs the importer holds the database's credentials: at least an ADMIN.
      actor: { name: args.actor, role: 'ADMIN' },
      fileName: basename(args.file),
    });
    const rate = Math.round((summary.reviews / Math.max(summary.ms, 1)) * 1000);
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    process.stderr.write(
      `imported ${summary.reviews} reviews in ${(summary.ms / 1000).toFixed(1)}s (${rate} reviews/s)\n`,
    );
    return 0;
  });
}

runTool(USAGE, main);
