// Command-line plumbing shared by every tool: strict argument parsing (node:util parseArgs) and exit codes.
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';

/** Exit code of a command line the tool did not understand (as in POSIX utilities). */
export const USAGE_EXIT_CODE = 2;

/** A command line the tool did not understand: the runner prints it with the usage and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Thrown for `--help`/`-h`: the runner prints the usage on stdout and exits 0. */
class HelpRequested extends Error {}

/** The option values and positionals of a command line parsed by `config` (precisely typed). */
export type ParsedArgs<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/** Turns Node's parseArgs messages into ours, naming the flag: `unknown option --reveiws`. */
function reword(message: string, code: string): string {
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${quoted}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${JSON.stringify(quoted)}`;
    default:
      return message;
  }
}

/**
 * Parses `args` strictly: an unknown or misspelt option, a missing option value or an unexpected
 * positional throws a `UsageError` naming it. `--help` or `-h` anywhere asks for the usage.
 */
export function parseCommandLine<T extends Omit<ParseArgsConfig, 'args' | 'strict'>>(
  args: readonly string[],
  config: T,
): ParsedArgs<T & { args: string[]; strict: true }> {
  if (args.includes('--help') || args.includes('-h')) throw new HelpRequested();
  try {
    return parseArgs({ ...config, args: [...args], strict: true });
  } catch (err) {
    // Duck-typed: Node's errors may come from another realm (e.g. under jest), so no instanceof.
    if (typeof err === 'object' && err !== null && 'code' in err && 'message' in err) {
      const code = String(err.code);
      if (code.startsWith('ERR_PARSE_ARGS'))
        throw new UsageError(reword(String(err.message), code));
    }
    throw err;
  }
}

/**
 * The value of an integer option: `fallback` when absent, else a whole number >= `min`, or a
 * `UsageError` saying what was expected and what arrived.
 */
export function intOption(
  name: string,
  raw: string | undefined,
  fallback: number,
  min = 1,
): number {
  if (raw === undefined) return fallback;
  const n = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min)
    throw new UsageError(
      `--${name}: expected a whole number >= ${min}, got ${JSON.stringify(raw)}`,
    );
  return n;
}

/**
 * Runs a tool's `main` and sets the exit code: main's own code (default 0); 2 with the message
 * and the usage on stderr for a `UsageError`; 0 with the usage on stdout for `--help`; 1 with the
 * message for any other error.
 */
export function runTool(usage: string, main: () => Promise<number | void> | number | void): void {
  const fail = (err: unknown) => {
    if (err instanceof HelpRequested) {
      process.stdout.write(`${usage}\n`);
      process.exitCode = 0;
    } else if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n${usage}\n`);
      process.exitCode = USAGE_EXIT_CODE;
    } else {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    }
  };
  try {
    Promise.resolve(main()).then((code) => {
      process.exitCode = code ?? 0;
    }, fail);
  } catch (err) {
    fail(err);
  }
}
