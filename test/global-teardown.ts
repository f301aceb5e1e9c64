// Stops the test run's throwaway Neo4j and removes its directory.
import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const neo = globalThis.__LOCAL_NEO4J__;
  if (neo) {
    await neo.stop();
    rmSync(neo.home, { recursive: true, force: true });
  }
}
