import type { DbOrTx } from '../../db/client';
import type { Actor, AuthorizedOrgId } from '../../server/lib/access';

/**
 * Passes screening for a mentor at the `screening` stage: checks that every item on the
 * program's checklist is done (interview passed, enough references answered, a valid
 * child certificate where needed), else 409 `screening_requirements_unmet` naming what is
 * missing; then sets `screeningCompletedAt`, writes the timeline and opens training
 * enrolment (stage `in_training`). Owned by the screening work; the pipeline calls it.
 */
export async function passScreening(
  _tx: DbOrTx,
  _organisationId: AuthorizedOrgId,
  _programMentorId: string,
  _at: Date,
  _actor: Actor | null,
): Promise<void> {
  throw new Error('passScreening is being written (screening work in progress)');
}
