// GraphQL Code Generator config: resolver types from schema/*.graphql, mapped to the storage models,
// and the dashboard's typed documents (client preset) checked against the same schema.
import type { CodegenConfig } from '@graphql-codegen/cli';

const models = '../modules';

/** Codegen config; `npm run codegen` writes src/generated/graphql.ts (committed, never hand-edited). */
const config: CodegenConfig = {
  overwrite: true,
  schema: 'schema/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context#Context',
        useTypeImports: true,
        enumsAsTypes: true,
        useIndexSignature: false,
        mappers: {
          Review: `${models}/reviews/reviews.model#ReviewRecord`,
          Child: `${models}/reviews/reviews.model#ChildRecord`,
          Document: `${models}/reviews/reviews.model#DocumentRecord`,
          Partnership: `${models}/reviews/reviews.model#PartnershipRecord`,
          SourceCitation: `${models}/reviews/reviews.model#SourceCitationRecord`,
          TimelinessGroup: `${models}/lifecycle/lifecycle.model#TimelinessGroupRecord`,
          HarmTypeInfo: `${models}/lifecycle/lifecycle.model#HarmTypeInfoRecord`,
          Finding: `${models}/findings/findings.model#FindingRecord`,
          Theme: `${models}/themes/themes.model#ThemeRecord`,
          ReviewThemeLink: `${models}/themes/themes.model#ReviewThemeLinkRecord`,
          PartnershipTheme: `${models}/themes/themes.model#PartnershipThemeRecord`,
          Source: `${models}/reviews/reviews.model#SourceRecord`,
          UnlistedDocument: `${models}/reviews/reviews.model#UnlistedDocumentRecord`,
          Involvement: `${models}/reviews/reviews.model#InvolvementRecord`,
          OlderReviews: `${models}/reviews/reviews.model#OlderReviewsRecord`,
          Taxonomy: `${models}/taxonomies/taxonomies.model#TaxonomyRecord`,
          TaxonomyCategory: `${models}/taxonomies/taxonomies.model#TaxonomyCategoryRecord`,
          ThemeMapping: `${models}/taxonomies/taxonomies.model#ThemeMappingRecord`,
          CategoryRecurrence: `${models}/taxonomies/taxonomies.model#CategoryRecurrenceRecord`,
          Agency: `${models}/agencies/agencies.model#AgencyRecord`,
          Recommendation: `${models}/recommendations/recommendations.model#RecommendationRecord`,
          RecommendationStatusChange: `${models}/recommendations/recommendations.model#StatusChangeRecord`,
          RecommendationOwner: `${models}/recommendations/recommendations.model#RecommendationOwnerRecord`,
          RecommendationFollowUp: `${models}/recommendations/recommendations.model#RecommendationFollowUpRecord`,
          ThemeRecurrence: `${models}/analytics/analytics.model#ThemeRecurrenceRecord`,
          ThemePair: `${models}/analytics/analytics.model#ThemePairRecord`,
          ThemeTrendPoint: `${models}/analytics/analytics.model#ThemeTrendPointRecord`,
          SimilarReview: `${models}/analytics/analytics.model#SimilarReviewRecord`,
          Curriculum: `${models}/curriculum/curriculum.model#CurriculumRecord`,
          CurriculumModule: `${models}/curriculum/curriculum.model#CurriculumModuleRecord`,
          SearchHit: `${models}/search/search.model#SearchHitRecord`,
          Change: `${models}/audit/audit.model#ChangeRecord`,
        },
      },
    },
    // The dashboard is a client of the public API: its operations are validated and typed here,
    // so a schema change that breaks the dashboard fails codegen and the typecheck.
    'dashboard/src/gql/': {
      preset: 'client',
      documents: ['dashboard/src/**/*.ts', '!dashboard/src/gql/**'],
      presetConfig: { fragmentMasking: false },
      config: { documentMode: 'string', enumsAsTypes: true, useTypeImports: true },
    },
  },
};

export default config;
