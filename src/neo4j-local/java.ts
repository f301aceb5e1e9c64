// Finds a Java runtime for the local Neo4j and checks that it is Java 17 or newer.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { LocalNeo4jError } from './errors';

/** Neo4j 5.26 runs on Java 17 and 21. */
export const MIN_JAVA = 17;

/** Parses the major version from `java -version` output (e.g. `openjdk version "17.0.15"`). */
export function parseJavaMajor(versionOutput: string): number | null {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m) return null;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

/**
 * Returns the java executable to use: `javaPath` if given, else $JAVA_HOME/bin/java, else `java`
 * on PATH. Throws JAVA_MISSING or JAVA_TOO_OLD with what was found.
 */
export function findJava(javaPath?: string, javaHome?: string): { bin: string; major: number } {
  const bin = javaPath ?? (javaHome ? join(javaHome, 'bin', 'java') : 'java');
  const res = spawnSync(bin, ['-version'], { encoding: 'utf8' });
  if (res.error || res.status !== 0) {
    throw new LocalNeo4jError(
      'JAVA_MISSING',
      `Java ${MIN_JAVA}+ is needed to run the local Neo4j, but "${bin}" could not be run` +
        ` (${res.error?.message ?? `exit ${res.status}`}). Install a JDK 17 (e.g. apt-get install` +
        ` openjdk-17-jre-headless), set JAVA_HOME, or set NEO4J_URI to use your own Neo4j.`,
    );
  }
  const major = parseJavaMajor(`${res.stderr}${res.stdout}`);
  if (major === null || major < MIN_JAVA) {
    throw new LocalNeo4jError(
      'JAVA_TOO_OLD',
      `Java ${MIN_JAVA}+ is needed to run the local Neo4j, but "${bin}" is version ${major ?? 'unknown'}.` +
        ` Set JAVA_HOME to a JDK 17 or 21.`,
    );
  }
  return { bin, major };
}
