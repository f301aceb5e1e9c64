// Apollo plugin: authenticates each operation before it runs, and enforces AUTH_READS=token.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../context';
import { unauthenticated, type Authenticator } from './authenticator';

/**
 * Sets `ctx.viewer` from the request's `Authorization` header once the operation is known and
 * before any resolver runs. With reads closed, an anonymous operation is refused here.
 */
export function authPlugin(auth: Authenticator): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue: ctx }) {
          ctx.viewer = await auth.authenticate(ctx.db, ctx.authorization, ctx.address ?? 'unknown');
          if (!ctx.viewer && !auth.readsOpen) {
            throw unauthenticated(
              'This API needs a credential for every request (AUTH_READS=token): send "Authorization: Bearer <token>".',
            );
          }
        },
      };
    },
  };
}
