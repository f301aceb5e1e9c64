// Merges the hand-reviewed curation (seed/curation.json) into the parsed page: sources, partners, categories, Simon.
import type {
  AgencySector,
  ImportAgency,
  ImportFile,
  ImportSource,
  SourceRef,
} from '../src/modules/import/import-format';
import { NATIONAL_THEME_CATEGORIES } from '../src/modules/import/taxonomy';

/** The shape of seed/curation.json. */
export interface Curation {
  partnership: { id: string; name: string };
  pageSource: ImportSource;
  sources: ImportSource[];
  themeAliases: Record<string, string>;
  /** Theme id -> national category ids. Every parsed theme must be mapped. */
  themeCategories: Record<string, string[]>;
  agencies: { id: string; name: string; sector: AgencySector; sources?: SourceRef[] }[];
  statutoryPartners: { agencyId: string; sourceId: string }[];
  /** Facts about a review from another source: which facts, and the agencies it names. */
  reviews: Record<
    string,
    {
      publishedOn?: string;
      agencyIds?: string[];
      /** Age band per child pseudonym, where the source gives an age. */
      ageBands?: Record<string, string>;
      sourceId: string;
      facts: string[];
    }
  >;
}

/** Facts the page gives about a review; the page is cited for the rest when another source adds some. */
const PAGE_FACTS = ['title', 'kind', 'publishedOn', 'children', 'documents', 'themes'];

/**
 * Applies the curation to a parsed page (pure): adds the national categories and each theme's
 * mapping, the statutory partners and other sourced agencies, and per-review facts from other
 * sources (cited with the facts they support). Throws when a theme is unmapped or a mapping
 * names an unknown theme or category, so a new page version cannot silently lose its mapping.
 */
export function applyCuration(parsed: ImportFile, c: Curation): ImportFile {
  const categoryIds = new Set(NATIONAL_THEME_CATEGORIES.map((k) => k.id));
  const themeIds = new Set((parsed.themes ?? []).map((t) => t.id));
  const problems: string[] = [];
  for (const t of parsed.themes ?? []) {
    if (!c.themeCategories[t.id]?.length)
      problems.push(`theme "${t.id}" (${t.name}) has no category`);
  }
  for (const [themeId, cats] of Object.entries(c.themeCategories)) {
    if (!themeIds.has(themeId)) problems.push(`themeCategories: unknown theme "${themeId}"`);
    for (const cat of cats)
      if (!categoryIds.has(cat))
        problems.push(`themeCategories.${themeId}: unknown category "${cat}"`);
  }
  for (const id of Object.keys(c.reviews)) {
    if (!parsed.reviews.some((r) => r.id === id)) problems.push(`reviews: unknown review "${id}"`);
  }
  if (problems.length > 0)
    throw new Error(`seed/curation.json does not fit the page:\n${problems.join('\n')}`);

  const agencies: ImportAgency[] = c.agencies.map((a) => ({
    id: a.id,
    name: a.name,
    sector: a.sector,
    sources: a.sources ?? [],
  }));
  const partnerSources = [...new Set(c.statutoryPartners.map((p) => p.sourceId))];
  return {
    ...parsed,
    sources: [...(parsed.sources ?? []), ...c.sources],
    themeCategories: [...NATIONAL_THEME_CATEGORIES],
    partnerships: (parsed.partnerships ?? []).map((p) => ({
      ...p,
      statutoryPartners: c.statutoryPartners,
      sources: [
        ...(p.sources ?? []),
        ...partnerSources.map((sourceId) => ({ sourceId, facts: ['statutoryPartners'] })),
      ],
    })),
    agencies,
    themes: (parsed.themes ?? []).map((t) => ({
      ...t,
      categoryIds: c.themeCategories[t.id] ?? [],
    })),
    reviews: parsed.reviews.map((r) => {
      const extra = c.reviews[r.id];
      if (!extra) return r;
      const pageFacts = PAGE_FACTS.filter((f) => !extra.facts.includes(f));
      return {
        ...r,
        publishedOn: extra.publishedOn ?? r.publishedOn ?? null,
        children: (r.children ?? []).map((child) => ({
          ...child,
          ageBand: extra.ageBands?.[child.pseudonym] ?? child.ageBand ?? null,
        })),
        agencies: [
          ...(r.agencies ?? []),
          ...(extra.agencyIds ?? []).map((agencyId) => ({ agencyId, sourceId: extra.sourceId })),
        ],
        sources: [
          ...(r.sources ?? []).map((s) =>
            s.sourceId === c.pageSource.id ? { ...s, facts: pageFacts } : s,
          ),
          { sourceId: extra.sourceId, facts: extra.facts },
        ],
      };
    }),
  };
}
