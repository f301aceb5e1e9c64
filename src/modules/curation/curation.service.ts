// What each curation mutation does: checks by the importer's rules, then one curate() transaction.
import type { Context } from '../../context';
import { Label } from '../../db/schema';
import type {
  AddSourceInput,
  CreateThemeInput,
  DeleteInput,
  MapThemeInput,
  MergeThemesInput,
  UnmapThemeInput,
  UpdateThemeInput,
} from '../../generated/graphql';
import { badUserInput } from '../../shared/errors';
import { slugify, themeMappingSchema, type ImportThemeMapping } from '../import';
import { curate, lockVersioned, validateAsImport } from './curate';
import {
  advanceVersion,
  createSourceNode,
  createThemeNode,
  deleteNode,
  mergeThemeInto,
  readThemeFields,
  readThemeMappings,
  readThemeNode,
  updateThemeNode,
  withName,
  type ThemeFields,
} from './curation.repository';
import { checkInFile, checkRecord, present } from './import-rules';
import { IMPORT_STATEMENTS, runStatement } from './statements';

const THEME = 'a theme';

/** createTheme: a new theme whose id is the slug of its name. */
export function createTheme(ctx: Context, input: CreateThemeInput) {
  const id = slugify(input.name);
  const fields: ThemeFields = {
    name: input.name.trim(),
    aliases: withName(input.name.trim(), input.aliases ?? []),
  };
  return curate(ctx, { name: 'createTheme', role: 'ANALYST', reason: input.reason }, async (tx) => {
    await validateAsImport(ctx, { themes: [{ id, ...fields }] }, 'themes[0]');
    if (await readThemeFields(tx, id)) {
      throw badUserInput(
        `input.name: expected a new theme, got "${input.name}", whose id "${id}" exists (use updateTheme)`,
      );
    }
    await createThemeNode(tx, id, fields);
    return {
      draft: { entityType: 'Theme', entityId: id, before: null, after: { ...fields } },
      result: { theme: await readThemeNode(tx, id) },
    };
  });
}

/** updateTheme: name or spellings, if the theme is still at `expectedVersion`. */
export function updateTheme(ctx: Context, input: UpdateThemeInput) {
  return curate(ctx, { name: 'updateTheme', role: 'ANALYST', reason: input.reason }, async (tx) => {
    await lockVersioned(tx, Label.Theme, THEME, input.id, input.expectedVersion);
    const before = (await readThemeFields(tx, input.id)) as ThemeFields;
    const name = input.name?.trim() ?? before.name;
    const after: ThemeFields = {
      name,
      aliases: withName(name, input.aliases ?? before.aliases),
    };
    await validateAsImport(ctx, { themes: [{ id: input.id, ...after }] }, 'themes[0]');
    await updateThemeNode(tx, input.id, after);
    return {
      draft: {
        entityType: 'Theme',
        entityId: input.id,
        before: { ...before },
        after: { ...after },
      },
      result: { theme: await readThemeNode(tx, input.id) },
    };
  });
}

/** mergeThemes: every link of the merged themes moves to the kept one; their names become aliases. */
export function mergeThemes(ctx: Context, input: MergeThemesInput) {
  const mergeIds = [...new Set(input.mergeIds)];
  return curate(ctx, { name: 'mergeThemes', role: 'ADMIN', reason: input.reason }, async (tx) => {
    if (mergeIds.length === 0 || mergeIds.includes(input.keepId)) {
      throw badUserInput(
        `input.mergeIds: expected at least one theme id other than keepId "${input.keepId}", got ${JSON.stringify(input.mergeIds)}`,
      );
    }
    await lockVersioned(tx, Label.Theme, THEME, input.keepId, input.expectedVersion);
    const keep = (await readThemeFields(tx, input.keepId)) as ThemeFields;
    const merged: Array<ThemeFields & { id: string; linksMoved: number }> = [];
    for (const id of mergeIds) {
      // Checked one by one inside the transaction: an unknown id after a merged one rolls
      // back the merges already done.
      const f = await readThemeFields(tx, id);
      if (!f) throw badUserInput(`input.mergeIds: expected ids of themes, got "${id}"`);
      merged.push({ id, ...f, linksMoved: await mergeThemeInto(tx, input.keepId, id) });
    }
    const after: ThemeFields = {
      name: keep.name,
      aliases: withName(keep.name, [...keep.aliases, ...merged.flatMap((m) => m.aliases)]),
    };
    await updateThemeNode(tx, input.keepId, after);
    return {
      draft: {
        entityType: 'Theme',
        entityId: input.keepId,
        before: { ...keep, merged: merged.map(({ linksMoved: _, ...m }) => m) },
        after: {
          ...after,
          mergedIds: mergeIds,
          linksMoved: merged.reduce((n, m) => n + m.linksMoved, 0),
        },
      },
      result: { theme: await readThemeNode(tx, input.keepId) },
    };
  });
}

/** deleteTheme: the theme and its links go; reviews, documents and the trail stay. */
export function deleteTheme(ctx: Context, input: DeleteInput) {
  return curate(ctx, { name: 'deleteTheme', role: 'ADMIN', reason: input.reason }, async (tx) => {
    await lockVersioned(tx, Label.Theme, THEME, input.id, input.expectedVersion);
    const before = await readThemeFields(tx, input.id);
    await deleteNode(tx, Label.Theme, input.id);
    return {
      draft: { entityType: 'Theme', entityId: input.id, before: { ...before }, after: null },
      result: { deletedId: input.id },
    };
  });
}

/** addSource: a published source, checked as the importer checks sources. */
export function addSource(ctx: Context, input: AddSourceInput) {
  const source = {
    id: input.id,
    url: input.url,
    title: input.title,
    publisher: input.publisher ?? null,
    retrievedOn: input.retrievedOn ?? null,
  };
  return curate(ctx, { name: 'addSource', role: 'ANALYST', reason: input.reason }, async (tx) => {
    await validateAsImport(ctx, { sources: [source] }, 'sources[0]');
    await createSourceNode(tx, source);
    const { id, ...after } = source;
    return {
      draft: { entityType: 'Source', entityId: id, before: null, after },
      result: { sourceId: id },
    };
  });
}

/**
 * mapTheme: maps a theme to a published taxonomy category with its basis (DIRECT: the source
 * uses the same words; JUDGED: a curator's judgement, with its reason), or changes the basis of
 * its mapping to that category, if the theme is still at `expectedVersion`.
 */
export function mapTheme(ctx: Context, input: MapThemeInput) {
  return curate(ctx, { name: 'mapTheme', role: 'ANALYST', reason: input.reason }, async (tx) => {
    const node = await lockVersioned(tx, Label.Theme, THEME, input.themeId, input.expectedVersion);
    const theme = (await readThemeFields(tx, input.themeId)) as ThemeFields;
    const mapping = checkRecord(
      themeMappingSchema,
      present({ categoryId: input.categoryId, basis: input.basis, note: input.note }),
    );
    const mappings = await readThemeMappings(tx, input.themeId);
    const old = mappings.findIndex((m) => m.categoryId === input.categoryId);
    const at = old >= 0 ? old : mappings.length;
    const before: ImportThemeMapping | null = mappings[old] ?? null;
    mappings[at] = mapping;
    const synthetic = node.synthetic === true;
    await checkInFile(
      ctx,
      {
        synthetic,
        reviews: [],
        themes: [{ id: input.themeId, ...theme, mappings, ...(synthetic ? { synthetic } : {}) }],
      },
      { at: `themes[0].mappings[${at}]` },
    );
    await runStatement(tx, IMPORT_STATEMENTS.themeMappings, [
      {
        id: input.themeId,
        links: mappings.map((m) => ({
          id: m.categoryId,
          props: { basis: m.basis, note: m.note ?? null },
        })),
      },
    ]);
    await advanceVersion(tx, Label.Theme, input.themeId);
    const full = (m: ImportThemeMapping | null) => m && { note: null, ...m };
    return {
      draft: {
        entityType: 'Theme',
        entityId: input.themeId,
        before: { mapping: full(before) },
        after: { mapping: full(mapping) },
      },
      result: { theme: await readThemeNode(tx, input.themeId) },
    };
  });
}

/**
 * unmapTheme: removes a theme's mapping to one taxonomy category, if the theme is still at
 * `expectedVersion`; its other mappings stay.
 */
export function unmapTheme(ctx: Context, input: UnmapThemeInput) {
  return curate(ctx, { name: 'unmapTheme', role: 'ANALYST', reason: input.reason }, async (tx) => {
    await lockVersioned(tx, Label.Theme, THEME, input.themeId, input.expectedVersion);
    const mappings = await readThemeMappings(tx, input.themeId);
    const gone = mappings.find((m) => m.categoryId === input.categoryId);
    if (!gone) {
      throw badUserInput(
        `input.categoryId: expected a category theme ${input.themeId} is mapped to (${
          mappings.map((m) => `"${m.categoryId}"`).join(', ') || 'it has none'
        }), got "${input.categoryId}"`,
      );
    }
    await runStatement(tx, IMPORT_STATEMENTS.themeMappings, [
      {
        id: input.themeId,
        links: mappings
          .filter((m) => m !== gone)
          .map((m) => ({ id: m.categoryId, props: { basis: m.basis, note: m.note ?? null } })),
      },
    ]);
    await advanceVersion(tx, Label.Theme, input.themeId);
    return {
      draft: {
        entityType: 'Theme',
        entityId: input.themeId,
        before: { mapping: { note: null, ...gone } },
        after: { mapping: null },
      },
      result: { theme: await readThemeNode(tx, input.themeId) },
    };
  });
}
