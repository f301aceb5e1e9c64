// `npm run neo4j -- build|start`: fetch and build the local Neo4j, or run it in the foreground.
import { loadConfig } from '../config';
import { ensureLauncher } from './build';
import { LocalNeo4jError } from './errors';
import { startLocalNeo4j } from './process';

async function main(command: string | undefined): Promise<void> {
  if (command === 'build') {
    await ensureLauncher();
    return;
  }
  if (command === 'start') {
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
  throw new Error(`expected a command "build" or "start", got ${JSON.stringify(command ?? '')}`);
}

main(process.argv[2]).catch((err: unknown) => {
  const prefix = err instanceof LocalNeo4jError ? `local-neo4j [${err.code}]` : 'local-neo4j';
  process.stderr.write(`${prefix}: ${(err as Error).message}\n`);
  process.exit(1);
});
