import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildEnrolment,
  buildMember,
  buildOrganisation,
  buildProgram,
  buildProgramMentor,
} from '../../db/factories';
import { newId } from '../../db/ids';
import { startTestApp, type TestApp } from '../../test/harness';
import { users } from '../accounts/tables';
import { auditLog } from '../audit/tables';
import { outboundMail } from '../mail/tables';
import { memberships, organisations } from '../organisations/tables';
import { deleteExpiredRejectedApplicants } from './retention';
import { interviews, mentorEvents, programMentors } from './tables';

const DAY = 86_400_000;

let t: TestApp;
let orgId: string;
let programId: string;

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await buildOrganisation(t.db)).id;
  // A short period, so the test can tell the days apart.
  await t.db
    .update(organisations)
    .set({ rejectedRetentionDays: 30 })
    .where(eq(organisations.id, orgId));
  programId = (await buildProgram(t.db, orgId, { status: 'published' })).id;
});
afterAll(() => t.close());

/** An applicant rejected `daysAgo` days ago, with a timeline, an interview and a mail. */
async function rejected(daysAgo: number, roles: ('mentor' | 'trainer')[] = ['mentor']) {
  const { user, membership } = await buildMember(t.db, orgId, { roles });
  const at = new Date(t.clock.now().getTime() - daysAgo * DAY);
  const mentor = await buildProgramMentor(t.db, orgId, programId, {
    userId: user.id,
    stage: 'rejected',
    now: at,
  });
  await t.db.insert(mentorEvents).values({
    id: newId(),
    organisationId: orgId,
    programMentorId: mentor.id,
    kind: 'rejected',
    at,
    details: { reason: 'Ikke nu' },
  });
  await t.db.insert(interviews).values({
    id: newId(),
    organisationId: orgId,
    programMentorId: mentor.id,
    interviewedAt: at,
    motivation: 'Noter fra samtalen',
  });
  await t.db.insert(outboundMail).values({
    id: newId(),
    organisationId: orgId,
    kind: 'notification',
    to: user.email,
    subject: 'Din ansøgning',
    body: 'Begrundelse: Ikke nu',
    status: 'stored',
  });
  return { user, membership, mentor };
}

const exists = async (table: typeof users | typeof memberships, id: string) =>
  (await t.db.$count(table, eq(table.id, id))) === 1;

describe('rejected applicants', () => {
  it('are deleted after the retention period, with their account when nothing else ties them', async () => {
    const old = await rejected(31);
    const recent = await rejected(29);
    const run = await deleteExpiredRejectedApplicants(t.deps, t.clock.now());
    expect(run).toMatchObject({ deleted: 1, accountsDeleted: 1 });

    expect(await t.db.$count(programMentors, eq(programMentors.id, old.mentor.id))).toBe(0);
    expect(await t.db.$count(mentorEvents, eq(mentorEvents.programMentorId, old.mentor.id))).toBe(
      0,
    );
    expect(await t.db.$count(interviews, eq(interviews.programMentorId, old.mentor.id))).toBe(0);
    expect(await exists(users, old.user.id)).toBe(false);
    expect(await t.db.$count(outboundMail, eq(outboundMail.to, old.user.email))).toBe(0);

    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.subjectId, old.mentor.id));
    expect(entry).toMatchObject({
      organisationId: orgId,
      action: 'applicant.deleted',
      subjectType: 'program_mentor',
      subjectLabel: 'deleted applicant',
      actorName: 'system',
    });
    expect(JSON.stringify(entry)).not.toContain(old.user.name);
    expect(JSON.stringify(entry)).not.toContain(old.user.email);

    // Within the period: kept, until the day has come.
    expect(await t.db.$count(programMentors, eq(programMentors.id, recent.mentor.id))).toBe(1);
    t.clock.advance(2 * DAY);
    expect(await deleteExpiredRejectedApplicants(t.deps, t.clock.now())).toMatchObject({
      deleted: 1,
    });
    expect(await exists(users, recent.user.id)).toBe(false);
  });

  it('keep an account that has another role or another place, and only lose the candidacy', async () => {
    const trainer = await rejected(40, ['mentor', 'trainer']);
    const enrolled = await rejected(40);
    await buildEnrolment(t.db, orgId, { membershipId: enrolled.membership.id });
    const elsewhere = await rejected(40);
    const otherOrg = (await buildOrganisation(t.db)).id;
    await t.db.insert(memberships).values({
      id: newId(),
      organisationId: otherOrg,
      userId: elsewhere.user.id,
      roles: ['coordinator'],
      status: 'active',
    });

    const run = await deleteExpiredRejectedApplicants(t.deps, t.clock.now());
    expect(run).toMatchObject({ deleted: 3, accountsDeleted: 0 });
    for (const person of [trainer, enrolled, elsewhere]) {
      expect(await exists(users, person.user.id)).toBe(true);
      expect(await t.db.$count(programMentors, eq(programMentors.id, person.mentor.id))).toBe(0);
    }
    // Their place here holds a role, an enrolment, or nothing (then it goes).
    expect(await exists(memberships, trainer.membership.id)).toBe(true);
    expect(await exists(memberships, enrolled.membership.id)).toBe(true);
    expect(await exists(memberships, elsewhere.membership.id)).toBe(false);
  });

  it('leave everyone else alone', async () => {
    const applied = await buildProgramMentor(t.db, orgId, programId, {
      stage: 'applied',
      now: new Date(t.clock.now().getTime() - 400 * DAY),
    });
    const withdrawn = await buildProgramMentor(t.db, orgId, programId, {
      stage: 'withdrawn',
      now: new Date(t.clock.now().getTime() - 400 * DAY),
    });
    expect(await deleteExpiredRejectedApplicants(t.deps, t.clock.now())).toMatchObject({
      deleted: 0,
    });
    for (const row of [applied, withdrawn]) {
      expect(await t.db.$count(programMentors, eq(programMentors.id, row.id))).toBe(1);
    }
  });
});
