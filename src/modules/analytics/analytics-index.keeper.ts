// Keeps one process's analytics index in step with the graph: checks the data version at most every
// refreshMs (and right after this process's own writes), rebuilds when it moved, swaps atomically.
import { readDataVersion } from '../../db/data-version';
import type { Db } from '../../db/database';
import type { CypherFilter } from '../../shared/pagination';
import type { AnalyticsIndex, AnalyticsIndexStats } from './analytics-index';
import { indexCanEvaluate, reviewMask } from './analytics-index.filter';
import { reviewPage } from './analytics-index.queries';
import { buildAnalyticsIndex } from './analytics-index.repository';

export interface AnalyticsIndexKeeperOptions {
  /** Longest time an answer may rest on an unchecked version (ANALYTICS_REFRESH_MS). */
  refreshMs: number;
  /**
   * Deadline of each version check in milliseconds (the requests' GRAPHQL_TIMEOUT_MS): a check
   * that takes longer fails, and the request answers from Cypher under its own deadline.
   */
  timeoutMs?: number;
  /** Where to report builds and failures (one line each). */
  log?: (line: string) => void;
  /** Replaceable for tests: how to build an index. */
  build?: (db: Db) => Promise<AnalyticsIndex>;
}

/** What the keeper has done so far, for logs, tests and the benchmark. */
export interface AnalyticsIndexKeeperStats {
  index: AnalyticsIndexStats | null;
  builds: number;
  lastBuildMs: number | null;
  checks: number;
  failures: number;
}

/**
 * Owns the current index of one API process. `current()` returns the index when its version was
 * confirmed to be the database's within the last `refreshMs`, and otherwise checks (one tiny read,
 * shared by concurrent callers). When the version moved it starts a rebuild in the background and
 * returns null until the new index is complete: callers then answer from Cypher, so no answer is
 * ever older than `refreshMs` and none comes from a half-built index.
 */
export class AnalyticsIndexKeeper {
  private index: AnalyticsIndex | null = null;
  /** When the current index's version was last confirmed (performance.now() before the read). */
  private confirmedAt = -Infinity;
  private checking: Promise<AnalyticsIndex | null> | null = null;
  private building: Promise<void> | null = null;
  private readonly counters = {
    builds: 0,
    checks: 0,
    failures: 0,
    lastBuildMs: null as number | null,
  };

  constructor(
    private readonly db: Db,
    private readonly opts: AnalyticsIndexKeeperOptions,
  ) {}

  /** Builds the first index; a failure is logged, not thrown (Cypher answers until a build succeeds). */
  async start(): Promise<void> {
    await this.rebuild();
  }

  /** The index to answer from, or null to answer from Cypher (none yet, or a rebuild is running). */
  async current(): Promise<AnalyticsIndex | null> {
    if (this.building) return null;
    if (this.index && performance.now() - this.confirmedAt < this.opts.refreshMs) return this.index;
    this.checking ??= this.check().finally(() => {
      this.checking = null;
    });
    return this.checking;
  }

  /**
   * For a page of reviews newest first (`ReviewOrder.PUBLISHED_DESC`): how many reviews pass the
   * compiled `filter` and the ids from `skip` to `skip + limit`, from the current index; null to
   * answer from Cypher (no current index, or a filter field the index cannot evaluate).
   */
  async reviewPage(
    filter: CypherFilter,
    skip: number,
    limit: number,
  ): Promise<{ totalCount: number; ids: string[] } | null> {
    if (!indexCanEvaluate(filter)) return null;
    const ix = await this.current();
    return ix && reviewPage(ix, reviewMask(ix, filter), skip, limit);
  }

  /** Call after this process's own write has committed: the next `current()` checks the version. */
  noteWrite(): void {
    this.confirmedAt = -Infinity;
  }

  /** Waits for a running rebuild (tests, benchmark). */
  async settled(): Promise<void> {
    while (this.building || this.checking) {
      await this.building;
      await this.checking;
    }
  }

  stats(): AnalyticsIndexKeeperStats {
    return { index: this.index?.stats() ?? null, ...this.counters };
  }

  private async check(): Promise<AnalyticsIndex | null> {
    const asked = performance.now();
    this.counters.checks += 1;
    let version: number;
    try {
      const { timeoutMs } = this.opts;
      version = await readDataVersion(
        timeoutMs ? this.db.forRequest('analytics-index-check', { timeoutMs }) : this.db,
      );
    } catch (err) {
      this.counters.failures += 1;
      this.opts.log?.(`analytics index: version check failed: ${(err as Error).message}`);
      return null;
    }
    if (this.index && this.index.version === version) {
      this.confirmedAt = asked;
      return this.index;
    }
    void this.rebuild();
    return null;
  }

  private rebuild(): Promise<void> {
    this.building ??= (async () => {
      const started = performance.now();
      try {
        const built = await (this.opts.build ?? buildAnalyticsIndex)(this.db);
        this.index = built;
        this.confirmedAt = started;
        const ms = Math.round(performance.now() - started);
        this.counters.builds += 1;
        this.counters.lastBuildMs = ms;
        const s = built.stats();
        this.opts.log?.(
          `analytics index: version ${s.version}, ${s.reviews} reviews, ${s.links} theme links, built in ${ms} ms, about ${(s.bytes / 1048576).toFixed(1)} MB`,
        );
      } catch (err) {
        this.counters.failures += 1;
        this.opts.log?.(`analytics index: build failed: ${(err as Error).message}`);
      } finally {
        this.building = null;
      }
    })();
    return this.building;
  }
}
