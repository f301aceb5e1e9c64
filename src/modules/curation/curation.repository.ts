// All Cypher of curation: the writes of each mutation, run inside curate()'s transaction.
import type { Tx } from '../../db/database';
import { Label, Rel } from '../../db/schema';
import { badUserInput } from '../../shared/errors';
import type { ImportThemeMapping } from '../import';
import type { ThemeRecord } from '../themes';

const { Theme, Source } = Label;

/** The theme fields a change records. */
export interface ThemeFields {
  name: string;
  aliases: string[];
}

/** A theme's recorded fields, read inside the transaction; null when there is none. */
export async function readThemeFields(tx: Tx, id: string): Promise<ThemeFields | null> {
  const [row] = await tx.run<{ t: ThemeFields }>(
    'curation.theme.fields',
    `MATCH (t:${Theme} {id: $id})
     RETURN t {.name, aliases: coalesce(t.aliases, [t.name])} AS t`,
    { id },
  );
  return row?.t ?? null;
}

/** Every spelling, the name first, each once (case-sensitive, as the importer keeps them). */
export function withName(name: string, aliases: readonly string[]): string[] {
  return [...new Set([name, ...aliases])];
}

/** Creates a theme (version 1); mapping it to taxonomy categories is a separate change. */
export async function createThemeNode(tx: Tx, id: string, f: ThemeFields): Promise<void> {
  await tx.run(
    'curation.theme.create',
    `CREATE (t:${Theme} {id: $id, name: $name, aliases: $aliases, aliasText: $aliasText,
       synthetic: false, version: 1})`,
    { id, ...f, aliasText: f.aliases.join(' | ') },
  );
}

/** Sets a theme's name and spellings and advances its version. */
export async function updateThemeNode(tx: Tx, id: string, f: ThemeFields): Promise<void> {
  await tx.run(
    'curation.theme.update',
    `MATCH (t:${Theme} {id: $id})
     SET t.name = $name, t.aliases = $aliases, t.aliasText = $aliasText,
         t.version = coalesce(t.version, 1) + 1`,
    { id, ...f, aliasText: f.aliases.join(' | ') },
  );
}

/**
 * Moves every relationship of theme `fromId` to theme `keepId`, whatever its type (reviews that
 * raise it with their evidence, briefings on it, recommendations addressing it, its taxonomy
 * mappings and sources; where
 * `keepId` already has the same link, that one and its properties stay), then deletes `fromId`.
 * Returns the number of relationships moved; BAD_USER_INPUT when `fromId` is not a theme.
 */
export async function mergeThemeInto(tx: Tx, keepId: string, fromId: string): Promise<number> {
  const [row] = await tx.run<{ moved: number }>(
    'curation.theme.merge',
    `MATCH (keep:${Theme} {id: $keepId}), (old:${Theme} {id: $fromId})
     CALL (keep, old) {
       MATCH (x)-[r]->(old) WHERE x <> keep
       WITH x, r, type(r) AS type, properties(r) AS props
       MERGE (x)-[n:$(type)]->(keep) ON CREATE SET n = props
       DELETE r
       RETURN count(*) AS incoming
     }
     CALL (keep, old) {
       MATCH (old)-[r]->(y) WHERE y <> keep
       WITH y, r, type(r) AS type, properties(r) AS props
       MERGE (keep)-[n:$(type)]->(y) ON CREATE SET n = props
       DELETE r
       RETURN count(*) AS outgoing
     }
     DETACH DELETE old
     RETURN incoming + outgoing AS moved`,
    { keepId, fromId },
  );
  if (!row) throw badUserInput(`input.mergeIds: expected ids of themes, got "${fromId}"`);
  return row.moved;
}

/** Deletes a node and its relationships (never a Change: those are not linked to anything). */
export async function deleteNode(tx: Tx, label: string, id: string): Promise<void> {
  await tx.run('curation.delete', `MATCH (n:${label} {id: $id}) DETACH DELETE n`, { id });
}

/** Creates a source; BAD_USER_INPUT when the id is taken. */
export async function createSourceNode(
  tx: Tx,
  s: {
    id: string;
    url: string;
    title: string;
    publisher: string | null;
    retrievedOn: string | null;
  },
): Promise<void> {
  const [row] = await tx.run<{ created: boolean }>(
    'curation.source.create',
    `OPTIONAL MATCH (old:${Source} {id: $id})
     CALL (old) { WITH old WHERE old IS NULL
       CREATE (s:${Source} {id: $id, url: $url, title: $title, publisher: $publisher,
         retrievedOn: $retrievedOn, version: 1}) }
     RETURN old IS NULL AS created`,
    s,
  );
  if (!row?.created)
    throw badUserInput(`input.id: expected a new source id, got "${s.id}", which exists`);
}

/** A theme's mappings to taxonomy categories, read inside the transaction. */
export async function readThemeMappings(tx: Tx, id: string): Promise<ImportThemeMapping[]> {
  const rows = await tx.run<{ m: ImportThemeMapping }>(
    'curation.theme.mappings',
    `MATCH (:${Theme} {id: $id})-[m:${Rel.MAPS_TO}]->(c:${Label.TaxonomyCategory})
     RETURN {categoryId: c.id, basis: m.basis, note: m.note} AS m ORDER BY c.id`,
    { id },
  );
  return rows.map(({ m }) => (m.note == null ? { categoryId: m.categoryId, basis: m.basis } : m));
}

/** Advances the version of the node with `id` by one. */
export async function advanceVersion(tx: Tx, label: string, id: string): Promise<void> {
  await tx.run(
    'curation.version.advance',
    `MATCH (n:${label} {id: $id}) SET n.version = coalesce(n.version, 1) + 1`,
    { id },
  );
}

/** A theme's stored properties (the API's ThemeRecord), read inside the transaction. */
export async function readThemeNode(tx: Tx, id: string): Promise<ThemeRecord> {
  const [row] = await tx.run<{ t: ThemeRecord }>(
    'curation.theme.read',
    `MATCH (t:${Theme} {id: $id}) RETURN t {.*} AS t`,
    { id },
  );
  if (!row) throw new Error(`theme ${id} vanished inside its own transaction`);
  return row.t;
}
