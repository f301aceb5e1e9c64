// Integration: every import transaction advances the data version; a refused file does not.
import { bumpDataVersion, readDataVersion } from '../../src/db/data-version';
import type { Db } from '../../src/db/database';
import { importFile, ImportValidationError } from '../../src/modules/import/importer';
import { closeTestDb, openTestDb } from '../helpers/db';
import { removePrefixed, sampleFile } from '../import/fixtures';

const P = 'test-data-version';
let db: Db;
beforeAll(() => {
  db = openTestDb();
});
afterAll(async () => {
  await removePrefixed(db, P);
  await closeTestDb();
});

describe('data version', () => {
  it('is a positive integer once the seed is loaded (the seed is an import)', async () => {
    expect(await readDataVersion(db)).toBeGreaterThanOrEqual(1);
  });

  it('advances by one per write transaction, in the same transaction as the write', async () => {
    const v0 = await readDataVersion(db);
    // A file of at most 2,000 reviews is written in one transaction: one step.
    await importFile(db, sampleFile(P));
    expect(await readDataVersion(db)).toBe(v0 + 1);
    await db.writeTransaction('test.bump', (tx) => bumpDataVersion(tx));
    expect(await readDataVersion(db)).toBe(v0 + 2);
  });

  it('does not move when a write is refused or rolled back', async () => {
    const v0 = await readDataVersion(db);
    const bad = { ...sampleFile(P), reviews: [{ ...sampleFile(P).reviews[0], kind: 'NOPE' }] };
    await expect(importFile(db, bad as never)).rejects.toBeInstanceOf(ImportValidationError);
    await expect(
      db.writeTransaction('test.rollback', async (tx) => {
        await bumpDataVersion(tx);
        throw new Error('abandon the transaction');
      }),
    ).rejects.toThrow('Database query test.rollback failed'); // the cause goes to the log only
    expect(await readDataVersion(db)).toBe(v0);
  });
});
