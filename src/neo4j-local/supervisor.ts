// Keeps the bundled Neo4j running: restarts it with backoff when it exits unexpectedly.
import { freePort, startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from './process';

/** Told about every outage and recovery, e.g. to fail queries fast and count restarts. */
export interface SupervisorEvents {
  /** The JVM exited unexpectedly (`code` null: killed by a signal); a restart follows. */
  onExit?(code: number | null): void;
  /** Waiting `delayMs` before restart attempt `attempt` (from 1). */
  onRestarting?(attempt: number, delayMs: number): void;
  /** Attempt `attempt` failed; another follows. */
  onRestartFailed?(attempt: number, err: Error): void;
  /** Neo4j is ready again after `attempt` attempts. */
  onRestarted?(attempt: number, pid: number): void;
}

export interface SupervisorOptions extends LocalNeo4jOptions, SupervisorEvents {
  /** Delay before the first restart attempt, doubled per failed attempt (default 1000 ms). */
  firstDelayMs?: number;
  /** Longest delay between attempts (default 30,000 ms). */
  maxDelayMs?: number;
  /** Up this long, a crash counts as a first one again (default 60,000 ms). */
  stableMs?: number;
}

/** A bundled Neo4j kept running: same URI and port across restarts, the current JVM's pid. */
export interface SupervisedNeo4j {
  uri: string;
  port: number;
  home: string;
  /** The pid of the JVM running now (changes on each restart). */
  readonly pid: number;
  /** Restarts so far. */
  readonly restarts: number;
  /** Stops supervising and shuts Neo4j down cleanly (no restart follows). */
  stop(): Promise<void>;
}

/**
 * Starts the bundled Neo4j (as `startLocalNeo4j`, rejecting the same way if the first start
 * fails) and restarts it whenever its JVM exits without `stop()` having been called: after
 * `firstDelayMs`, doubling per failed attempt up to `maxDelayMs`, on the same port, so the one
 * driver reconnects without knowing. `stop()` during a restart waits for it and stops it.
 */
export async function superviseLocalNeo4j(opts: SupervisorOptions): Promise<SupervisedNeo4j> {
  // Restarts must reuse the port the driver knows.
  const port = opts.port === 0 ? await freePort() : opts.port;
  const startOpts: LocalNeo4jOptions = { ...opts, port };
  let current: LocalNeo4j = await startLocalNeo4j(startOpts);
  let startedAt = Date.now();
  let stopping = false;
  let restarts = 0;
  let restarting: Promise<void> | undefined;
  const first = opts.firstDelayMs ?? 1000;
  const max = opts.maxDelayMs ?? 30_000;
  const stable = opts.stableMs ?? 60_000;
  let crashes = 0; // crashes in a row (reset once Neo4j has stayed up for `stable`)
  const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

  const restart = async (): Promise<void> => {
    for (let attempt = 1; !stopping; attempt += 1) {
      const delay = Math.min(first * 2 ** (crashes + attempt - 2), max);
      opts.onRestarting?.(attempt, delay);
      await sleep(delay);
      if (stopping) return;
      try {
        current = await startLocalNeo4j(startOpts);
        startedAt = Date.now();
        restarts += 1;
        opts.onRestarted?.(attempt, current.pid);
        watch(current);
        return;
      } catch (err) {
        opts.onRestartFailed?.(attempt, err as Error);
      }
    }
  };

  const watch = (neo: LocalNeo4j) => {
    void neo.exited.then((code) => {
      if (stopping || neo !== current) return;
      crashes = Date.now() - startedAt >= stable ? 1 : crashes + 1;
      opts.onExit?.(code);
      restarting = restart().finally(() => (restarting = undefined));
    });
  };
  watch(current);

  return {
    uri: current.uri,
    port,
    home: opts.home,
    get pid() {
      return current.pid;
    },
    get restarts() {
      return restarts;
    },
    stop: async () => {
      stopping = true;
      await restarting;
      await current.stop();
    },
  };
}
