// Recognises 7-minute briefing titles and picks one canonical spelling for each learning theme.

const DASH = '[-–—]';
const PREFIX = new RegExp(`^7[ -]minute briefing\\s*${DASH}\\s*(.+)$`, 'i');
const SUFFIX = new RegExp(`^(.+?)\\s*${DASH}\\s*7[ -]minute briefing$`, 'i');

/**
 * The theme of a 7-minute briefing title, or null when the line is not one. Handles
 * "7 Minute Briefing - X", "7-Minute Briefing - X", en/em dashes and "X - 7-minute Briefing".
 */
export function briefingTheme(title: string): string | null {
  const t = title.trim().replace(/\s+/g, ' ');
  const m = PREFIX.exec(t) ?? SUFFIX.exec(t);
  return m?.[1]?.trim() ?? null;
}

/** Grouping key of a theme spelling: case- and whitespace-insensitive. */
export function themeKey(spelling: string): string {
  return spelling.toLowerCase().replace(/\s+/g, ' ').trim();
}

const capitals = (s: string) => s.split(' ').filter((w) => /^[A-Z]/.test(w)).length;

/**
 * The canonical spelling among those seen (in page order, repeats included): the most often
 * published; on a tie the most title-cased (more capitalised words); then the first seen.
 */
export function pickCanonical(seen: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const s of seen) counts.set(s, (counts.get(s) ?? 0) + 1);
  const ranked = [...counts.keys()].sort(
    (a, b) =>
      (counts.get(b) ?? 0) - (counts.get(a) ?? 0) ||
      capitals(b) - capitals(a) ||
      seen.indexOf(a) - seen.indexOf(b),
  );
  const best = ranked[0];
  if (best === undefined) throw new Error('pickCanonical: no spellings');
  return best;
}
