// The dashboard's HTTP side: serves the built dashboard (dashboard/dist) at /dashboard/, nothing else.
import type { FastifyReply } from 'fastify';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { staticFiles, type RouteModule } from '../http/route-module';
import { projectRoot } from '../shared/project-root';

/** URL prefix of the dashboard. The page is `/dashboard/`; `/dashboard` redirects to it. */
export const DASHBOARD_PATH = '/dashboard/';

/** Where `npm run dashboard:build` (run by `npm start`) writes the dashboard. */
export const DASHBOARD_DIST = resolve(projectRoot(), 'dashboard', 'dist');

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Dashboard not built</title>
<body style="font-family: sans-serif; max-width: 40rem; margin: 3rem auto">
<h1>The dashboard is not built</h1>
<p>Run <code>npm run dashboard:build</code> (or start the service with <code>npm start</code>, which
builds it), then restart the service.</p>
<p>The API itself is at <a href="/graphql">/graphql</a>.</p></body></html>`;

/**
 * The dashboard's routes: its built files from `dist` (index.html for the folder, ETags, a short
 * cache); when `dist` has no build as the server starts, a 503 page saying how to build it.
 */
export function dashboardRoutes(dist: string = DASHBOARD_DIST): RouteModule {
  return async (app) => {
    if (existsSync(join(dist, 'index.html'))) {
      // `/dashboard?view` -> `/dashboard/?view`: a bookmark without the slash keeps its view.
      app.get('/dashboard', async (req, reply) => {
        const q = req.raw.url?.indexOf('?') ?? -1;
        return reply.redirect(
          `${DASHBOARD_PATH}${q >= 0 ? (req.raw.url ?? '').slice(q) : ''}`,
          301,
        );
      });
      await staticFiles(DASHBOARD_PATH, dist)(app);
      return;
    }
    const notBuilt = async (_req: unknown, reply: FastifyReply) =>
      reply.code(503).type('text/html; charset=utf-8').send(NOT_BUILT);
    app.get('/dashboard', notBuilt);
    app.get('/dashboard/*', notBuilt);
  };
}
