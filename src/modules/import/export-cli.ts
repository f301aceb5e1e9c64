// `npm run export -- <file.json> [--synthetic-out <file>]`: writes the whole graph in the import format.
import { withDatabase } from '../../db/connect';
import { parseCommandLine, runTool, UsageError } from '../../shared/cli';
import { exportGraph } from './export';
import type { ImportFile } from './import-format';
import { writeImportFile } from './write-file';

const USAGE = 'usage: npm run export -- <file.json> [--synthetic-out <file.json>]';

/** `graph.json` -> `graph.synthetic.json`. */
const syntheticPath = (file: string) => file.replace(/(\.json)?$/, '.synthetic.json');

const describe = (f: ImportFile) => {
  const recs = f.reviews.reduce((n, r) => n + (r.recommendations?.length ?? 0), 0);
  return `${f.reviews.length} reviews, ${recs} recommendations, ${f.partnerships?.length ?? 0} partnerships, ${f.agencies?.length ?? 0} agencies, ${f.themes?.length ?? 0} themes, ${f.documents?.length ?? 0} documents, ${f.sources?.length ?? 0} sources, ${f.taxonomies?.length ?? 0} taxonomies`;
};

runTool(USAGE, async () => {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), {
    allowPositionals: true,
    options: { 'synthetic-out': { type: 'string' } },
  });
  const [out, ...extra] = positionals;
  if (!out) throw new UsageError('expected the path of the JSON file to write');
  if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
  const started = Date.now();
  const { real, synthetic, leftOut } = await withDatabase((db) => exportGraph(db));
  const bytes = writeImportFile(out, real);
  process.stderr.write(
    `wrote ${out} (${(bytes / 1e6).toFixed(1)} MB): real data, ${describe(real)}\n`,
  );
  if (synthetic) {
    const path = values['synthetic-out'] ?? syntheticPath(out);
    const sbytes = writeImportFile(path, synthetic);
    process.stderr.write(
      `wrote ${path} (${(sbytes / 1e6).toFixed(1)} MB): synthetic data, ${describe(synthetic)}\n` +
        `the importer refuses files that mix real and synthetic records, so they are apart; restore ${out} first, then ${path}\n`,
    );
  }
  const left = Object.entries(leftOut).filter(([, n]) => n > 0);
  if (left.length > 0)
    process.stderr.write(
      `not exported, on purpose: ${left.map(([label, n]) => `${n} ${label}`).join(', ')} (the audit trail and API tokens are not part of the graph's data)\n`,
    );
  process.stderr.write(`exported in ${Date.now() - started} ms\n`);
});
