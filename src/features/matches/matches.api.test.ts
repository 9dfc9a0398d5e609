import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCertifiedMentor,
  buildEnrolment,
  buildMember,
  buildMentee,
  buildOrganisation,
  buildProgram,
  buildProgramMentor,
} from '../../db/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import { outboundMail } from '../mail/tables';
import { childCertificates, programMentors } from '../recruitment/tables';
import { notifications } from '../relationships/tables';
import { testCurriculum } from '../training/test-curriculum';

const DAY = 86_400_000;
let t: TestApp;
let orgId: string;
let school: string;
let career: string;
let coordinator: Record<string, string>;

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await buildOrganisation(t.db)).id;
  coordinator = await t.as((await buildMember(t.db, orgId, { roles: ['coordinator'] })).user.id);
  const program = (forChildren: boolean) =>
    buildProgram(t.db, orgId, {
      type: 'career',
      status: 'published',
      curriculum: testCurriculum(),
      trainingMinutes: 45,
      ...(forChildren ? { childCertificate: 'always' as const, menteeAgeMin: 6 } : {}),
    });
  // A program for children (child certificate required) and one for students of 15–19,
  // both on the short test curriculum.
  school = (await program(true)).id;
  career = (await program(false)).id;
});
afterAll(() => t.close());

async function call(method: string, url: string, headers: Record<string, string>, body?: object) {
  const res = await t.app.inject({
    method: method as 'GET',
    url,
    headers,
    ...(body ? { payload: body } : {}),
  });
  return { status: res.statusCode, body: res.body ? res.json() : null };
}

const match = (programId: string, mentorId: string, menteeId: string) =>
  call('POST', `/api/v1/programs/${programId}/matches`, coordinator, { mentorId, menteeId });

async function mentorPlaceOf(userId: string, programId: string) {
  const [row] = await t.db.select().from(programMentors).where(eq(programMentors.userId, userId));
  if (!row || row.programId !== programId) throw new Error('no place');
  return row.id;
}

describe('creating a match', () => {
  it('refuses a mentor still in training with 422 training_incomplete and every blocker', async () => {
    const { enrolment } = await buildEnrolment(t.db, orgId, {
      programId: career,
      now: t.clock.now(),
    });
    const mentorId = await mentorPlaceOf(enrolment.userId, career);
    const mentee = await buildMentee(t.db, orgId, career, { age: 16 });
    const res = await match(career, mentorId, mentee.id);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('training_incomplete');
    expect(res.body.error.details.blockers).toEqual([
      'training_incomplete',
      'code_of_conduct_unsigned',
    ]);
    expect(res.body.error.message).toMatch(/\S/);
  });

  it('refuses an applicant who has not passed screening, first of all', async () => {
    const applicant = await buildProgramMentor(t.db, orgId, career, { stage: 'applied' });
    const mentee = await buildMentee(t.db, orgId, career, { age: 16 });
    const res = await match(career, applicant.id, mentee.id);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('screening_incomplete');
  });

  it('needs a valid child certificate in a children’s program, and stops when it expires', async () => {
    const now = t.clock.now();
    const certified = await buildCertifiedMentor(t.db, orgId, { programId: school, now });
    await t.db
      .delete(childCertificates)
      .where(eq(childCertificates.userId, certified.member.user.id));
    const child = await buildMentee(t.db, orgId, school, { age: 9 });
    const missing = await match(school, certified.mentorId, child.id);
    expect(missing.status).toBe(422);
    expect(missing.body.error).toMatchObject({
      code: 'child_certificate_missing',
      details: { blockers: ['child_certificate_missing'] },
    });

    const other = await buildCertifiedMentor(t.db, orgId, { programId: school, now });
    await t.db
      .update(childCertificates)
      .set({ validUntil: new Date(now.getTime() - DAY) })
      .where(eq(childCertificates.userId, other.member.user.id));
    const expired = await match(school, other.mentorId, child.id);
    expect(expired.body.error.code).toBe('child_certificate_expired');
  });

  it('matches an eligible mentor, then refuses the same mentee again and a full mentor', async () => {
    const mentor = await buildCertifiedMentor(t.db, orgId, {
      programId: career,
      now: t.clock.now(),
    });
    const [first, second] = [
      await buildMentee(t.db, orgId, career, { age: 17, name: 'Sara Nielsen' }),
      await buildMentee(t.db, orgId, career, { age: 17 }),
    ];
    if (!first || !second) throw new Error('no mentees');
    const created = await match(career, mentor.mentorId, first.id);
    expect(created.status).toBe(201);
    expect(created.body.match).toMatchObject({
      mentorId: mentor.mentorId,
      menteeId: first.id,
      menteeName: 'Sara Nielsen',
      status: 'proposed',
      startedAt: null,
      closedAt: null,
      contactAfterClosure: 'none',
    });

    const other = await buildCertifiedMentor(t.db, orgId, {
      programId: career,
      now: t.clock.now(),
    });
    const again = await match(career, other.mentorId, first.id);
    expect(again.status).toBe(422);
    expect(again.body.error.code).toBe('mentee_already_matched');

    const full = await match(career, mentor.mentorId, second.id);
    expect(full.status).toBe(422);
    expect(full.body.error.code).toBe('mentor_at_capacity');

    const listed = await call('GET', `/api/v1/programs/${career}/matches`, coordinator);
    expect(listed.body.items.map((m: { id: string }) => m.id)).toContain(created.body.match.id);
  });

  it('refuses a pair from different programs and a pair that breaks the program’s rules', async () => {
    const mentor = await buildCertifiedMentor(t.db, orgId, {
      programId: career,
      now: t.clock.now(),
      profile: { languages: ['pl'] },
    });
    const elsewhere = await buildMentee(t.db, orgId, school, { age: 16 });
    const mismatch = await match(career, mentor.mentorId, elsewhere.id);
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.error.details.blockers).toContain('program_mismatch');

    const danishOnly = await buildMentee(t.db, orgId, career, {
      age: 16,
      profile: { languages: ['da'] },
    });
    const rules = await match(career, mentor.mentorId, danishOnly.id);
    expect(rules.status).toBe(422);
    expect(rules.body.error).toMatchObject({
      code: 'constraint_violated',
      details: { blockers: ['constraint_violated'], rules: ['language'] },
    });
  });

  it('names the field of an id that is not in the organisation', async () => {
    const mentee = await buildMentee(t.db, orgId, career, { age: 16 });
    const res = await match(career, 'nope', mentee.id);
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0].path).toBe('mentorId');
  });

  it('lets only one of two simultaneous matches of the same mentee through', async () => {
    const a = await buildCertifiedMentor(t.db, orgId, { programId: career, now: t.clock.now() });
    const b = await buildCertifiedMentor(t.db, orgId, { programId: career, now: t.clock.now() });
    const mentee = await buildMentee(t.db, orgId, career, { age: 18 });
    const results = await Promise.all([
      match(career, a.mentorId, mentee.id),
      match(career, b.mentorId, mentee.id),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 422]);
  });
});

describe('accepting a match and reaching each other', () => {
  it('becomes active when the mentor and the guardian of a child accept; contact follows the gate', async () => {
    const now = t.clock.now();
    const mentor = await buildCertifiedMentor(t.db, orgId, { programId: school, now });
    const guardian = await buildMember(t.db, orgId, { roles: ['guardian'], name: 'Lone Berg' });
    const child = await buildMentee(t.db, orgId, school, {
      age: 9,
      guardianUserId: guardian.user.id,
    });
    const created = await match(school, mentor.mentorId, child.id);
    expect(created.body.match.acceptance.menteeSide).toBe('guardian');
    // Both sides hear of the proposal, in the app and by e-mail.
    for (const person of [mentor.member.user, guardian.user]) {
      const told = await t.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, person.id), eq(notifications.kind, 'match_proposed')));
      expect(told, person.email).toHaveLength(1);
      expect(await t.db.$count(outboundMail, eq(outboundMail.to, person.email))).toBe(1);
    }
    const id = created.body.match.id;
    const asMentor = await t.as(mentor.member.user.id);
    const asGuardian = await t.as(guardian.user.id);

    const mine = await call('GET', `/api/v1/organisations/${orgId}/my-matches`, asGuardian);
    expect(mine.body.items).toEqual([
      expect.objectContaining({ id, role: 'guardian', awaitingMe: true, status: 'proposed' }),
    ]);
    const early = await call('GET', `/api/v1/matches/${id}/contact`, asMentor);
    expect(early.status).toBe(422);
    expect(early.body.error.code).toBe('contact_not_allowed');

    const byMentor = await call('POST', `/api/v1/matches/${id}/accept`, asMentor);
    expect(byMentor.body.match.status).toBe('proposed');
    const byGuardian = await call('POST', `/api/v1/matches/${id}/accept`, asGuardian);
    expect(byGuardian.body.match).toMatchObject({ status: 'active' });
    expect(byGuardian.body.match.startedAt).not.toBeNull();

    const contact = await call('GET', `/api/v1/matches/${id}/contact`, asMentor);
    expect(contact.status).toBe(200);
    expect(contact.body).toMatchObject({
      mentor: null,
      guardian: { name: 'Lone Berg', email: guardian.user.email },
    });
    const toMentor = await call('GET', `/api/v1/matches/${id}/contact`, asGuardian);
    expect(toMentor.body.mentor).toMatchObject({ email: mentor.member.user.email });
    expect(toMentor.body.guardian).toBeNull();

    // The mentor's training certificate expires: neither side reaches the other any more.
    t.clock.advance(731 * DAY);
    try {
      const lapsed = await call(
        'GET',
        `/api/v1/matches/${id}/contact`,
        await t.as(mentor.member.user.id),
      );
      expect(lapsed.status).toBe(422);
      expect(lapsed.body.error.details.blockers).toContain('certification_expired');
      const fromGuardian = await call(
        'GET',
        `/api/v1/matches/${id}/contact`,
        await t.as(guardian.user.id),
      );
      expect(fromGuardian.status).toBe(422);
    } finally {
      t.clock.advance(-731 * DAY);
    }
  });

  it('does not activate when the mentor lost eligibility between proposal and acceptance', async () => {
    const mentor = await buildCertifiedMentor(t.db, orgId, {
      programId: career,
      now: t.clock.now(),
    });
    const student = await buildMember(t.db, orgId, { roles: ['mentee'] });
    const mentee = await buildMentee(t.db, orgId, career, { age: 17, userId: student.user.id });
    const id = (await match(career, mentor.mentorId, mentee.id)).body.match.id;
    await call('POST', `/api/v1/matches/${id}/accept`, await t.as(student.user.id));
    await t.db
      .update(programMentors)
      .set({ screeningCompletedAt: null })
      .where(eq(programMentors.id, mentor.mentorId));
    const res = await call(
      'POST',
      `/api/v1/matches/${id}/accept`,
      await t.as(mentor.member.user.id),
    );
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('screening_incomplete');
    const listed = await call('GET', `/api/v1/programs/${career}/matches?limit=200`, coordinator);
    expect(listed.body.items.find((m: { id: string }) => m.id === id).status).toBe('proposed');
  });

  it('puts a declined mentee back in the queue', async () => {
    const mentor = await buildCertifiedMentor(t.db, orgId, {
      programId: career,
      now: t.clock.now(),
    });
    const mentee = await buildMentee(t.db, orgId, career, { age: 17 });
    const id = (await match(career, mentor.mentorId, mentee.id)).body.match.id;
    const res = await call(
      'POST',
      `/api/v1/matches/${id}/decline`,
      await t.as(mentor.member.user.id),
    );
    expect(res.body.match.status).toBe('declined');
    const again = await match(career, mentor.mentorId, mentee.id);
    expect(again.status).toBe(422);
    expect(again.body.error).toMatchObject({
      code: 'constraint_violated',
      details: { rules: ['excluded'] },
    });
    const other = await buildCertifiedMentor(t.db, orgId, {
      programId: career,
      now: t.clock.now(),
    });
    expect((await match(career, other.mentorId, mentee.id)).status).toBe(201);
  });

  it('hides a match from people who are not in it', async () => {
    const mentor = await buildCertifiedMentor(t.db, orgId, {
      programId: career,
      now: t.clock.now(),
    });
    const mentee = await buildMentee(t.db, orgId, career, { age: 17 });
    const id = (await match(career, mentor.mentorId, mentee.id)).body.match.id;
    for (const role of ['mentor', 'hr', 'trainer', 'guardian'] as const) {
      const stranger = await t.as((await buildMember(t.db, orgId, { roles: [role] })).user.id);
      expect((await call('GET', `/api/v1/matches/${id}/contact`, stranger)).status, role).toBe(404);
      expect((await call('POST', `/api/v1/matches/${id}/accept`, stranger)).status, role).toBe(404);
      const list = await call('GET', `/api/v1/programs/${career}/matches`, stranger);
      expect(list.status, role).toBe(403);
    }
  });
});
