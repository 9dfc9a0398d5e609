import { can } from '../../contracts/policy';
import type { Role } from '../../contracts/roles';

/**
 * Who may see or act on an enrolment: the mentor it belongs to; staff who may view
 * everyone's training may read it but not act as the mentor; anyone else is told it
 * does not exist (a mentor asking for another mentor's progress gets 404).
 */
export function enrolmentAccess(
  roles: readonly Role[],
  callerUserId: string | null,
  ownerUserId: string,
  mode: 'read' | 'act',
): 'allowed' | 'forbidden' | 'not_found' {
  if (callerUserId !== null && callerUserId === ownerUserId) return 'allowed';
  if (!can(roles, 'training.viewAll')) return 'not_found';
  return mode === 'read' ? 'allowed' : 'forbidden';
}
