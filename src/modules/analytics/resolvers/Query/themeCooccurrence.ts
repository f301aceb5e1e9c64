// Query.themeCooccurrence: pairs of themes raised together by at least minReviews reviews.
import type { QueryResolvers } from '../../../../generated/graphql';
import { badUserInput } from '../../../../shared/errors';
import { minCount } from '../../../../shared/validation';
import { themeCooccurrence as answer } from '../../analytics.service';

/** Most theme ids `themeIds` may hold: 30 themes make at most 435 pairs (the cost limit assumes 500). */
export const MAX_PAIR_THEMES = 30;

/** Validates `themeIds`: at most MAX_PAIR_THEMES ids, duplicates dropped; null when omitted. */
function pairThemes(ids: readonly string[] | null | undefined): string[] | null {
  if (ids == null) return null;
  const distinct = [...new Set(ids)];
  if (distinct.length > MAX_PAIR_THEMES) {
    throw badUserInput(
      `themeIds: expected at most ${MAX_PAIR_THEMES} theme ids, got ${distinct.length}`,
    );
  }
  return distinct;
}

/** Resolves `Query.themeCooccurrence` from the index or in one query. */
export const themeCooccurrence: NonNullable<QueryResolvers['themeCooccurrence']> = (
  _parent,
  args,
  ctx,
) =>
  answer(
    ctx,
    minCount('minReviews', args.minReviews, 2),
    args.themeId ?? null,
    pairThemes(args.themeIds),
    args.filter,
    args.evidence,
  );
