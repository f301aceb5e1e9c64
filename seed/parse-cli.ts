// `npm run seed:parse`: regenerates seed/data/warwickshire.json from the page text and the curation.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ImportFile } from '../src/modules/import/import-format';
import { validateImport } from '../src/modules/import/validate';
import { parseCommandLine, runTool } from '../src/shared/cli';
import { buildWarwickshireSeed, SEED_PATHS } from './build-seed';
import { SEED_FILES } from './load';

runTool('usage: npm run seed:parse (no options)', () => {
  parseCommandLine(process.argv.slice(2), { options: {} });
  // The theme mappings refer to the categories of the taxonomies file, which loads first.
  const taxonomies = JSON.parse(readFileSync(SEED_FILES[0] ?? '', 'utf8')) as ImportFile;
  const file = buildWarwickshireSeed();
  const checked = validateImport(file, {
    existingIds: {
      taxonomyCategories: new Set((taxonomies.taxonomyCategories ?? []).map((c) => c.id)),
    },
  });
  if (!checked.ok) {
    process.stderr.write(
      `the generated seed is invalid:\n${checked.errors.map((e) => e.message).join('\n')}\n`,
    );
    return 1;
  }
  mkdirSync(dirname(SEED_PATHS.output), { recursive: true });
  writeFileSync(SEED_PATHS.output, `${JSON.stringify(file, null, 2)}\n`);
  process.stderr.write(
    `wrote ${SEED_PATHS.output}: ${file.reviews.length} reviews, ${file.documents?.length ?? 0} documents, ${file.themes?.length ?? 0} themes\n`,
  );
});
