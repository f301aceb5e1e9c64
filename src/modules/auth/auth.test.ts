// Unit tests of the auth building blocks: token values, roles, the failure throttle, the CLI's arguments.
import { hasRole, parseRole } from './auth.model';
import { parseTokenArgs } from './cli';
import { FailureThrottle } from './throttle';
import { hashSecret, newToken, secretMatches, splitToken } from './tokens';

describe('API token values', () => {
  it('splits a new token into the id and a secret whose hash is the stored one', () => {
    const t = newToken();
    // slg_ + 16 hex + _ + 43 base64url characters (32 random bytes)
    expect(t.token).toMatch(/^slg_[a-f0-9]{16}_[A-Za-z0-9_-]{43}$/);
    const parts = splitToken(t.token);
    expect(parts?.id).toBe(t.id);
    expect(hashSecret(parts?.secret ?? '')).toBe(t.hash);
    expect(secretMatches(parts?.secret ?? '', t.hash)).toBe(true);
    expect(t.hash).not.toContain(parts?.secret ?? '-');
  });

  it('refuses another secret and malformed tokens', () => {
    const a = newToken();
    const b = newToken();
    expect(secretMatches(splitToken(b.token)?.secret ?? '', a.hash)).toBe(false);
    for (const bad of ['', 'slg_', `${a.token}x`, a.token.replace('slg_', 'abc_'), 'a.b.c']) {
      expect(splitToken(bad)).toBeNull();
    }
  });

  it('never makes the same token twice', () => {
    const tokens = new Set(Array.from({ length: 100 }, () => newToken().token));
    expect(tokens.size).toBe(100);
  });
});

describe('roles', () => {
  it('orders READER < ANALYST < ADMIN', () => {
    expect(hasRole('ADMIN', 'ANALYST')).toBe(true);
    expect(hasRole('ANALYST', 'ANALYST')).toBe(true);
    expect(hasRole('READER', 'ANALYST')).toBe(false);
    expect(hasRole('ANALYST', 'ADMIN')).toBe(false);
  });

  it('parses role names in any case, and nothing else', () => {
    expect(parseRole(' analyst ')).toBe('ANALYST');
    expect(parseRole('ROOT')).toBeNull();
    expect(parseRole(3)).toBeNull();
  });
});

describe('FailureThrottle', () => {
  it('refuses an address after maxFailures in the window, until the window has passed', () => {
    let now = 0;
    const t = new FailureThrottle({ maxFailures: 3, windowMs: 60_000, now: () => now });
    t.fail('a');
    t.fail('a');
    expect(t.retryAfter('a')).toBe(0); // 2 of 3
    t.fail('a');
    now = 10_000;
    expect(t.retryAfter('a')).toBe(50); // 60 s window opened at 0: 50 s left
    expect(t.retryAfter('b')).toBe(0); // another address is not slowed
    now = 60_000;
    expect(t.retryAfter('a')).toBe(0); // the window has passed
  });
});

describe('npm run token arguments', () => {
  it('reads create, list and revoke', () => {
    expect(parseTokenArgs(['create', '--name', 'Jo Bloggs', '--role', 'ANALYST'])).toEqual({
      kind: 'create',
      name: 'Jo Bloggs',
      role: 'ANALYST',
    });
    expect(parseTokenArgs(['list'])).toEqual({ kind: 'list' });
    expect(parseTokenArgs(['revoke', 'abc'])).toEqual({ kind: 'revoke', id: 'abc' });
  });

  it.each([
    [['create', '--name', 'Jo', '--rol', 'ADMIN'], "Unknown option '--rol'"],
    [
      ['create', '--name', 'Jo', '--role', 'ROOT'],
      'create: --role expected one of READER, ANALYST, ADMIN, got "ROOT"',
    ],
    [['create', '--role', 'ADMIN'], 'create: expected --name "<person or script>"'],
    [['revoke'], 'unexpected arguments for "revoke"'],
    [[], 'expected a command: create, list or revoke'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseTokenArgs(argv)).toThrow(message);
  });
});
