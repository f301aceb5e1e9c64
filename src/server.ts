// createServer(): Apollo on Fastify, with /health, /ready, the offline explorer and route modules.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { basename, dirname } from 'node:path';
import { createContext, type Context } from './context';
import type { Db } from './db/database';
import { dashboardRoutes } from './dashboard';
import { explorerAssets, explorerHtml } from './explorer';
import { AnalyticsIndexKeeper, analyticsWritesPlugin } from './modules/analytics';
import { httpErrorHandler, notFoundHandler } from './http/errors';
import { errorReportingPlugin, formatError } from './http/graphql-errors';
import { logAndMeasure, operationReportPlugin, rememberContext } from './http/observe';
import { requestIdFrom } from './http/request-id';
import type { RouteModule } from './http/route-module';
import { compiledExecutionGateway } from './http/compiled-executor';
import { depthLimit } from './shared/depth-limit';
import { logger as defaultLogger, type Logger } from './shared/logger';
import type { AuthSettings } from './config';
import {
  Authenticator,
  authPlugin,
  costLimitPlugin,
  dbStatsPlugin,
  resolvers,
  typeDefs,
  userInputErrorsPlugin,
} from './modules';
import { registry } from './shared/metrics';

export type { RouteModule } from './http/route-module';

/**
 * Routes beyond the API that every server registers, each in its own Fastify scope (see
 * src/http/route-module.ts). To serve a new path, write a small module exporting a RouteModule
 * (e.g. `staticFiles('/dashboard/', dir)`) and add it here.
 */
const ROUTE_MODULES: RouteModule[] = [dashboardRoutes()];

export interface ServerOptions {
  db: Db;
  port: number;
  host?: string;
  /** Attach extensions.db = { queries, ms } to every response. */
  dbStats?: boolean;
  /** Serve the offline explorer on GET /graphql from a browser (default true). */
  explorer?: boolean;
  /** Answer introspection queries (default true; off in production unless GRAPHQL_INTROSPECTION). */
  introspection?: boolean;
  /** Deepest field nesting an operation may have (default 10). */
  maxDepth?: number;
  /** Deadline of each GraphQL request in ms (none by default; src/index.ts passes GRAPHQL_TIMEOUT_MS): past it, TIMEOUT. */
  timeoutMs?: number;
  /** Most rows an operation may be estimated to fetch (default 100,000). */
  maxCost?: number;
  /** Largest accepted request body in bytes (default 1,000,000); larger ones get 413. */
  maxBodyBytes?: number;
  /** Route modules registered after ROUTE_MODULES (tests use this to add routes). */
  routes?: RouteModule[];
  /** Where request and error logs go (default: the process logger). */
  logger?: Logger;
  /** Who may read and write (default: open reads, API tokens only). */
  auth?: AuthSettings;
  /**
   * The in-process analytics index (default on, refreshed every 1000 ms): built before the server
   * listens, kept in step by data version. `false`: analytics answer from Cypher only.
   */
  analyticsIndex?: false | { refreshMs: number };
}

export interface RunningServer {
  url: string;
  port: number;
  /** The analytics index keeper, or null with `analyticsIndex: false`. */
  analytics: AnalyticsIndexKeeper | null;
  /** Stops accepting connections, drains in-flight requests (10 s at most), then stops Apollo. */
  stop(): Promise<void>;
}

const GRAPHQL_PATH = '/graphql';

/** Starts Apollo and the HTTP server. Pass port 0 for a free port (tests). */
export async function createServer(opts: ServerOptions): Promise<RunningServer> {
  const log: FastifyBaseLogger = opts.logger ?? defaultLogger;
  const plugins: ApolloServerPlugin<Context>[] = [
    ApolloServerPluginLandingPageDisabled(),
    // No field sets cache hints, so Apollo's cache-control plugin could only ever say `no-store`;
    // it wraps every resolver to collect hints, a tenth of the CPU of a 350-row analytics answer.
    // noStorePlugin says `no-store` without that cost.
    ApolloServerPluginCacheControlDisabled(),
    noStorePlugin(),
    userInputErrorsPlugin(),
    authPlugin(new Authenticator(opts.auth ?? { reads: 'open' })),
    errorReportingPlugin(opts.logger ?? defaultLogger),
    operationReportPlugin(),
    costLimitPlugin(opts.maxCost),
    analyticsWritesPlugin(),
  ];
  if (opts.dbStats) plugins.push(dbStatsPlugin());
  const apollo = new ApolloServer<Context>({
    // Queries run compiled (src/http/compiled-executor.ts, ADR 0016); Apollo takes an executor of
    // one's own only in a gateway's shape.
    gateway: compiledExecutionGateway(makeExecutableSchema({ typeDefs, resolvers })),
    plugins,
    validationRules: [depthLimit(opts.maxDepth ?? 10)],
    introspection: opts.introspection !== false,
    // src/index.ts owns shutdown: drain HTTP first, then stop Apollo, the driver and Neo4j.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError,
  });
  await apollo.start();

  const analytics =
    opts.analyticsIndex === false
      ? null
      : new AnalyticsIndexKeeper(opts.db, {
          refreshMs: opts.analyticsIndex?.refreshMs ?? 1000,
          timeoutMs: opts.timeoutMs,
          log: (line) => log.info(line),
        });
  await analytics?.start();
  const app = Fastify({
    loggerInstance: log,
    // One log line per request (below) instead of Fastify's two.
    logController: new LogController({
      disableRequestLogging: true,
      requestIdLogLabel: 'requestId',
    }),
    genReqId: (req) => requestIdFrom(req.headers['x-request-id']),
    bodyLimit: opts.maxBodyBytes ?? 1_000_000,
    keepAliveTimeout: 5_000,
  });
  app.setErrorHandler(httpErrorHandler);
  app.setNotFoundHandler(notFoundHandler);
  app.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', logAndMeasure);

  app.get('/health', async () => ({ status: 'ok' }));
  app.get('/ready', async (_request, reply) => {
    const up = await opts.db.ping();
    return reply.code(up ? 200 : 503).send({ status: up ? 'ready' : 'database unavailable' });
  });
  app.get('/metrics', async (_request, reply) =>
    reply.type(registry.contentType).send(await registry.metrics()),
  );

  const graphql = fastifyApolloHandler<Context>(apollo, {
    context: async (request) =>
      rememberContext(
        request,
        createContext(
          opts.db,
          request.id,
          { authorization: request.headers.authorization, address: request.ip },
          { timeoutMs: opts.timeoutMs, analytics },
        ),
      ),
  });
  const explorer = opts.explorer !== false;
  const page = explorer ? explorerHtml(GRAPHQL_PATH) : '';
  app.route({
    method: ['GET', 'POST', 'OPTIONS'],
    url: GRAPHQL_PATH,
    // A browser's plain GET gets the explorer page; everything else goes to Apollo.
    preHandler: async (request, reply) => {
      const wantsPage =
        explorer &&
        request.method === 'GET' &&
        !request.url.includes('?') &&
        (request.headers.accept ?? '').includes('text/html');
      if (wantsPage) return reply.type('text/html; charset=utf-8').send(page);
    },
    handler: graphql,
  });
  if (explorer) await app.register(explorerAssetRoutes);

  for (const module of [...ROUTE_MODULES, ...(opts.routes ?? [])]) await app.register(module);

  await app.listen({ port: opts.port, host: opts.host ?? '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}${GRAPHQL_PATH}`,
    port,
    analytics,
    stop: async () => {
      const timer = setTimeout(() => app.server.closeAllConnections(), 10_000);
      try {
        await app.close();
      } finally {
        clearTimeout(timer);
      }
      await apollo.stop();
    },
  };
}

/** The explorer's files (GraphiQL, React) from node_modules at /graphql/assets/<name>. */
async function explorerAssetRoutes(app: FastifyInstance): Promise<void> {
  const assets = explorerAssets();
  // Only for reply.sendFile (etag, ranges, content type); the routes below choose the files.
  await app.register(fastifyStatic, { root: process.cwd(), serve: false, cacheControl: false });
  app.get<{ Params: { name: string } }>(`${GRAPHQL_PATH}/assets/:name`, (request, reply) => {
    const asset = assets[request.params.name];
    if (!asset) return notFoundHandler(request, reply);
    return reply
      .header('cache-control', 'public, max-age=3600')
      .type(asset.contentType)
      .sendFile(basename(asset.path), dirname(asset.path));
  });
}

/**
 * Marks every GraphQL response `cache-control: no-store`: answers depend on the caller's role and
 * on data that curation changes, so no shared cache may keep them.
 */
function noStorePlugin(): ApolloServerPlugin<Context> {
  const listener = {
    async willSendResponse({ response }: { response: { http: { headers: Map<string, string> } } }) {
      if (!response.http.headers.has('cache-control'))
        response.http.headers.set('cache-control', 'no-store');
    },
  };
  return { requestDidStart: async () => listener };
}
