// `npm run neo4j -- build|start`: fetch and build the local Neo4j, or run it in the foreground.
import { loadConfig } from '../config';
import { parseCommandLine, runTool, UsageError } from '../shared/cli';
import { ensureLauncher } from './build';
import { LocalNeo4jError } from './errors';
import { startLocalNeo4j } from './process';

const USAGE = 'usage: npm run neo4j -- build|start';

async function run(command: 'build' | 'start'): Promise<void> {
  if (command === 'build') {
    await ensureLauncher();
    return;
  }
  const config = loadConfig();
  if (config.neo4j.kind !== 'local') {
    throw new Error('NEO4J_URI is set, so no local Neo4j is needed; unset it to run one.');
  }
  const neo = await startLocalNeo4j({ ...config.neo4j });
  process.stderr.write(`Neo4j is running at ${neo.uri} (auth disabled); Ctrl-C stops it.\n`);
  const stop = () => void neo.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const code = await neo.exited;
  process.exit(code ?? 1);
}

runTool(USAGE, async () => {
  const { positionals } = parseCommandLine(process.argv.slice(2), {
    options: {},
    allowPositionals: true,
  });
  const [command, ...extra] = positionals;
  if (command !== 'build' && command !== 'start')
    throw new UsageError(
      `expected a command "build" or "start", got ${JSON.stringify(command ?? '')}`,
    );
  if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
  try {
    await run(command);
  } catch (err) {
    const prefix = err instanceof LocalNeo4jError ? `local-neo4j [${err.code}]` : 'local-neo4j';
    throw new Error(`${prefix}: ${err instanceof Error ? err.message : String(err)}`);
  }
});
