// The importer's write statements that curation reuses, so a record written through the API is
// stored exactly as the importer stores it.
import type { Tx } from '../../db/database';
import { Label, Rel } from '../../db/schema';
import {
  replaceKeyedLinks,
  replaceLinks,
  replaceOwned,
  upsertReviews,
  type Statement,
} from '../import';

/** The statements, by what they write. */
export const IMPORT_STATEMENTS = {
  reviews: upsertReviews,
  reviewSources: replaceLinks(Label.Review, Rel.SOURCED_FROM, Label.Source),
  reviewThemes: replaceKeyedLinks(Label.Review, Rel.RAISES, Label.Theme, 'evidence'),
  findingThemes: replaceLinks(Label.Finding, Rel.ABOUT, Label.Theme),
  findingSources: replaceLinks(Label.Finding, Rel.SOURCED_FROM, Label.Source),
  themeMappings: replaceLinks(Label.Theme, Rel.MAPS_TO, Label.TaxonomyCategory),
  recommendationAgencies: replaceLinks(Label.Recommendation, Rel.ADDRESSED_TO, Label.Agency),
  recommendationThemes: replaceLinks(Label.Recommendation, Rel.ADDRESSES, Label.Theme),
  recommendationSources: replaceLinks(Label.Recommendation, Rel.SOURCED_FROM, Label.Source),
  ownerAgency: replaceLinks(Label.Recommendation, Rel.OWNED_BY, Label.Agency),
  ownerPartnership: replaceLinks(Label.Recommendation, Rel.OWNED_BY, Label.Partnership),
  statusChanges: replaceOwned(Rel.HAS_STATUS_CHANGE, Label.StatusChange, Label.Recommendation),
  statusChangeSources: replaceLinks(Label.StatusChange, Rel.SOURCED_FROM, Label.Source),
} as const;

/** Runs one of the importer's statements on `rows` inside the transaction. */
export async function runStatement<R extends object>(
  tx: Tx,
  statement: Statement<R>,
  rows: readonly R[],
): Promise<void> {
  await tx.run(`curation.${statement.name}`, statement.cypher, { rows });
}
