// Curating recommendations: adding one (its status as the first entry of its history), recording
// a status, deleting one; each checked by the importer's rules, then one curate() transaction.
import type { Context } from '../../context';
import { Label } from '../../db/schema';
import type {
  AddRecommendationInput,
  DeleteInput,
  RecordRecommendationStatusInput,
} from '../../generated/graphql';
import { badUserInput } from '../../shared/errors';
import {
  recommendationRow,
  recommendationSchema,
  statusChangeSchema,
  type ImportRecommendation,
  type ImportReview,
} from '../import';
import { curate, lockVersioned } from './curate';
import { checkInFile, checkRecord, present, type Renames } from './import-rules';
import {
  createRecommendation,
  deleteRecommendationNode,
  nextRecommendationNumber,
  readRecommendation,
  readRecommendationNode,
  setRecommendationStatus,
  writeStatusHistory,
} from './recommendations.repository';
import { readReview } from './reviews.repository';

/** The input fields the recommendation's record takes its first status entry and source from. */
const ADD_RENAMES: Renames = [
  ['input.statusHistory[0].status', 'input.status'],
  ['input.statusHistory[0].on', 'input.statusOn'],
  ['input.statusHistory[0].sourceId', 'input.sourceId'],
  ['input.sources[0].sourceId', 'input.sourceId'],
];

/** The one-review file that checks a recommendation of review `r`: synthetic exactly when it is. */
function fileWith(r: ImportReview, q: ImportRecommendation) {
  const { themes: _t, findings: _f, recommendations: _r, ...review } = r;
  return {
    synthetic: r.synthetic === true,
    reviews: [{ ...review, recommendations: [q] }],
  };
}

/** The review a recommendation belongs to, as its import record; BAD_USER_INPUT naming `field`. */
async function reviewRecord(tx: Parameters<typeof readReview>[0], id: string, field: string) {
  const review = await readReview(tx, id);
  if (!review) throw badUserInput(`input.${field}: expected the id of a review, got "${id}"`);
  return review.record;
}

/**
 * addRecommendation: the review's next number, addressees, themes, owner, target and source; a
 * status given with its date becomes the first entry of its status history.
 */
export function addRecommendation(ctx: Context, input: AddRecommendationInput) {
  return curate(
    ctx,
    { name: 'addRecommendation', role: 'ANALYST', reason: input.reason },
    async (tx) => {
      // NOT_KNOWN (no source reports a status) is what a recommendation without one holds: it
      // has no date and no history entry. Any other status is reported, with its date.
      const notKnown = input.status === 'NOT_KNOWN';
      if (notKnown && input.statusOn != null) {
        throw badUserInput(
          `input.statusOn: expected no date with status NOT_KNOWN (no source reports a status, so none took effect), got "${input.statusOn}"`,
        );
      }
      if (!notKnown && (input.status == null) !== (input.statusOn == null)) {
        throw badUserInput(
          input.status == null
            ? `input.status: expected the status that took effect on "${input.statusOn}", got nothing`
            : `input.statusOn: expected the date status ${input.status} took effect (YYYY, YYYY-MM or YYYY-MM-DD), got nothing`,
        );
      }
      const review = await reviewRecord(tx, input.reviewId, 'reviewId');
      const number = await nextRecommendationNumber(tx, input.reviewId);
      const q = checkRecord(
        recommendationSchema,
        present({
          number,
          text: input.text,
          status: notKnown ? input.status : null,
          statusHistory:
            input.status && input.statusOn
              ? [{ status: input.status, on: input.statusOn, sourceId: input.sourceId }]
              : null,
          ownerAgencyId: input.ownerAgencyId,
          ownerPartnershipId: input.ownerPartnershipId,
          targetDate: input.targetDate,
          agencyIds: [...new Set(input.agencyIds ?? [])],
          themeIds: [...new Set(input.themeIds ?? [])],
          synthetic: review.synthetic === true ? true : null,
          sources: [{ sourceId: input.sourceId }],
        }),
        ADD_RENAMES,
      );
      await checkInFile(ctx, fileWith(review, q), {
        at: 'reviews[0].recommendations[0]',
        around: { path: 'reviews[0]', name: `review ${input.reviewId}` },
        renames: ADD_RENAMES,
      });
      const row = recommendationRow(input.reviewId, q);
      await createRecommendation(tx, input.reviewId, row, q);
      const { number: _n, synthetic: _s, sources: _src, ...fields } = q;
      return {
        draft: {
          entityType: 'Recommendation',
          entityId: row.id,
          before: null,
          after: { reviewId: input.reviewId, number, ...fields, sourceId: input.sourceId },
        },
        result: { recommendation: await readRecommendationNode(tx, row.id) },
      };
    },
  );
}

/**
 * recordRecommendationStatus: appends an entry to the recommendation's status history, checked
 * with the whole history by the importer's rules (date order; a closed status last unless
 * reopened), and makes it the recommendation's status.
 */
export function recordRecommendationStatus(ctx: Context, input: RecordRecommendationStatusInput) {
  return curate(
    ctx,
    { name: 'recordRecommendationStatus', role: 'ANALYST', reason: input.reason },
    async (tx) => {
      const id = input.recommendationId;
      const stored = await readRecommendation(tx, id);
      if (!stored) {
        throw badUserInput(
          `input.recommendationId: expected the id of a recommendation, got "${id}"`,
        );
      }
      await lockVersioned(tx, Label.Recommendation, 'a recommendation', id, input.expectedVersion);
      if (input.status === 'NOT_KNOWN') {
        throw badUserInput(
          'input.status: expected a status a source reports (OPEN, IN_PROGRESS, COMPLETED, NOT_ACCEPTED or SUPERSEDED), got NOT_KNOWN, which says that none does: a status history holds reported statuses only',
        );
      }
      const entry = checkRecord(
        statusChangeSchema,
        present({ status: input.status, on: input.on, sourceId: input.sourceId, note: input.note }),
      );
      const { status: _bare, ...rest } = stored.record;
      const history = [...(stored.record.statusHistory ?? []), entry];
      const q: ImportRecommendation = { ...rest, statusHistory: history };
      const review = await reviewRecord(tx, stored.reviewId, 'recommendationId');
      await checkInFile(ctx, fileWith(review, q), {
        at: `reviews[0].recommendations[0].statusHistory[${history.length - 1}]`,
        around: { path: 'reviews[0].recommendations[0]', name: `recommendation ${id}` },
      });
      await writeStatusHistory(tx, id, q);
      const { status, statusUpdatedOn } = recommendationRow(stored.reviewId, q).props;
      await setRecommendationStatus(tx, id, {
        status,
        statusUpdatedOn,
        version: stored.version + 1,
      });
      const last = stored.record.statusHistory?.at(-1);
      return {
        draft: {
          entityType: 'Recommendation',
          entityId: id,
          before: {
            status: last?.status ?? stored.record.status ?? null,
            statusUpdatedOn: last?.on ?? null,
          },
          after: {
            status,
            statusUpdatedOn,
            statusChange: { sourceId: null, note: null, ...entry },
          },
        },
        result: { recommendation: await readRecommendationNode(tx, id) },
      };
    },
  );
}

/**
 * deleteRecommendation: the recommendation, its status history and links go; the review and the
 * trail stay. The Change's `before` is the review's id with the recommendation's whole import
 * record (text, status history with sources, addressees, themes, owner, target, sources).
 */
export function deleteRecommendation(ctx: Context, input: DeleteInput) {
  return curate(
    ctx,
    { name: 'deleteRecommendation', role: 'ADMIN', reason: input.reason },
    async (tx) => {
      await lockVersioned(
        tx,
        Label.Recommendation,
        'a recommendation',
        input.id,
        input.expectedVersion,
      );
      const stored = await readRecommendation(tx, input.id);
      if (!stored)
        throw new Error(`recommendation ${input.id} vanished inside its own transaction`);
      await deleteRecommendationNode(tx, input.id);
      return {
        draft: {
          entityType: 'Recommendation',
          entityId: input.id,
          before: { reviewId: stored.reviewId, ...stored.record },
          after: null,
        },
        result: { deletedId: input.id },
      };
    },
  );
}
