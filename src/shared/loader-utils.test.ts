// Unit tests of loader families (one loader per scope, made on first use, batching per scope) and
// of the snapshot loader (lazy priming from records in memory).
import { loaderFamily, manyLoader, SnapshotLoader } from './loader-utils';

describe('loaderFamily', () => {
  it('gives one loader per scope, so keys batch per scope: one query each, in key order', async () => {
    const calls: Array<{ ids: string[]; scope: string }> = [];
    const family = loaderFamily((scope: { y: number }) =>
      manyLoader(async (ids) => {
        calls.push({ ids, scope: `y=${scope.y}` });
        return ids
          .filter((id) => id !== 'missing')
          .reverse()
          .map((key) => ({ key, items: [`${key}@${scope.y}`] }));
      }),
    );
    const one = { y: 1 };
    const two = { y: 2 };
    const answers = await Promise.all([
      family(one).load('a'),
      family(one).load('b'),
      family(two).load('a'),
      family(one).load('missing'),
    ]);
    expect(answers).toEqual([['a@1'], ['b@1'], ['a@2'], []]);
    // Two scopes, two queries: ids in first-asked order, each id once.
    expect(calls).toEqual([
      { ids: ['a', 'b', 'missing'], scope: 'y=1' },
      { ids: ['a'], scope: 'y=2' },
    ]);
    expect(family(one)).toBe(family(one));
    expect(family({ y: 1 })).not.toBe(family(one)); // a scope is one object: compiled once, shared
  });

  it('shares a loader between equal primitive scopes', () => {
    const family = loaderFamily((n: number) => ({ n }));
    expect(family(5)).toBe(family(5));
    expect(family(5)).not.toBe(family(6));
  });
});

describe('SnapshotLoader', () => {
  /** A loader over a fake store: each query's keys recorded; every key but "missing" found. */
  function made() {
    const queries: string[][] = [];
    const loader = new SnapshotLoader(async (keys) => {
      queries.push(keys);
      return keys.filter((k) => k !== 'missing').map((key) => ({ key, item: `${key}@db` }));
    });
    return { loader, queries };
  }
  const snapshot = (key: string) => (['a', 'b'].includes(key) ? `${key}@snapshot` : undefined);

  it('answers the keys a snapshot knows without a query, and loads the others in one batch', async () => {
    const { loader, queries } = made();
    loader.answerFrom(snapshot);
    const answers = await loader.loadMany(['a', 'c', 'b', 'missing']);
    expect(answers).toEqual(['a@snapshot', 'c@db', 'b@snapshot', null]);
    expect(queries).toEqual([['c', 'missing']]);
  });

  it('keeps what was loaded or primed before the snapshot, like priming does', async () => {
    const { loader, queries } = made();
    await loader.load('a');
    loader.prime('b', 'b@primed');
    loader.answerFrom(snapshot);
    expect(await loader.loadMany(['a', 'b'])).toEqual(['a@db', 'b@primed']);
    expect(queries).toEqual([['a']]);
  });

  it('asks earlier snapshots first', async () => {
    const { loader } = made();
    loader.answerFrom((k) => (k === 'a' ? 'a@first' : undefined));
    loader.answerFrom((k) => `${k}@second`);
    expect(await loader.loadMany(['a', 'b'])).toEqual(['a@first', 'b@second']);
  });

  it('loads a cleared key afresh rather than from the snapshot', async () => {
    const { loader, queries } = made();
    loader.answerFrom(snapshot);
    expect(await loader.load('a')).toBe('a@snapshot');
    loader.clear('a');
    expect(await loader.load('a')).toBe('a@db');
    loader.clearAll();
    expect(await loader.load('b')).toBe('b@db');
    expect(queries).toEqual([['a'], ['b']]);
  });

  it('without a snapshot is a plain one-item loader', async () => {
    const { loader, queries } = made();
    expect(await loader.loadMany(['b', 'missing', 'b'])).toEqual(['b@db', null, 'b@db']);
    expect(queries).toEqual([['b', 'missing']]);
  });
});
