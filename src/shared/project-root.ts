// Finds the project's files from compiled code as from source: ts-node runs src/, `npm start` runs build/.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The project root: the nearest ancestor of `from` holding package.json and schema/. */
export function projectRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'schema'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No schema/ directory above ${from}`);
  }
}
