// The request id rule: a client's x-request-id is kept only when it is short and plain.
import { randomUUID } from 'node:crypto';

/** At most 64 characters of letters, digits, dot, underscore and hyphen. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * The id of a request: the client's `x-request-id` when it is at most 64 characters of
 * `[A-Za-z0-9._-]` (so it can go into logs, transaction metadata and headers as it is),
 * otherwise a fresh UUID. A repeated header (an array) is never trusted.
 */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && SAFE_REQUEST_ID.test(header) ? header : randomUUID();
}
