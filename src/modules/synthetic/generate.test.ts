// Unit tests of the synthetic generator: determinism, marking and national shape.
import { generateSynthetic } from './generate';

describe('generateSynthetic', () => {
  const file = generateSynthetic({ reviews: 2000, seed: 42 });

  it('is deterministic for a seed', () => {
    expect(JSON.stringify(generateSynthetic({ reviews: 2000, seed: 42 }))).toBe(
      JSON.stringify(file),
    );
    expect(JSON.stringify(generateSynthetic({ reviews: 2000, seed: 43 }))).not.toBe(
      JSON.stringify(file),
    );
  });

  it('marks everything synthetic', () => {
    expect(file.synthetic).toBe(true);
    for (const list of [
      file.partnerships,
      file.agencies,
      file.themes,
      file.documents,
      file.reviews,
    ]) {
      for (const rec of list ?? []) {
        expect(rec.id.startsWith('synthetic-')).toBe(true);
        expect(rec.synthetic).toBe(true);
      }
    }
    expect(file.reviews.every((r) => r.recommendations?.every((q) => q.synthetic === true))).toBe(
      true,
    );
  });

  it('has a national shape: ~150 partnerships, thousands of agencies, hundreds of themes, ~5 recommendations per review, all kinds, ten years', () => {
    expect(file.partnerships).toHaveLength(150);
    expect(file.agencies?.length).toBe(3000);
    expect(file.themes?.length).toBeGreaterThan(200);
    const recs = file.reviews.reduce((n, r) => n + (r.recommendations?.length ?? 0), 0);
    expect(recs / file.reviews.length).toBeGreaterThan(4.5);
    expect(recs / file.reviews.length).toBeLessThan(5.5);
    expect(new Set(file.reviews.map((r) => r.kind)).size).toBe(4);
    expect(new Set(file.reviews.map((r) => r.publishedOn?.slice(0, 4))).size).toBe(10);
  });

  it('draws themes with a long tail', () => {
    const uses = new Map<string, number>();
    for (const r of file.reviews)
      for (const t of r.themes ?? []) uses.set(t.themeId, (uses.get(t.themeId) ?? 0) + 1);
    const sorted = [...uses.values()].sort((a, b) => b - a);
    expect(sorted[0]).toBeGreaterThan(20 * (sorted[sorted.length - 1] ?? 1));
  });
});
