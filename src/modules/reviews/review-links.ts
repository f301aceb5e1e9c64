// Lookahead prefetch of a review's linked lists: what the query selects, and priming the loaders.
import type { GraphQLResolveInfo } from 'graphql';
import { selectedFields } from '../../shared/lookahead';
import type { Loaders } from '../loaders';
import type { ReviewLinkSelection, ReviewLinksRecord, ReviewRecord } from './reviews.model';

type Info = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>;

/**
 * The linked lists selected on the Review objects found under each of `paths` (from the current
 * field): Review's own relation fields, and a recommendation's `addressedTo` and `themes`.
 * Anything deeper is left to the per-request loaders.
 */
export function reviewLinkSelection(
  info: Info,
  paths: readonly (readonly string[])[] = [[]],
): ReviewLinkSelection {
  const sel: ReviewLinkSelection = {};
  for (const path of paths) {
    const f = selectedFields(info, path);
    sel.partnership ||= f.has('partnership');
    sel.children ||= f.has('children');
    sel.documents ||= f.has('documents');
    sel.themes ||= f.has('themes');
    sel.agencies ||= f.has('agencies');
    sel.sources ||= f.has('sources');
    if (f.has('recommendations')) {
      const rec = selectedFields(info, [...path, 'recommendations']);
      sel.recommendations = true;
      sel.recommendationAgencies ||= rec.has('addressedTo');
      sel.recommendationThemes ||= rec.has('themes');
    }
  }
  return sel;
}

/** True when at least one linked list is selected. */
export function anyLinks(sel: ReviewLinkSelection): boolean {
  return Object.values(sel).some(Boolean);
}

/**
 * Primes the per-request loaders with a review and the lists fetched with it, so the field
 * resolvers answer from the cache (a key already loaded keeps its value).
 */
export function primeReviewLinks(
  loaders: Loaders,
  review: ReviewRecord,
  links: ReviewLinksRecord,
): void {
  const id = review.id;
  loaders.reviewById.prime(id, review);
  if (links.partnership !== undefined) loaders.partnershipByReviewId.prime(id, links.partnership);
  if (links.children) loaders.childrenByReviewId.prime(id, links.children);
  if (links.documents) loaders.documentsByReviewId.prime(id, links.documents);
  if (links.themes) loaders.themesByReviewId.prime(id, links.themes);
  if (links.agencies) loaders.agenciesByReviewId.prime(id, links.agencies);
  if (links.sources) loaders.sourcesByReviewId.prime(id, links.sources);
  if (links.recommendations) {
    const recs = links.recommendations.map(({ addressedTo, themes, ...rec }) => {
      if (addressedTo) loaders.agenciesByRecommendationId.prime(rec.id, addressedTo);
      if (themes) loaders.themesByRecommendationId.prime(rec.id, themes);
      loaders.recommendationById.prime(rec.id, rec);
      return rec;
    });
    loaders.recommendationsByReviewId.prime(id, recs);
  }
}
