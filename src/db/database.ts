// The one owner of sessions and transactions: named, parameterised reads and writes, stats, metadata.
import type { Driver, ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import { metrics } from '../shared/metrics';
import {
  databaseUnavailable,
  isUnavailable,
  isTimeout,
  mapDbError,
  requestTimedOut,
} from './errors';
import { DbHealth, ping } from './health';
import { toPlain } from './values';

/** Counts the Cypher queries a request (or any caller) makes and the time spent in them. */
export interface QueryStats {
  queries: number;
  ms: number;
}

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** A transaction handed to `Db.writeTransaction`: runs named queries inside one unit of work. */
export interface Tx {
  run<T = Row>(name: string, cypher: string, params?: Params): Promise<T[]>;
}

/** A read transaction handed to `Db.readTransaction`: buffered or streamed named reads. */
export interface ReadTx extends Tx {
  /** Runs one query and hands each row to `onRow` as it arrives, buffering nothing; resolves with the row count. */
  each(name: string, cypher: string, params: Params, onRow: (row: Row) => void): Promise<number>;
  /**
   * `each` without converting rows to plain objects: `onRow` reads the driver's values by column
   * index (floats and strings arrive as JS values; integers as the driver's Integer). For large
   * streams of compact columns, where one object per row would be the cost.
   */
  eachRecord(
    name: string,
    cypher: string,
    params: Params,
    onRow: (record: Neo4jRecord) => void,
  ): Promise<number>;
}

/** What a request handle adds: its id, its query statistics and its deadline. */
interface RequestScope {
  requestId: string;
  stats: QueryStats;
  /** Epoch milliseconds after which the request's queries fail with TIMEOUT. */
  deadline?: number;
  timeoutMs?: number;
}

/** Runs `cypher` in `tx` and hands each record to `onRow` as it arrives; resolves with the row count. */
function stream(
  tx: ManagedTransaction,
  cypher: string,
  params: Params,
  onRow: (record: Neo4jRecord) => void,
): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let rows = 0;
    tx.run(cypher, params).subscribe({
      onNext: (record) => {
        rows += 1;
        onRow(record);
      },
      onCompleted: () => resolve(rows),
      onError: reject,
    });
  });
}

/**
 * Database handle. `Db` wraps the single shared driver; `forRequest()` gives a handle that
 * counts queries for one request, tags its transactions with the request id and bounds them by
 * the request's deadline. All handles of a driver share one `DbHealth`: while the database is
 * known down, every query fails at once with DATABASE_UNAVAILABLE.
 */
export class Db {
  readonly health: DbHealth;

  constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly scope?: RequestScope,
    health?: DbHealth,
  ) {
    this.health = health ?? new DbHealth(driver, database);
  }

  /**
   * A handle for one request: same driver and health, its own stats and transaction metadata,
   * and with `timeoutMs` a deadline: a query still running then is cancelled (its session
   * closed, which rolls the transaction back) and fails with TIMEOUT, as does any later one.
   */
  forRequest(requestId: string, opts: { timeoutMs?: number } = {}): Db {
    const deadline = opts.timeoutMs ? Date.now() + opts.timeoutMs : undefined;
    const scope = { requestId, stats: { queries: 0, ms: 0 }, deadline, timeoutMs: opts.timeoutMs };
    return new Db(this.driver, this.database, scope, this.health);
  }

  /** The query statistics of this handle (only request handles count). */
  get queryStats(): QueryStats | undefined {
    return this.scope?.stats;
  }

  /** Runs one named read query in a read transaction; rows come back as plain JS objects. */
  async read<T = Row>(name: string, cypher: string, params: Params = {}): Promise<T[]> {
    return this.counted(name, () =>
      this.runInSession('READ', name, (tx) => runOne<T>(tx, cypher, params)),
    );
  }

  /** Runs one named write query in a write transaction. */
  async write<T = Row>(name: string, cypher: string, params: Params = {}): Promise<T[]> {
    return this.counted(name, () =>
      this.runInSession('WRITE', name, (tx) => runOne<T>(tx, cypher, params)),
    );
  }

  /** Runs several queries in one write transaction: all of them commit, or none. */
  async writeTransaction<R>(name: string, work: (tx: Tx) => Promise<R>): Promise<R> {
    return this.runInSession('WRITE', name, (tx) =>
      work({
        run: <T = Row>(inner: string, cypher: string, params: Params = {}) =>
          this.counted(inner, () => runOne<T>(tx, cypher, params)),
      }),
    );
  }

  /**
   * Runs several reads in one read transaction; `tx.each` streams a large result row by row (e.g.
   * building an in-memory cache). The driver may retry `work` on a transient error, so `work`
   * must start its state afresh on each call.
   */
  async readTransaction<R>(name: string, work: (tx: ReadTx) => Promise<R>): Promise<R> {
    return this.runInSession('READ', name, (tx) =>
      work({
        run: <T = Row>(inner: string, cypher: string, params: Params = {}) =>
          this.counted(inner, () => runOne<T>(tx, cypher, params)),
        each: (inner, cypher, params, onRow) =>
          this.counted(inner, () =>
            stream(tx, cypher, params, (record) => onRow(toPlain(record.toObject()) as Row)),
          ),
        eachRecord: (inner, cypher, params, onRow) =>
          this.counted(inner, () => stream(tx, cypher, params, onRow)),
      }),
    );
  }

  /** True when the database answers a trivial query within `timeoutMs`. Never throws, never retries. */
  async ping(timeoutMs = 2000): Promise<boolean> {
    const up = await ping(this.driver, this.database, timeoutMs);
    if (up && this.health.isDown) this.health.markUp();
    return up;
  }

  private async counted<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const started = performance.now();
    let outcome = 'error';
    try {
      const result = await fn();
      outcome = 'ok';
      return result;
    } finally {
      const ms = performance.now() - started;
      metrics.cypherDuration.observe({ query: name, outcome }, ms / 1000);
      if (this.scope) {
        this.scope.stats.queries += 1;
        this.scope.stats.ms += ms;
      }
    }
  }

  private async runInSession<R>(
    mode: 'READ' | 'WRITE',
    name: string,
    work: (tx: ManagedTransaction) => Promise<R>,
  ): Promise<R> {
    if (this.health.isDown) throw databaseUnavailable();
    const remaining = this.scope?.deadline !== undefined ? this.scope.deadline - Date.now() : null;
    const timeoutMs = this.scope?.timeoutMs ?? 0;
    if (remaining !== null && remaining <= 0) throw requestTimedOut(timeoutMs);
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    const config = {
      // Neo4j ends the transaction itself at the deadline too, even if the client has gone.
      ...(remaining !== null ? { timeout: Math.max(1, Math.ceil(remaining)) } : {}),
      metadata: {
        app: 'safeguarding-learning-graph',
        query: name,
        requestId: this.scope?.requestId ?? null,
      },
    };
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    metrics.transactionsActive.inc();
    try {
      const run =
        mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config);
      if (remaining === null) return await run;
      const deadline = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => {
          timedOut = true;
          reject(requestTimedOut(timeoutMs));
        }, remaining);
      });
      run.catch(() => undefined); // after a timeout its rejection is expected and ignored
      return await Promise.race([run, deadline]);
    } catch (err) {
      if (timedOut || isTimeout(err)) throw requestTimedOut(timeoutMs);
      if (isUnavailable(err)) this.health.markDown((err as Error).message);
      throw mapDbError(name, err);
    } finally {
      clearTimeout(timer);
      metrics.transactionsActive.dec();
      // After a timeout, do not wait: closing sends RESET, which ends the transaction on Neo4j
      // as soon as it answers again (a hung database must not hang the client).
      if (timedOut) void session.close().catch(() => undefined);
      else await session.close();
    }
  }
}

async function runOne<T>(tx: ManagedTransaction, cypher: string, params: Params): Promise<T[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((r) => toPlain(r.toObject()) as T);
}
