// Integration: a file above the one-transaction limit, written one transaction per batch, gives the
// same graph as the same file written in one transaction.
import type { Db } from '../../src/db/database';
import { importFile } from '../../src/modules/import/importer';
import { generateSynthetic } from '../../src/modules/synthetic/generate';
import { closeTestDb, openTestDb } from '../helpers/db';
import { graphFingerprint } from '../helpers/graph-fingerprint';

let db: Db;
beforeAll(() => {
  db = openTestDb();
});
afterAll(() => closeTestDb());

/** Removes every synthetic record (all carry `synthetic: true`; owned nodes with their owner). */
async function removeSynthetic(): Promise<void> {
  await db.write(
    'test.batched.cleanup',
    `MATCH (n) WHERE n.synthetic = true OR n.id STARTS WITH 'synthetic-'
     OPTIONAL MATCH (n)-[:CONCERNS|HAS_FINDING|MAKES|HAS_STATUS_CHANGE|INVOLVED_SECTOR|MENTIONS_DOCUMENT*1..2]->(owned)
     DETACH DELETE owned, n`,
  );
}

describe('importing in batches', () => {
  // 20 reviews in batches of 3: 7 batches of reviews.
  const file = () => generateSynthetic({ reviews: 20, seed: 11, partnerships: 3 });

  afterEach(() => removeSynthetic());

  it('writes the same graph as one transaction, reports every batch, and leaves nothing behind', async () => {
    const empty = await graphFingerprint(db);
    const atomic = await importFile(db, file());
    expect(atomic.transactions).toBe(1);
    const once = await graphFingerprint(db);
    // Not vacuous: the file added hundreds of nodes.
    expect(once.nodes - empty.nodes).toBeGreaterThan(300);
    await removeSynthetic();
    // The clean-up removes exactly what the import wrote, so the comparison below starts equal.
    expect(await graphFingerprint(db)).toEqual(empty);

    const progress: number[] = [];
    const batched = await importFile(db, file(), {
      atomicReviewLimit: 10,
      batchSize: 3,
      onProgress: (done) => progress.push(done),
    });
    // ceil(20 / 3) = 7 batches of reviews plus the referenced records' batches (one per kind).
    expect(batched.transactions).toBeGreaterThan(7);
    expect(progress).toHaveLength(batched.transactions);
    // Records written so far after each batch: rising to all of them.
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(await graphFingerprint(db)).toEqual(once);

    // Imported again the same way: nothing changes (records found now go through MERGE).
    await importFile(db, file(), { atomicReviewLimit: 10, batchSize: 3 });
    expect(await graphFingerprint(db)).toEqual(once);
  }, 240_000);
});
