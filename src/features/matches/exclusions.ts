import { and, desc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Exclusion } from '../../contracts/match-suggestions';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../db/ids';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { users } from '../accounts/tables';
import { mentees } from '../mentees/tables';
import { programMentors } from '../recruitment/tables';
import { matchExclusions } from './tables';

const mentorUser = alias(users, 'mentor_user');

/** A program's exclusions, newest first: the coordinator's and the declined pairs. */
export async function listExclusions(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
): Promise<Exclusion[]> {
  const rows = await db
    .select({
      exclusion: matchExclusions,
      mentorName: mentorUser.name,
      menteeName: mentees.name,
    })
    .from(matchExclusions)
    .leftJoin(programMentors, eq(programMentors.id, matchExclusions.programMentorId))
    .leftJoin(mentorUser, eq(mentorUser.id, programMentors.userId))
    .leftJoin(mentees, eq(mentees.id, matchExclusions.menteeId))
    .where(
      and(
        eq(matchExclusions.organisationId, organisationId),
        eq(matchExclusions.programId, programId),
      ),
    )
    .orderBy(desc(matchExclusions.createdAt), desc(matchExclusions.id))
    .limit(1000);
  return rows.map(({ exclusion: e, mentorName, menteeName }) => ({
    id: e.id,
    mentorId: e.programMentorId,
    menteeId: e.menteeId,
    mentorName,
    menteeName,
    reason: e.reason,
    createdAt: e.createdAt.toISOString(),
  }));
}

/** Checks that the ids are a mentor and a mentee of this program (400 naming the field). */
async function assertInProgram(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  ids: { mentorId?: string; menteeId?: string },
) {
  if (!ids.mentorId && !ids.menteeId) {
    throw AppError.invalid([
      { path: 'mentorId', messageKey: 'matching.validation.exclusion_needs_person' },
    ]);
  }
  if (ids.mentorId) {
    const [row] = await tx
      .select({ id: programMentors.id })
      .from(programMentors)
      .where(
        and(
          eq(programMentors.organisationId, organisationId),
          eq(programMentors.programId, programId),
          eq(programMentors.id, ids.mentorId),
        ),
      );
    if (!row)
      throw AppError.invalid([{ path: 'mentorId', messageKey: 'validation.unknown_mentor' }]);
  }
  if (ids.menteeId) {
    const [row] = await tx
      .select({ id: mentees.id })
      .from(mentees)
      .where(
        and(
          eq(mentees.organisationId, organisationId),
          eq(mentees.programId, programId),
          eq(mentees.id, ids.menteeId),
        ),
      );
    if (!row)
      throw AppError.invalid([{ path: 'menteeId', messageKey: 'validation.unknown_mentee' }]);
  }
}

const sameIds = (ids: { mentorId?: string; menteeId?: string }) =>
  and(
    ids.mentorId
      ? eq(matchExclusions.programMentorId, ids.mentorId)
      : isNull(matchExclusions.programMentorId),
    ids.menteeId ? eq(matchExclusions.menteeId, ids.menteeId) : isNull(matchExclusions.menteeId),
  );

/**
 * The coordinator keeps a pair (both ids) or a person (one id) out of suggestions until the
 * exclusion is removed. Excluding what is already excluded changes nothing.
 */
export async function addExclusion(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  ids: { mentorId?: string; menteeId?: string },
  actorId: string | null,
  at: Date,
) {
  await assertInProgram(tx, organisationId, programId, ids);
  const [existing] = await tx
    .select({ id: matchExclusions.id })
    .from(matchExclusions)
    .where(
      and(
        eq(matchExclusions.organisationId, organisationId),
        eq(matchExclusions.programId, programId),
        eq(matchExclusions.reason, 'coordinator'),
        sameIds(ids),
      ),
    );
  if (existing) return { id: existing.id, created: false };
  const id = newId();
  await tx.insert(matchExclusions).values({
    id,
    organisationId,
    programId,
    programMentorId: ids.mentorId ?? null,
    menteeId: ids.menteeId ?? null,
    reason: 'coordinator',
    createdBy: actorId,
    createdAt: at,
  });
  return { id, created: true };
}

/**
 * Lifts the coordinator's exclusion of exactly this pair or person; a declined pair stays
 * excluded. Answers how many were lifted.
 */
export async function removeExclusion(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  ids: { mentorId?: string; menteeId?: string },
) {
  if (!ids.mentorId && !ids.menteeId) {
    throw AppError.invalid([
      { path: 'mentorId', messageKey: 'matching.validation.exclusion_needs_person' },
    ]);
  }
  const removed = await tx
    .delete(matchExclusions)
    .where(
      and(
        eq(matchExclusions.organisationId, organisationId),
        eq(matchExclusions.programId, programId),
        eq(matchExclusions.reason, 'coordinator'),
        sameIds(ids),
      ),
    )
    .returning({ id: matchExclusions.id });
  return removed.length;
}
