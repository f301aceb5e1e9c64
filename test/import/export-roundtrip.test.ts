// Backup and restore: `npm run export`, an empty database, `npm run import` of the files: the same graph.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadSeed } from '../../seed/load';
import { createDriver } from '../../src/db/connect';
import { Db } from '../../src/db/database';
import { ensureSchema } from '../../src/db/schema';
import { exportGraph, ExportError } from '../../src/modules/import/export';
import { importFile } from '../../src/modules/import/importer';
import { generateSynthetic } from '../../src/modules/synthetic/generate';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j-local/process';
import { createServer, type RunningServer } from '../../src/server';
import { testToken } from '../helpers/auth';
import { graphFingerprint } from '../helpers/graph-fingerprint';
import { post } from '../helpers/server';

// A throwaway Neo4j of its own: the round trip empties its database, which the shared one must not.
const home = mkdtempSync(join(tmpdir(), 'slg-export-'));
const files = mkdtempSync(join(tmpdir(), 'slg-export-files-'));
let neo: LocalNeo4j;
let driver: Driver;
let db: Db;

/** Runs a command-line tool as a user would, against the throwaway database. */
function tool(script: string, ...args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', script, ...args],
      { cwd: resolve(__dirname, '../..'), env: { ...process.env, NEO4J_URI: neo.uri } },
      (err, _stdout, stderr) =>
        done({ code: err ? Number(err.code ?? 1) : 0, stderr: String(stderr) }),
    );
  });
}

beforeAll(async () => {
  neo = await startLocalNeo4j({ home, port: 0, log: () => undefined });
  driver = createDriver(neo.uri, 'neo4j', 'neo4j');
  db = new Db(driver, 'neo4j');
  await ensureSchema(db);
  // Everything a database holds in use: the whole seed (taxonomies, twelve partnerships, evidence,
  // lifecycles), a synthetic set (lifecycles, findings, owners, status histories) beside it, and
  // curation through the API (a theme edited twice: version 3; a recommendation added), which
  // also writes audit Changes and needs an API token.
  await loadSeed(db);
  await importFile(db, generateSynthetic({ reviews: 60, seed: 7, partnerships: 3 }));
  const server: RunningServer = await createServer({ db, port: 0 });
  try {
    const { header } = await testToken(db, 'Export Tester', 'ANALYST');
    const ask = async (query: string, input: Record<string, unknown>) => {
      const res = await post(server.url, query, { input }, header);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    };
    const theme = 'Export round trip';
    await ask(
      'mutation($input: CreateThemeInput!) { createTheme(input: $input) { theme { id } } }',
      { name: theme, reason: 'test' },
    );
    for (const expectedVersion of [1, 2])
      await ask(
        'mutation($input: UpdateThemeInput!) { updateTheme(input: $input) { theme { id } } }',
        {
          id: 'export-round-trip',
          expectedVersion,
          aliases: [`${theme} ${expectedVersion}`],
          reason: 'test',
        },
      );
  } finally {
    await server.stop();
  }
}, 900_000);

afterAll(async () => {
  await driver?.close();
  await neo?.stop();
  rmSync(home, { recursive: true, force: true });
  rmSync(files, { recursive: true, force: true });
});

describe('export, then import into an empty database', () => {
  it('reproduces the graph: same node and relationship counts, same hash of every property', async () => {
    const before = await graphFingerprint(db);
    // Not vacuous: the seed alone has thousands of nodes and relationships, and the parts of the
    // model that came last are all there.
    expect(before.nodes).toBeGreaterThan(1000);
    expect(before.relationships).toBeGreaterThan(1000);
    const [held] = await db.read<Record<string, number>>(
      'test.export.kinds',
      `RETURN COUNT { (:Finding) } AS findings, COUNT { (:StatusChange) } AS statusChanges,
        COUNT { ()-[:MAPS_TO]->() } AS mappings, COUNT { ()-[:OWNED_BY]->() } AS owners,
        COUNT { ()-[:STATES_THEME]->() } AS statedThemes, COUNT { (:UnlistedDocument) } AS unlisted,
        COUNT { (:SectorInvolvement) } AS sectors, COUNT { (:Change) } AS changes,
        COUNT { (:Theme {version: 3}) } AS edited`,
    );
    // Every kind present: none is missing from the comparison (an empty list reads [kind, 0]).
    expect(Object.entries(held ?? {}).filter(([, n]) => n === 0)).toEqual([]);

    const out = join(files, 'graph.json');
    const exported = await tool('src/modules/import/export-cli.ts', out);
    expect(exported.stderr).toMatch(/wrote .*graph\.synthetic\.json .*synthetic data, 60 reviews/);
    expect(exported.stderr).toMatch(/not exported, on purpose: \d+ Change, 1 ApiToken/);
    expect(exported.code).toBe(0);
    // Real and synthetic apart: no synthetic id in the real file, only synthetic ones in the other.
    expect(readFileSync(out, 'utf8')).not.toMatch(/"synthetic-/);
    const synthetic = JSON.parse(readFileSync(join(files, 'graph.synthetic.json'), 'utf8')) as {
      synthetic: boolean;
      reviews: Array<{ id: string }>;
    };
    expect(synthetic.synthetic).toBe(true);
    expect(synthetic.reviews.every((r) => r.id.startsWith('synthetic-'))).toBe(true);

    await db.write('test.export.empty', 'MATCH (n) DETACH DELETE n');
    expect((await graphFingerprint(db)).nodes).toBe(0);
    expect((await tool('src/modules/import/cli.ts', out)).code).toBe(0);
    expect(
      (await tool('src/modules/import/cli.ts', join(files, 'graph.synthetic.json'))).code,
    ).toBe(0);

    expect(await graphFingerprint(db)).toEqual(before);
  }, 600_000);

  it('refuses, naming it, a graph holding what the format cannot carry', async () => {
    await db.write('test.export.mystery', "CREATE (:Mystery {id: 'test-mystery'})");
    await db.write(
      'test.export.extra',
      "MATCH (t:Theme {id: 'export-round-trip'}) SET t.colour = 'red'",
    );
    try {
      const refused = exportGraph(db);
      await expect(refused).rejects.toThrow(ExportError);
      await expect(refused).rejects.toThrow('label Mystery: 1 in the graph, 0 exported');
      await expect(refused).rejects.toThrow(
        'Theme export-round-trip: property colour is not carried by the import format',
      );
    } finally {
      await db.write('test.export.unmystery', 'MATCH (n:Mystery) DETACH DELETE n');
      await db.write('test.export.unextra', 'MATCH (t:Theme) REMOVE t.colour');
    }
  }, 300_000);
});
