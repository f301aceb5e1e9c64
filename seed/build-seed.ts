// Builds the Warwickshire import file from the committed page text and curation (no I/O beyond reading them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportFile } from '../src/modules/import/import-format';
import type { Curation } from './apply-curation';
import { applyCuration } from './apply-curation';
import { parseReviewsPage } from './parse-page';

/** Where the committed seed lives. */
export const SEED_PATHS = {
  page: join(__dirname, 'source', 'warwickshire-reviews-page.txt'),
  curation: join(__dirname, 'curation.json'),
  output: join(__dirname, 'data', 'warwickshire.json'),
} as const;

/** Parses seed/source/warwickshire-reviews-page.txt and merges seed/curation.json. */
export function buildWarwickshireSeed(): ImportFile {
  const curation = JSON.parse(readFileSync(SEED_PATHS.curation, 'utf8')) as Curation;
  const parsed = parseReviewsPage(readFileSync(SEED_PATHS.page, 'utf8'), {
    partnershipId: curation.partnership.id,
    partnershipName: curation.partnership.name,
    source: curation.pageSource,
    themeAliases: curation.themeAliases,
  });
  return {
    ...applyCuration(parsed, curation),
    description:
      'Warwickshire Safeguarding case reviews, parsed from seed/source/warwickshire-reviews-page.txt by seed/parse-page.ts and merged with seed/curation.json. Regenerate with `npm run seed:parse`.',
  };
}
