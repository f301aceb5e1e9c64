// The auth domain: roles, API tokens, single sign-on, and the guard other modules call.
import type { Resolvers } from '../../generated/graphql';
import { viewer } from './resolvers/Query/viewer';

export { hasRole, parseRole, ROLES, type Role, type Viewer } from './auth.model';
export { authPlugin } from './auth.plugin';
export { Authenticator, forbidden, unauthenticated, type AuthConfig } from './authenticator';
export { requireRole } from './guard';

/** Resolvers of the auth domain. */
export const authResolvers: Resolvers = {
  Query: { viewer },
};
