// Parses a partnership's "case reviews" page text into an import file: reviews, children, documents (with each listing's title), themes.
import type {
  DocumentKind,
  ImportDocument,
  ImportFile,
  ImportReview,
  ImportSource,
  ImportTheme,
  ImportThemeLink,
  ReviewKind,
} from '../src/modules/import/import-format';
import { IMPORT_FORMAT_ID } from '../src/modules/import/import-format';
import { slugify } from '../src/modules/import/ids';
import { briefingTheme, pickCanonical, themeKey } from './theme-names';

export interface ParsePageOptions {
  partnershipId: string;
  partnershipName: string;
  /** The page itself, cited by every record read from it. */
  source: ImportSource;
  /** Spelling -> canonical theme name, for variants plain case-folding cannot join (e.g. Dog -> Dogs). */
  themeAliases?: Record<string, string>;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const QUOTE = `['‘’]`;
const ENTRY = new RegExp(`^An? (.+?) has been undertaken .*?case of ${QUOTE}(.+?)${QUOTE}\\.?$`);
const HEADING = /^(.+?) - Published ([A-Za-z]+) (\d{4})$/;
const KINDS: Record<string, ReviewKind> = {
  'serious case review': 'SERIOUS_CASE_REVIEW',
  'alternative learning review': 'ALTERNATIVE_LEARNING_REVIEW',
  'child safeguarding practice review': 'CHILD_SAFEGUARDING_PRACTICE_REVIEW',
  'rapid review': 'RAPID_REVIEW_LEARNING',
};

function documentKind(title: string): DocumentKind {
  if (/lessons learned briefing/i.test(title)) return 'LESSONS_LEARNED_BRIEFING';
  if (/statement/i.test(title)) return 'STATEMENT';
  if (/report/i.test(title)) return 'REPORT';
  throw new Error(`parseReviewsPage: cannot tell what kind of document "${title}" is`);
}

function publishedOn(month: string, year: string, line: string): string {
  const m = MONTHS.indexOf(month.toLowerCase());
  if (m < 0) throw new Error(`parseReviewsPage: unknown month in "${line}"`);
  return `${year}-${String(m + 1).padStart(2, '0')}`;
}

interface Entry {
  title: string;
  kind: ReviewKind;
  publishedOn: string | null;
  /** The entry's "Please see below for ..." line, which says what documents it offers. */
  promise: string;
  lines: string[];
}

/** What an entry's "Please see below for ..." line promises, and how to say it is missing. */
const PROMISES: { kind: DocumentKind; pattern: RegExp; missing: string }[] = [
  {
    kind: 'REPORT',
    pattern: /the full report/i,
    missing: 'The page offers the full report here but lists no document.',
  },
  {
    kind: 'STATEMENT',
    pattern: /statement/i,
    missing: 'The page offers a statement issued by the partnership here but lists none.',
  },
];

/** Splits the list part of the page into entries: one per "has been undertaken ... case of 'X'" line. */
function entries(text: string): Entry[] {
  const all = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const from = all.findIndex((l) => /^Provided below are links/i.test(l));
  const to = all.findIndex((l) => /^Reports published prior/i.test(l));
  const lines = all.slice(from < 0 ? 0 : from + 1, to < 0 ? all.length : to);
  const starts = lines.flatMap((l, i) => (ENTRY.test(l) ? [i] : []));
  return starts.map((at, n) => {
    const [, kindText = '', name = ''] = ENTRY.exec(lines[at] ?? '') ?? [];
    const kind = KINDS[kindText.toLowerCase()];
    if (!kind)
      throw new Error(`parseReviewsPage: unknown review type "${kindText}" in "${lines[at]}"`);
    const heading = HEADING.exec(lines[at - 1] ?? '');
    if (heading && heading[1] !== name) {
      throw new Error(`parseReviewsPage: heading "${lines[at - 1]}" does not match case '${name}'`);
    }
    const next = starts[n + 1];
    const end =
      next === undefined ? lines.length : HEADING.test(lines[next - 1] ?? '') ? next - 1 : next;
    return {
      title: name,
      kind,
      publishedOn: heading
        ? publishedOn(heading[2] ?? '', heading[3] ?? '', lines[at - 1] ?? '')
        : null,
      promise: lines.slice(at + 1, end).find((l) => /^Please see below/i.test(l)) ?? '',
      lines: lines.slice(at + 1, end).filter((l) => !/^Please see below/i.test(l)),
    };
  });
}

/**
 * Reads a page of the Warwickshire shape into an import file (pure). Every theme spelling is
 * joined to one canonical theme; a 7-minute briefing on a theme is one document shared by every
 * review that lists it, each listing keeping its own title, and each listing review is linked to
 * that theme with evidence BRIEFING_PUBLISHED. A "report" the entry calls a summary of the full
 * report is a SUMMARY; a document the entry promises but does not list is recorded as unlisted.
 * Facts the page does not give (Simon's date, agencies, URLs) are left empty.
 */
export function parseReviewsPage(text: string, opts: ParsePageOptions): ImportFile {
  const { partnershipId: pid, source } = opts;
  const cite = [{ sourceId: source.id, facts: [] as string[] }];
  const aliasTo = new Map(
    Object.entries(opts.themeAliases ?? {}).map(([k, v]) => [themeKey(k), v]),
  );
  const groupOf = (spelling: string) => themeKey(aliasTo.get(themeKey(spelling)) ?? spelling);
  const parsed = entries(text);

  // Theme groups: every spelling seen, in page order, with the briefing titles that used it.
  const groups = new Map<string, { spellings: string[]; titles: [string, string][] }>();
  for (const e of parsed) {
    for (const line of e.lines) {
      const theme = briefingTheme(line);
      if (theme === null) continue;
      const g = groups.get(groupOf(theme)) ?? { spellings: [], titles: [] };
      g.spellings.push(theme);
      g.titles.push([theme, line]);
      groups.set(groupOf(theme), g);
    }
  }
  const themes: ImportTheme[] = [];
  const documents: ImportDocument[] = [];
  const themeIdOf = new Map<string, string>();
  for (const [key, g] of groups) {
    const name =
      [...aliasTo.values()].find((v) => themeKey(v) === key) ?? pickCanonical(g.spellings);
    const id = slugify(name);
    themeIdOf.set(key, id);
    themes.push({ id, name, aliases: [...new Set([name, ...g.spellings])], sources: cite });
    const exact = g.titles.filter(([s]) => s === name).map(([, t]) => t);
    const title = pickCanonical(exact.length > 0 ? exact : g.titles.map(([, t]) => t));
    documents.push({
      id: `${pid}-7mb-${id}`,
      title,
      kind: 'SEVEN_MINUTE_BRIEFING',
      url: null,
      themeId: id,
      sources: cite,
    });
  }

  const reviews: ImportReview[] = parsed.map((e) => {
    const id = `${pid}-${slugify(e.title)}`;
    const listings: { documentId: string; title: string }[] = [];
    const themeLinks: ImportThemeLink[] = [];
    const kinds: DocumentKind[] = [];
    const summaryOnly = /summary of the full report/i.test(e.promise);
    for (const line of e.lines) {
      const theme = briefingTheme(line);
      if (theme !== null) {
        const themeId = themeIdOf.get(groupOf(theme)) ?? '';
        listings.push({ documentId: `${pid}-7mb-${themeId}`, title: line });
        themeLinks.push({ themeId, evidence: 'BRIEFING_PUBLISHED', sourceId: source.id });
        continue;
      }
      const parsedKind = documentKind(line);
      const kind = parsedKind === 'REPORT' && summaryOnly ? 'SUMMARY' : parsedKind;
      kinds.push(kind);
      const base = `${id}-${slugify(kind === 'LESSONS_LEARNED_BRIEFING' ? 'lessons learned briefing' : kind.toLowerCase())}`;
      let docId = base;
      for (let n = 2; documents.some((d) => d.id === docId); n += 1) docId = `${base}-${n}`;
      documents.push({ id: docId, title: line, kind, url: null, sources: cite });
      listings.push({ documentId: docId, title: line });
    }
    const unlisted = summaryOnly
      ? []
      : PROMISES.filter((p) => p.pattern.test(e.promise) && !kinds.includes(p.kind)).map((p) => ({
          kind: p.kind,
          description: p.missing,
          sourceId: source.id,
        }));
    return {
      id,
      partnershipId: pid,
      title: e.title,
      kind: e.kind,
      publishedOn: e.publishedOn,
      children: e.title.split(/ and /).map((pseudonym) => ({ pseudonym: pseudonym.trim() })),
      documents: listings,
      ...(unlisted.length > 0 ? { unlistedDocuments: unlisted } : {}),
      themes: themeLinks,
      sources: cite,
    };
  });

  return {
    format: IMPORT_FORMAT_ID,
    sources: [source],
    partnerships: [{ id: pid, name: opts.partnershipName, sources: cite }],
    themes,
    documents,
    reviews,
  };
}
