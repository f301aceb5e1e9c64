// The one owner of sessions and transactions: named, parameterised reads and writes, stats, metadata.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { mapDbError } from './errors';
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
}

/**
 * Database handle. `Db` wraps the single shared driver; `forRequest()` gives a handle that
 * counts queries for one request and tags its transactions with the request id.
 */
export class Db {
  constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly stats?: QueryStats,
    private readonly requestId?: string,
  ) {}

  /** A handle for one request: same driver, its own stats and transaction metadata. */
  forRequest(requestId: string): Db {
    return new Db(this.driver, this.database, { queries: 0, ms: 0 }, requestId);
  }

  /** The query statistics of this handle (only request handles count). */
  get queryStats(): QueryStats | undefined {
    return this.stats;
  }

  /** Runs one named read query in a read transaction; rows come back as plain JS objects. */
  async read<T = Row>(name: string, cypher: string, params: Params = {}): Promise<T[]> {
    return this.counted(() =>
      this.runInSession('READ', name, (tx) => runOne<T>(tx, cypher, params)),
    );
  }

  /** Runs one named write query in a write transaction. */
  async write<T = Row>(name: string, cypher: string, params: Params = {}): Promise<T[]> {
    return this.counted(() =>
      this.runInSession('WRITE', name, (tx) => runOne<T>(tx, cypher, params)),
    );
  }

  /** Runs several queries in one write transaction: all of them commit, or none. */
  async writeTransaction<R>(name: string, work: (tx: Tx) => Promise<R>): Promise<R> {
    return this.runInSession('WRITE', name, (tx) =>
      work({
        run: <T = Row>(_inner: string, cypher: string, params: Params = {}) =>
          this.counted(() => runOne<T>(tx, cypher, params)),
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
        run: <T = Row>(_inner: string, cypher: string, params: Params = {}) =>
          this.counted(() => runOne<T>(tx, cypher, params)),
        each: (_inner, cypher, params, onRow) =>
          this.counted(
            () =>
              new Promise<number>((resolve, reject) => {
                let rows = 0;
                tx.run(cypher, params).subscribe({
                  onNext: (record) => {
                    rows += 1;
                    onRow(toPlain(record.toObject()) as Row);
                  },
                  onCompleted: () => resolve(rows),
                  onError: reject,
                });
              }),
          ),
      }),
    );
  }

  /** True when the database answers a trivial query within `timeoutMs`. Never throws, never retries. */
  async ping(timeoutMs = 2000): Promise<boolean> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    let timer: NodeJS.Timeout | undefined;
    try {
      const answered = session.run('RETURN 1').then(() => true);
      const timedOut = new Promise<boolean>((r) => {
        timer = setTimeout(() => r(false), timeoutMs);
      });
      return await Promise.race([answered, timedOut]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => undefined);
    }
  }

  private async counted<T>(fn: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await fn();
    } finally {
      if (this.stats) {
        this.stats.queries += 1;
        this.stats.ms += performance.now() - started;
      }
    }
  }

  private async runInSession<R>(
    mode: 'READ' | 'WRITE',
    name: string,
    work: (tx: ManagedTransaction) => Promise<R>,
  ): Promise<R> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    const config = {
      metadata: {
        app: 'safeguarding-learning-graph',
        query: name,
        requestId: this.requestId ?? null,
      },
    };
    try {
      return mode === 'READ'
        ? await session.executeRead(work, config)
        : await session.executeWrite(work, config);
    } catch (err) {
      throw mapDbError(name, err);
    } finally {
      await session.close();
    }
  }
}

async function runOne<T>(tx: ManagedTransaction, cypher: string, params: Params): Promise<T[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((r) => toPlain(r.toObject()) as T);
}
