// Merges the hand-reviewed curation (seed/curation.json) into the parsed page: sources, partners, mappings, Simon.
import type {
  AgencySector,
  ImportAgency,
  ImportFile,
  ImportReview,
  ImportSource,
  ImportThemeMapping,
  SourceRef,
} from '../src/modules/import/import-format';

/** The shape of seed/curation.json. */
export interface Curation {
  partnership: {
    id: string;
    name: string;
    olderReviews?: { note: string; url: string | null; sourceId: string } | null;
    caveats?: string[];
  };
  pageSource: ImportSource;
  sources: ImportSource[];
  themeAliases: Record<string, string>;
  /** Theme id -> its mappings to categories of the published taxonomies (may be empty). */
  themeMappings: Record<string, ImportThemeMapping[]>;
  agencies: { id: string; name: string; sector: AgencySector; sources?: SourceRef[] }[];
  statutoryPartners: { agencyId: string; sourceId: string }[];
  /** Facts about a review from another source: which facts, and the sectors it names as involved. */
  reviews: Record<
    string,
    {
      publishedOn?: string;
      /** Sectors the source names as involved without naming an organisation. */
      sectors?: { sector: AgencySector; name: string }[];
      /** Age band per child pseudonym, where the source gives an age. */
      ageBands?: Record<string, string>;
      /** The serious incident, as far as the source describes it. */
      incident?: ImportReview['incident'];
      sourceId: string;
      facts: string[];
    }
  >;
}

/** Facts the page gives about a review; the page is cited for the rest when another source adds some. */
const PAGE_FACTS = ['title', 'kind', 'publishedOn', 'children', 'documents', 'themes'];

/**
 * Applies the curation to a parsed page (pure): each theme's mappings to the published
 * taxonomies, the partnership's notes, the statutory partners and other sourced agencies, and
 * per-review facts from other sources (cited with the facts they support). Throws when a theme
 * has no entry in `themeMappings` or an entry names an unknown theme or review, so a new page
 * version cannot silently lose its mappings. Category ids are checked by the import itself.
 */
export function applyCuration(parsed: ImportFile, c: Curation): ImportFile {
  const themeIds = new Set((parsed.themes ?? []).map((t) => t.id));
  const problems: string[] = [];
  for (const t of parsed.themes ?? []) {
    if (!(t.id in c.themeMappings))
      problems.push(`theme "${t.id}" (${t.name}) has no mappings entry`);
  }
  for (const themeId of Object.keys(c.themeMappings)) {
    if (!themeIds.has(themeId)) problems.push(`themeMappings: unknown theme "${themeId}"`);
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
    partnerships: (parsed.partnerships ?? []).map((p) => ({
      ...p,
      olderReviews: c.partnership.olderReviews ?? null,
      caveats: c.partnership.caveats ?? [],
      statutoryPartners: c.statutoryPartners,
      sources: [
        ...(p.sources ?? []),
        ...partnerSources.map((sourceId) => ({ sourceId, facts: ['statutoryPartners'] })),
      ],
    })),
    agencies,
    themes: (parsed.themes ?? []).map((t) => ({ ...t, mappings: c.themeMappings[t.id] ?? [] })),
    reviews: parsed.reviews.map((r) => {
      const extra = c.reviews[r.id];
      if (!extra) return r;
      const pageFacts = PAGE_FACTS.filter((f) => !extra.facts.includes(f));
      return {
        ...r,
        publishedOn: extra.publishedOn ?? r.publishedOn ?? null,
        incident: extra.incident ?? r.incident ?? null,
        children: (r.children ?? []).map((child) => ({
          ...child,
          ageBand: extra.ageBands?.[child.pseudonym] ?? child.ageBand ?? null,
        })),
        sectors: [
          ...(r.sectors ?? []),
          ...(extra.sectors ?? []).map((s) => ({ ...s, sourceId: extra.sourceId })),
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
