// All Cypher of the auth domain: API tokens (id, name, role, hash of the secret, dates).
import type { Db } from '../../db/database';
import { Label } from '../../db/schema';
import type { ApiTokenRecord, Role } from './auth.model';

const { ApiToken } = Label;
const FIELDS = `t {.id, .name, .role, createdAt: toString(t.createdAt),
  revokedAt: toString(t.revokedAt)}`;

/** Stores a new token's hash; the secret itself is never stored. */
export async function createApiToken(
  db: Db,
  token: { id: string; name: string; role: Role; hash: string },
): Promise<ApiTokenRecord> {
  const [row] = await db.write<{ token: ApiTokenRecord }>(
    'apiToken.create',
    `CREATE (t:${ApiToken} {id: $id, name: $name, role: $role, hash: $hash, createdAt: datetime()})
     RETURN ${FIELDS} AS token`,
    token,
  );
  if (!row) throw new Error('apiToken.create returned nothing');
  return row.token;
}

/** A live (not revoked) token's name, role and hash by id; null when unknown or revoked. */
export async function findLiveApiToken(
  db: Db,
  id: string,
): Promise<{ name: string; role: Role; hash: string } | null> {
  const [row] = await db.read<{ name: string; role: Role; hash: string }>(
    'apiToken.live',
    `MATCH (t:${ApiToken} {id: $id}) WHERE t.revokedAt IS NULL
     RETURN t.name AS name, t.role AS role, t.hash AS hash`,
    { id },
  );
  return row ?? null;
}

/** Every token, newest first (never the hash). */
export function listApiTokens(db: Db): Promise<ApiTokenRecord[]> {
  return db
    .read<{ token: ApiTokenRecord }>(
      'apiToken.list',
      `MATCH (t:${ApiToken}) RETURN ${FIELDS} AS token ORDER BY t.createdAt DESC, t.id`,
    )
    .then((rows) => rows.map((r) => r.token));
}

/** Revokes a token; null when no token has that id. Revoking twice keeps the first date. */
export async function revokeApiToken(db: Db, id: string): Promise<ApiTokenRecord | null> {
  const [row] = await db.write<{ token: ApiTokenRecord }>(
    'apiToken.revoke',
    `MATCH (t:${ApiToken} {id: $id}) SET t.revokedAt = coalesce(t.revokedAt, datetime())
     RETURN ${FIELDS} AS token`,
    { id },
  );
  return row?.token ?? null;
}
