// Route modules: how a feature adds its own HTTP routes or static files to the server.
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * A module of extra routes. `createServer` registers each one with `app.register(module)`, so it
 * runs in its own encapsulated Fastify scope: its hooks, decorators and plugins (including its
 * own `@fastify/static`) stay inside it. Routes are absolute paths (`/dashboard/...`); the
 * server's request id, body limit, error handler (no internal detail in a 5xx) and request log
 * apply to them as to every route.
 */
export type RouteModule = (app: FastifyInstance) => Promise<void>;

/**
 * A RouteModule serving the files under `root` at `prefix` (e.g. `'/dashboard/'`), with
 * `index.html` for the directory itself, ETags and `cache-control: public, max-age=<maxAgeS>`.
 * A request for `prefix` without its trailing slash is redirected to it.
 */
export function staticFiles(prefix: string, root: string, maxAgeS = 300): RouteModule {
  const withSlash = prefix.endsWith('/') ? prefix : `${prefix}/`;
  return async (app) => {
    await app.register(fastifyStatic, {
      root,
      prefix: withSlash,
      index: 'index.html',
      redirect: true,
      maxAge: maxAgeS * 1000,
    });
  };
}
