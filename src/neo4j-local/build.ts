// Builds the launcher (tools/local-neo4j) once with Maven, fetching Neo4j from Maven Central.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectRoot } from '../shared/project-root';
import { LocalNeo4jError } from './errors';

/** The Maven module of the launcher, relative to the project root. */
export const LAUNCHER_DIR = resolve(projectRoot(), 'tools', 'local-neo4j');

export interface LauncherPaths {
  /** Java class path: the launcher jar and every runtime dependency. */
  classPath: string;
  mainClass: string;
}

export interface BuildOptions {
  launcherDir?: string;
  /** Maven executable (default `mvn`). */
  mvn?: string;
  /** Extra Maven arguments, e.g. `-o` or `-Dmaven.repo.local=...`. */
  mavenArgs?: string[];
  /** Receives progress lines (default: stderr). */
  log?: (line: string) => void;
}

function sourceHash(dir: string): string {
  const h = createHash('sha256');
  h.update(readFileSync(join(dir, 'pom.xml')));
  const src = join(dir, 'src', 'main', 'java', 'org', 'safeguarding', 'localneo4j');
  for (const f of readdirSync(src).sort()) h.update(f).update(readFileSync(join(src, f)));
  return h.digest('hex');
}

function paths(dir: string): LauncherPaths {
  const target = join(dir, 'target');
  return {
    classPath: [join(target, 'local-neo4j-1.0.0.jar'), join(target, 'lib', '*')].join(':'),
    mainClass: 'org.safeguarding.localneo4j.Main',
  };
}

/** True when the launcher is built from the current sources (so no Maven run is needed). */
export function launcherIsBuilt(dir = LAUNCHER_DIR): boolean {
  const stamp = join(dir, 'target', 'build.stamp');
  return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === sourceHash(dir);
}

/**
 * Ensures the launcher is built and returns its class path. The first run downloads Neo4j and
 * its dependencies (about 120 MB) into the Maven cache, with progress; later runs return at once.
 */
export async function ensureLauncher(opts: BuildOptions = {}): Promise<LauncherPaths> {
  const dir = opts.launcherDir ?? LAUNCHER_DIR;
  if (launcherIsBuilt(dir)) return paths(dir);
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const mvn = opts.mvn ?? 'mvn';
  log(
    'local-neo4j: building the launcher; the first run fetches Neo4j 5.26 from Maven Central (~120 MB)',
  );
  const started = Date.now();
  let downloads = 0;
  let bytes = 0;
  const tail: string[] = [];
  const code = await new Promise<number>((resolveExit, reject) => {
    const child = spawn(mvn, ['-B', ...(opts.mavenArgs ?? []), 'package', '-DskipTests'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.on('error', (err) =>
      reject(
        new LocalNeo4jError(
          'MAVEN_MISSING',
          `Maven ("${mvn}") could not be run to fetch the local Neo4j: ${err.message}.` +
            ' Install Maven (apt-get install maven) or set NEO4J_URI to use your own Neo4j.',
        ),
      ),
    );
    let buf = '';
    const onData = (chunk: Buffer) => {
      buf += chunk.toString('utf8');
      const lines = buf.split('\n');
      buf = lines.pop() ?? '';
      for (const line of lines) {
        tail.push(line);
        if (tail.length > 40) tail.shift();
        const m = /Downloaded from \S+: \S+ \(([\d.]+) (B|kB|MB)/.exec(line);
        if (m) {
          downloads += 1;
          const unit = m[2] === 'MB' ? 1e6 : m[2] === 'kB' ? 1e3 : 1;
          bytes += Number(m[1]) * unit;
          if (downloads % 25 === 0) {
            log(`local-neo4j: fetched ${downloads} files, ${(bytes / 1e6).toFixed(1)} MB`);
          }
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (c) => resolveExit(c ?? 1));
  });
  if (code !== 0) {
    const errors = tail.filter((l) => l.includes('[ERROR]')).slice(0, 8);
    throw new LocalNeo4jError(
      'MAVEN_FETCH_FAILED',
      `Maven could not fetch or build the local Neo4j launcher (exit ${code}). Check access to` +
        ` Maven Central, or set NEO4J_URI to use your own Neo4j. Maven said:\n` +
        (errors.length ? errors : tail.slice(-10)).join('\n'),
    );
  }
  writeFileSync(join(dir, 'target', 'build.stamp'), sourceHash(dir));
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  log(
    `local-neo4j: launcher ready in ${secs}s` +
      (downloads ? ` (${downloads} files, ${(bytes / 1e6).toFixed(1)} MB fetched)` : ''),
  );
  return paths(dir);
}
