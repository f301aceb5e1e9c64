// Integration: importing is idempotent, an edited file updates in place, and computed fields are right.
import type { Db } from '../../src/db/database';
import { importFile } from '../../src/modules/import/importer';
import type { ImportFile } from '../../src/modules/import/import-format';
import { closeTestDb, graphCounts, openTestDb } from '../helpers/db';
import { removePrefixed, sampleFile } from './fixtures';

const P = 'test-import-idem';
let db: Db;
beforeAll(() => {
  db = openTestDb();
});
afterEach(() => removePrefixed(db, P));
afterAll(() => closeTestDb());

const links = async (reviewId: string) =>
  db.read<{ rel: string; id: string }>(
    'test.links',
    'MATCH (:Review {id: $id})-[r]->(x) RETURN type(r) AS rel, x.id AS id ORDER BY rel, id',
    { id: reviewId },
  );

/** The sample file with every kind of owned node and link, so both write paths are compared on all. */
function richFile(): ImportFile {
  const file = sampleFile(P);
  // A taxonomy with a category (its HAS_CATEGORY link is the category's parent link) that a
  // theme maps to, and a theme the partnership states.
  file.taxonomies = [
    {
      id: `${P}-tax`,
      name: 'Test scheme',
      publisher: 'Test',
      kind: 'TOPICS',
      sourceId: `${P}-src`,
    },
  ];
  file.taxonomyCategories = [
    { id: `${P}-tax-neglect`, taxonomyId: `${P}-tax`, name: 'Neglect', sourceId: `${P}-src` },
  ];
  file.themes![1]!.mappings = [
    ...(file.themes![1]!.mappings ?? []),
    { categoryId: `${P}-tax-neglect`, basis: 'JUDGED', note: 'A judgement.' },
  ];
  file.partnerships![0]!.themes = [
    { themeId: `${P}-neglect`, sourceId: `${P}-src`, note: 'Stated.' },
  ];
  const a = file.reviews[0]!;
  a.sectors = [{ sector: 'HEALTH', name: 'her GP', sourceId: `${P}-src` }];
  a.unlistedDocuments = [{ kind: 'STATEMENT', description: 'A statement.', sourceId: `${P}-src` }];
  a.findings = [
    { text: 'Finding one.', themeIds: [`${P}-neglect`], sourceId: `${P}-src`, pageRef: 'p. 3' },
  ];
  a.recommendations = [
    ...(a.recommendations ?? []),
    {
      number: 3,
      text: 'Do a third.',
      statusHistory: [
        { status: 'OPEN', on: '2023-02-01', sourceId: `${P}-src` },
        { status: 'IN_PROGRESS', on: '2023-06', note: 'Under way.' },
      ],
      ownerAgencyId: `${P}-school`,
      targetDate: '2024-03',
      sources: [{ sourceId: `${P}-src`, facts: ['an owner'] }],
    },
    { number: 4, text: 'Do a fourth.', ownerPartnershipId: P },
  ];
  return file;
}

/**
 * Every node of the test's prefix (labels, properties) and every relationship from one (type,
 * ends, properties), sorted: what two imports must agree on.
 */
async function snapshot(): Promise<string[]> {
  const sorted = (props: Record<string, unknown>) =>
    JSON.stringify(Object.entries(props).sort(([x], [y]) => (x < y ? -1 : 1)));
  const nodes = await db.read<{ labels: string[]; props: Record<string, unknown> }>(
    'test.snapshot.nodes',
    'MATCH (n) WHERE n.id STARTS WITH $p RETURN labels(n) AS labels, properties(n) AS props',
    { p: P },
  );
  const rels = await db.read<{
    type: string;
    from: string;
    to: string;
    props: Record<string, unknown>;
  }>(
    'test.snapshot.relationships',
    `MATCH (a)-[r]->(b) WHERE a.id STARTS WITH $p
     RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`,
    { p: P },
  );
  return [
    ...nodes.map((n) => `N ${[...n.labels].sort().join(':')} ${sorted(n.props)}`),
    ...rels.map((r) => `R ${r.type} ${r.from} ${r.to} ${sorted(r.props)}`),
  ].sort();
}

describe('importFile', () => {
  it('writes the graph model, and the same file twice changes nothing', async () => {
    const before = await graphCounts(db);
    const progress: number[] = [];
    const summary = await importFile(db, sampleFile(P), {
      onProgress: (done) => progress.push(done),
    });
    expect(summary).toMatchObject({ reviews: 2, children: 3, recommendations: 2, transactions: 1 });
    expect(progress.at(-1)).toBe(1 + 1 + 2 + 2 + 2 + 2);
    const once = await graphCounts(db);
    // 1 source, 1 partnership, 2 agencies, 2 themes, 2 documents, 2 reviews, 3 children, 2 recs,
    // 1 status change (rec 2's status is dated, so it is a one-entry history): 16, and the
    // import's Change in the audit trail (linked to nothing).
    expect(once.nodes - before.nodes).toBe(16 + 1);
    await importFile(db, sampleFile(P));
    // The graph is the same; the trail holds one more Change, the second import's.
    expect(await graphCounts(db)).toEqual({ ...once, nodes: once.nodes + 1 });

    const [a] = await db.read<Record<string, unknown>>(
      't',
      `MATCH (p:Partnership)-[:PUBLISHED]->(r:Review {id: $id})
       MATCH (t:Theme {id: $theme})
       RETURN p.id AS partnership, r.publishedYear AS year, r.publishedSort AS sort, r.synthetic AS synthetic,
              t.aliasText AS aliasText, [(r)-[i:INVOLVED]->(x) | i.sourceId] AS sourceIds`,
      { id: `${P}-a`, theme: `${P}-curiosity` },
    );
    expect(a).toMatchObject({
      partnership: P,
      year: 2022,
      sort: '2022-09-01',
      synthetic: false,
      aliasText: 'Test Curiosity | test curiosity',
    });
    expect((a?.sourceIds as unknown[]).filter((s) => s !== null)).toEqual([`${P}-src`]);
  });

  it('an edited file updates in place: dropped links, children and recommendations go', async () => {
    await importFile(db, sampleFile(P));
    const file = sampleFile(P);
    const a = file.reviews[0]!;
    a.title = 'A (revised)';
    a.publishedOn = '2022-10-03';
    a.agencies = [{ agencyId: `${P}-school` }];
    a.themes = [{ themeId: `${P}-neglect`, evidence: 'REPORT_FINDING', sourceId: `${P}-src` }];
    a.documents = [{ documentId: `${P}-a-report` }];
    a.recommendations = [{ number: 1, text: 'Do one thing, revised.', status: 'IN_PROGRESS' }];
    file.reviews[1]!.children = [{ pseudonym: 'B' }];
    await importFile(db, file);
    expect(await links(`${P}-a`)).toEqual([
      { rel: 'CONCERNS', id: `${P}-a-a` },
      { rel: 'HAS_DOCUMENT', id: `${P}-a-report` },
      { rel: 'INVOLVED', id: `${P}-school` },
      { rel: 'MAKES', id: `${P}-a-rec-1` },
      { rel: 'RAISES', id: `${P}-neglect` },
      { rel: 'SOURCED_FROM', id: `${P}-src` },
    ]);
    const [row] = await db.read<Record<string, unknown>>(
      't',
      `MATCH (r:Review {id: $id})-[:MAKES]->(rec)
       RETURN r.title AS title, r.publishedSort AS sort, rec.text AS text, rec.status AS status,
              COUNT { (rec)-->() } AS recLinks,
              COUNT { MATCH (x:Recommendation {id: $gone}) } AS gone,
              COUNT { MATCH (c:Child {id: $child}) } AS child`,
      { id: `${P}-a`, gone: `${P}-a-rec-2`, child: `${P}-b-and-c-c` },
    );
    expect(row).toEqual({
      title: 'A (revised)',
      sort: '2022-10-03',
      text: 'Do one thing, revised.',
      status: 'IN_PROGRESS',
      recLinks: 0,
      gone: 0,
      child: 0,
    });
  });

  it('creating new records and replacing held ones write the same graph', async () => {
    // First import: every record is new, so all of it is created. Second: every record is
    // held, so all of it goes through MERGE and link-set replacement, which sets every property
    // and link again: anything the first had written differently would show here.
    await importFile(db, richFile());
    const created = await snapshot();
    // 1 source, 1 taxonomy, 1 category, 1 partnership, 2 agencies, 2 themes, 2 documents, 2
    // reviews, 3 children, 4 recommendations, 3 status changes (rec 2's dated status, rec 3's
    // two entries), 1 finding, 1 sector, 1 unlisted document: 25 nodes; their links make up the
    // rest, among them the category's HAS_CATEGORY from its taxonomy.
    expect(created.filter((l) => l.startsWith('N ')).length).toBe(25);
    expect(
      created.filter((l) => l.startsWith(`R HAS_CATEGORY ${P}-tax ${P}-tax-neglect`)),
    ).toHaveLength(1);
    expect(created.filter((l) => l.startsWith(`R STATES_THEME ${P} ${P}-neglect`))).toHaveLength(1);
    await importFile(db, richFile());
    expect(await snapshot()).toEqual(created);

    // A file whose records the database partly holds (a batch mixing both paths) ends the same.
    await removePrefixed(db, P);
    const partial = richFile();
    partial.reviews = partial.reviews.slice(1);
    partial.documents = partial.documents?.slice(1);
    await importFile(db, partial);
    await importFile(db, richFile());
    expect(await snapshot()).toEqual(created);
  });

  it('two imports of the same new file at once both succeed and write it once', async () => {
    // Both may find every record missing and create it; the later one then fails on the
    // uniqueness constraints, wrote nothing, and runs again as a re-import.
    await Promise.all([importFile(db, richFile()), importFile(db, richFile())]);
    const both = await snapshot();
    await removePrefixed(db, P);
    await importFile(db, richFile());
    expect(both).toEqual(await snapshot());
  });

  it('resolves references to records already in the database', async () => {
    const file = sampleFile(P);
    file.reviews = [
      {
        id: `${P}-z`,
        partnershipId: 'warwickshire',
        title: 'Z',
        kind: 'RAPID_REVIEW_LEARNING',
        themes: [{ themeId: 'professional-curiosity', evidence: 'CURATOR_JUDGEMENT' }],
        sources: [{ sourceId: 'warwickshire-case-reviews-page', facts: [] }],
      },
    ];
    await importFile(db, file);
    expect(await links(`${P}-z`)).toEqual([
      { rel: 'RAISES', id: 'professional-curiosity' },
      { rel: 'SOURCED_FROM', id: 'warwickshire-case-reviews-page' },
    ]);
  });
});
