// Unit tests of the request id rule (no database).
import { requestIdFrom } from './request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('requestIdFrom', () => {
  it('keeps a plain id of up to 64 characters', () => {
    expect(requestIdFrom('abc-123_X.y')).toBe('abc-123_X.y');
    expect(requestIdFrom('a'.repeat(64))).toBe('a'.repeat(64));
  });

  it.each([
    ['markup', '<script>alert(1)</script>'],
    ['65 characters', 'a'.repeat(65)],
    ['a space', 'a b'],
    ['a newline', 'a\nb'],
    ['a non-ASCII letter', 'é'],
    ['empty', ''],
  ])('replaces %s with a fresh UUID', (_what, sent) => {
    const id = requestIdFrom(sent);
    expect(id).toMatch(UUID);
  });

  it('replaces a missing or repeated header with a fresh UUID each time', () => {
    const a = requestIdFrom(undefined);
    const b = requestIdFrom(['x', 'y']);
    expect(a).toMatch(UUID);
    expect(b).toMatch(UUID);
    expect(a).not.toBe(requestIdFrom(undefined));
  });
});
