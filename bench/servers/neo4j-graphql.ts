// Child process: an @neo4j/graphql server over the same database, counting the Cypher it runs.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver, Session } from 'neo4j-driver';
import { createDriver } from '../../src/db/connect';
import { serveParent } from '../child';
import { sampleRss } from './rss';

const rss = sampleRss();
const driver = createDriver(process.env.BENCH_NEO4J_URI ?? '', 'neo4j', 'neo4j');
/** Cypher statements run through any session of the driver, since start. */
let queries = 0;
let apollo: ApolloServer | undefined;

/** The driver @neo4j/graphql gets: every `run` on a session or transaction is counted. */
function countingDriver(inner: Driver): Driver {
  const countRuns = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(t, prop, recv) {
        const value = Reflect.get(t, prop, recv) as unknown;
        if (typeof value !== 'function') return value;
        if (prop === 'run') {
          return (...args: unknown[]) => {
            queries += 1;
            return (value as (...a: unknown[]) => unknown).apply(t, args);
          };
        }
        if (prop === 'executeRead' || prop === 'executeWrite') {
          return (work: (tx: object) => unknown, config?: unknown) =>
            (value as (w: unknown, c?: unknown) => unknown).call(
              t,
              (tx: object) => work(countRuns(tx)),
              config,
            );
        }
        return (value as (...a: unknown[]) => unknown).bind(t);
      },
    });
  return new Proxy(inner, {
    get(t, prop, recv) {
      const value = Reflect.get(t, prop, recv) as unknown;
      if (prop === 'session') {
        return (...args: unknown[]) =>
          countRuns((value as (...a: unknown[]) => Session).apply(t, args));
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
    },
  });
}

/** Adds `extensions.db.queries` (statements run during the request; exact at concurrency 1). */
const queryCountPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    const before = queries;
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        result.extensions = { ...result.extensions, db: { queries: queries - before } };
      },
    };
  },
};

serveParent(
  async () => {
    const typeDefs = readFileSync(join(__dirname, '..', 'neo4j-graphql', 'schema.graphql'), 'utf8');
    const schema = await new Neo4jGraphQL({ typeDefs, driver: countingDriver(driver) }).getSchema();
    apollo = new ApolloServer({ schema, plugins: [queryCountPlugin] });
    const { url } = await startStandaloneServer(apollo, { listen: { port: 0, host: '127.0.0.1' } });
    return { type: 'ready', url };
  },
  async (msg) => {
    if (msg.type === 'resetPeak') rss.reset();
    return { type: 'stats', peakRss: rss.peak(), overallPeakRss: rss.overall() };
  },
  async () => {
    await apollo?.stop();
    await driver.close();
  },
);
