// `npm run token -- create --name NAME --role ROLE | list | revoke ID`: manages API tokens.
// `create` prints the new token alone on standard output (once: only its hash is kept);
// every message goes to standard error.
import { parseArgs } from 'node:util';
import { withDatabase } from '../../db/connect';
import { parseRole, ROLES } from './auth.model';
import { createApiToken, listApiTokens, revokeApiToken } from './auth.repository';
import { newToken } from './tokens';

const USAGE = `usage: npm run token -- create --name "Jo Bloggs" --role ${ROLES.join('|')}
       npm run token -- list
       npm run token -- revoke <token id>`;

/** A command line that cannot be understood: exit code 2 with the usage. */
class UsageError extends Error {}

type Command =
  | { kind: 'create'; name: string; role: (typeof ROLES)[number] }
  | { kind: 'list' }
  | { kind: 'revoke'; id: string };

/** Parses the arguments strictly: an unknown flag or a missing value is a UsageError. */
export function parseTokenArgs(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { name: { type: 'string' }, role: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (command === 'create') {
    const name = values.name?.trim();
    if (!name) throw new UsageError('create: expected --name "<person or script>"');
    const role = parseRole(values.role);
    if (!role) {
      throw new UsageError(
        `create: --role expected one of ${ROLES.join(', ')}, got ${values.role === undefined ? 'nothing' : `"${values.role}"`}`,
      );
    }
    if (rest.length) throw new UsageError(`create: unexpected argument "${rest[0]}"`);
    return { kind: 'create', name, role };
  }
  if (values.name !== undefined || values.role !== undefined) {
    throw new UsageError(`--name and --role belong to create, not to ${command ?? 'nothing'}`);
  }
  if (command === 'list' && rest.length === 0) return { kind: 'list' };
  if (command === 'revoke' && rest.length === 1 && rest[0]) return { kind: 'revoke', id: rest[0] };
  throw new UsageError(
    command
      ? `unexpected arguments for "${command}"`
      : 'expected a command: create, list or revoke',
  );
}

async function main(): Promise<number> {
  const cmd = parseTokenArgs(process.argv.slice(2));
  return withDatabase(async (db) => {
    if (cmd.kind === 'create') {
      const t = newToken();
      const stored = await createApiToken(db, {
        id: t.id,
        name: cmd.name,
        role: cmd.role,
        hash: t.hash,
      });
      process.stderr.write(
        `Created token ${stored.id} for ${stored.name} (${stored.role}). It is shown once, below; keep it secret.\n`,
      );
      process.stdout.write(`${t.token}\n`);
      return 0;
    }
    if (cmd.kind === 'list') {
      const tokens = await listApiTokens(db);
      process.stderr.write(`${tokens.length} token(s), newest first:\n`);
      for (const t of tokens) {
        const state = t.revokedAt ? `revoked ${t.revokedAt}` : 'live';
        process.stdout.write(`${t.id}\t${t.role}\t${t.name}\tcreated ${t.createdAt}\t${state}\n`);
      }
      return 0;
    }
    const revoked = await revokeApiToken(db, cmd.id);
    if (!revoked) {
      process.stderr.write(
        `revoke: expected the id of a token (see npm run token -- list), got "${cmd.id}"\n`,
      );
      return 1;
    }
    process.stderr.write(
      `Token ${revoked.id} of ${revoked.name} is revoked (since ${revoked.revokedAt}).\n`,
    );
    return 0;
  });
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      const usage = err instanceof UsageError;
      process.stderr.write(
        `${err instanceof Error ? err.message : String(err)}\n${usage ? `${USAGE}\n` : ''}`,
      );
      process.exitCode = usage ? 2 : 1;
    },
  );
}
