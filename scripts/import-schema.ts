// `npm run import:schema`: writes docs/import-format.schema.json, the import format as JSON Schema (from the zod schemas).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importJsonSchema } from '../src/modules/import/import-format';

const file = join(__dirname, '..', 'docs', 'import-format.schema.json');
writeFileSync(file, `${JSON.stringify(importJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${file}\n`);
