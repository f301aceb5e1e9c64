// Command-line options of `npm run bench` (strict: an unknown option prints the usage and exits 2).
import { intOption, parseCommandLine, USAGE_EXIT_CODE, UsageError } from '../src/shared/cli';

/** What one bench run does. */
export interface BenchOptions {
  reviews: number;
  seed: number;
  quick: boolean;
  /** Untimed requests before each latency measurement. */
  warmup: number;
  /** Timed sequential requests per system and operation (fewer if `latencyMaxMs` per system passes first). */
  requests: number;
  latencyMaxMs: number;
  /** Connections and seconds of each throughput measurement. */
  connections: number;
  loadSeconds: number;
  /** Base name of the result files in bench/results/. */
  outName: string;
  /** `--import-only`: measure the import alone (bench/import.ts). */
  importOnly: boolean;
  /** `--faults`: the fault run (bench/faults.ts): kill Neo4j under load and watch the recovery. */
  faults: boolean;
  /**
   * `--index-only`: import, then start the API and measure its analytics index (build time, memory)
   * without the comparisons, for scales where the comparisons would take hours.
   */
  indexOnly: boolean;
  /**
   * With `--index-only` beyond `GROW_BASE` reviews, a multiple of it: import `GROW_BASE` reviews
   * and copy them in Cypher (bench/grow.ts) up to the scale, unless `--full-import` imports all.
   */
  fullImport: boolean;
}

/** Reviews `--index-only` imports before growing the store by copies (see `fullImport`). */
export const GROW_BASE = 10_000;

export const USAGE =
  'usage: npm run bench -- [--quick | --import-only | --index-only [--full-import] | --faults] [--reviews N] [--seed S] [--seconds S] [--connections C]';

/**
 * Parses argv (after `--`); throws a `UsageError` naming what it did not understand. Defaults:
 * 10,000 reviews, seed 42; `--quick`: 1,000 reviews, shorter runs.
 */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const { values } = parseCommandLine(argv, {
    options: {
      quick: { type: 'boolean', default: false },
      reviews: { type: 'string' },
      seed: { type: 'string' },
      seconds: { type: 'string' },
      connections: { type: 'string' },
      'import-only': { type: 'boolean', default: false },
      faults: { type: 'boolean', default: false },
      'index-only': { type: 'boolean', default: false },
      'full-import': { type: 'boolean', default: false },
    },
  });
  const quick = values.quick;
  const reviews = intOption('reviews', values.reviews, quick ? 1000 : 10_000);
  return {
    reviews,
    seed: intOption('seed', values.seed, 42),
    quick,
    warmup: quick ? 10 : 20,
    requests: quick ? 100 : 200,
    latencyMaxMs: quick ? 3000 : 6000,
    connections: intOption('connections', values.connections, 16),
    loadSeconds: intOption('seconds', values.seconds, quick ? 3 : 5),
    outName: quick ? 'quick' : reviews === 10_000 ? 'latest' : `reviews-${reviews}`,
    importOnly: values['import-only'],
    faults: values.faults,
    indexOnly: values['index-only'],
    fullImport: values['full-import'],
  };
}

/** `parseBenchArgs` for the bench's entry points: a command line it does not understand exits 2. */
export function parseArgs(argv: readonly string[]): BenchOptions {
  try {
    return parseBenchArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`${err.message}\n${USAGE}\n`);
    process.exit(USAGE_EXIT_CODE);
  }
}
