// Each start-up failure of the local Neo4j is provoked for real and gives its own clear message.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LAUNCHER_DIR, ensureLauncher } from '../../src/neo4j-local/build';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j-local/process';

const silent = () => undefined;
const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

// Each test starts a JVM: 60-120 s on a busy two-core machine, so the default 60 s is too short.
jest.setTimeout(300_000);
describe('local Neo4j start-up failures', () => {
  it('JAVA_MISSING when the java executable cannot be run', async () => {
    await expect(
      startLocalNeo4j({
        home: tempDir('slg-nojava-'),
        port: 0,
        java: '/nonexistent/bin/java',
        log: silent,
      }),
    ).rejects.toMatchObject({
      code: 'JAVA_MISSING',
      message: expect.stringContaining(
        'Java 17+ is needed to run the local Neo4j, but "/nonexistent/bin/java" could not be run',
      ),
    });
  });

  it('MAVEN_MISSING when Maven cannot be run', async () => {
    const dir = tempDir('slg-launcher-');
    cpSync(join(LAUNCHER_DIR, 'pom.xml'), join(dir, 'pom.xml'));
    cpSync(join(LAUNCHER_DIR, 'src'), join(dir, 'src'), { recursive: true });
    await expect(
      ensureLauncher({ launcherDir: dir, mvn: '/nonexistent/mvn', log: silent }),
    ).rejects.toMatchObject({
      code: 'MAVEN_MISSING',
      message: expect.stringContaining('Maven ("/nonexistent/mvn") could not be run'),
    });
  });

  it('MAVEN_FETCH_FAILED when the artifacts cannot be fetched (offline, empty repository)', async () => {
    const dir = tempDir('slg-launcher-');
    cpSync(join(LAUNCHER_DIR, 'pom.xml'), join(dir, 'pom.xml'));
    cpSync(join(LAUNCHER_DIR, 'src'), join(dir, 'src'), { recursive: true });
    const emptyRepo = join(dir, 'empty-m2');
    mkdirSync(emptyRepo);
    await expect(
      ensureLauncher({
        launcherDir: dir,
        mavenArgs: ['-o', `-Dmaven.repo.local=${emptyRepo}`],
        log: silent,
      }),
    ).rejects.toMatchObject({
      code: 'MAVEN_FETCH_FAILED',
      message: expect.stringMatching(
        /Maven could not fetch or build the local Neo4j launcher \(exit 1\)[\s\S]*\[ERROR\]/,
      ),
    });
  });

  it('PORT_IN_USE when another process holds the Bolt port', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      await expect(
        startLocalNeo4j({ home: tempDir('slg-port-'), port, log: silent }),
      ).rejects.toMatchObject({
        code: 'PORT_IN_USE',
        message: `Port ${port} on 127.0.0.1 is already in use, so the local Neo4j cannot listen there. Stop the other process or set NEO4J_LOCAL_PORT to a free port.`,
      });
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  });

  it('STORE_LOCKED when another Neo4j already has the same home open', async () => {
    const home = tempDir('slg-lock-');
    const first: LocalNeo4j = await startLocalNeo4j({ home, port: 0, log: silent });
    try {
      await expect(startLocalNeo4j({ home, port: 0, log: silent })).rejects.toMatchObject({
        code: 'STORE_LOCKED',
        message: expect.stringContaining(`The Neo4j store in ${home} is locked by another process`),
      });
    } finally {
      await first.stop();
    }
  });
});

describe('a first start that did not finish', () => {
  it('starts afresh from a store that has no neo4j database, and keeps one that has', async () => {
    const home = tempDir('slg-unfinished-');
    const lines: string[] = [];
    const log = (line: string) => void lines.push(line);
    // A first start killed early leaves the system database's store files without their
    // transaction logs and no neo4j database: made here from a clean start by removing both.
    const first = await startLocalNeo4j({ home, port: 0, log: silent });
    await first.stop();
    rmSync(join(home, 'data', 'databases', 'neo4j'), { recursive: true, force: true });
    rmSync(join(home, 'data', 'transactions'), { recursive: true, force: true });
    mkdirSync(join(home, 'data', 'transactions'));
    const second = await startLocalNeo4j({ home, port: 0, log });
    try {
      expect(lines.some((l) => l.includes('held no neo4j database'))).toBe(true);
    } finally {
      await second.stop();
    }
    // Now the store has its neo4j database: the next start leaves it as it is.
    lines.length = 0;
    const third = await startLocalNeo4j({ home, port: 0, log });
    await third.stop();
    expect(lines.some((l) => l.includes('held no neo4j database'))).toBe(false);
  }, 600_000); // three JVM starts
});
