// Whether the database is known to answer: fail at once while it is known down, probe until it is back.
import type { Driver } from 'neo4j-driver';
import { logger } from '../shared/logger';
import { metrics } from '../shared/metrics';

/**
 * The database's known state, shared by every handle on one driver. A query that finds Neo4j
 * unreachable marks it down; from then on queries fail at once (DATABASE_UNAVAILABLE) instead of
 * each waiting for the driver, while a probe (`RETURN 1`, every `probeMs`) runs until Neo4j
 * answers again. The bundled Neo4j's supervisor marks it down while it restarts.
 */
export class DbHealth {
  private down = false;
  private reason = '';
  private probing?: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly probeMs = 1000,
  ) {
    metrics.databaseUp.set(1);
  }

  /** True while the database is known down. */
  get isDown(): boolean {
    return this.down;
  }

  /** Marks the database down (logged once per outage) and starts probing unless `probe` is false. */
  markDown(reason: string, probe = true): void {
    if (!this.down) logger.warn({ reason }, 'database: unavailable; failing fast until it answers');
    this.down = true;
    this.reason = reason;
    metrics.databaseUp.set(0);
    if (probe) this.startProbing();
  }

  /** Marks the database up again (logged once per outage). */
  markUp(): void {
    if (this.down) logger.info({ was: this.reason }, 'database: answering again');
    this.down = false;
    this.stopProbing();
    metrics.databaseUp.set(1);
  }

  /** Stops probing for good (the driver is closing). */
  close(): void {
    this.closed = true;
    this.stopProbing();
  }

  /** Starts the probe loop if it is not running. */
  startProbing(): void {
    if (this.probing || this.closed) return;
    const tick = async () => {
      if (await ping(this.driver, this.database, Math.max(this.probeMs, 1000))) this.markUp();
      else if (this.probing) this.probing = setTimeout(() => void tick(), this.probeMs).unref();
    };
    this.probing = setTimeout(() => void tick(), this.probeMs).unref();
  }

  private stopProbing(): void {
    clearTimeout(this.probing);
    this.probing = undefined;
  }
}

/** True when the database answers `RETURN 1` within `timeoutMs`. Never throws, never retries. */
export async function ping(driver: Driver, database: string, timeoutMs: number): Promise<boolean> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  let timer: NodeJS.Timeout | undefined;
  try {
    const answered = session.run('RETURN 1').then(
      () => true,
      () => false,
    );
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
