// Integration: the loaded Warwickshire seed has the counts, normalisation and provenance the sources give.
import type { Db } from '../../src/db/database';
import { loadSeed, SEED_FILES } from '../../seed/load';
import { closeTestDb, graphCounts, openTestDb } from '../helpers/db';

let db: Db;
beforeAll(() => {
  db = openTestDb();
});
afterAll(() => closeTestDb());

const count = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await db.read<{ n: number }>('test.seed.count', cypher, params))[0]?.n ?? -1;

describe('Warwickshire seed', () => {
  it('has the partnership, 11 reviews and 13 children', async () => {
    expect(
      await count(
        "MATCH (p:Partnership {id: 'warwickshire'})-[:PUBLISHED]->(r:Review) RETURN count(r) AS n",
      ),
    ).toBe(11);
    expect(
      await count(
        "MATCH (:Partnership {id: 'warwickshire'})-[:PUBLISHED]->(:Review)-[:CONCERNS]->(c:Child) RETURN count(DISTINCT c) AS n",
      ),
    ).toBe(13);
  });

  it('has every listed document: 19 review documents + 21 shared 7-minute briefings = 40', async () => {
    // Review documents (report, lessons learned briefing, statement) per entry on the page:
    // Simon 2, Anna 2, Grace 2, James 2, Charlie 2, Prada and Jordan 1, Jack 3, Alice and Beth 3,
    // Sophie 1, Child K 1, Amy 0 = 19. Briefings: one per distinct theme = 21 (below). 19 + 21 = 40.
    // Listings: 19 + 3 + 8 + 8 + 1 + 9 + 1 + 2 = 51 HAS_DOCUMENT links.
    expect(
      await count(
        "MATCH (:Partnership {id: 'warwickshire'})-[:PUBLISHED]->(:Review)-[:HAS_DOCUMENT]->(d:Document) RETURN count(DISTINCT d) AS n",
      ),
    ).toBe(40);
    expect(
      await count(
        "MATCH (:Partnership {id: 'warwickshire'})-[:PUBLISHED]->(:Review)-[h:HAS_DOCUMENT]->(:Document) RETURN count(h) AS n",
      ),
    ).toBe(51);
    expect(
      await count(
        "MATCH (d:Document {kind: 'SEVEN_MINUTE_BRIEFING'}) WHERE d.id STARTS WITH 'warwickshire-7mb-' RETURN count(d) AS n",
      ),
    ).toBe(21);
    expect(
      await count(
        "MATCH (:Review {id: 'warwickshire-amy'})-[:HAS_DOCUMENT]->(d) RETURN count(d) AS n",
      ),
    ).toBe(0);
    // Sophie's entry offers "the summary of the full report": the one document is a summary.
    const [sophie] = await db.read<{ kind: string }>(
      't',
      "MATCH (d:Document {title: 'Final Report - WSCB SCR Sophie'}) RETURN d.kind AS kind",
    );
    expect(sophie?.kind).toBe('SUMMARY');
    expect(
      await count(
        "MATCH (d:Document {kind: 'STATEMENT'}) WHERE d.title ENDS WITH 'WSP Statement' RETURN count(d) AS n",
      ),
    ).toBe(2);
  });

  it('normalises briefing themes to 21 canonical themes, each with a mappings entry', async () => {
    // Distinct themes, counted at first appearance down the page: Simon 3 (Suicide Awareness,
    // History in Assessments, Interpreters); Anna +6 (Escalation Protocol, Parents with Mental
    // Health Problems, Early Help, New partners, Parental Capacity to Change, animal abuse); Grace
    // +4 (Child Neglect, Misuse Substances, Voice of the Child, Underage Sexual Activity); James +1
    // (Part Time Timetables); Charlie +5 (Home Alone, Professional Curiosity, Dogs, Accident
    // Prevention, Front Door); Jack +1 (Alcohol); Alice and Beth +1 (moving across boundaries):
    // 3 + 6 + 4 + 1 + 5 + 1 + 1 = 21. RAISES links: 3 + 8 + 8 + 1 + 9 + 1 + 2 = 32.
    expect(
      await count(
        "MATCH (:Partnership {id: 'warwickshire'})-[:PUBLISHED]->(:Review)-[:RAISES]->(t:Theme) RETURN count(DISTINCT t) AS n",
      ),
    ).toBe(21);
    expect(
      await count(
        "MATCH (:Partnership {id: 'warwickshire'})-[:PUBLISHED]->(:Review)-[r:RAISES]->(:Theme) RETURN count(r) AS n",
      ),
    ).toBe(32);
    // seed/curation.json maps all 21 to published taxonomies; every one has at least one mapping
    // (Safeguarding Children around Dogs only a judged one: no scheme names dogs).
    expect(
      await count(
        "MATCH (:Partnership {id: 'warwickshire'})-[:PUBLISHED]->(:Review)-[:RAISES]->(t:Theme) WHERE NOT (t)-[:MAPS_TO]->(:TaxonomyCategory) RETURN count(DISTINCT t) AS n",
      ),
    ).toBe(0);
    expect(await count('MATCH (c:ThemeCategory) RETURN count(c) AS n')).toBe(0);
  });

  it('has one "Children of Parents with Mental Health Problems" theme, raised by Anna and Grace', async () => {
    const rows = await db.read<{ id: string; aliases: string[]; reviews: string[] }>(
      't',
      `MATCH (t:Theme) WHERE toLower(t.name) = 'children of parents with mental health problems'
       OPTIONAL MATCH (r:Review)-[:RAISES]->(t)
       WITH t, r ORDER BY r.id
       RETURN t.id AS id, t.name AS name, t.aliases AS aliases, collect(r.id) AS reviews`,
    );
    expect(rows).toEqual([
      {
        id: 'children-of-parents-with-mental-health-problems',
        name: 'Children of Parents with Mental Health Problems',
        aliases: [
          'Children of Parents with Mental Health Problems',
          'Children of parents with Mental Health problems',
        ],
        reviews: ['warwickshire-anna', 'warwickshire-grace'],
      },
    ]);
  });

  it('has one "Professional Curiosity" theme and briefing, from Charlie and from Alice and Beth', async () => {
    const reviews = await db.read<{ id: string }>(
      't',
      "MATCH (r:Review)-[:RAISES]->(:Theme {name: 'Professional Curiosity'}) RETURN r.id AS id ORDER BY id",
    );
    expect(reviews.map((r) => r.id)).toEqual([
      'warwickshire-alice-and-beth',
      'warwickshire-charlie',
    ]);
    expect(
      await count(
        "MATCH (r:Review)-[:HAS_DOCUMENT]->(:Document {id: 'warwickshire-7mb-professional-curiosity'})-[:ON_THEME]->(:Theme {id: 'professional-curiosity'}) RETURN count(r) AS n",
      ),
    ).toBe(2);
  });

  it('reads "Dog" as the Dogs theme', async () => {
    expect(
      await count(
        "MATCH (:Review {id: 'warwickshire-charlie'})-[:RAISES]->(t:Theme {id: 'safeguarding-children-around-dogs', name: 'Safeguarding Children around Dogs'}) RETURN count(t) AS n",
      ),
    ).toBe(1);
    expect(
      await count(
        "MATCH (t:Theme) WHERE t.name = 'Safeguarding Children around Dog' RETURN count(t) AS n",
      ),
    ).toBe(0);
  });

  it('has the two-children reviews', async () => {
    const rows = await db.read<{ id: string; children: string[] }>(
      't',
      `MATCH (r:Review)-[:CONCERNS]->(c:Child) WHERE r.id STARTS WITH 'warwickshire-'
       WITH r, c ORDER BY c.pseudonym WITH r, collect(c.pseudonym) AS children WHERE size(children) > 1
       RETURN r.id AS id, children ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: 'warwickshire-alice-and-beth', children: ['Alice', 'Beth'] },
      { id: 'warwickshire-prada-and-jordan', children: ['Jordan', 'Prada'] },
    ]);
  });

  it("has Simon's publication month, age band and involved sectors, sourced from the news report", async () => {
    const [simon] = await db.read<Record<string, unknown>>(
      't',
      `MATCH (r:Review {id: 'warwickshire-simon'})-[c:SOURCED_FROM]->(s:Source {id: 'kenilworth-nub-news-simon-review'})
       RETURN r.publishedOn AS publishedOn, r.publishedYear AS year, r.publishedSort AS sort, r.kind AS kind,
              c.facts AS facts, s.url AS url,
              [(r)-[:CONCERNS]->(ch:Child) | ch.ageBand] AS ageBands,
              [(r)-[:INVOLVED]->(a:Agency) | a.name] AS agencies,
              [(r)-[:INVOLVED_SECTOR]->(x:SectorInvolvement) WHERE x.sourceId = s.id | x.name + ' / ' + x.sector] AS sectors`,
    );
    expect(simon).toMatchObject({
      publishedOn: '2023-09',
      year: 2023,
      sort: '2023-09-01',
      kind: 'CHILD_SAFEGUARDING_PRACTICE_REVIEW',
      facts: ['publishedOn', 'involvements', 'children.ageBand', 'incident'],
      url: expect.stringContaining('kenilworth.nub.news'),
      // The report says Simon was 16; no other child's age is published, so theirs stay null.
      ageBands: ['16-17'],
    });
    // The report names no organisation, only sectors: no agency node is made for them (a generic
    // "Police" would duplicate Warwickshire Police).
    expect(simon?.agencies).toEqual([]);
    expect((simon?.sectors as string[]).sort()).toEqual([
      "children's social care / CHILDRENS_SOCIAL_CARE",
      'his school / EDUCATION',
      'mental health services / HEALTH',
      'the police / POLICE',
    ]);
  });

  it('has the three statutory partners with their source', async () => {
    const rows = await db.read<{ name: string }>(
      't',
      `MATCH (:Partnership {id: 'warwickshire'})-[h:HAS_STATUTORY_PARTNER]->(a:Agency)
       MATCH (s:Source {id: h.sourceId}) WHERE s.url CONTAINS 'warwickshire-pcc.gov.uk'
       RETURN a.name AS name ORDER BY name`,
    );
    expect(rows.map((r) => r.name)).toEqual([
      'NHS Coventry and Warwickshire Integrated Care Board',
      'Warwickshire County Council',
      'Warwickshire Police',
    ]);
  });

  it('marks nothing synthetic and leaves unknown facts empty', async () => {
    expect(
      await count(
        "MATCH (:Partnership {id: 'warwickshire'})-[*0..2]->(n) WHERE n.synthetic = true OR n.id STARTS WITH 'synthetic-' RETURN count(n) AS n",
      ),
    ).toBe(0);
    expect(
      await count(
        "MATCH (d:Document) WHERE d.id STARTS WITH 'warwickshire' AND d.url IS NOT NULL RETURN count(d) AS n",
      ),
    ).toBe(0);
    expect(
      await count(
        "MATCH (c:Child) WHERE c.id STARTS WITH 'warwickshire' AND c.ageBand IS NOT NULL AND c.id <> 'warwickshire-simon-simon' RETURN count(c) AS n",
      ),
    ).toBe(0); // only Simon's age is published (checked above)
  });

  it('loading twice leaves the graph unchanged; the trail records each file imported', async () => {
    const before = await graphCounts(db);
    await loadSeed(db);
    // One Change per seed file (one transaction each), linked to nothing; nothing else new.
    expect(await graphCounts(db)).toEqual({
      nodes: before.nodes + SEED_FILES.length,
      relationships: before.relationships,
    });
  });
});
