// The service on a routing URI (neo4j://), the code path of a cluster or Aura, against the bundled Neo4j.
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/db/connect';
import { Db } from '../../src/db/database';
import { createServer, type RunningServer } from '../../src/server';
import { post } from '../helpers/server';

describe('a routing URI (neo4j://127.0.0.1:<port>)', () => {
  let driver: Driver;
  let db: Db;
  let server: RunningServer;

  beforeAll(async () => {
    // The test Neo4j (bolt://127.0.0.1:<port>), reached through the routing driver instead.
    const uri = (process.env.NEO4J_URI ?? '').replace(/^bolt:/, 'neo4j:');
    expect(uri).toMatch(/^neo4j:\/\//);
    driver = createDriver(uri, 'neo4j', 'neo4j');
    db = new Db(driver, 'neo4j');
    server = await createServer({ db, port: 0 });
  });
  afterAll(async () => {
    await server.stop();
    await driver.close();
  });

  it('answers queries through the routing driver', async () => {
    const res = await post<{ review: { title: string; themeLinks: unknown[] } }>(
      server.url,
      '{ review(id: "warwickshire-grace") { title themeLinks { evidence } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.review.title).toBe('Grace');
    expect(res.data?.review.themeLinks.length).toBeGreaterThan(0);
  });

  it('runs reads as reads: the routing table sends them to a reader, which refuses a write', async () => {
    // Db.read runs in a READ transaction; on a routing driver that is routed as a read, and
    // Neo4j enforces the access mode, so a write inside it is refused and nothing is written.
    await expect(
      db.read('test.routing.readWrite', 'CREATE (:RoutingProbe) RETURN 1 AS one'),
    ).rejects.toThrow('Database query test.routing.readWrite failed');
    const count = 'MATCH (n:RoutingProbe) RETURN count(n) AS n';
    expect(await db.read('test.routing.count', count)).toEqual([{ n: 0 }]);
    // The same statement as a write goes to the writer and is written.
    await db.write('test.routing.write', 'CREATE (:RoutingProbe)');
    expect(await db.read('test.routing.count', count)).toEqual([{ n: 1 }]);
    await db.write('test.routing.clean', 'MATCH (n:RoutingProbe) DELETE n');
  });
});
