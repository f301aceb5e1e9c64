// Document field resolvers: its themes and reviews through per-request loaders.
import type { DocumentResolvers } from '../../../generated/graphql';
import { pageSize } from '../../../shared/validation';

/** Resolvers of the `Document` type. */
export const Document: DocumentResolvers = {
  synthetic: (d) => d.synthetic === true,
  themes: (d, _a, ctx) => ctx.loaders.themesByDocumentId.load(d.id),
  reviews: (d, { first }, ctx) => ctx.loaders.reviewsByDocumentId(pageSize(first)).load(d.id),
};
