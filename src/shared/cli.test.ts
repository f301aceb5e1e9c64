// Unit tests of the command-line helpers: strict parsing, integer options and exit codes.
import { intOption, parseCommandLine, runTool, USAGE_EXIT_CODE, UsageError } from './cli';

const options = {
  reviews: { type: 'string' },
  quick: { type: 'boolean', default: false },
} as const;

describe('parseCommandLine', () => {
  it('returns typed values and positionals', () => {
    const { values, positionals } = parseCommandLine(['a.json', '--reviews', '5', '--quick'], {
      options,
      allowPositionals: true,
    });
    expect(values).toEqual({ reviews: '5', quick: true });
    expect(positionals).toEqual(['a.json']);
  });

  it('names a misspelt option', () => {
    expect(() => parseCommandLine(['--reveiws', '5'], { options })).toThrow(
      new UsageError('unknown option --reveiws'),
    );
  });

  it('names an unexpected positional and a missing value', () => {
    expect(() => parseCommandLine(['extra'], { options })).toThrow(
      new UsageError('unexpected argument "extra"'),
    );
    expect(() => parseCommandLine(['--reviews'], { options })).toThrow(UsageError);
  });
});

describe('intOption', () => {
  it('gives the fallback when absent and the number when valid', () => {
    expect(intOption('reviews', undefined, 7)).toBe(7);
    expect(intOption('reviews', '12', 7)).toBe(12);
    expect(intOption('seed', '0', 42, 0)).toBe(0);
  });

  it.each(['x', '1.5', '0', '', '1e3'])('refuses %j', (raw) => {
    expect(() => intOption('reviews', raw, 7)).toThrow(
      new UsageError(`--reviews: expected a whole number >= 1, got ${JSON.stringify(raw)}`),
    );
  });
});

describe('runTool', () => {
  let stderr: jest.SpyInstance;
  let stdout: jest.SpyInstance;
  beforeEach(() => {
    stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterEach(() => {
    jest.restoreAllMocks();
    process.exitCode = undefined;
  });
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it('exits 2 with the message and the usage for a command line it does not understand', async () => {
    runTool('usage: t', () => {
      parseCommandLine(['--reveiws', '5'], { options });
    });
    await settle();
    expect(process.exitCode).toBe(USAGE_EXIT_CODE);
    expect(stderr).toHaveBeenCalledWith('unknown option --reveiws\nusage: t\n');
  });

  it('prints the usage on stdout and exits 0 for --help', async () => {
    runTool('usage: t', () => {
      parseCommandLine(['--help'], { options });
    });
    await settle();
    expect(process.exitCode).toBe(0);
    expect(stdout).toHaveBeenCalledWith('usage: t\n');
  });

  it("exits 1 with the message for any other error, and with main's code otherwise", async () => {
    runTool('usage: t', async () => {
      throw new Error('database unavailable');
    });
    await settle();
    expect(process.exitCode).toBe(1);
    expect(stderr).toHaveBeenCalledWith('database unavailable\n');
    runTool('usage: t', () => 3);
    await settle();
    expect(process.exitCode).toBe(3);
  });
});
