// Field resolvers of the small sourced types (involvements, unlisted documents, older reviews, stated themes).
import type {
  InvolvementResolvers,
  OlderReviewsResolvers,
  PartnershipThemeResolvers,
  UnlistedDocumentResolvers,
} from '../../../generated/graphql';
import type { Context } from '../../../context';

const source = (x: { sourceId: string | null }, _a: unknown, ctx: Context) =>
  x.sourceId ? ctx.loaders.sourceById.load(x.sourceId) : null;

/** Resolvers of the `Involvement` type. */
export const Involvement: InvolvementResolvers = {
  agency: (x, _a, ctx) => (x.agencyId ? ctx.loaders.agencyById.load(x.agencyId) : null),
  source,
};

/** Resolvers of the `UnlistedDocument` type. */
export const UnlistedDocument: UnlistedDocumentResolvers = { source };

/** Resolvers of the `OlderReviews` type. */
export const OlderReviews: OlderReviewsResolvers = { source };

/** Resolvers of the `PartnershipTheme` type. */
export const PartnershipTheme: PartnershipThemeResolvers = { source };
