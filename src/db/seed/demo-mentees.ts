import type { AuthorizedOrgId } from '../../server/lib/access';
import type { DbOrTx } from '../client';

/**
 * Mentees waiting in every demo program: guardian@demo.test's child in the school
 * program, student@demo.test in the career program, imported employees (issue 4).
 */
export async function seedMentees(
  _db: DbOrTx,
  _organisationId: AuthorizedOrgId,
  _programIdByType: Map<string, string>,
  _now: Date,
) {}
