// `npm run codegen:check`: regenerates the resolver types and fails when src/generated has drifted.
import { generate } from '@graphql-codegen/cli';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import * as prettier from 'prettier';
import config from '../codegen';

const root = resolve(__dirname, '..');

/** Runs codegen into a temp dir, formats like `npm run codegen`, and compares with the committed files. */
async function main(): Promise<number> {
  const tmp = mkdtempSync(join(tmpdir(), 'slg-codegen-'));
  try {
    const generates = Object.fromEntries(
      Object.entries(config.generates).map(([target, output]) => [join(tmp, target), output]),
    );
    const outputs = await generate({ ...config, cwd: root, silent: true, generates }, false);
    const drifted: string[] = [];
    for (const out of outputs) {
      const target = relative(tmp, out.filename);
      const committed = join(root, target);
      const options = (await prettier.resolveConfig(committed)) ?? {};
      const fresh = await prettier.format(out.content, { ...options, filepath: committed });
      if (!existsSync(committed) || readFileSync(committed, 'utf8') !== fresh) drifted.push(target);
    }
    if (drifted.length) {
      process.stderr.write(
        `Generated code is out of date with schema/*.graphql or codegen.ts: ${drifted.join(', ')}.\n` +
          'Run `npm run codegen` and commit the result.\n',
      );
      return 1;
    }
    process.stdout.write(`codegen: ${outputs.length} generated file(s) up to date\n`);
    return 0;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(
      `codegen check failed: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exitCode = 1;
  },
);
