import type { AuthorizedOrgId } from '../../server/lib/access';
import type { DbOrTx } from '../client';

/**
 * Mentors at every screening stage and HR nominations (issue 4). Called by the demo seed
 * with the demo programs by type.
 */
export async function seedRecruitment(
  _db: DbOrTx,
  _organisationId: AuthorizedOrgId,
  _programIdByType: Map<string, string>,
  _now: Date,
) {}
