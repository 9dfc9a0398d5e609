import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DueMatch } from '../../contracts/checkins';
import type { DbOrTx } from '../../db/client';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { users } from '../accounts/tables';
import { ageOn } from '../matches/rules';
import { matches } from '../matches/tables';
import { mentees } from '../mentees/tables';
import { programs } from '../programs/tables';
import { programMentors } from '../recruitment/tables';
import { childCertificateRequired } from '../training/rules';
import { checkInSchedule, compareDue, type Party, worstStatus } from './checkin-rules';
import { checkIns } from './tables';

const mentorUser = alias(users, 'checkin_mentor_user');
const recorder = alias(users, 'checkin_recorder');

export interface ScheduleInput {
  startedAt: Date;
  menteeBirthDate: string;
  guardianUserId: string | null;
  program: Parameters<typeof childCertificateRequired>[0];
}

/** What is due for one active match, from its facts and check-ins. */
export function scheduleOf(
  m: ScheduleInput,
  rows: readonly { party: Party; date: Date }[],
  now: Date,
) {
  return checkInSchedule({
    startedAt: m.startedAt,
    menteeAge: ageOn(m.menteeBirthDate, now),
    childrensProgram: childCertificateRequired(m.program),
    hasGuardian: m.guardianUserId !== null,
    checkIns: rows,
    now,
  });
}

/** The check-ins of a match, newest first, with who recorded them. */
export async function listCheckIns(db: DbOrTx, organisationId: AuthorizedOrgId, matchId: string) {
  return db
    .select({ checkIn: checkIns, recordedByName: recorder.name })
    .from(checkIns)
    .leftJoin(recorder, eq(recorder.id, checkIns.createdBy))
    .where(and(eq(checkIns.organisationId, organisationId), eq(checkIns.matchId, matchId)))
    .orderBy(desc(checkIns.date), desc(checkIns.id))
    .limit(500);
}

/** Every active match (of a program, or of the organisation) with what is due, overdue first. */
export async function dueCheckIns(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string | null,
  now: Date,
): Promise<{ items: DueMatch[]; summary: { overdue: number; due: number } }> {
  const active = await db
    .select({
      id: matches.id,
      programId: matches.programId,
      startedAt: matches.startedAt,
      proposedAt: matches.proposedAt,
      programName: programs.name,
      childCertificate: programs.childCertificate,
      menteeAgeMin: programs.menteeAgeMin,
      mentorName: mentorUser.name,
      menteeName: mentees.name,
      menteeBirthDate: mentees.birthDate,
      guardianUserId: mentees.guardianUserId,
    })
    .from(matches)
    .innerJoin(programs, eq(programs.id, matches.programId))
    .innerJoin(programMentors, eq(programMentors.id, matches.programMentorId))
    .innerJoin(mentorUser, eq(mentorUser.id, programMentors.userId))
    .innerJoin(mentees, eq(mentees.id, matches.menteeId))
    .where(
      and(
        eq(matches.organisationId, organisationId),
        eq(matches.status, 'active'),
        programId ? eq(matches.programId, programId) : undefined,
      ),
    )
    .orderBy(asc(matches.startedAt))
    .limit(2000);
  const ids = active.map((m) => m.id);
  const rows =
    ids.length === 0
      ? []
      : await db
          .select({ matchId: checkIns.matchId, party: checkIns.party, date: checkIns.date })
          .from(checkIns)
          .where(and(eq(checkIns.organisationId, organisationId), inArray(checkIns.matchId, ids)));
  const byMatch = new Map<string, typeof rows>();
  for (const r of rows) byMatch.set(r.matchId, [...(byMatch.get(r.matchId) ?? []), r]);
  const items = active.map((m): DueMatch => {
    const startedAt = m.startedAt ?? m.proposedAt;
    const parties = scheduleOf(
      {
        startedAt,
        menteeBirthDate: m.menteeBirthDate,
        guardianUserId: m.guardianUserId,
        program: { childCertificate: m.childCertificate, menteeAgeMin: m.menteeAgeMin },
      },
      byMatch.get(m.id) ?? [],
      now,
    );
    return {
      matchId: m.id,
      programId: m.programId,
      programName: m.programName,
      mentorName: m.mentorName,
      menteeName: m.menteeName,
      startedAt: startedAt.toISOString(),
      status: worstStatus(parties),
      parties,
    };
  });
  items.sort(compareDue);
  const all = items.flatMap((i) => i.parties);
  return {
    items,
    summary: {
      overdue: all.filter((p) => p.status === 'overdue').length,
      due: all.filter((p) => p.status === 'due').length,
    },
  };
}
