import { and, eq } from 'drizzle-orm';
import type { Profile } from '../../contracts/profile';
import { users } from '../../features/accounts/tables';
import { matches } from '../../features/matches/tables';
import { mentees } from '../../features/mentees/tables';
import { programMentors } from '../../features/recruitment/tables';
import { checkIns, exitSurveys, matchGoals, meetings } from '../../features/relationships/tables';
import type { AuthorizedOrgId } from '../../server/lib/access';
import type { DbOrTx } from '../client';
import { buildMember, buildMentee, testProfile } from '../factories';
import { newId } from '../ids';
import { seedTrainingStages } from './demo-training';

const DAY = 86_400_000;
const DEMO_PASSWORD = 'demo-password';
const FIRST_MENTOR = 'karen.lund@demo.test';

interface DemoMentor {
  email: string;
  name: string;
  profile: Partial<Profile>;
}

/** A certified mentor of a program (training done long ago), with a matching profile. */
async function certifiedMentor(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  mentor: DemoMentor,
  now: Date,
) {
  const { membership, user } = await buildMember(db, organisationId, {
    email: mentor.email,
    name: mentor.name,
    roles: ['mentor'],
    password: DEMO_PASSWORD,
  });
  await seedTrainingStages(
    db,
    organisationId,
    programId,
    [{ email: mentor.email, enrolledDaysAgo: 240, share: 1, sign: true, childCertificate: true }],
    new Map([[mentor.email, membership.id]]),
    now,
  );
  const [row] = await db
    .update(programMentors)
    .set({ profile: testProfile(mentor.profile), birthYear: 1982, capacity: 1 })
    .where(and(eq(programMentors.programId, programId), eq(programMentors.userId, user.id)))
    .returning();
  if (!row) throw new Error(`no place for ${mentor.email}`);
  return { programMentorId: row.id, userId: user.id };
}

/**
 * A child of a guardian, in a program. A guardian with `signedUp` can sign in with the demo
 * password; the others were registered but never set one.
 */
async function child(
  db: DbOrTx,
  organisationId: string,
  programId: string,
  name: string,
  age: number,
  guardian: { email: string; name: string; signedUp?: boolean },
  now: Date,
) {
  const { user } = await buildMember(db, organisationId, {
    email: guardian.email,
    name: guardian.name,
    roles: ['guardian'],
    password: guardian.signedUp ? DEMO_PASSWORD : null,
    status: guardian.signedUp ? 'active' : 'invited',
  });
  return buildMentee(db, organisationId, programId, {
    name,
    age,
    guardianUserId: user.id,
    now,
  });
}

/** An active (or, with `closedAt`, closed) match inserted directly, as seed data. */
async function insertMatch(
  db: DbOrTx,
  o: {
    organisationId: string;
    programId: string;
    programMentorId: string;
    menteeId: string;
    startedAt: Date;
    createdBy: string | null;
    goals: string[];
    closed?: {
      at: Date;
      reason: string;
      contact: 'none' | 'platform' | 'direct';
      message: string;
    };
  },
) {
  const proposedAt = new Date(o.startedAt.getTime() - 5 * DAY);
  const [row] = await db
    .insert(matches)
    .values({
      id: newId(proposedAt.getTime()),
      organisationId: o.organisationId,
      programId: o.programId,
      programMentorId: o.programMentorId,
      menteeId: o.menteeId,
      status: o.closed ? 'closed' : 'active',
      createdBy: o.createdBy,
      proposedAt,
      mentorAcceptedAt: new Date(proposedAt.getTime() + DAY),
      menteeAcceptedAt: new Date(proposedAt.getTime() + 2 * DAY),
      guardianAcceptedAt: new Date(proposedAt.getTime() + 2 * DAY),
      startedAt: o.startedAt,
      firstMeetingAt: new Date(o.startedAt.getTime() + 3 * DAY),
      firstMeetingPlace: 'Biblioteket',
      agreement: { cadence: 'fortnightly', lengthMonths: 6, goals: o.goals },
      closedAt: o.closed?.at ?? null,
      closeReason: o.closed?.reason ?? null,
      closingMessage: o.closed?.message ?? null,
      closedBy: o.closed ? o.createdBy : null,
      contactAfterClosure: o.closed?.contact ?? 'none',
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await db
    .update(mentees)
    .set({ status: o.closed ? 'waiting' : 'matched', updatedAt: o.closed?.at ?? o.startedAt })
    .where(eq(mentees.id, o.menteeId));
  if (!o.closed) {
    await db
      .update(programMentors)
      .set({ stage: 'active', stageChangedAt: o.startedAt })
      .where(eq(programMentors.id, o.programMentorId));
  }
  return row;
}

async function logMeetings(
  db: DbOrTx,
  organisationId: string,
  matchId: string,
  by: string,
  dates: Date[],
  notes: string[],
) {
  if (dates.length === 0) return;
  await db.insert(meetings).values(
    dates.map((date, i) => ({
      id: newId(date.getTime()),
      organisationId,
      matchId,
      date,
      durationMinutes: 90,
      kind: 'homework' as const,
      notes: notes[i % notes.length] ?? '',
      loggedBy: by,
      createdAt: date,
    })),
  );
}

async function recordCheckIns(
  db: DbOrTx,
  organisationId: string,
  matchId: string,
  by: string | null,
  entries: {
    party: 'mentor' | 'mentee' | 'guardian';
    date: Date;
    notes: string;
    flags?: string[];
  }[],
) {
  if (entries.length === 0) return;
  await db.insert(checkIns).values(
    entries.map((e) => ({
      id: newId(e.date.getTime()),
      organisationId,
      matchId,
      party: e.party,
      date: e.date,
      durationMinutes: 15,
      channel: 'phone' as const,
      notes: e.notes,
      flags: e.flags ?? [],
      createdBy: by,
      createdAt: e.date,
    })),
  );
}

/**
 * Relationships for the demo: in the school program an active match started three months
 * ago with meetings, goals and check-ins on time, and one whose check-ins are overdue; in
 * the career program a closed match (contact through Mentorpath afterwards) where
 * student@demo.test is the former mentee of a certified career mentor. mentor@demo.test and
 * Lukas (guardian@demo.test's child) are left free for the matching journey.
 */
export async function seedRelationships(
  db: DbOrTx,
  organisationId: string,
  programIdByType: Map<string, string>,
  now: Date,
) {
  const orgId = organisationId as AuthorizedOrgId;
  const [done] = await db.select().from(users).where(eq(users.email, FIRST_MENTOR));
  if (done) return;
  const [coordinator] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, 'coordinator@demo.test'));
  const coordinatorId = coordinator?.id ?? null;
  const ago = (days: number) => new Date(now.getTime() - days * DAY);

  const school = programIdByType.get('school');
  if (school) {
    // On track: started 90 days ago, meetings every fortnight, check-ins on the rhythm.
    const karen = await certifiedMentor(
      db,
      orgId,
      school,
      { email: FIRST_MENTOR, name: 'Karen Lund', profile: { place: 'Frederiksberg' } },
      now,
    );
    const sara = await child(
      db,
      organisationId,
      school,
      'Sara Holm',
      10,
      { email: 'sara.familie@demo.test', name: 'Peter Holm', signedUp: true },
      now,
    );
    const onTrack = await insertMatch(db, {
      organisationId,
      programId: school,
      programMentorId: karen.programMentorId,
      menteeId: sara.id,
      startedAt: ago(90),
      createdBy: coordinatorId,
      goals: ['Læse 20 minutter hver dag', 'Blive tryg ved brøker'],
    });
    await logMeetings(
      db,
      organisationId,
      onTrack.id,
      karen.userId,
      [87, 73, 59, 45, 31, 17, 3].map(ago),
      ['Lektier i dansk og læsning', 'Brøker med pizzastykker', 'Biblioteket: valgte bøger'],
    );
    await logMeetings(db, organisationId, onTrack.id, karen.userId, [ago(-4)], ['Matematik']);
    await db.insert(matchGoals).values([
      {
        id: newId(),
        organisationId,
        matchId: onTrack.id,
        title: 'Læse 20 minutter hver dag',
        progressPercent: 60,
        createdBy: karen.userId,
        updatedAt: ago(10),
      },
      {
        id: newId(),
        organisationId,
        matchId: onTrack.id,
        title: 'Blive tryg ved brøker',
        progressPercent: 35,
        createdBy: karen.userId,
        updatedAt: ago(3),
      },
    ]);
    await recordCheckIns(db, organisationId, onTrack.id, coordinatorId, [
      { party: 'mentor', date: ago(80), notes: 'God start, faste tirsdage.' },
      { party: 'guardian', date: ago(79), notes: 'Sara glæder sig til møderne.' },
      { party: 'mentor', date: ago(62), notes: 'Alt vel.' },
      { party: 'guardian', date: ago(61), notes: 'Far oplever mere lyst til lektier.' },
      { party: 'mentor', date: ago(20), notes: 'Brøker går bedre.', flags: ['travl periode'] },
      { party: 'guardian', date: ago(28), notes: 'Ingen bekymringer.' },
    ]);

    // Overdue: started 50 days ago, only one early check-in with the mentor.
    const bo = await certifiedMentor(
      db,
      orgId,
      school,
      { email: 'bo.berg@demo.test', name: 'Bo Berg', profile: { place: 'København' } },
      now,
    );
    const oliver = await child(
      db,
      organisationId,
      school,
      'Oliver Krogh',
      12,
      { email: 'krogh.familie@demo.test', name: 'Anja Krogh' },
      now,
    );
    const overdue = await insertMatch(db, {
      organisationId,
      programId: school,
      programMentorId: bo.programMentorId,
      menteeId: oliver.id,
      startedAt: ago(50),
      createdBy: coordinatorId,
      goals: ['Aflevere lektier til tiden'],
    });
    await logMeetings(db, organisationId, overdue.id, bo.userId, [46, 32, 18].map(ago), [
      'Planlægning af ugen',
    ]);
    await recordCheckIns(db, organisationId, overdue.id, coordinatorId, [
      { party: 'mentor', date: ago(12 + 30), notes: 'Kort snak; Bo vil gerne have ideer.' },
    ]);
  }

  const career = programIdByType.get('career');
  const [student] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, 'student@demo.test'));
  if (career && student) {
    const [former] = await db
      .select()
      .from(mentees)
      .where(and(eq(mentees.programId, career), eq(mentees.userId, student.id)));
    if (former) {
      const camilla = await certifiedMentor(
        db,
        orgId,
        career,
        {
          email: 'camilla.karriere@demo.test',
          name: 'Camilla Nørgaard',
          profile: { place: 'København', goals: former.profile.goals },
        },
        now,
      );
      const closedAt = ago(20);
      const closed = await insertMatch(db, {
        organisationId,
        programId: career,
        programMentorId: camilla.programMentorId,
        menteeId: former.id,
        startedAt: ago(200),
        createdBy: coordinatorId,
        goals: ['Finde en uddannelse', 'Prøve en arbejdsdag'],
        closed: {
          at: closedAt,
          reason: 'completed',
          contact: 'platform',
          message:
            'Tak for et halvt år med skyggedage og gode samtaler. Skriv gerne gennem Mentorpath, hvis du har spørgsmål til dit valg af uddannelse.',
        },
      });
      await logMeetings(
        db,
        organisationId,
        closed.id,
        camilla.userId,
        [190, 160, 120, 80, 40].map(ago),
        ['Skyggedag på kontoret', 'Snak om uddannelsesvalg'],
      );
      await db.insert(exitSurveys).values({
        id: newId(),
        organisationId,
        matchId: closed.id,
        party: 'mentor',
        userId: camilla.userId,
        answers: {
          rating: 5,
          whatWorked: 'Skyggedagene gav meget.',
          whatCouldBeBetter: 'Flere faste datoer fra start.',
          wouldRecommend: true,
        },
        submittedAt: ago(18),
      });
    }
  }
}
