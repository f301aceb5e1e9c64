// The offline query explorer: a GraphiQL page and its assets, all served from node_modules.
import { dirname, join } from 'node:path';
import { EXAMPLE_TABS } from './examples';

/** One static file the explorer page loads: where it is on disk and its content type. */
export interface ExplorerAsset {
  path: string;
  contentType: string;
}

/**
 * The files the explorer page loads, by URL file name (served at `<endpoint>/assets/<name>`):
 * GraphiQL 3's UMD bundle and stylesheet and React 18's UMD builds. No CDN is involved.
 */
export function explorerAssets(): Record<string, ExplorerAsset> {
  const graphiqlDist = dirname(require.resolve('graphiql'));
  const react = dirname(require.resolve('react/package.json'));
  const reactDom = dirname(require.resolve('react-dom/package.json'));
  const js = 'text/javascript; charset=utf-8';
  return {
    'graphiql.min.js': { path: join(graphiqlDist, 'index.umd.js'), contentType: js },
    'graphiql.css': {
      path: join(graphiqlDist, 'style.css'),
      contentType: 'text/css; charset=utf-8',
    },
    'react.production.min.js': {
      path: join(react, 'umd', 'react.production.min.js'),
      contentType: js,
    },
    'react-dom.production.min.js': {
      path: join(reactDom, 'umd', 'react-dom.production.min.js'),
      contentType: js,
    },
  };
}

/** JSON for embedding in a <script>: `<` escaped so no string can close the script element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * A complete HTML page running GraphiQL against `endpointPath`, loading only local assets from
 * `<endpointPath>/assets/`, with one tab of example operations per question the API answers.
 */
export function explorerHtml(endpointPath: string): string {
  const base = endpointPath.replace(/\/+$/, '');
  const assets = `${base}/assets`;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Safeguarding Learning Graph - query explorer</title>
  <link rel="stylesheet" href="${assets}/graphiql.css">
  <style>
    html, body { height: 100%; margin: 0; }
    body { display: flex; flex-direction: column; }
    #explorer { flex: 1; min-height: 0; }
    .slg-bar { font: 14px/1.4 system-ui, sans-serif; padding: 6px 14px; background: #14233c; color: #fff; }
    .slg-bar a { color: #fff; font-weight: 600; margin-left: 12px; }
  </style>
</head>
<body>
  <nav class="slg-bar" aria-label="Safeguarding Learning Graph">Safeguarding Learning Graph: query explorer <a href="/dashboard/">Open the dashboard</a></nav>
  <div id="explorer">Loading the query explorer...</div>
  <script src="${assets}/react.production.min.js"></script>
  <script src="${assets}/react-dom.production.min.js"></script>
  <script src="${assets}/graphiql.min.js"></script>
  <script>
    (function () {
      var tabs = ${scriptJson(EXAMPLE_TABS)};
      var endpoint = ${scriptJson(base)};
      var fetcher = GraphiQL.createFetcher({ url: new URL(endpoint, window.location.href).toString() });
      var root = ReactDOM.createRoot(document.getElementById('explorer'));
      root.render(React.createElement(GraphiQL, {
        fetcher: fetcher,
        defaultTabs: tabs,
        defaultEditorToolsVisibility: true
      }));
    })();
  </script>
</body>
</html>
`;
}
