// Process helpers for tests that start and stop real processes.
import { execFile, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** True while a process with this pid exists. */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Runs one of the project's command-line tools as a user would, against the test database. */
export function runCli(
  script: string,
  ...args: string[]
): { code: number | null; stdout: string; stderr: string } {
  const res = spawnSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', script, ...args],
    {
      cwd: resolve(__dirname, '../..'),
      env: process.env, // NEO4J_URI from global setup: the tool connects to the test database
      encoding: 'utf8',
    },
  );
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

/**
 * Like runCli, without blocking this process meanwhile: for tests that also talk to a server
 * running in this process (a blocked event loop breaks its keep-alive connections).
 */
export function runCliAsync(
  script: string,
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', script, ...args],
      { cwd: resolve(__dirname, '../..'), env: process.env, encoding: 'utf8' },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}
