// The one check a protected resolver makes: is the caller signed in with at least this role?
import type { Context } from '../../context';
import { hasRole, type Role, type Viewer } from './auth.model';
import { forbidden, unauthenticated } from './authenticator';

/** The viewer when they hold `role` (or a higher one); else UNAUTHENTICATED or FORBIDDEN. */
export function requireRole(ctx: Pick<Context, 'viewer'>, role: Role): Viewer {
  const viewer = ctx.viewer;
  if (!viewer) {
    throw unauthenticated(
      `This operation needs a credential with role ${role}: send "Authorization: Bearer <token>".`,
    );
  }
  if (!hasRole(viewer.role, role)) {
    throw forbidden(`This operation needs role ${role}; ${viewer.name} has role ${viewer.role}.`);
  }
  return viewer;
}
