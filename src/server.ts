// createServer(): Apollo behind Node's HTTP server, with /health, /ready and the offline explorer.
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { createContext, type Context } from './context';
import type { Db } from './db/database';
import { explorerAssets, explorerHtml } from './explorer';
import { depthLimit } from './shared/depth-limit';
import { dbStatsPlugin, resolvers, typeDefs, userInputErrorsPlugin } from './modules';

export interface ServerOptions {
  db: Db;
  port: number;
  host?: string;
  /** Attach extensions.db = { queries, ms } to every response. */
  dbStats?: boolean;
  /** Serve the offline explorer on GET /graphql from a browser. */
  explorer?: boolean;
  /** Deepest field nesting an operation may have (default 10). */
  maxDepth?: number;
  /** Largest accepted request body in bytes. */
  maxBodyBytes?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting connections, drains in-flight requests, then stops Apollo. */
  stop(): Promise<void>;
}

const GRAPHQL_PATH = '/graphql';

/** Starts Apollo and the HTTP server. Pass port 0 for a free port (tests). */
export async function createServer(opts: ServerOptions): Promise<RunningServer> {
  const plugins: ApolloServerPlugin<Context>[] = [
    ApolloServerPluginLandingPageDisabled(),
    userInputErrorsPlugin(),
  ];
  if (opts.dbStats) plugins.push(dbStatsPlugin());
  const apollo = new ApolloServer<Context>({
    typeDefs,
    resolvers,
    plugins,
    validationRules: [depthLimit(opts.maxDepth ?? 10)],
    introspection: true,
    // src/index.ts owns shutdown: drain HTTP first, then stop Apollo, the driver and Neo4j.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();
  const assets = explorerAssets();
  const maxBody = opts.maxBodyBytes ?? 1_000_000;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/ready') {
      const up = await opts.db.ping();
      return sendJson(res, up ? 200 : 503, { status: up ? 'ready' : 'database unavailable' });
    }
    if (url.pathname.startsWith(`${GRAPHQL_PATH}/assets/`) && opts.explorer !== false) {
      const asset = assets[url.pathname.slice(GRAPHQL_PATH.length + '/assets/'.length)];
      if (!asset) return sendJson(res, 404, { error: 'not found' });
      res.writeHead(200, {
        'content-type': asset.contentType,
        'cache-control': 'public, max-age=3600',
      });
      createReadStream(asset.path).pipe(res);
      return;
    }
    if (url.pathname !== GRAPHQL_PATH)
      return sendJson(res, 404, { error: `no route ${url.pathname}` });
    if (
      req.method === 'GET' &&
      opts.explorer !== false &&
      !url.search &&
      (req.headers.accept ?? '').includes('text/html')
    ) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(explorerHtml(GRAPHQL_PATH));
      return;
    }
    const body = await readBody(req, maxBody);
    if (body === null) return sendJson(res, 413, { error: `request body over ${maxBody} bytes` });
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    }
    let parsed: unknown = undefined;
    if (body.length > 0 && (headers.get('content-type') ?? '').includes('application/json')) {
      try {
        parsed = JSON.parse(body);
      } catch (err) {
        return sendJson(res, 400, {
          errors: [
            {
              message: `Expected a JSON request body: ${(err as Error).message}`,
              extensions: { code: 'BAD_REQUEST' },
            },
          ],
        });
      }
    }
    const requestId = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method ?? 'GET',
        headers,
        search: url.search,
        body: parsed,
      },
      context: async () => createContext(opts.db, requestId),
    });
    for (const [k, v] of result.headers) res.setHeader(k, v);
    res.setHeader('x-request-id', requestId);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  };

  const http = createHttpServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: (err as Error).message });
      else res.end();
    });
  });
  http.keepAliveTimeout = 5_000;
  await new Promise<void>((r) => http.listen(opts.port, opts.host ?? '127.0.0.1', r));
  const port = (http.address() as AddressInfo).port;
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}${GRAPHQL_PATH}`,
    port,
    stop: async () => {
      const closed = new Promise<void>((r) => http.close(() => r()));
      http.closeIdleConnections();
      const drained = await Promise.race([
        closed.then(() => true),
        new Promise<boolean>((r) => setTimeout(() => r(false), 10_000).unref()),
      ]);
      if (!drained) http.closeAllConnections();
      await apollo.stop();
    },
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage, max: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
