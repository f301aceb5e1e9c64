// Curating reviews: their own fields, findings and theme links, each checked by the importer's
// rules with the record placed among what the database holds, then one curate() transaction.
import type { Context } from '../../context';
import type {
  AddFindingInput,
  DeleteInput,
  RestoreReviewInput,
  LinkReviewThemeInput,
  UnlinkReviewThemeInput,
  UpdateFindingInput,
  UpdateReviewThemeLinkInput,
  UpsertReviewInput,
} from '../../generated/graphql';
import { Label } from '../../db/schema';
import { badUserInput } from '../../shared/errors';
import {
  findingId,
  findingSchema,
  IMPORT_FORMAT_ID,
  reviewRecord,
  reviewRow,
  reviewSchema,
  themeLinkSchema,
  validateForDatabase,
  writeValidatedFile,
  type ImportFinding,
  type ImportReview,
  type ImportThemeLink,
} from '../import';
import { readChange } from '../audit';
import type { ReviewRecord } from '../reviews';
import { conflict, curate, lockVersioned } from './curate';
import { changedFields } from './change-fields';
import { checkInFile, checkRecord, present, type Placement } from './import-rules';
import {
  deleteFindingAndMove,
  deleteReviewNodes,
  readFinding,
  readFindingSlots,
  readFindingNode,
  readReview,
  readReviewNode,
  setVersion,
  writeFinding,
  writeReview,
  writeThemeLinks,
  type StoredReview,
} from './reviews.repository';

/** The review's own fields an upsert may set (its links have their own mutations). */
const OWN_FIELDS = [
  'partnershipId',
  'title',
  'kind',
  'publishedOn',
  'summary',
  'methodology',
  'caveats',
  'incident',
  'awareOn',
  'notifiedOn',
  'rapidReview',
  'commissionedOn',
  'sources',
] as const;

/** A stored review without its links: the record around a finding or link being checked. */
function own(r: ImportReview): ImportReview {
  const { themes: _t, findings: _f, recommendations: _r, ...rest } = r;
  return rest;
}

/** Where a record of review `r` sits in the one-review file that checks it. */
const inReview = (r: ImportReview, at: string): Placement => ({
  at: `reviews[0].${at}`,
  around: { path: 'reviews[0]', name: `review ${r.id}` },
});

/** The review, or BAD_USER_INPUT naming `field`. */
async function reviewFor(tx: Parameters<typeof readReview>[0], id: string, field: string) {
  const stored = await readReview(tx, id);
  if (!stored) throw badUserInput(`input.${field}: expected the id of a review, got "${id}"`);
  return stored;
}

/** The review's file: synthetic exactly when the review is. */
const fileOf = (r: ImportReview, review: ImportReview) => ({
  synthetic: r.synthetic === true,
  reviews: [review],
});

/** upsertReview: a new review (version 1), or an existing one's own fields at `expectedVersion`. */
export function upsertReview(ctx: Context, input: UpsertReviewInput) {
  return curate(
    ctx,
    { name: 'upsertReview', role: 'ANALYST', reason: input.reason },
    async (tx) => {
      const stored: StoredReview | null = await readReview(tx, input.id);
      if (stored && input.expectedVersion == null) {
        throw badUserInput(
          `input.expectedVersion: expected the version of review ${input.id} you last read (it exists; leave expectedVersion out only to create a review), got nothing`,
        );
      }
      if (!stored && input.expectedVersion != null) {
        throw badUserInput(
          `input.id: expected the id of an existing review (expectedVersion ${input.expectedVersion} was given), got "${input.id}", which does not exist`,
        );
      }
      if (stored && stored.version !== input.expectedVersion) {
        throw conflict('Review', input.id, input.expectedVersion ?? 0, stored.version);
      }
      const before: Record<string, unknown> = stored ? own(stored.record) : { id: input.id };
      const merged: Record<string, unknown> = { ...before };
      for (const key of OWN_FIELDS) {
        const value: unknown = input[key];
        if (value === undefined) continue;
        if (value === null) delete merged[key];
        else if (key === 'incident' || key === 'rapidReview') merged[key] = present({ ...value });
        else if (key === 'sources')
          merged[key] = (value as Array<{ sourceId: string; facts?: string[] | null }>).map((s) =>
            present({ ...s }),
          );
        else merged[key] = value;
      }
      const record = checkRecord(reviewSchema, merged);
      await checkInFile(ctx, fileOf(record, record), { at: 'reviews[0]' });
      await writeReview(tx, reviewRow(record), record.sources ?? [], (stored?.version ?? 0) + 1);
      const diff = changedFields(stored ? before : null, { ...record });
      return {
        draft: { entityType: 'Review', entityId: input.id, ...diff },
        result: { review: await readReviewNode(tx, input.id) },
      };
    },
  );
}

/** The finding fields a change records. */
const findingFields = (f: ImportFinding) => ({
  text: f.text,
  themeIds: f.themeIds ?? [],
  sourceId: f.sourceId,
  pageRef: f.pageRef ?? null,
});

/** addFinding: the review's next finding, with its themes and source. */
export function addFinding(ctx: Context, input: AddFindingInput) {
  return curate(ctx, { name: 'addFinding', role: 'ANALYST', reason: input.reason }, async (tx) => {
    const review = await reviewFor(tx, input.reviewId, 'reviewId');
    const finding = checkRecord(
      findingSchema,
      present({
        text: input.text,
        themeIds: input.themeIds ? [...new Set(input.themeIds)] : null,
        sourceId: input.sourceId,
        pageRef: input.pageRef,
      }),
    );
    const findings = [...(review.record.findings ?? []), finding];
    const position = findings.length;
    await checkInFile(
      ctx,
      fileOf(review.record, { ...own(review.record), findings }),
      inReview(review.record, `findings[${position - 1}]`),
    );
    const id = findingId(input.reviewId, position);
    const synthetic = review.record.synthetic === true;
    await writeFinding(
      tx,
      {
        id,
        reviewId: input.reviewId,
        position,
        synthetic,
        version: review.findingVersionFloor + 1,
      },
      finding,
    );
    return {
      draft: {
        entityType: 'Finding',
        entityId: id,
        before: null,
        after: { reviewId: input.reviewId, position, ...findingFields(finding) },
      },
      result: { finding: await readFindingNode(tx, id) },
    };
  });
}

/** updateFinding: its text, themes, source or page, if it is still at `expectedVersion`. */
export function updateFinding(ctx: Context, input: UpdateFindingInput) {
  return curate(
    ctx,
    { name: 'updateFinding', role: 'ANALYST', reason: input.reason },
    async (tx) => {
      const stored = await readFinding(tx, input.id);
      if (!stored) throw badUserInput(`input.id: expected the id of a finding, got "${input.id}"`);
      if (stored.version !== input.expectedVersion) {
        throw conflict('Finding', input.id, input.expectedVersion, stored.version);
      }
      const old = findingFields(stored);
      const pick = <K extends keyof typeof old>(k: K) =>
        input[k] === undefined ? old[k] : input[k];
      const themeIds = pick('themeIds');
      const finding = checkRecord(
        findingSchema,
        present({
          text: pick('text'),
          themeIds: themeIds ? [...new Set(themeIds)] : null,
          sourceId: pick('sourceId'),
          pageRef: pick('pageRef'),
        }),
      );
      const review = await reviewFor(tx, stored.reviewId, 'id');
      const findings = [...(review.record.findings ?? [])];
      findings[stored.position - 1] = finding;
      await checkInFile(
        ctx,
        fileOf(review.record, { ...own(review.record), findings }),
        inReview(review.record, `findings[${stored.position - 1}]`),
      );
      await writeFinding(
        tx,
        { ...stored, version: stored.version + 1, synthetic: stored.synthetic === true },
        finding,
      );
      return {
        draft: {
          entityType: 'Finding',
          entityId: input.id,
          ...changedFields(old, findingFields(finding)),
        },
        result: { finding: await readFindingNode(tx, input.id) },
      };
    },
  );
}

/**
 * The review with its theme links, if it is still at `expectedVersion`: its links are part of
 * it, so a link edit checks and advances the review's version like `upsertReview`.
 */
async function reviewAt(tx: Parameters<typeof readReview>[0], id: string, expectedVersion: number) {
  const stored = await reviewFor(tx, id, 'reviewId');
  if (stored.version !== expectedVersion) {
    throw conflict('Review', id, expectedVersion, stored.version);
  }
  return stored;
}

/** A link as the trail records it: every field present, null when absent. */
const linkFields = (l: ImportThemeLink) => ({ sourceId: null, note: null, ...l });

/** The review's link to `themeId` with `evidence`, or BAD_USER_INPUT saying it has none. */
function linkOf(review: StoredReview, reviewId: string, themeId: string, evidence: string) {
  const link = (review.record.themes ?? []).find(
    (l) => l.themeId === themeId && l.evidence === evidence,
  );
  if (!link) {
    throw badUserInput(
      `input: expected a theme link of review ${reviewId}, got theme "${themeId}" with ${evidence}, which the review does not have`,
    );
  }
  return link;
}

/**
 * Checks the review's new list of links by the importer's rules (the problems of `changed`, the
 * position of the link being written), writes it and advances the review's version.
 */
async function writeLinks(
  ctx: Context,
  tx: Parameters<typeof readReview>[0],
  review: StoredReview,
  links: ImportThemeLink[],
  changed: number | null,
): Promise<ReviewRecord> {
  const id = review.record.id;
  if (changed != null) {
    await checkInFile(
      ctx,
      fileOf(review.record, { ...own(review.record), themes: links }),
      inReview(review.record, `themes[${changed}]`),
    );
  }
  await writeThemeLinks(tx, id, links);
  await setVersion(tx, Label.Review, id, review.version + 1);
  return readReviewNode(tx, id);
}

/** linkReviewTheme: a new link of a review to a theme, with its evidence, source and note. */
export function linkReviewTheme(ctx: Context, input: LinkReviewThemeInput) {
  return curate(
    ctx,
    { name: 'linkReviewTheme', role: 'ANALYST', reason: input.reason },
    async (tx) => {
      const review = await reviewAt(tx, input.reviewId, input.expectedVersion);
      const link = checkRecord(
        themeLinkSchema,
        present({
          themeId: input.themeId,
          evidence: input.evidence,
          sourceId: input.sourceId,
          note: input.note,
        }),
      );
      const links = [...(review.record.themes ?? []), link];
      const node = await writeLinks(ctx, tx, review, links, links.length - 1);
      return {
        draft: {
          entityType: 'Review',
          entityId: input.reviewId,
          before: { themeLink: null },
          after: { themeLink: linkFields(link) },
        },
        result: { review: node },
      };
    },
  );
}

/**
 * updateReviewThemeLink: the source or note of an existing link, changed in place (omitted keeps
 * a field, null removes it), checked by the importer's rules (a link other than a curator's
 * judgement needs its source).
 */
export function updateReviewThemeLink(ctx: Context, input: UpdateReviewThemeLinkInput) {
  return curate(
    ctx,
    { name: 'updateReviewThemeLink', role: 'ANALYST', reason: input.reason },
    async (tx) => {
      const review = await reviewAt(tx, input.reviewId, input.expectedVersion);
      const old = linkOf(review, input.reviewId, input.themeId, input.evidence);
      const pick = (k: 'sourceId' | 'note') => (input[k] === undefined ? old[k] : input[k]);
      const link = checkRecord(
        themeLinkSchema,
        present({
          themeId: old.themeId,
          evidence: old.evidence,
          sourceId: pick('sourceId'),
          note: pick('note'),
        }),
      );
      const links = [...(review.record.themes ?? [])];
      const at = links.indexOf(old);
      links[at] = link;
      const node = await writeLinks(ctx, tx, review, links, at);
      const { before, after } = changedFields(linkFields(old), linkFields(link));
      const key = { themeId: old.themeId, evidence: old.evidence };
      return {
        draft: {
          entityType: 'Review',
          entityId: input.reviewId,
          before: { themeLink: { ...key, ...before } },
          after: { themeLink: { ...key, ...after } },
        },
        result: { review: node },
      };
    },
  );
}

/** unlinkReviewTheme: removes the review's link to the theme with that evidence. */
export function unlinkReviewTheme(ctx: Context, input: UnlinkReviewThemeInput) {
  return curate(
    ctx,
    { name: 'unlinkReviewTheme', role: 'ANALYST', reason: input.reason },
    async (tx) => {
      const review = await reviewAt(tx, input.reviewId, input.expectedVersion);
      const gone = linkOf(review, input.reviewId, input.themeId, input.evidence);
      const links = (review.record.themes ?? []).filter((l) => l !== gone);
      const node = await writeLinks(ctx, tx, review, links, null);
      return {
        draft: {
          entityType: 'Review',
          entityId: input.reviewId,
          before: { themeLink: linkFields(gone) },
          after: { themeLink: null },
        },
        result: { review: node },
      };
    },
  );
}

/**
 * deleteReview (ADMIN): the review at `expectedVersion` goes with what it owns (children, sector
 * involvements, unlisted documents, findings, recommendations with their status history); the
 * records it links to stay. The Change's `before` is the review's whole import record, so an
 * import of it (in a file marked synthetic when the record is) puts the review back.
 */
export function deleteReview(ctx: Context, input: DeleteInput) {
  return curate(ctx, { name: 'deleteReview', role: 'ADMIN', reason: input.reason }, async (tx) => {
    await lockVersioned(tx, Label.Review, 'a review', input.id, input.expectedVersion);
    const record = await reviewRecord(tx, input.id);
    if (!record) throw new Error(`review ${input.id} vanished inside its own transaction`);
    await deleteReviewNodes(tx, input.id);
    return {
      draft: { entityType: 'Review', entityId: input.id, before: record, after: null },
      result: { deletedId: input.id },
    };
  });
}

/**
 * deleteFinding (ADMIN): the finding at `expectedVersion` goes with its links. A finding's id is
 * its place in its review (`<review>-finding-<n>`, as the import format numbers them), so each
 * later finding moves up one place and takes the id of the one before it, as an import of the
 * review without it would give. A moved finding's version becomes one more than the higher of
 * its own and that of the id's previous holder, so an edit sent with a version read before the
 * delete, under either id, is refused with CONFLICT instead of landing on another finding; and
 * a finding added later (which may take the last id) starts above every version the review's
 * findings had (`findingVersionFloor`). The Change's `before` holds the deleted finding and the
 * moves.
 */
export function deleteFinding(ctx: Context, input: DeleteInput) {
  return curate(ctx, { name: 'deleteFinding', role: 'ADMIN', reason: input.reason }, async (tx) => {
    const stored = await readFinding(tx, input.id);
    if (!stored) throw badUserInput(`input.id: expected the id of a finding, got "${input.id}"`);
    if (stored.version !== input.expectedVersion) {
      throw conflict('Finding', input.id, input.expectedVersion, stored.version);
    }
    const slots = await readFindingSlots(tx, stored.reviewId);
    const at = slots.findIndex((s) => s.id === input.id);
    const moves = slots.slice(at + 1).map((s, j) => {
      const previous = slots[at + j]!; // the slot whose id and position it takes
      return {
        from: s.id,
        to: previous.id,
        position: previous.position,
        version: Math.max(s.version, previous.version) + 1,
      };
    });
    const floor = Math.max(...slots.map((s) => s.version), ...moves.map((m) => m.version));
    await deleteFindingAndMove(tx, { id: input.id, reviewId: stored.reviewId, floor }, moves);
    return {
      draft: {
        entityType: 'Finding',
        entityId: input.id,
        before: {
          reviewId: stored.reviewId,
          position: stored.position,
          ...findingFields(stored),
          moved: moves.map(({ from, to }) => ({ from, to })),
        },
        after: null,
      },
      result: { deletedId: input.id },
    };
  });
}

/**
 * restoreReview (ADMIN): the review a `deleteReview` Change recorded, written back from that
 * Change's `before` (its whole import record) by the importer's own statements, in this
 * mutation's transaction. Refused, with nothing written, when the Change is not a review's
 * deletion, when a review with that id exists again, or when the record no longer passes the
 * importer's rules (a theme, agency or source it links to has gone since).
 */
export function restoreReview(ctx: Context, input: RestoreReviewInput) {
  return curate(ctx, { name: 'restoreReview', role: 'ADMIN', reason: input.reason }, async (tx) => {
    const change = await readChange(tx, input.changeId);
    if (!change || change.operation !== 'deleteReview' || change.before === null) {
      throw badUserInput(
        `input.changeId: expected the id of a deleteReview Change, got "${input.changeId}"${change ? ` (a ${change.operation} Change)` : ''}`,
      );
    }
    const record = JSON.parse(change.before) as ImportReview;
    if (await readReview(tx, record.id)) {
      throw badUserInput(
        `input.changeId: review ${record.id} exists again (restored or created since it was deleted); change it with upsertReview instead`,
      );
    }
    const file = {
      format: IMPORT_FORMAT_ID,
      ...(record.synthetic === true ? { synthetic: true } : {}),
      reviews: [record],
    };
    const checked = await validateForDatabase(ctx.db, file);
    if (!checked.ok) {
      throw badUserInput(
        `input.changeId: review ${record.id} cannot be put back as it was deleted: ${checked.errors
          .map((e) =>
            e.message
              .split('reviews[0].')
              .join('')
              .split(' in this file or in the database')
              .join(''),
          )
          .join('; ')}`,
      );
    }
    await writeValidatedFile(tx, checked.data);
    return {
      draft: {
        entityType: 'Review',
        entityId: record.id,
        before: null,
        after: { restoredFrom: change.id },
      },
      result: { review: await readReviewNode(tx, record.id) },
    };
  });
}
