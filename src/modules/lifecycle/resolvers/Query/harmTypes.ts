// Query.harmTypes: the harm categories with their sources' wording and the sources.
import type { QueryResolvers } from '../../../../generated/graphql';
import { HARM_TYPES } from '../../harm-types';

/** Resolves `Query.harmTypes` from the fixed table (no database query). */
export const harmTypes: NonNullable<QueryResolvers['harmTypes']> = () => [...HARM_TYPES];
