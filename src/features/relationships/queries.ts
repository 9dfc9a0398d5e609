import { and, asc, desc, eq, gte } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { users } from '../accounts/tables';
import { matchGoals, meetings } from './tables';

export type MeetingRow = typeof meetings.$inferSelect;
export type GoalRow = typeof matchGoals.$inferSelect;

/** A match's meetings, newest first, with who logged them (at most `limit`). */
export function listMeetings(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  matchId: string,
  limit = 100,
) {
  return db
    .select({ meeting: meetings, loggedByName: users.name })
    .from(meetings)
    .leftJoin(users, eq(users.id, meetings.loggedBy))
    .where(and(eq(meetings.organisationId, organisationId), eq(meetings.matchId, matchId)))
    .orderBy(desc(meetings.date), desc(meetings.id))
    .limit(limit);
}

export function listGoals(db: DbOrTx, organisationId: AuthorizedOrgId, matchId: string) {
  return db
    .select()
    .from(matchGoals)
    .where(and(eq(matchGoals.organisationId, organisationId), eq(matchGoals.matchId, matchId)))
    .orderBy(asc(matchGoals.createdAt), asc(matchGoals.id));
}

/** The earliest meeting of the match at or after `at`. */
export async function firstPlannedMeeting(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  matchId: string,
  at: Date,
) {
  const [row] = await db
    .select()
    .from(meetings)
    .where(
      and(
        eq(meetings.organisationId, organisationId),
        eq(meetings.matchId, matchId),
        gte(meetings.date, at),
      ),
    )
    .orderBy(asc(meetings.date), asc(meetings.id))
    .limit(1);
  return row ?? null;
}

export async function findMeeting(db: DbOrTx, organisationId: AuthorizedOrgId, id: string) {
  const [row] = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.organisationId, organisationId), eq(meetings.id, id)));
  return row ?? null;
}

export async function findGoal(db: DbOrTx, organisationId: AuthorizedOrgId, id: string) {
  const [row] = await db
    .select()
    .from(matchGoals)
    .where(and(eq(matchGoals.organisationId, organisationId), eq(matchGoals.id, id)));
  return row ?? null;
}
