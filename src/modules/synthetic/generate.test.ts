// Unit tests of the synthetic generator: determinism, marking and national shape.
import { timelinessOf } from '../lifecycle';
import { validateImport } from '../import';
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

  it('passes the importer rules (dates in order, histories in order, closed last)', () => {
    const checked = validateImport(file);
    expect(checked.ok ? [] : checked.errors.slice(0, 3)).toEqual([]);
  });

  it('has realistic lifecycles: most on time, some late, some unknown; findings and histories', () => {
    const t = file.reviews.map((r) =>
      timelinessOf({
        awareOn: r.awareOn,
        notifiedOn: r.notifiedOn,
        rapidReviewHeldOn: r.rapidReview?.heldOn,
      }),
    );
    const share = (f: (x: (typeof t)[number]) => boolean) => t.filter(f).length / t.length;
    // Notification late for about 1 in 7 of the ~90% with both dates; rapid review late for
    // about 1 in 5 of those with a rapid review date.
    expect(share((x) => x.notificationOnTime === false)).toBeGreaterThan(0.08);
    expect(share((x) => x.notificationOnTime === false)).toBeLessThan(0.2);
    expect(share((x) => x.notificationOnTime === true)).toBeGreaterThan(0.6);
    expect(share((x) => x.rapidReviewOnTime === false)).toBeGreaterThan(0.08);
    expect(share((x) => x.notificationOnTime === null)).toBeGreaterThan(0.05);
    const findings = file.reviews.map((r) => r.findings?.length ?? 0);
    expect(Math.min(...findings)).toBe(1);
    expect(Math.max(...findings)).toBe(4);
    const recs = file.reviews.flatMap((r) => r.recommendations ?? []);
    expect(recs.every((q) => (q.statusHistory?.length ?? 0) >= 1 && q.targetDate)).toBe(true);
    // Overdue at the end of the ten years: past target, latest status open.
    const end = '2024-12-31';
    const overdue = recs.filter((q) => {
      const last = q.statusHistory?.at(-1)?.status;
      const due = q.targetDate!.length === 7 ? `${q.targetDate}-31` : q.targetDate!;
      return due < end && (last === 'OPEN' || last === 'IN_PROGRESS');
    });
    expect(overdue.length / recs.length).toBeGreaterThan(0.05);
    expect(overdue.length / recs.length).toBeLessThan(0.5);
  });
});
