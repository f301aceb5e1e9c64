// Who a caller is: roles, their order, and the viewer a credential names.
import type { Role } from '../../generated/graphql';

export type { Role };

/** Every role, lowest first: each may do what the ones before it may. */
export const ROLES: readonly Role[] = ['READER', 'ANALYST', 'ADMIN'];

/** A caller a credential named; null in a context means anonymous. */
export interface Viewer {
  name: string;
  role: Role;
  /** How the caller signed in. */
  via: 'token' | 'jwt';
  /** The API token's id or the JWT's subject: for the audit trail, never the credential. */
  subject: string;
}

/** True when `role` may do what `needed` may. */
export function hasRole(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** Parses a role name (any case); null when it is not one. */
export function parseRole(value: unknown): Role | null {
  if (typeof value !== 'string') return null;
  const upper = value.trim().toUpperCase();
  return (ROLES as readonly string[]).includes(upper) ? (upper as Role) : null;
}

/** An API token as stored and listed: never the secret, only its hash. */
export interface ApiTokenRecord {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}
