// The one way to report a bad argument: a GraphQLError with extensions.code BAD_USER_INPUT.
import { GraphQLError } from 'graphql';

/** A BAD_USER_INPUT error; `message` should say what was expected and what arrived. */
export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}
