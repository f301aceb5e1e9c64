// Lint: typescript-eslint recommended rules over the TypeScript sources, plus the layer rules of
// the house style (no import cycles; db/, shared/ and the modules each keep to their own layer).
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** Every domain module: a folder under src/modules/. */
const modules = readdirSync(join(dirname(fileURLToPath(import.meta.url)), 'src', 'modules'), {
  withFileTypes: true,
})
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** A module reaches another only through that module's index.ts. */
const moduleZones = modules.flatMap((mine) =>
  modules
    .filter((other) => other !== mine)
    .map((other) => ({
      target: `./src/modules/${mine}`,
      from: `./src/modules/${other}`,
      except: ['./index.ts'],
      message: `src/modules/${mine} may import src/modules/${other} only through its index.ts ('../${other}').`,
    })),
);

const layerZones = [
  {
    target: './src/db',
    from: ['./src/modules', './seed', './src/server.ts'],
    message:
      'src/db is the Neo4j plumbing: it imports nothing from the modules, the seed or the server.',
  },
  {
    target: './src/shared',
    from: ['./src/modules', './src/db'],
    message: 'src/shared holds cross-domain helpers: it imports nothing from the modules or db/.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      '.neo4j/',
      'tools/',
      'src/generated/',
      'dashboard/src/gql/',
      'dashboard/dist/',
      'bench/.data/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', process: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...moduleZones] }],
    },
  },
);
