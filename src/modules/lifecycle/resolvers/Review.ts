// Review's lifecycle fields: the incident, the rapid review and the timeliness, from the review's own properties.
import type { ReviewResolvers } from '../../../generated/graphql';
import { timelinessOf } from '../timeliness';

/** Resolvers of the lifecycle fields of `Review` (the dates themselves are plain properties). */
export const Review: ReviewResolvers = {
  incident: (r) => {
    const harmTypes = r.incidentHarmTypes ?? [];
    if (!r.incidentMonth && !r.incidentOutcome && !r.incidentAgeBand && !harmTypes.length) {
      return null;
    }
    return {
      month: r.incidentMonth ?? null,
      outcome: r.incidentOutcome ?? null,
      harmTypes: harmTypes,
      ageBand: r.incidentAgeBand ?? null,
    };
  },
  rapidReview: (r) =>
    r.rapidReviewHeldOn || r.rapidReviewDecision
      ? {
          heldOn: r.rapidReviewHeldOn ?? null,
          decision: r.rapidReviewDecision ?? null,
        }
      : null,
  timeliness: (r) => timelinessOf(r),
};
