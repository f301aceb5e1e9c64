// Unit tests of the scoped list loader: one query per distinct scope, key order, misses.
import { scopedKey, scopedManyLoader } from './loader-utils';

describe('scopedManyLoader', () => {
  it('batches keys by scope: one query per scope, answers in key order, [] for misses', async () => {
    const calls: Array<{ ids: string[]; scope: { y: number } | null }> = [];
    const loader = scopedManyLoader<{ y: number }, string>(async (ids, scope) => {
      calls.push({ ids, scope });
      return ids
        .filter((id) => id !== 'missing')
        .reverse()
        .map((key) => ({ key, items: [`${key}@${scope?.y ?? '-'}`] }));
    });
    const keys = [
      scopedKey('a', { y: 1 }),
      scopedKey('b', null),
      scopedKey('b', { y: 1 }),
      scopedKey('missing', { y: 1 }),
      scopedKey('a', { y: 2 }),
      scopedKey('a', { y: 1 }),
    ];
    expect(await loader.loadMany(keys)).toEqual([['a@1'], ['b@-'], ['b@1'], [], ['a@2'], ['a@1']]);
    expect(calls).toEqual([
      { ids: ['a', 'b', 'missing'], scope: { y: 1 } },
      { ids: ['b'], scope: null },
      { ids: ['a'], scope: { y: 2 } },
    ]);
  });

  it('gives the bare id for a null scope', () => {
    expect(scopedKey('x', null)).toBe('x');
    expect(scopedKey('x', undefined)).toBe('x');
  });
});
