import type { FastifyRequest } from 'fastify';
import { can } from '../../contracts/policy';
import type { DbOrTx } from '../../db/client';
import { type AuthorizedOrgId, scopeOf, userIdOf } from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { findMatch, type MatchView, sidesOf } from './queries';

export interface VisibleMatch {
  view: NonNullable<MatchView>;
  organisationId: AuthorizedOrgId;
  userId: string | null;
  /** How the caller takes part: mentor, mentee, guardian (none for staff). */
  sides: ReturnType<typeof sidesOf>;
  /** Staff who may read matches (admin, coordinator, safeguarding). */
  staff: boolean;
  /** Staff who may manage matches (admin, coordinator). */
  manager: boolean;
}

/**
 * The match as its people and staff may see it; anyone else in the organisation is told it
 * is not there (404), so a match's existence does not leak.
 */
export async function visibleMatch(
  db: DbOrTx,
  request: FastifyRequest,
  matchId: string,
): Promise<VisibleMatch> {
  const { organisationId, roles, actor } = scopeOf(request);
  const view = await findMatch(db, organisationId, matchId);
  if (!view) throw new AppError('not_found');
  const userId = userIdOf(actor);
  const sides = sidesOf(view, userId);
  const staff = can(roles, 'matches.read');
  if (sides.length === 0 && !staff) throw new AppError('not_found');
  return { view, organisationId, userId, sides, staff, manager: can(roles, 'matches.manage') };
}
