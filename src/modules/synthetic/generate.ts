// Deterministic synthetic data at national shape, in the import format; every record marked synthetic.
import {
  IMPORT_FORMAT_ID,
  slugify,
  type ImportAgency,
  type ImportDocument,
  type ImportFile,
  type ImportPartnership,
  type ImportReview,
  type ImportSource,
  type ImportTheme,
  type ReviewKind,
} from '../import';
import { syntheticFinding, syntheticFollowUp, syntheticLifecycle } from './lifecycle';
import { Prng, ZipfSampler } from './prng';
import {
  AGENCY_TEMPLATES,
  BASE_THEMES,
  PLACE_HEADS,
  PLACE_TAILS,
  PSEUDONYMS,
  RECOMMENDATION_VERBS,
  TAIL_ANGLES,
  TAIL_TOPICS,
} from './vocabulary';

export interface GenerateOptions {
  reviews: number;
  seed: number;
  /** Default 150 (England has about 150 local safeguarding partnerships). */
  partnerships?: number;
  /** First of the ten publication years. Default 2015. */
  firstYear?: number;
}

const P = 'synthetic-';

function kindFor(rng: Prng, year: number): ReviewKind {
  const u = rng.next();
  if (u < 0.15) return 'RAPID_REVIEW_LEARNING';
  if (u < 0.25) return 'ALTERNATIVE_LEARNING_REVIEW';
  // Serious case reviews gave way to CSPRs from 2019 (Working Together 2018 transition).
  return year < 2019 || (year < 2021 && rng.chance(0.3))
    ? 'SERIOUS_CASE_REVIEW'
    : 'CHILD_SAFEGUARDING_PRACTICE_REVIEW';
}

function themes(rng: Prng): ImportTheme[] {
  const names = [...BASE_THEMES];
  for (const topic of TAIL_TOPICS) {
    names.push(topic);
    for (const angle of TAIL_ANGLES) names.push(`${topic} ${angle}`);
  }
  return names.map((name) => {
    // The draws of the former category pick are kept so a seed gives the same data; synthetic
    // themes map to no published taxonomy (that would claim a real category for an invented theme).
    for (let k = rng.chance(0.3) ? 2 : 1; k > 0; k -= 1) rng.next();
    return {
      id: `${P}theme-${slugify(name)}`,
      name,
      aliases: [name, name.toLowerCase()],
      synthetic: true,
    };
  });
}

/**
 * Generates `reviews` synthetic reviews (pure, deterministic for a seed): ~150 partnerships with
 * 20 agencies each, a few hundred themes drawn Zipf-like (a few common, a long tail), 2-7 themes
 * and 1-9 recommendations (about 5) per review, over ten years, all four review kinds. Each case
 * has a lifecycle (`syntheticLifecycle`: some notifications and rapid reviews late, some dates
 * unknown), 1-4 findings citing its partnership's synthetic report collection, and each
 * recommendation an owner, a target date and a status history up to the end of the ten years
 * (`syntheticFollowUp`: some overdue). Ids all start `synthetic-`, every record has
 * `synthetic: true`. A theme with a briefing listed under a review is linked to it as
 * BRIEFING_PUBLISHED, the others as REPORT_FINDING.
 */
export function generateSynthetic(opts: GenerateOptions): ImportFile {
  const rng = new Prng(opts.seed);
  const firstYear = opts.firstYear ?? 2015;
  const partnershipCount = Math.max(1, opts.partnerships ?? 150);
  const partnerships: ImportPartnership[] = [];
  const sources: ImportSource[] = [];
  const until = `${firstYear + 9}-12-31`;
  const agencies: ImportAgency[] = [];
  const agenciesOf: string[][] = [];
  const agencyName = new Map<string, string>();
  const usedPlaces = new Set<string>();
  for (let i = 0; i < partnershipCount; i += 1) {
    let place = `${rng.pick(PLACE_HEADS)}${rng.pick(PLACE_TAILS)}`;
    while (usedPlaces.has(place)) place = `${place} ${usedPlaces.size}`;
    usedPlaces.add(place);
    const id = `${P}${slugify(place)}`;
    const own = AGENCY_TEMPLATES.map(([suffix, sector]) => {
      const agency = {
        id: `${id}-${slugify(suffix)}`,
        name: `${place} ${suffix} (synthetic)`,
        sector,
        synthetic: true,
      };
      agencies.push(agency);
      agencyName.set(agency.id, agency.name);
      return agency.id;
    });
    agenciesOf.push(own);
    sources.push({
      id: `${id}-reports`,
      url: `https://example.org/${id}/reports`,
      title: `${place} review reports (synthetic, no real source)`,
      publisher: null,
      retrievedOn: null,
    });
    partnerships.push({
      id,
      name: `${place} Safeguarding Partnership (synthetic)`,
      synthetic: true,
      statutoryPartners: [own[0], own[1], own[2]].map((agencyId) => ({
        agencyId: agencyId as string,
      })),
    });
  }
  const themeList = themes(rng);
  const themeZipf = new ZipfSampler(themeList.length);
  const partnershipZipf = new ZipfSampler(partnershipCount, 0.6);
  const documents: ImportDocument[] = [];
  const briefings = new Set<string>();
  const reviews: ImportReview[] = [];
  for (let n = 0; n < opts.reviews; n += 1) {
    const pi = partnershipZipf.draw(rng);
    const partnership = partnerships[pi] as ImportPartnership;
    const year = firstYear + rng.int(0, 9);
    const month = String(rng.int(1, 12)).padStart(2, '0');
    const publishedOn = rng.chance(0.4)
      ? `${year}-${month}-${String(rng.int(1, 28)).padStart(2, '0')}`
      : `${year}-${month}`;
    const childCount = rng.chance(0.1) ? (rng.chance(0.25) ? 3 : 2) : 1;
    const pseudonyms = rng.sample(PSEUDONYMS, childCount);
    const title = `${pseudonyms.join(' and ')} ${String(n + 1).padStart(5, '0')}`;
    const id = `${partnership.id}-${slugify(title)}`;
    const involved = rng.sample(agenciesOf[pi] as string[], rng.int(3, 8));
    const raised = themeZipf
      .drawDistinct(rng, rng.int(2, 7))
      .map((i) => themeList[i] as ImportTheme);
    const documentIds = [`${id}-report`, `${id}-lessons-learned-briefing`];
    documents.push(
      {
        id: `${id}-report`,
        title: `${title} Review - Report`,
        kind: 'REPORT',
        url: null,
        synthetic: true,
      },
      {
        id: `${id}-lessons-learned-briefing`,
        title: `${title} - Lessons Learned Briefing`,
        kind: 'LESSONS_LEARNED_BRIEFING',
        url: null,
        synthetic: true,
      },
    );
    const briefed = new Set<string>();
    for (const theme of raised) {
      if (!rng.chance(0.4)) continue;
      briefed.add(theme.id);
      const docId = `${partnership.id}-7mb-${theme.id.slice(P.length)}`;
      if (!briefings.has(docId)) {
        briefings.add(docId);
        documents.push({
          id: docId,
          title: `7 Minute Briefing - ${theme.name}`,
          kind: 'SEVEN_MINUTE_BRIEFING',
          url: null,
          themeId: theme.id,
          synthetic: true,
        });
      }
      documentIds.push(docId);
    }
    const kind = kindFor(rng, year);
    reviews.push({
      id,
      partnershipId: partnership.id,
      title,
      kind,
      publishedOn,
      ...syntheticLifecycle(rng, kind, publishedOn),
      summary: `Synthetic review of the circumstances of ${pseudonyms.join(' and ')} (generated test data).`,
      methodology: null,
      synthetic: true,
      children: pseudonyms.map((pseudonym) => ({ pseudonym, ageBand: null })),
      agencies: involved.map((agencyId) => ({ agencyId })),
      documents: documentIds.map((documentId) => ({ documentId })),
      themes: raised.map((t) => ({
        themeId: t.id,
        evidence: briefed.has(t.id) ? ('BRIEFING_PUBLISHED' as const) : ('REPORT_FINDING' as const),
      })),
      findings: Array.from({ length: rng.int(1, 4) }, () =>
        syntheticFinding(rng, raised, `${partnership.id}-reports`),
      ),
      recommendations: Array.from({ length: rng.int(1, 9) }, (_, k) => {
        const theme = rng.pick(raised);
        const agencyIds = rng.sample(involved, rng.int(1, 2));
        const owner = rng.next();
        return {
          number: k + 1,
          text: `The ${agencyName.get(agencyIds[0] ?? '') ?? 'partnership'} ${rng.pick(RECOMMENDATION_VERBS)} ${theme.name.toLowerCase()}.`,
          // Mostly the first agency it is addressed to; some the partnership; a few unrecorded.
          ownerAgencyId: owner < 0.8 ? agencyIds[0] : null,
          ownerPartnershipId: owner >= 0.8 && owner < 0.95 ? partnership.id : null,
          ...syntheticFollowUp(rng, publishedOn, until),
          agencyIds,
          themeIds: [theme.id],
          synthetic: true,
        };
      }),
    });
  }
  return {
    format: IMPORT_FORMAT_ID,
    synthetic: true,
    description: `Synthetic data: ${opts.reviews} reviews, seed ${opts.seed}. Not real cases.`,
    sources,
    partnerships,
    agencies,
    themes: themeList,
    documents,
    reviews,
  };
}
