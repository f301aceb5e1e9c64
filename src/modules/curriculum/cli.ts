// `npm run curriculum -- --format markdown|csv|json [options]`: exports the curriculum as a training plan.
import { ApolloServer } from '@apollo/server';
import { seedIfEmpty } from '../../../seed/load';
import { createContext, type Context } from '../../context';
import { withDatabase } from '../../db/connect';
import { parseCommandLine, runTool, UsageError } from '../../shared/cli';
import { resolvers, typeDefs } from '../index';
import { toCsv, toMarkdown, type CurriculumExport } from './format';

const USAGE = `Usage: npm run curriculum -- [--format markdown|csv|json] [--min-reviews N] [--max-modules N]
       [--sector SECTOR] [--theme THEME_ID ...] [--from YYYY-MM[-DD]] [--to YYYY-MM[-DD]] [--include-synthetic]`;

const QUERY = `query Curriculum($input: CurriculumInput) {
  curriculum(input: $input) {
    reviewCount audienceSector
    modules {
      position theme { id name } reviewCount years
      reviews { title publishedOn } briefings { title url } teachAlongside { name }
      learningPoints { text pageRef review { title } source { title url } }
    }
  }
}`;

/** Parses the command line into a format and a CurriculumInput. */
export function parseCli(argv: string[]): { format: string; input: Record<string, unknown> } {
  const { values } = parseCommandLine(argv, {
    options: {
      format: { type: 'string', default: 'markdown' },
      'min-reviews': { type: 'string' },
      'max-modules': { type: 'string' },
      sector: { type: 'string' },
      theme: { type: 'string', multiple: true },
      from: { type: 'string' },
      to: { type: 'string' },
      'include-synthetic': { type: 'boolean', default: false },
    },
  });
  if (!['markdown', 'csv', 'json'].includes(values.format ?? '')) {
    throw new UsageError(`--format: expected markdown, csv or json, got "${values.format}"`);
  }
  const num = (name: string, v: string | undefined) => {
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v)) throw new UsageError(`--${name}: expected a whole number, got "${v}"`);
    return Number(v);
  };
  return {
    format: values.format as string,
    input: {
      minReviews: num('min-reviews', values['min-reviews']),
      maxModules: num('max-modules', values['max-modules']),
      audienceSector: values.sector,
      themeIds: values.theme,
      filter: {
        publishedFrom: values.from,
        publishedTo: values.to,
        synthetic: values['include-synthetic'] ? null : false,
      },
    },
  };
}

async function main(): Promise<void> {
  const { format, input } = parseCli(process.argv.slice(2));
  const text = await withDatabase(async (db) => {
    await seedIfEmpty(db);
    const apollo = new ApolloServer<Context>({ typeDefs, resolvers });
    await apollo.start();
    try {
      const res = await apollo.executeOperation<{ curriculum: CurriculumExport }>(
        { query: QUERY, variables: { input } },
        { contextValue: createContext(db, 'curriculum-cli') },
      );
      if (res.body.kind !== 'single') throw new Error('unexpected incremental response');
      const { data, errors } = res.body.singleResult;
      if (errors?.length || !data)
        throw new Error(errors?.map((e) => e.message).join('\n') ?? 'no data');
      if (format === 'csv') return toCsv(data.curriculum);
      if (format === 'json') return `${JSON.stringify(data.curriculum, null, 2)}\n`;
      return `${toMarkdown(data.curriculum)}\n`;
    } finally {
      await apollo.stop();
    }
  });
  process.stdout.write(text);
}

if (require.main === module) runTool(USAGE, main);
