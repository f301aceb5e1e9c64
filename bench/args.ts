// Command-line options of `npm run bench`.

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
}

const USAGE =
  'usage: npm run bench -- [--quick] [--reviews N] [--seed S] [--seconds S] [--connections C]';

/** Parses argv (after `--`). Defaults: 10,000 reviews, seed 42; `--quick`: 1,000 reviews, shorter runs. */
export function parseArgs(argv: string[]): BenchOptions {
  const quick = argv.includes('--quick');
  const num = (flag: string, dflt: number): number => {
    const i = argv.indexOf(flag);
    if (i < 0) return dflt;
    const n = Number(argv[i + 1]);
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`${flag}: expected a positive integer, got ${argv[i + 1]}\n${USAGE}`);
    return n;
  };
  const known = new Set(['--quick', '--reviews', '--seed', '--seconds', '--connections']);
  argv.forEach((a, i) => {
    if (a.startsWith('--') && !known.has(a)) throw new Error(`unknown option ${a}\n${USAGE}`);
    if (!a.startsWith('--') && !known.has(argv[i - 1] ?? ''))
      throw new Error(`unexpected argument ${a}\n${USAGE}`);
  });
  const reviews = num('--reviews', quick ? 1000 : 10_000);
  return {
    reviews,
    seed: num('--seed', 42),
    quick,
    warmup: quick ? 10 : 20,
    requests: quick ? 100 : 200,
    latencyMaxMs: quick ? 3000 : 6000,
    connections: num('--connections', 16),
    loadSeconds: num('--seconds', quick ? 3 : 5),
    outName: quick ? 'quick' : reviews === 10_000 ? 'latest' : `reviews-${reviews}`,
  };
}
