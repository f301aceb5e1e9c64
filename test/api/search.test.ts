// HTTP tests of Query.search: what each hit is, its score, escaping, and blank input.
import type { Db } from '../../src/db/database';
import { ensureSchema } from '../../src/db/schema';
import { importFile } from '../../src/modules/import/importer';
import { openTestDb } from '../helpers/db';
import { removePrefixed, sampleFile } from '../import/fixtures';
import { data, firstError, useServer } from './api-helpers';

const url = useServer();

interface Hit {
  kind: string;
  id: string;
  label: string;
  score: number;
  theme: { id: string } | null;
  document: { id: string } | null;
  review: { id: string } | null;
}
const Q_HITS = `query($q: String!, $first: Int) { search(query: $q, first: $first) {
  kind id label score theme { id } document { id } review { id } } }`;

describe('Query.search', () => {
  it('finds the Professional Curiosity theme and its shared 7-minute briefing', async () => {
    // "Professional Curiosity" is a theme name and the title of the briefing
    // "7 Minute Briefing - Professional Curiosity" (listed under Charlie and Alice and Beth).
    const d = await data<{ search: Hit[] }>(url(), Q_HITS, { q: 'curiosity' });
    const theme = d.search.find((h) => h.kind === 'THEME' && h.id === 'professional-curiosity');
    const doc = d.search.find(
      (h) => h.kind === 'DOCUMENT' && h.id === 'warwickshire-7mb-professional-curiosity',
    );
    expect(theme).toMatchObject({
      label: 'Professional Curiosity',
      theme: { id: 'professional-curiosity' },
      document: null,
      review: null,
    });
    expect(doc?.document).toEqual({ id: 'warwickshire-7mb-professional-curiosity' });
    for (const h of d.search) expect(h.score).toBeGreaterThan(0);
    const scores = d.search.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds a review by title', async () => {
    const d = await data<{ search: Hit[] }>(url(), Q_HITS, { q: 'Charlie' });
    expect(d.search).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'REVIEW',
          id: 'warwickshire-charlie',
          review: { id: 'warwickshire-charlie' },
        }),
      ]),
    );
  });

  it('finds a finding by its text, with its source and review', async () => {
    // Birmingham's fifth finding on BSCP2020-21-01: "The referring agencies were slow to escalate
    // their concerns." (the review's summary says so too).
    const d = await data<{
      search: Array<{ kind: string; id: string; label: string; finding: unknown }>;
    }>(
      url(),
      `{ search(query: "escalate concerns") { kind id label
         finding { id source { id } review { id } themes { id } } } }`,
    );
    const id = 'birmingham-bscp2020-21-01-finding-5';
    expect(d.search.find((h) => h.id === id)).toEqual({
      kind: 'FINDING',
      id,
      label: 'The referring agencies were slow to escalate their concerns.',
      finding: {
        id,
        source: { id: 'birmingham-never-ever-shake-a-baby' },
        review: { id: 'birmingham-bscp2020-21-01' },
        themes: [{ id: 'birmingham-slow-escalation' }],
      },
    });
    for (const h of d.search) if (h.kind !== 'FINDING') expect(h.finding).toBeNull();
  });

  describe('with Lucene syntax in the input', () => {
    // Our own nodes with made-up words, so the expected hits are exact whatever else is loaded:
    // theme Q "Quokkaword Escalation", theme W "Wallabyword Neglect", document QW "Quokkaword and
    // Wallabyword" (the sample file's other texts use neither word).
    const P = 'test-search-lucene';
    const Q = `${P}-curiosity`;
    const W = `${P}-neglect`;
    const QW = `${P}-a-report`;
    let db: Db;
    beforeAll(async () => {
      db = openTestDb();
      const file = sampleFile(P);
      file.themes = file.themes?.map((t) =>
        t.id === Q
          ? { ...t, name: 'Quokkaword Escalation', aliases: [] }
          : { ...t, name: 'Wallabyword Neglect' },
      );
      file.documents = file.documents?.map((d) =>
        d.id === QW ? { ...d, title: 'Quokkaword and Wallabyword' } : d,
      );
      await importFile(db, file);
    });
    afterAll(() => removePrefixed(db, P));

    /** Our ids among the hits (first: 100 reaches past anything else that matches), sorted. */
    const ours = async (q: string) => {
      const res = await data<{ search: Hit[] }>(url(), Q_HITS, { q, first: 100 });
      return res.search
        .map((h) => h.id)
        .filter((id) => id.startsWith(P))
        .sort();
    };

    it.each([
      // Unescaped, "(" is an unclosed group, a lone quote an unclosed phrase, "[x TO" an unclosed
      // range, ":" a field name and "/" a regular expression: each a Lucene parse error.
      ['quokkaword (', [QW, Q]],
      ['"quokkaword', [QW, Q]],
      ['quokkaword: [x TO', [QW, Q]],
      ['quokkaword/wallabyword', [QW, Q, W]],
      // AND as an operator would require both words (QW alone); searched as the word "and", any
      // of the three words matches: Q, W, QW, and the sample review "B and C".
      ['quokkaword AND wallabyword', [QW, Q, W, `${P}-b-and-c`]],
    ])('searches %j as plain words', async (q, ids) => {
      expect(await ours(q)).toEqual([...ids].sort());
    });

    it('finds nothing for a lone "*" (unescaped, it would match every node)', async () => {
      const res = await data<{ search: Hit[] }>(url(), Q_HITS, { q: '*', first: 100 });
      expect(res.search).toEqual([]);
    });
  });

  it('honours first', async () => {
    const d = await data<{ search: Hit[] }>(url(), Q_HITS, { q: 'children', first: 2 });
    expect(d.search).toHaveLength(2);
  });

  it.each([
    [{ q: '' }, 'query: expected at least one word to search for, got ""'],
    [{ q: '   ' }, 'query: expected at least one word to search for'],
    [{ q: 'x', first: 0 }, 'first: expected an integer from 1 to 100, got 0'],
  ])('rejects %j with BAD_USER_INPUT', async (vars, message) => {
    const err = await firstError(url(), Q_HITS, vars);
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.message).toContain(message);
  });
});

describe('the full-text index', () => {
  const definition = async (db: Db) =>
    db.read<{ labels: string[] }>(
      'test.fullText',
      "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes WHERE name = 'learning_fulltext' RETURN labelsOrTypes AS labels",
    );

  it('replaces one made before findings were searchable when the schema is ensured', async () => {
    const db = openTestDb();
    // The definition before findings: the same name without the Finding label.
    await db.write('test.dropFullText', 'DROP INDEX learning_fulltext IF EXISTS');
    await db.write(
      'test.oldFullText',
      `CREATE FULLTEXT INDEX learning_fulltext FOR (n:Review|Theme|Document|Recommendation)
       ON EACH [n.title, n.summary, n.name, n.aliasText, n.text]`,
    );
    expect((await definition(db))[0]?.labels).not.toContain('Finding');
    await ensureSchema(db);
    expect((await definition(db))[0]?.labels.sort()).toEqual([
      'Document',
      'Finding',
      'Recommendation',
      'Review',
      'Theme',
    ]);
    // Ensuring it again keeps it (nothing to replace).
    await ensureSchema(db);
    expect((await definition(db))[0]?.labels).toHaveLength(5);
    const d = await data<{ search: Array<{ kind: string }> }>(
      url(),
      '{ search(query: "escalate concerns") { kind } }',
    );
    expect(d.search.map((h) => h.kind)).toContain('FINDING');
  });
});
