// Unit tests of every DataLoader's contract against a fake Db: key order, duplicates, misses.
import type DataLoader from 'dataloader';
import type { Db } from '../db/database';
import { createLoaders, LOADER_NAMES } from './loaders';

type Loader = DataLoader<string, unknown>;

/**
 * The loaders of one request by name. A family (one loader per scope: a compiled filter, a page
 * size) gives its loader for a sample scope; the fake Db ignores the scope's parameters.
 */
function instances(db: Db): Record<string, Loader> {
  const sample = { conditions: [], params: {} };
  const resolve = (made: unknown): Loader =>
    typeof made === 'function'
      ? resolve((made as (scope: unknown) => unknown)(sample))
      : (made as Loader);
  const loaders = createLoaders(db) as unknown as Record<string, unknown>;
  return Object.fromEntries(LOADER_NAMES.map((k) => [k, resolve(loaders[k])]));
}

function loaderOf(db: Db, name: string): DataLoader<string, unknown> {
  const loader = instances(db)[name];
  if (!loader) throw new Error(`no loader ${name}`);
  return loader;
}

interface Call {
  name: string;
  ids: string[];
}

/** A fake Db answering any batch query: rows in reverse key order, nothing for key "missing". */
function fakeDb(calls: Call[]): Db {
  return {
    read: async (name: string, _cypher: string, params: { ids: string[] }) => {
      calls.push({ name, ids: params.ids });
      return params.ids
        .filter((k) => k !== 'missing')
        .reverse()
        .map((key) => ({
          key,
          item: { id: `${key}-x` },
          items: [{ id: `${key}-1` }, { id: `${key}-2` }],
        }));
    },
  } as unknown as Db;
}

const names = Object.keys(instances(fakeDb([])));

describe('createLoaders', () => {
  it('builds fresh loaders on each call (no cache shared between requests)', () => {
    const db = fakeDb([]);
    const a = instances(db);
    const b = instances(db);
    for (const name of names) expect(a[name]).not.toBe(b[name]);
  });

  it('keeps each loader for the rest of the request once made', () => {
    const loaders = createLoaders(fakeDb([])) as unknown as Record<string, unknown>;
    for (const name of LOADER_NAMES) {
      const first = loaders[name];
      expect(first).toBeDefined();
      expect(loaders[name]).toBe(first);
    }
  });

  it('names every loader once', () => {
    expect(new Set(LOADER_NAMES).size).toBe(LOADER_NAMES.length);
    expect(LOADER_NAMES).toEqual(expect.arrayContaining(['themeById', 'reviewById']));
  });

  it.each(names)(
    '%s: one query per batch, key order, duplicates once, misses empty',
    async (name) => {
      const calls: Call[] = [];
      const loader = loaderOf(fakeDb(calls), name);
      const results = await loader.loadMany(['b', 'a', 'missing', 'b']);
      expect(calls).toHaveLength(1);
      expect(calls[0]?.ids).toEqual(['b', 'a', 'missing']);
      expect(calls[0]?.name).toMatch(/^\w+\.\w+$/);
      const isList = Array.isArray(results[0]);
      if (isList) {
        expect(results).toEqual([
          [{ id: 'b-1' }, { id: 'b-2' }],
          [{ id: 'a-1' }, { id: 'a-2' }],
          [],
          [{ id: 'b-1' }, { id: 'b-2' }],
        ]);
      } else {
        expect(results).toEqual([{ id: 'b-x' }, { id: 'a-x' }, null, { id: 'b-x' }]);
      }
      await loader.load('a');
      expect(calls).toHaveLength(1);
    },
  );
});
