// DataLoader factories that keep the contract: results in key order, null or [] for misses.
import DataLoader from 'dataloader';

/** A row of a by-key batch query: the key and the one item found for it. */
export interface KeyedItem<T> {
  key: string;
  item: T;
}

/** A row of a one-to-many batch query: the key and its items, already in the wanted order. */
export interface KeyedItems<T> {
  key: string;
  items: T[];
}

/** A loader of one item per key (null for a miss); `fetch` runs one query per batch. */
export function oneLoader<T>(
  fetch: (keys: string[]) => Promise<KeyedItem<T>[]>,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(oneBatch(fetch));
}

/** The batch function of a one-item loader: `fetch`'s rows in key order, null for a miss. */
function oneBatch<T>(
  fetch: (keys: string[]) => Promise<KeyedItem<T>[]>,
): DataLoader.BatchLoadFn<string, T | null> {
  return async (keys) => {
    const rows = await fetch([...keys]);
    const byKey = new Map(rows.map((r) => [r.key, r.item]));
    return keys.map((k) => byKey.get(k) ?? null);
  };
}

/**
 * The cache of a `SnapshotLoader`: what was loaded or primed, and on a miss the snapshots it was
 * given, asked in order. A key cleared from it is loaded afresh, never taken from a snapshot.
 */
class SnapshotCache<T> {
  private readonly held = new Map<string, Promise<T | null>>();
  readonly sources: ((key: string) => T | undefined)[] = [];
  private cleared: Set<string> | null = null;

  get(key: string): Promise<T | null> | undefined {
    const held = this.held.get(key);
    if (held !== undefined || this.sources.length === 0 || this.cleared?.has(key)) return held;
    for (const source of this.sources) {
      const value = source(key);
      if (value !== undefined) {
        const promise = Promise.resolve(value);
        this.held.set(key, promise);
        return promise;
      }
    }
    return undefined;
  }

  set(key: string, value: Promise<T | null>): void {
    this.held.set(key, value);
  }

  delete(key: string): boolean {
    (this.cleared ??= new Set()).add(key);
    return this.held.delete(key);
  }

  clear(): void {
    this.held.clear();
    this.sources.length = 0;
  }
}

/**
 * A one-item loader that can also answer from snapshots of records already in memory (the
 * analytics index): `answerFrom` is the lazy form of priming every key the snapshot knows, paid
 * only for the keys a request actually loads rather than for every record of an answer.
 */
export class SnapshotLoader<T> extends DataLoader<string, T | null> {
  private readonly snapshots: SnapshotCache<T>;

  constructor(fetch: (keys: string[]) => Promise<KeyedItem<T>[]>) {
    const cache = new SnapshotCache<T>();
    super(oneBatch(fetch), { cacheMap: cache });
    this.snapshots = cache;
  }

  /**
   * From now on, a key not yet loaded or primed is answered from `lookup` when it knows it (no
   * query), as if primed with that record; keys it does not know are loaded as usual. Earlier
   * snapshots are asked first.
   */
  answerFrom(lookup: (key: string) => T | undefined): void {
    this.snapshots.sources.push(lookup);
  }
}

/** A loader of a list per key ([] for a miss); `fetch` runs one query per batch. */
export function manyLoader<T>(
  fetch: (keys: string[]) => Promise<KeyedItems<T>[]>,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await fetch([...keys]);
    const byKey = new Map(rows.map((r) => [r.key, r.items]));
    return keys.map((k) => byKey.get(k) ?? []);
  });
}

/** Loads many ids through a one-item loader, dropping misses and rethrowing the first error. */
export async function loadAll<T>(
  loader: DataLoader<string, T | null>,
  ids: string[],
): Promise<T[]> {
  const results = await loader.loadMany(ids);
  const failed = results.find((r): r is Error => r instanceof Error);
  if (failed) throw failed;
  return results.filter((r): r is T => r !== null && !(r instanceof Error));
}

/**
 * A family of loaders, one per scope (e.g. a compiled filter, a page size), each made on first use:
 * equal scopes (the same object, or the same primitive value) share one loader, so the keys of one
 * scope still batch into one query.
 */
export function loaderFamily<S, L>(make: (scope: S) => L): (scope: S) => L {
  const made = new Map<S, L>();
  return (scope) => {
    let loader = made.get(scope);
    if (!loader) {
      loader = make(scope);
      made.set(scope, loader);
    }
    return loader;
  };
}
