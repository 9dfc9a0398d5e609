import { sql } from 'drizzle-orm';
import type { MentorEventKind } from '../../contracts/recruitment';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../db/ids';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { mentorEvents, programMentors } from './tables';

/** Adds an entry to a mentor's timeline. */
export async function recordMentorEvent(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  programMentorId: string,
  kind: MentorEventKind,
  at: Date,
  actorId: string | null,
  details: Record<string, string | number | boolean | null> | null = null,
) {
  await tx.insert(mentorEvents).values({
    id: newId(),
    organisationId,
    programMentorId,
    kind,
    actorId,
    at,
    details,
  });
}

/**
 * The person's place in the program as they start training: created (added by staff,
 * screening not yet passed) when they had none, moved to `in_training` otherwise.
 */
export async function programMentorForEnrolment(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  userId: string,
  at: Date,
  actorId: string | null,
) {
  const [row] = await tx
    .insert(programMentors)
    .values({
      id: newId(),
      organisationId,
      programId,
      userId,
      stage: 'in_training',
      source: 'direct',
      stageChangedAt: at,
    })
    .onConflictDoUpdate({
      target: [programMentors.programId, programMentors.userId],
      set: { stage: 'in_training', stageChangedAt: at, exitReason: null },
    })
    .returning({ id: programMentors.id, created: sql<boolean>`xmax = 0` });
  if (!row) throw new Error('upsert returned nothing');
  await recordMentorEvent(tx, organisationId, row.id, 'enrolled', at, actorId);
  return row;
}
