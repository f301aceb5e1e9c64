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

const SCOPE_SEPARATOR = '\u0000';

/**
 * The key of a scoped loader: an id plus a scope its query also takes (e.g. a review filter),
 * as JSON. A null scope gives the bare id. Equal scopes must serialise equally (same key order).
 */
export function scopedKey(id: string, scope: unknown): string {
  return scope == null ? id : `${id}${SCOPE_SEPARATOR}${JSON.stringify(scope)}`;
}

/**
 * A loader of a list per `scopedKey(id, scope)` ([] for a miss): one query per distinct scope in
 * a batch, so keys sharing a scope (the usual case: one filter per response) cost one query.
 */
export function scopedManyLoader<S, T>(
  fetch: (ids: string[], scope: S | null) => Promise<KeyedItems<T>[]>,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string, string[]>();
    for (const key of keys) {
      const [id = '', json = ''] = key.split(SCOPE_SEPARATOR);
      const ids = groups.get(json) ?? [];
      if (!ids.includes(id)) ids.push(id);
      groups.set(json, ids);
    }
    const found = new Map<string, T[]>();
    await Promise.all(
      [...groups].map(async ([json, ids]) => {
        const scope = json === '' ? null : (JSON.parse(json) as S);
        for (const row of await fetch(ids, scope)) found.set(scopedKey(row.key, scope), row.items);
      }),
    );
    return keys.map((k) => found.get(k) ?? []);
  });
}
