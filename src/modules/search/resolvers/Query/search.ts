// Query.search: full-text search; blank input is BAD_USER_INPUT, Lucene syntax is escaped.
import type { QueryResolvers } from '../../../../generated/graphql';
import { badUserInput } from '../../../../shared/errors';
import { escapeLucene } from '../../../../shared/lucene';
import { pageSize } from '../../../../shared/validation';
import { searchFullText } from '../../search.repository';

/** Resolves `Query.search` in one query. */
export const search: NonNullable<QueryResolvers['search']> = (_parent, args, ctx) => {
  const first = pageSize(args.first, 20);
  if (args.query.trim() === '') {
    throw badUserInput(`query: expected at least one word to search for, got "${args.query}"`);
  }
  return searchFullText(ctx.db, escapeLucene(args.query), first);
};
