import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../contracts/roles';
import {
  buildChildCertificate,
  buildMember,
  buildOrganisation,
  buildProgram,
  buildProgramMentor,
} from '../../db/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import { auditLog } from '../audit/tables';
import { outboundMail } from '../mail/tables';
import { enrolments } from '../training/tables';
import { testCurriculum } from '../training/test-curriculum';
import { sendDueChildCertificateReminders } from './child-certificate-reminders';
import { mentorEvents, programMentors, screeningRequirements } from './tables';

const DAY = 86_400_000;
let t: TestApp;
let orgId: string;
let programId: string;
const headers: Partial<Record<Role, Record<string, string>>> = {};
const userIds: Partial<Record<Role, string>> = {};

async function as(role: Role) {
  const id = userIds[role];
  if (!id) throw new Error(`no ${role}`);
  return t.as(id);
}

async function call(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  who: Record<string, string> | null,
  payload?: object,
  extra: Record<string, string> = {},
) {
  const res = await t.app.inject({
    method,
    url,
    headers: { ...(who ?? {}), ...extra },
    ...(payload ? { payload } : method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
  });
  return { status: res.statusCode, body: res.body ? res.json() : null };
}

async function mailsTo(email: string) {
  return t.db
    .select()
    .from(outboundMail)
    .where(eq(outboundMail.to, email))
    .orderBy(desc(outboundMail.id));
}

function tokenIn(body: string) {
  const match = body.match(/\/reference\?token=([\w%-]+)/);
  if (!match?.[1]) throw new Error(`no link in ${body}`);
  return decodeURIComponent(match[1]);
}

const answers = {
  relationship: 'Hun var min kollega i fem år.',
  knownForYears: 5,
  suitability: 5,
  strengths: 'Tålmodig og god til at lytte.',
  concerns: '',
  wouldRecommend: true,
};

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await buildOrganisation(t.db, { name: 'Foreningen' })).id;
  for (const role of [
    'admin',
    'coordinator',
    'trainer',
    'hr',
    'safeguarding',
    'mentor',
    'guardian',
  ] as Role[]) {
    const m = await buildMember(t.db, orgId, { roles: [role], name: `The ${role}` });
    userIds[role] = m.user.id;
    headers[role] = await t.as(m.user.id);
  }
  programId = (
    await buildProgram(t.db, orgId, {
      type: 'career',
      name: 'Jobskygge',
      trainingMinutes: 45,
      childCertificate: 'always',
      status: 'published',
      curriculum: testCurriculum(),
    })
  ).id;
});
afterAll(() => t.close());

async function newCandidate(stage: 'applied' | 'screening' = 'applied', program = programId) {
  const member = await buildMember(t.db, orgId, { roles: ['mentor'], name: 'Sofie Holm' });
  const place = await buildProgramMentor(t.db, orgId, program, {
    userId: member.user.id,
    stage,
    now: t.clock.now(),
  });
  return { userId: member.user.id, email: member.user.email, mentorId: place.id };
}

async function requireNothingBut(options: { interview: boolean; references: number }) {
  const res = await call(
    'PUT',
    `/api/v1/programs/${programId}/screening-requirements`,
    await as('coordinator'),
    { interviewRequired: options.interview, referencesRequired: options.references },
  );
  expect(res.status).toBe(200);
}

describe('the program’s checklist', () => {
  it('starts from the program type and can be changed by the coordinator', async () => {
    const get = await call(
      'GET',
      `/api/v1/programs/${programId}/screening-requirements`,
      await as('coordinator'),
    );
    expect(get.status).toBe(200);
    expect(get.body.requirements).toEqual({
      programId,
      interviewRequired: true,
      referencesRequired: 1,
      childCertificateRequired: true,
    });
    const put = await call(
      'PUT',
      `/api/v1/programs/${programId}/screening-requirements`,
      await as('coordinator'),
      { interviewRequired: false, referencesRequired: 3 },
    );
    expect(put.body.requirements).toMatchObject({
      interviewRequired: false,
      referencesRequired: 3,
    });
    await requireNothingBut({ interview: true, references: 1 });
  });

  it('falls back to the type’s defaults when a program has no row', async () => {
    const school = await buildProgram(t.db, orgId, { type: 'school' });
    await t.db.delete(screeningRequirements).where(eq(screeningRequirements.programId, school.id));
    const get = await call(
      'GET',
      `/api/v1/programs/${school.id}/screening-requirements`,
      await as('admin'),
    );
    expect(get.body.requirements).toMatchObject({
      interviewRequired: true,
      referencesRequired: 2,
      childCertificateRequired: true,
    });
  });

  it('names the field when the number of references is out of range, in the caller’s language', async () => {
    const res = await call(
      'PUT',
      `/api/v1/programs/${programId}/screening-requirements`,
      await as('coordinator'),
      { interviewRequired: true, referencesRequired: 6 },
      { 'accept-language': 'en' },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0].path).toBe('referencesRequired');
  });

  it('is not changed by a trainer, nor read by HR', async () => {
    const put = await call(
      'PUT',
      `/api/v1/programs/${programId}/screening-requirements`,
      await as('trainer'),
      { interviewRequired: false, referencesRequired: 0 },
    );
    expect(put.status).toBe(403);
    const get = await call(
      'GET',
      `/api/v1/programs/${programId}/screening-requirements`,
      await as('hr'),
    );
    expect(get.status).toBe(403);
  });
});

describe('the interview', () => {
  it('records the structured notes, moves an applicant into screening and writes the timeline', async () => {
    const c = await newCandidate('applied');
    const res = await call(
      'PUT',
      `/api/v1/program-mentors/${c.mentorId}/interview`,
      await as('coordinator'),
      {
        interviewedAt: t.clock.now().toISOString(),
        outcome: 'passed',
        motivation: 'Vil gerne give noget videre.',
        availability: 'Tirsdage efter kl. 15',
        experience: 'Spejderleder i 4 år',
        concerns: '',
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.screening.stage).toBe('screening');
    expect(res.body.screening.interview).toMatchObject({
      state: 'passed',
      record: { motivation: 'Vil gerne give noget videre.', interviewerName: 'The coordinator' },
    });
    expect(res.body.screening.missing).toEqual(['references', 'child_certificate']);
    const events = await t.db
      .select({ kind: mentorEvents.kind })
      .from(mentorEvents)
      .where(eq(mentorEvents.programMentorId, c.mentorId));
    expect(events.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['interview_recorded', 'stage_changed']),
    );
  });

  it('refuses a passed interview dated in the future and over-long notes, naming the field', async () => {
    const c = await newCandidate('screening');
    const future = await call(
      'PUT',
      `/api/v1/program-mentors/${c.mentorId}/interview`,
      await as('coordinator'),
      {
        interviewedAt: new Date(t.clock.now().getTime() + 2 * DAY).toISOString(),
        outcome: 'passed',
      },
    );
    expect(future.status).toBe(400);
    expect(future.body.error.details.issues).toEqual([
      { path: 'interviewedAt', message: 'En samtale med et resultat kan ikke ligge i fremtiden.' },
    ]);
    const long = await call(
      'PUT',
      `/api/v1/program-mentors/${c.mentorId}/interview`,
      await as('coordinator'),
      {
        interviewedAt: t.clock.now().toISOString(),
        outcome: 'pending',
        concerns: 'x'.repeat(4001),
      },
    );
    expect(long.status).toBe(400);
    expect(long.body.error.details.issues[0].path).toBe('concerns');
  });
});

describe('references', () => {
  async function request(mentorId: string, email = 'referee@example.test') {
    const res = await call(
      'POST',
      `/api/v1/program-mentors/${mentorId}/references`,
      await as('coordinator'),
      {
        refereeName: 'Karen Lund',
        refereeEmail: email,
        relation: 'Tidligere leder',
      },
    );
    expect(res.status).toBe(201);
    const [mail] = await mailsTo(email);
    if (!mail) throw new Error('no mail');
    return { reference: res.body.reference, token: tokenIn(mail.body), mail };
  }

  it('mails the referee a Danish link; they answer once without an account', async () => {
    const c = await newCandidate('screening');
    const { reference, token, mail } = await request(c.mentorId, 'karen@example.test');
    expect(reference).toMatchObject({
      status: 'pending',
      refereeName: 'Karen Lund',
      answers: null,
    });
    expect(mail.subject).toBe('Vil du give Sofie Holm en reference?');
    expect(mail.body).toContain('http://mentorpath.test/reference?token=');
    expect(mail.body).toContain('Jobskygge');

    const seen = await call('GET', `/api/v1/public/references/${token}`, null);
    expect(seen.status).toBe(200);
    expect(seen.body.reference).toEqual({
      candidateName: 'Sofie Holm',
      programName: 'Jobskygge',
      organisationName: 'Foreningen',
      refereeName: 'Karen Lund',
      expiresAt: reference.expiresAt,
    });

    const answered = await call('POST', `/api/v1/public/references/${token}`, null, answers);
    expect(answered.status).toBe(201);
    const again = await call('POST', `/api/v1/public/references/${token}`, null, answers);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('reference_answered');
    expect((await call('GET', `/api/v1/public/references/${token}`, null)).status).toBe(410);

    const screening = await call(
      'GET',
      `/api/v1/program-mentors/${c.mentorId}/screening`,
      await as('coordinator'),
    );
    expect(screening.body.screening.references).toMatchObject({
      required: 1,
      answered: 1,
      items: [{ status: 'answered', answers }],
    });
    // The secret itself is never stored.
    expect(JSON.stringify(screening.body)).not.toContain(token);
  });

  it('names the fields of an incomplete answer', async () => {
    const c = await newCandidate('screening');
    const { token } = await request(c.mentorId, 'missing@example.test');
    const res = await call(
      'POST',
      `/api/v1/public/references/${token}`,
      null,
      { ...answers, suitability: 9, strengths: '' },
      { 'accept-language': 'en' },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'strengths',
      'suitability',
    ]);
  });

  it('expires the link after 14 days; a resend makes a new link and kills the old one', async () => {
    const c = await newCandidate('screening');
    const { reference, token } = await request(c.mentorId, 'late@example.test');
    t.clock.advance(15 * DAY);
    expect((await call('GET', `/api/v1/public/references/${token}`, null)).status).toBe(410);
    const late = await call('POST', `/api/v1/public/references/${token}`, null, answers);
    expect(late.status).toBe(410);
    expect(late.body.error.code).toBe('token_invalid');

    const resent = await call(
      'POST',
      `/api/v1/reference-requests/${reference.id}/resend`,
      await as('coordinator'),
    );
    expect(resent.status).toBe(200);
    expect(resent.body.reference.status).toBe('pending');
    const [mail] = await mailsTo('late@example.test');
    const fresh = tokenIn(mail?.body ?? '');
    expect(fresh).not.toBe(token);
    expect((await call('GET', `/api/v1/public/references/${token}`, null)).status).toBe(410);
    expect((await call('POST', `/api/v1/public/references/${fresh}`, null, answers)).status).toBe(
      201,
    );
    const again = await call(
      'POST',
      `/api/v1/reference-requests/${reference.id}/resend`,
      await as('coordinator'),
    );
    expect(again.body.error.code).toBe('reference_answered');
  });

  it('withdraws a request: the link stops working', async () => {
    const c = await newCandidate('screening');
    const { reference, token } = await request(c.mentorId, 'withdrawn@example.test');
    const res = await call(
      'DELETE',
      `/api/v1/reference-requests/${reference.id}`,
      await as('coordinator'),
    );
    expect(res.status).toBe(204);
    expect((await call('GET', `/api/v1/public/references/${token}`, null)).status).toBe(410);
  });

  it('answers 410 to a made-up link and 429 when flooded from one address', async () => {
    const made = await call('GET', '/api/v1/public/references/made-up', null);
    expect(made.status).toBe(410);
    let last = 0;
    for (let i = 0; i < 11; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/public/references/made-up',
        payload: answers,
        remoteAddress: '203.0.113.77',
      });
      last = res.statusCode;
    }
    expect(last).toBe(429);
  });
});

describe('the child certificate', () => {
  async function start(mentorId: string, who: Role = 'coordinator') {
    return call('POST', `/api/v1/program-mentors/${mentorId}/child-certificate`, await as(who));
  }
  async function step(certificateId: string, s: string, who: Role = 'coordinator', at?: string) {
    return call('POST', `/api/v1/child-certificates/${certificateId}/steps`, await as(who), {
      step: s,
      ...(at ? { at } : {}),
    });
  }

  it('goes consent → ordered → received blank, valid for the organisation’s renewal period', async () => {
    const c = await newCandidate('screening');
    const started = await start(c.mentorId);
    expect(started.status).toBe(201);
    const id = started.body.certificate.id;
    expect(started.body.certificate).toMatchObject({
      status: 'consent_requested',
      nextSteps: ['consent_given'],
      valid: false,
    });
    expect((await start(c.mentorId)).status).toBe(409);
    // Out of order.
    const skipped = await step(id, 'ordered');
    expect(skipped.status).toBe(409);
    expect(skipped.body.error.code).toBe('child_certificate_step_invalid');
    expect((await step(id, 'consent_given')).status).toBe(200);
    expect((await step(id, 'ordered', 'safeguarding')).status).toBe(200);
    // Recorded two days after it came, back-dated to the day it came.
    t.clock.advance(2 * DAY);
    const receivedAt = new Date(t.clock.now().getTime() - DAY);
    const received = await step(id, 'received_blank', 'coordinator', receivedAt.toISOString());
    expect(received.status).toBe(200);
    const validUntil = new Date(receivedAt);
    validUntil.setUTCMonth(validUntil.getUTCMonth() + 24);
    expect(received.body.certificate).toMatchObject({
      status: 'received_blank',
      valid: true,
      validUntil: validUntil.toISOString(),
      nextSteps: [],
    });
    // Nothing in the record could hold the document or a CPR number.
    expect(Object.keys(received.body.certificate).join(' ')).not.toMatch(/cpr|document|file/i);

    const screening = await call(
      'GET',
      `/api/v1/program-mentors/${c.mentorId}/screening`,
      await as('coordinator'),
    );
    expect(screening.body.screening.childCertificate).toMatchObject({
      state: 'valid',
      canStart: true,
    });
    expect(screening.body.screening.privacyNote).toBe(true);
  });

  it('refuses a step dated in the future or before the step before it', async () => {
    const c = await newCandidate('screening');
    const id = (await start(c.mentorId)).body.certificate.id;
    const future = await step(
      id,
      'consent_given',
      'coordinator',
      new Date(t.clock.now().getTime() + DAY).toISOString(),
    );
    expect(future.status).toBe(400);
    expect(future.body.error.details.issues[0]).toEqual({
      path: 'at',
      message: 'Datoen må ikke ligge i fremtiden.',
    });
    const before = await step(
      id,
      'consent_given',
      'coordinator',
      new Date(t.clock.now().getTime() - DAY).toISOString(),
    );
    expect(before.status).toBe(400);
  });

  it('lapses when consent is not given within 14 days; a new request can then start', async () => {
    const c = await newCandidate('screening');
    const id = (await start(c.mentorId)).body.certificate.id;
    t.clock.advance(14 * DAY + 1000);
    const late = await step(id, 'consent_given');
    expect(late.status).toBe(409);
    const screening = await call(
      'GET',
      `/api/v1/program-mentors/${c.mentorId}/screening`,
      await as('coordinator'),
    );
    expect(screening.body.screening.childCertificate).toMatchObject({
      state: 'lapsed',
      canStart: true,
      record: { status: 'lapsed' },
    });
    expect((await start(c.mentorId)).status).toBe(201);
  });

  it('with remarks waits for the safeguarding lead, who decides with a written reason', async () => {
    const c = await newCandidate('screening');
    const id = (await start(c.mentorId)).body.certificate.id;
    await step(id, 'consent_given');
    await step(id, 'ordered');
    const remarks = await step(id, 'received_remarks');
    expect(remarks.body.certificate).toMatchObject({ awaitingDecision: true, valid: false });

    const queue = await call(
      'GET',
      `/api/v1/organisations/${orgId}/child-certificates`,
      await as('safeguarding'),
    );
    expect(queue.status).toBe(200);
    const item = queue.body.items.find(
      (i: { certificate: { id: string } }) => i.certificate.id === id,
    );
    expect(item).toMatchObject({ programs: [{ mentorId: c.mentorId, name: 'Jobskygge' }] });

    // A coordinator records steps but does not decide.
    const byCoordinator = await call(
      'POST',
      `/api/v1/child-certificates/${id}/decision`,
      await as('coordinator'),
      {
        approve: true,
        reason: 'Forholdet er gammelt og uden betydning.',
      },
    );
    expect(byCoordinator.status).toBe(403);
    const short = await call(
      'POST',
      `/api/v1/child-certificates/${id}/decision`,
      await as('safeguarding'),
      {
        approve: true,
        reason: 'ok',
      },
    );
    expect(short.status).toBe(400);
    expect(short.body.error.details.issues[0].path).toBe('reason');

    const approved = await call(
      'POST',
      `/api/v1/child-certificates/${id}/decision`,
      await as('safeguarding'),
      {
        approve: true,
        reason: 'Anmærkningen er 20 år gammel og handler ikke om børn.',
      },
    );
    expect(approved.status).toBe(200);
    expect(approved.body.certificate).toMatchObject({
      status: 'approved',
      decision: 'approved',
      valid: true,
      decidedByName: 'The safeguarding',
      decisionReason: 'Anmærkningen er 20 år gammel og handler ikke om børn.',
    });
    const twice = await call(
      'POST',
      `/api/v1/child-certificates/${id}/decision`,
      await as('safeguarding'),
      {
        approve: false,
        reason: 'Jeg har fortrudt min beslutning.',
      },
    );
    expect(twice.status).toBe(409);

    // The coordinator sees the decision, not the reason.
    const screening = await call(
      'GET',
      `/api/v1/program-mentors/${c.mentorId}/screening`,
      await as('coordinator'),
    );
    expect(screening.body.screening.childCertificate.record).toMatchObject({
      decision: 'approved',
      decisionReason: null,
    });

    // The log: who changed, decided and viewed; the reason is not in it.
    const log = await t.db.select().from(auditLog).where(eq(auditLog.subjectId, id));
    const actions = log.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'child_certificate.changed',
        'child_certificate.decided',
        'child_certificate.viewed',
      ]),
    );
    const decided = log.find((e) => e.action === 'child_certificate.decided');
    expect(decided).toMatchObject({ actorName: 'The safeguarding', subjectLabel: 'Sofie Holm' });
    expect(decided?.details).toEqual({ decision: 'approved' });
    expect(JSON.stringify(log)).not.toContain('20 år gammel');
  });

  it('rejected with remarks never counts', async () => {
    const c = await newCandidate('screening');
    const id = (await start(c.mentorId)).body.certificate.id;
    await step(id, 'consent_given');
    await step(id, 'ordered');
    await step(id, 'received_remarks');
    const rejected = await call(
      'POST',
      `/api/v1/child-certificates/${id}/decision`,
      await as('admin'),
      {
        approve: false,
        reason: 'Anmærkningen gør, at vi ikke kan bruge personen med børn.',
      },
    );
    expect(rejected.body.certificate).toMatchObject({
      status: 'rejected',
      valid: false,
      validUntil: null,
    });
    const screening = await call(
      'GET',
      `/api/v1/program-mentors/${c.mentorId}/screening`,
      await as('coordinator'),
    );
    expect(screening.body.screening.childCertificate.state).toBe('rejected');
    expect(screening.body.screening.missing).toContain('child_certificate');
  });
});

describe('passing screening', () => {
  async function completeScreening(mentorId: string, refereeEmail: string) {
    const coordinator = await as('coordinator');
    await call('PUT', `/api/v1/program-mentors/${mentorId}/interview`, coordinator, {
      interviewedAt: t.clock.now().toISOString(),
      outcome: 'passed',
    });
    await call('POST', `/api/v1/program-mentors/${mentorId}/references`, coordinator, {
      refereeName: 'Ole Berg',
      refereeEmail,
    });
    const [mail] = await mailsTo(refereeEmail);
    await call('POST', `/api/v1/public/references/${tokenIn(mail?.body ?? '')}`, null, answers);
    const id = (
      await call('POST', `/api/v1/program-mentors/${mentorId}/child-certificate`, coordinator)
    ).body.certificate.id;
    for (const s of ['consent_given', 'ordered', 'received_blank']) {
      await call('POST', `/api/v1/child-certificates/${id}/steps`, coordinator, { step: s });
    }
  }

  it('is refused with what is missing, in the caller’s language', async () => {
    const c = await newCandidate('screening');
    const res = await call(
      'POST',
      `/api/v1/program-mentors/${c.mentorId}/pass-screening`,
      await as('coordinator'),
      undefined,
      { 'accept-language': 'en' },
    );
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'screening_requirements_unmet',
      message:
        'Screening is not finished: a passed interview, enough answered references, a valid child certificate.',
      details: { missing: ['interview', 'references', 'child_certificate'] },
    });
    const da = await call(
      'POST',
      `/api/v1/program-mentors/${c.mentorId}/pass-screening`,
      await as('coordinator'),
    );
    expect(da.body.error.message).toBe(
      'Screeningen er ikke færdig: en bestået samtale, nok besvarede referencer, en gyldig børneattest.',
    );
  });

  it('opens training once every item holds; the gate then waits only for training', async () => {
    const c = await newCandidate('screening');
    await completeScreening(c.mentorId, 'ole@example.test');
    const passed = await call(
      'POST',
      `/api/v1/program-mentors/${c.mentorId}/pass-screening`,
      await as('coordinator'),
    );
    expect(passed.status).toBe(200);
    expect(passed.body.screening).toMatchObject({
      stage: 'in_training',
      complete: true,
      canPass: false,
    });
    expect(passed.body.screening.screeningCompletedAt).not.toBeNull();
    const enrolled = await t.db.select().from(enrolments).where(eq(enrolments.userId, c.userId));
    expect(enrolled).toHaveLength(1);

    const again = await call(
      'POST',
      `/api/v1/program-mentors/${c.mentorId}/pass-screening`,
      await as('coordinator'),
    );
    expect(again.body.error.code).toBe('stage_transition_invalid');

    const list = await call(
      'GET',
      `/api/v1/programs/${programId}/mentors?limit=200`,
      await as('coordinator'),
    );
    const listed = list.body.items.find((m: { userId: string }) => m.userId === c.userId);
    expect(listed.blockers).toEqual(['training_incomplete', 'code_of_conduct_unsigned']);
    expect(listed.childCertificate).toMatchObject({ required: true, status: 'valid' });

    // No job needed: past validUntil the gate says expired at once.
    t.clock.advance(24 * 31 * DAY);
    const later = await call(
      'GET',
      `/api/v1/programs/${programId}/mentors?limit=200`,
      await as('coordinator'),
    );
    const expired = later.body.items.find((m: { userId: string }) => m.userId === c.userId);
    expect(expired.eligibleToMentor).toBe(false);
    expect(expired.blockers).toContain('child_certificate_expired');
  });

  it('is refused from a stage other than applied or screening', async () => {
    const c = await newCandidate('screening');
    await t.db
      .update(programMentors)
      .set({ stage: 'rejected' })
      .where(eq(programMentors.id, c.mentorId));
    const res = await call(
      'POST',
      `/api/v1/program-mentors/${c.mentorId}/pass-screening`,
      await as('coordinator'),
    );
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('stage_transition_invalid');
  });
});

describe('the 6-month break', () => {
  it('makes a certificate from before a long pause stop counting', async () => {
    const c = await newCandidate('screening');
    await buildChildCertificate(t.db, orgId, c.userId, { now: t.clock.now() });
    const before = await call(
      'GET',
      `/api/v1/program-mentors/${c.mentorId}/screening`,
      await as('coordinator'),
    );
    expect(before.body.screening.childCertificate.state).toBe('valid');
    await t.db
      .update(programMentors)
      .set({ stage: 'paused', pausedAt: t.clock.now(), stageChangedAt: t.clock.now() })
      .where(eq(programMentors.id, c.mentorId));
    t.clock.advance(100 * DAY);
    const short = await call(
      'GET',
      `/api/v1/program-mentors/${c.mentorId}/screening`,
      await as('coordinator'),
    );
    expect(short.body.screening.childCertificate.state).toBe('valid');
    t.clock.advance(90 * DAY);
    const long = await call(
      'GET',
      `/api/v1/program-mentors/${c.mentorId}/screening`,
      await as('coordinator'),
    );
    expect(long.body.screening.childCertificate).toMatchObject({
      state: 'expired',
      renewalAfterBreak: true,
    });
  });
});

describe('the expiry reminder', () => {
  it('mails the person and the coordinators 30 days before, once per certificate', async () => {
    const c = await newCandidate('screening');
    await t.db
      .update(programMentors)
      .set({ stage: 'in_training' })
      .where(eq(programMentors.id, c.mentorId));
    const now = t.clock.now();
    const cert = await buildChildCertificate(t.db, orgId, c.userId, {
      now,
      validUntil: new Date(now.getTime() + 20 * DAY),
    });
    const first = await sendDueChildCertificateReminders(t.deps, now);
    const sent = first.sent.find((s) => s.certificateId === cert.id);
    expect(sent?.mailIds).toHaveLength(2);
    const [mine] = await mailsTo(c.email);
    expect(mine?.subject).toMatch(/^Din børneattest udløber /);
    const [coordinator] = await t.db
      .select()
      .from(outboundMail)
      .where(
        eq(
          outboundMail.subject,
          `Børneattest udløber ${mine?.subject.slice('Din børneattest udløber '.length)}: Sofie Holm`,
        ),
      );
    expect(coordinator?.body).toContain(`/programs/${programId}/mentors/${c.mentorId}`);
    for (const later of [now, new Date(now.getTime() + DAY)]) {
      const again = await sendDueChildCertificateReminders(t.deps, later);
      expect(again.sent.find((s) => s.certificateId === cert.id)).toBeUndefined();
    }
    expect(await mailsTo(c.email)).toHaveLength(1);
  });
});

describe('who sees none of this', () => {
  it('keeps screening, the safeguarding queue and the audit log from HR, trainers, mentors and guardians', async () => {
    const c = await newCandidate('screening');
    for (const role of ['hr', 'trainer', 'mentor', 'guardian'] as Role[]) {
      const who = await as(role);
      expect(
        (await call('GET', `/api/v1/program-mentors/${c.mentorId}/screening`, who)).status,
        role,
      ).toBe(403);
      expect(
        (await call('GET', `/api/v1/organisations/${orgId}/child-certificates`, who)).status,
        role,
      ).toBe(403);
      expect(
        (await call('GET', `/api/v1/organisations/${orgId}/audit-log`, who)).status,
        role,
      ).toBe(403);
      expect(
        (await call('POST', `/api/v1/program-mentors/${c.mentorId}/child-certificate`, who)).status,
        role,
      ).toBe(403);
    }
    // The coordinator runs screening but does not read the audit log or the queue.
    expect(
      (await call('GET', `/api/v1/organisations/${orgId}/audit-log`, await as('coordinator')))
        .status,
    ).toBe(403);
    expect(
      (
        await call(
          'GET',
          `/api/v1/organisations/${orgId}/child-certificates`,
          await as('coordinator'),
        )
      ).status,
    ).toBe(403);
  });
});

describe('the audit log', () => {
  it('lets an admin read and filter who saw and decided what, newest first', async () => {
    const admin = await as('admin');
    const all = await call('GET', `/api/v1/organisations/${orgId}/audit-log?limit=200`, admin);
    expect(all.status).toBe(200);
    expect(all.body.items.length).toBeGreaterThan(3);
    const times = all.body.items.map((e: { at: string }) => e.at);
    expect(times).toEqual([...times].sort().reverse());

    const decided = await call(
      'GET',
      `/api/v1/organisations/${orgId}/audit-log?action=child_certificate.decided`,
      admin,
    );
    expect(decided.body.items.length).toBeGreaterThan(0);
    for (const e of decided.body.items) expect(e.action).toBe('child_certificate.decided');

    const bySafeguarding = await call(
      'GET',
      `/api/v1/organisations/${orgId}/audit-log?actorId=${userIds.safeguarding}&subjectType=child_certificate`,
      admin,
    );
    expect(bySafeguarding.body.items.length).toBeGreaterThan(0);
    for (const e of bySafeguarding.body.items) expect(e.actorName).toBe('The safeguarding');

    const page = await call('GET', `/api/v1/organisations/${orgId}/audit-log?limit=2`, admin);
    expect(page.body.items).toHaveLength(2);
    const next = await call(
      'GET',
      `/api/v1/organisations/${orgId}/audit-log?limit=2&cursor=${page.body.nextCursor}`,
      admin,
    );
    expect(next.body.items[0].id).toBe(all.body.items[2].id);

    const future = await call(
      'GET',
      `/api/v1/organisations/${orgId}/audit-log?from=${encodeURIComponent(new Date(t.clock.now().getTime() + 1000 * DAY).toISOString())}`,
      admin,
    );
    expect(future.body.items).toEqual([]);
  });
});
