// Apollo plugin: after a mutation through this process, the analytics index checks the data version
// on its next use, so the writer's own next question already sees its write.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../context';

/**
 * Calls `analytics.noteWrite()` once a mutation operation has finished (its transactions have
 * committed or rolled back) and before its response is sent. A rolled-back mutation costs one
 * version check and nothing else.
 */
export function analyticsWritesPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, contextValue }) {
          if (operation?.operation === 'mutation') contextValue.analytics?.noteWrite();
        },
      };
    },
  };
}
