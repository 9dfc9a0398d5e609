import { and, desc, eq, inArray, lt, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { users } from '../accounts/tables';
import { mentees } from '../mentees/tables';
import { programs } from '../programs/tables';
import { programMentors } from '../recruitment/tables';
import { ageOn } from './rules';
import { matches } from './tables';

const mentorUser = alias(users, 'mentor_user');

const matchColumns = {
  match: matches,
  mentorName: mentorUser.name,
  mentorUserId: programMentors.userId,
  menteeName: mentees.name,
  menteeBirthDate: mentees.birthDate,
  menteeUserId: mentees.userId,
  guardianUserId: mentees.guardianUserId,
  programName: programs.name,
};

function matchQuery(db: DbOrTx) {
  return db
    .select(matchColumns)
    .from(matches)
    .innerJoin(programMentors, eq(programMentors.id, matches.programMentorId))
    .innerJoin(mentorUser, eq(mentorUser.id, programMentors.userId))
    .innerJoin(mentees, eq(mentees.id, matches.menteeId))
    .innerJoin(programs, eq(programs.id, matches.programId));
}

export type MatchView = Awaited<ReturnType<typeof findMatch>> & {};

export async function findMatch(db: DbOrTx, organisationId: AuthorizedOrgId, id: string) {
  const [row] = await matchQuery(db).where(
    and(eq(matches.organisationId, organisationId), eq(matches.id, id)),
  );
  return row ?? null;
}

/** A program's matches, newest first, a page at a time (cursor: the last id). */
export async function listProgramMatches(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  limit: number,
  cursor: string | undefined,
) {
  return matchQuery(db)
    .where(
      and(
        eq(matches.organisationId, organisationId),
        eq(matches.programId, programId),
        cursor ? lt(matches.id, cursor) : undefined,
      ),
    )
    .orderBy(desc(matches.id))
    .limit(limit + 1);
}

/** The matches a person takes part in: as mentor, as mentee, or as a mentee's guardian. */
export async function listMatchesOfPerson(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  userId: string,
) {
  return matchQuery(db)
    .where(
      and(
        eq(matches.organisationId, organisationId),
        inArray(matches.status, ['proposed', 'active', 'closed']),
        or(
          eq(programMentors.userId, userId),
          eq(mentees.userId, userId),
          eq(mentees.guardianUserId, userId),
        ),
      ),
    )
    .orderBy(desc(matches.proposedAt))
    .limit(200);
}

export type Side = 'mentor' | 'mentee' | 'guardian';

/** How a person takes part in a match (several at once only in odd test data). */
export function sidesOf(view: NonNullable<MatchView>, userId: string | null): Side[] {
  if (!userId) return [];
  const sides: Side[] = [];
  if (view.mentorUserId === userId) sides.push('mentor');
  if (view.menteeUserId === userId) sides.push('mentee');
  if (view.guardianUserId === userId) sides.push('guardian');
  return sides;
}

/** Who accepts for the mentee: the guardian while the mentee is under 15. */
export function menteeSideOf(view: NonNullable<MatchView>, at: Date): 'mentee' | 'guardian' {
  return ageOn(view.menteeBirthDate, at) < 15 ? 'guardian' : 'mentee';
}
