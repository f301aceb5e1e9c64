// Starts the local Neo4j in its own JVM, waits for readiness, and stops it cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ensureLauncher, type BuildOptions } from './build';
import { LocalNeo4jError } from './errors';
import { findJava } from './java';

export interface LocalNeo4jOptions {
  /** Store and logs live here; only one process may open it at a time. */
  home: string;
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  port: number;
  heapMb?: number;
  pageCacheMb?: number;
  startTimeoutMs?: number;
  /** Java executable; default $JAVA_HOME/bin/java or `java` on PATH. */
  java?: string;
  build?: BuildOptions;
  log?: (line: string) => void;
}

/** A running local Neo4j. `stop()` shuts it down cleanly and resolves when the JVM has exited. */
export interface LocalNeo4j {
  uri: string;
  port: number;
  home: string;
  pid: number;
  /** Resolves with the exit code when the JVM exits (for any reason). */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

const EXIT_CODES: Record<number, 'PORT_IN_USE' | 'STORE_LOCKED'> = {
  3: 'PORT_IN_USE',
  4: 'STORE_LOCKED',
};

/** JVM flags Neo4j 5.26 itself runs with on Java 17 (without java.nio it falls back to a slower mode). */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
];

/** Returns a TCP port that is free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

/**
 * Removes a store whose first start never finished: one that has no `neo4j` database yet holds
 * nothing of ours, and if that start was killed before Neo4j wrote its transaction logs, Neo4j
 * refuses the store at every later start ("Transaction logs are missing"). A store with the
 * `neo4j` database is never touched.
 */
export function discardUnfinishedStore(home: string, log: (line: string) => void): boolean {
  const data = join(home, 'data');
  if (!existsSync(data) || existsSync(join(data, 'databases', 'neo4j'))) return false;
  rmSync(data, { recursive: true, force: true });
  log(
    `local-neo4j: ${data} held no neo4j database (an earlier first start did not finish); starting from an empty store`,
  );
  return true;
}

/**
 * Builds the launcher if needed and starts Neo4j with Bolt on 127.0.0.1. Rejects with a
 * LocalNeo4jError naming the cause: JAVA_MISSING, MAVEN_FETCH_FAILED, PORT_IN_USE, STORE_LOCKED,
 * START_TIMEOUT or START_FAILED. The JVM watches its stdin: if this Node process dies, the pipe
 * closes and Neo4j shuts down cleanly, so no orphan keeps the store lock.
 */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const java = findJava(opts.java, process.env.JAVA_HOME);
  const launcher = await ensureLauncher({ log, ...opts.build });
  const port = opts.port === 0 ? await freePort() : opts.port;
  mkdirSync(opts.home, { recursive: true });
  discardUnfinishedStore(opts.home, log);
  const logFile = createWriteStream(join(opts.home, 'launcher.log'), { flags: 'a' });
  const args = [
    `-Xmx${opts.heapMb ?? 512}m`,
    ...JVM_FLAGS,
    '-cp',
    launcher.classPath,
    launcher.mainClass,
    `--home=${opts.home}`,
    '--host=127.0.0.1',
    `--port=${port}`,
    `--pagecache-mb=${opts.pageCacheMb ?? 128}`,
  ];
  const child = spawn(java.bin, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  let errorLine = '';
  const stderrTail: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    logFile.write(chunk);
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.startsWith('ERROR ')) errorLine = line;
      if (line.trim()) stderrTail.push(line);
      if (stderrTail.length > 20) stderrTail.shift();
    }
  });
  const timeoutMs = opts.startTimeoutMs ?? 120_000;
  const started = Date.now();
  await new Promise<void>((resolveReady, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new LocalNeo4jError(
          'START_TIMEOUT',
          `The local Neo4j did not become ready within ${timeoutMs} ms (see ${join(opts.home, 'launcher.log')}).`,
        ),
      );
    }, timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.includes('READY ')) {
        clearTimeout(timer);
        resolveReady();
      }
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new LocalNeo4jError('START_FAILED', `Could not start Java: ${err.message}`));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      const known = code !== null ? EXIT_CODES[code] : undefined;
      const detail = errorLine.replace(/^ERROR \S+ /, '') || stderrTail.slice(-5).join('\n');
      if (known === 'PORT_IN_USE') {
        reject(
          new LocalNeo4jError(
            'PORT_IN_USE',
            `Port ${port} on 127.0.0.1 is already in use, so the local Neo4j cannot listen there.` +
              ' Stop the other process or set NEO4J_LOCAL_PORT to a free port.',
          ),
        );
      } else if (known === 'STORE_LOCKED') {
        reject(
          new LocalNeo4jError(
            'STORE_LOCKED',
            `The Neo4j store in ${opts.home} is locked by another process (another Neo4j using` +
              ' the same NEO4J_LOCAL_HOME?). Stop it, or set NEO4J_LOCAL_HOME to another directory.' +
              ` Detail: ${detail}`,
          ),
        );
      } else {
        reject(
          new LocalNeo4jError(
            'START_FAILED',
            `The local Neo4j exited (code ${code}) before it was ready: ${detail}`,
          ),
        );
      }
    });
  });
  log(
    `local-neo4j: ready on bolt://127.0.0.1:${port} in ${((Date.now() - started) / 1000).toFixed(1)}s (home ${opts.home}, local-neo4j pid ${child.pid})`,
  );
  return {
    uri: `bolt://127.0.0.1:${port}`,
    port,
    home: opts.home,
    pid: child.pid ?? -1,
    exited,
    stop: () => stopChild(child, exited, logFile),
  };
}

async function stopChild(
  child: ChildProcess,
  exited: Promise<number | null>,
  logFile: NodeJS.WritableStream,
): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    child.stdin?.end(); // the launcher's lifeline: EOF means shut down cleanly
    const timedOut = await Promise.race([
      exited.then(() => false),
      new Promise<boolean>((r) => setTimeout(() => r(true), 30_000).unref()),
    ]);
    if (timedOut) {
      child.kill('SIGTERM');
      const stillRunning = await Promise.race([
        exited.then(() => false),
        new Promise<boolean>((r) => setTimeout(() => r(true), 15_000).unref()),
      ]);
      if (stillRunning) child.kill('SIGKILL');
    }
  }
  await exited;
  logFile.end();
}
