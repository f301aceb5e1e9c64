// A small valid import file for tests; every id starts with the given prefix so tests can clean up.
import { bumpDataVersion } from '../../src/db/data-version';
import type { Db } from '../../src/db/database';
import type { ImportFile } from '../../src/modules/import/import-format';

/** A valid real-data file: 1 partnership, 2 agencies, 2 themes, 2 documents, 2 reviews. */
export function sampleFile(p: string): ImportFile {
  return {
    format: 'safeguarding-learning-graph/import-v1',
    sources: [{ id: `${p}-src`, url: 'https://example.org/review', title: 'Example source' }],
    partnerships: [
      {
        id: p,
        name: 'Test Partnership',
        statutoryPartners: [{ agencyId: `${p}-police`, sourceId: `${p}-src` }],
      },
    ],
    agencies: [
      { id: `${p}-police`, name: 'Test Police', sector: 'POLICE' },
      { id: `${p}-school`, name: 'Test School', sector: 'EDUCATION' },
    ],
    themes: [
      {
        id: `${p}-curiosity`,
        name: 'Test Curiosity',
        aliases: ['test curiosity'],
        mappings: [{ categoryId: 'panel-ar-2020-professional-curiosity', basis: 'DIRECT' }],
      },
      {
        id: `${p}-neglect`,
        name: 'Test Neglect',
        mappings: [
          { categoryId: 'nspcc-lfcr-neglect', basis: 'DIRECT' },
          {
            categoryId: 'panel-harm-2020-maltreatment-within-the-family',
            basis: 'JUDGED',
            note: 'A test.',
          },
        ],
      },
    ],
    documents: [
      { id: `${p}-a-report`, title: 'A - Report', kind: 'REPORT' },
      {
        id: `${p}-7mb-curiosity`,
        title: '7 Minute Briefing - Test Curiosity',
        kind: 'SEVEN_MINUTE_BRIEFING',
        themeId: `${p}-curiosity`,
      },
    ],
    reviews: [
      {
        id: `${p}-a`,
        partnershipId: p,
        title: 'A',
        kind: 'CHILD_SAFEGUARDING_PRACTICE_REVIEW',
        publishedOn: '2022-09',
        children: [{ pseudonym: 'A' }],
        agencies: [{ agencyId: `${p}-police`, sourceId: `${p}-src` }, { agencyId: `${p}-school` }],
        documents: [{ documentId: `${p}-a-report` }, { documentId: `${p}-7mb-curiosity` }],
        themes: [
          { themeId: `${p}-curiosity`, evidence: 'BRIEFING_PUBLISHED', sourceId: `${p}-src` },
          { themeId: `${p}-neglect`, evidence: 'REPORT_FINDING', sourceId: `${p}-src` },
        ],
        recommendations: [
          {
            number: 1,
            text: 'Do one thing.',
            status: 'OPEN',
            agencyIds: [`${p}-police`],
            themeIds: [`${p}-curiosity`],
          },
          { number: 2, text: 'Do another.', status: 'COMPLETED', statusUpdatedOn: '2023-01-15' },
        ],
        sources: [{ sourceId: `${p}-src`, facts: [] }],
      },
      {
        id: `${p}-b-and-c`,
        partnershipId: p,
        title: 'B and C',
        kind: 'SERIOUS_CASE_REVIEW',
        children: [{ pseudonym: 'B' }, { pseudonym: 'C' }],
        documents: [
          { documentId: `${p}-7mb-curiosity`, title: 'Test Curiosity - 7-minute Briefing' },
        ],
        themes: [
          { themeId: `${p}-curiosity`, evidence: 'BRIEFING_PUBLISHED', sourceId: `${p}-src` },
        ],
        sources: [{ sourceId: `${p}-src`, facts: [] }],
      },
    ],
  };
}

/**
 * Deletes every node whose id starts with the prefix, advancing the data version as every write
 * does (so a running server's analytics index notices the deletion).
 */
export async function removePrefixed(db: Db, p: string): Promise<void> {
  await db.writeTransaction('test.cleanup', async (tx) => {
    await tx.run('test.cleanup', 'MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p });
    await bumpDataVersion(tx);
  });
}
