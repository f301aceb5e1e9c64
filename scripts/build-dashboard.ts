// Builds the dashboard (dashboard/src -> dashboard/dist) with esbuild: one JS and one CSS bundle, fonts.
import { build, type BuildResult } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..');
/** The dashboard's sources. */
export const DASHBOARD_SRC = join(root, 'dashboard');
/** What the server serves at /dashboard/ (built, not committed). */
export const DASHBOARD_DIST = join(root, 'dashboard', 'dist');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when dist is missing or older than any source file (dashboard/src, index.html). */
export function dashboardStale(): boolean {
  const built = join(DASHBOARD_DIST, 'assets', 'main.js');
  if (!existsSync(built)) return true;
  const sources = Math.max(
    newestMtime(join(DASHBOARD_SRC, 'src')),
    statSync(join(DASHBOARD_SRC, 'index.html')).mtimeMs,
  );
  return sources > statSync(built).mtimeMs;
}

/** Bundles, minifies and writes dashboard/dist (index.html, assets/main.js, assets/main.css, fonts). */
export async function buildDashboard(): Promise<BuildResult> {
  rmSync(DASHBOARD_DIST, { recursive: true, force: true });
  mkdirSync(DASHBOARD_DIST, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: join(DASHBOARD_SRC, 'src', 'main.ts') },
    outdir: join(DASHBOARD_DIST, 'assets'),
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'esm',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    loader: { '.woff2': 'file', '.woff': 'file' },
    assetNames: '[name]-[hash]',
    legalComments: 'linked',
    logLevel: 'warning',
    metafile: true,
  });
  copyFileSync(join(DASHBOARD_SRC, 'index.html'), join(DASHBOARD_DIST, 'index.html'));
  return result;
}

if (require.main === module) {
  const t0 = Date.now();
  const onlyIfStale = process.argv.includes('--if-stale');
  if (onlyIfStale && !dashboardStale()) {
    process.stdout.write('dashboard: up to date\n');
  } else {
    buildDashboard().then(
      (r) => {
        const bytes = Object.values(r.metafile?.outputs ?? {}).reduce((n, o) => n + o.bytes, 0);
        process.stdout.write(
          `dashboard: built dashboard/dist in ${Date.now() - t0} ms (${(bytes / 1024).toFixed(0)} KiB with source maps)\n`,
        );
      },
      (err: unknown) => {
        process.stderr.write(`dashboard build failed: ${(err as Error).message}\n`);
        process.exitCode = 1;
      },
    );
  }
}
