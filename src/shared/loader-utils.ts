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
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await fetch([...keys]);
    const byKey = new Map(rows.map((r) => [r.key, r.item]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
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
