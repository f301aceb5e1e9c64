// Unit tests of loader families: one loader per scope, made on first use, batching per scope.
import { loaderFamily, manyLoader } from './loader-utils';

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
