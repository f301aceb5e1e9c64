// Side-effect imports of stylesheets: esbuild bundles them into assets/main.css.
declare module '*.css';
