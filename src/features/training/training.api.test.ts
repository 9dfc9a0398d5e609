import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildMember,
  buildOrganisation,
  buildProgram,
  buildTrainingFixtures,
} from '../../db/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import { programMentors } from '../recruitment/tables';
import { certificates, codeOfConductSignatures } from './tables';
import { testCurriculum } from './test-curriculum';

let t: TestApp;
let orgId: string;
let programId: string;
let coordinator: Record<string, string>;
let coordinatorId: string;
let trainer: Record<string, string>;
let trainerId: string;
const DAY = 86_400_000;

type Headers = Record<string, string>;

async function call(method: string, url: string, headers: Headers, payload?: unknown) {
  const res = await t.app.inject({
    method: method as 'GET',
    url,
    headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  return { status: res.statusCode, body: res.body ? res.json() : null };
}

/** A new mentor enrolled in the program by the coordinator. */
async function newMentor(program = programId, name?: string) {
  const member = await buildMember(t.db, orgId, { roles: ['mentor'], ...(name ? { name } : {}) });
  const headers = await t.as(member.user.id);
  const res = await call('POST', `/api/v1/programs/${program}/enrolments`, coordinator, {
    membershipId: member.membership.id,
  });
  expect(res.status).toBe(201);
  // Enrolled by staff; screening was passed (the recruitment tests cover that part).
  await t.db
    .update(programMentors)
    .set({ screeningCompletedAt: t.clock.now() })
    .where(eq(programMentors.userId, member.user.id));
  return { member, headers, enrolmentId: res.body.enrolment.id as string };
}

const rightAnswers = [
  { questionId: 'q1', optionIndexes: [0] },
  { questionId: 'q2', optionIndexes: [1, 0] },
];
const wrongAnswers = [
  { questionId: 'q1', optionIndexes: [1] },
  { questionId: 'q2', optionIndexes: [0] },
];

async function createSession(capacity = 10, program = programId) {
  const start = t.clock.now().getTime() + 3 * DAY;
  const res = await call('POST', `/api/v1/programs/${program}/training-sessions`, trainer, {
    itemKey: 'workshop',
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 2 * 3_600_000).toISOString(),
    place: 'Frivillighuset, lokale 2',
    capacity,
  });
  expect(res.status).toBe(201);
  return res.body.session.id as string;
}

/** Every required item passed but the reflection, which waits for the trainer. */
async function completeAllButReflection(m: { headers: Headers; enrolmentId: string }) {
  const base = `/api/v1/enrolments/${m.enrolmentId}`;
  for (const itemKey of ['welcome', 'boundaries']) {
    expect((await call('POST', `${base}/lesson-reads`, m.headers, { itemKey })).status).toBe(200);
  }
  const quiz = await call('POST', `${base}/quiz-attempts`, m.headers, {
    itemKey: 'basics-quiz',
    answers: rightAnswers,
  });
  expect(quiz.body.result.passed).toBe(true);
  const session = await createSession();
  const signup = await call('POST', `${base}/session-signups`, m.headers, { sessionId: session });
  const attended = await call(
    'POST',
    `/api/v1/session-signups/${signup.body.signup.id}/attendance`,
    trainer,
    { attendance: 'present' },
  );
  expect(attended.status).toBe(200);
  const signed = await call('POST', `${base}/code-of-conduct-signatures`, m.headers, {
    itemKey: 'code',
  });
  expect(signed.status).toBe(201);
  const reflection = await call('POST', `${base}/reflections`, m.headers, {
    itemKey: 'reflect',
    text: 'Jeg vil lytte først og spørge, før jeg giver råd.',
  });
  expect(reflection.status).toBe(201);
  return reflection.body.reflection.id as string;
}

beforeAll(async () => {
  t = await startTestApp();
  const org = await buildOrganisation(t.db);
  orgId = org.id;
  coordinatorId = (await buildMember(t.db, orgId, { roles: ['coordinator'] })).user.id;
  coordinator = await t.as(coordinatorId);
  trainerId = (await buildMember(t.db, orgId, { roles: ['trainer'] })).user.id;
  trainer = await t.as(trainerId);
  programId = (
    await buildProgram(t.db, orgId, {
      type: 'career',
      status: 'published',
      curriculum: testCurriculum(),
    })
  ).id;
});
afterAll(() => t.close());

describe('enrolment', () => {
  it('enrols a member with the mentor role, with the deadline from the training window', async () => {
    const member = await buildMember(t.db, orgId, { roles: ['mentor'] });
    const res = await call('POST', `/api/v1/programs/${programId}/enrolments`, coordinator, {
      membershipId: member.membership.id,
    });
    expect(res.status).toBe(201);
    const { enrolment } = res.body;
    expect(enrolment).toMatchObject({
      status: 'in_training',
      progressPercent: 0,
      resumeItemKey: 'welcome',
      curriculumVersion: 1,
      certificate: null,
    });
    // Career programs default to a 5-day window.
    expect(Date.parse(enrolment.deadline) - Date.parse(enrolment.enrolledAt)).toBe(5 * DAY);
    expect(enrolment.modules.map((m: { key: string }) => m.key)).toEqual(['basics', 'practice']);
    const again = await call('POST', `/api/v1/programs/${programId}/enrolments`, coordinator, {
      membershipId: member.membership.id,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_enrolled');
  });

  it('refuses a member without the mentor role, naming the field', async () => {
    const mentee = await buildMember(t.db, orgId, { roles: ['mentee'] });
    const res = await call(
      'POST',
      `/api/v1/programs/${programId}/enrolments`,
      { ...coordinator, 'accept-language': 'en' },
      { membershipId: mentee.membership.id },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues).toEqual([
      { path: 'membershipId', message: 'The member does not have the mentor role.' },
    ]);
  });

  it('lets trainers but not mentors enrol', async () => {
    const member = await buildMember(t.db, orgId, { roles: ['mentor'] });
    const res = await call('POST', `/api/v1/programs/${programId}/enrolments`, trainer, {
      membershipId: member.membership.id,
    });
    expect(res.status).toBe(403);
  });
});

describe('a mentor’s training', () => {
  it('shows my training with progress by minutes, per module, and where to resume', async () => {
    const m = await newMentor();
    const base = `/api/v1/enrolments/${m.enrolmentId}`;
    const item = await call('GET', `${base}/items/boundaries`, m.headers);
    expect(item.status).toBe(200);
    expect(item.body.item).toMatchObject({ kind: 'lesson', state: 'opened' });
    await call('POST', `${base}/lesson-reads`, m.headers, { itemKey: 'welcome' });
    const mine = await call('GET', `/api/v1/organisations/${orgId}/my-training`, m.headers);
    expect(mine.status).toBe(200);
    expect(mine.body.items).toHaveLength(1);
    const [enrolment] = mine.body.items;
    // 10 of 50 required minutes.
    expect(enrolment.progressPercent).toBe(20);
    expect(enrolment.modules[0]).toMatchObject({
      key: 'basics',
      progressPercent: 33,
      requiredMinutes: 30,
      completedMinutes: 10,
    });
    expect(enrolment.modules[1].progressPercent).toBe(0);
    // The last item opened and not finished.
    expect(enrolment.resumeItemKey).toBe('boundaries');
    expect(enrolment.modules[0].items.map((i: { state: string }) => i.state)).toEqual([
      'completed',
      'opened',
      'not_started',
    ]);
  });

  it('hides another mentor’s progress (404) but shows it to trainers', async () => {
    const a = await newMentor();
    const b = await newMentor();
    const peek = await call('GET', `/api/v1/enrolments/${a.enrolmentId}`, b.headers);
    expect(peek.status).toBe(404);
    const item = await call('GET', `/api/v1/enrolments/${a.enrolmentId}/items/welcome`, b.headers);
    expect(item.status).toBe(404);
    const act = await call('POST', `/api/v1/enrolments/${a.enrolmentId}/lesson-reads`, b.headers, {
      itemKey: 'welcome',
    });
    expect(act.status).toBe(404);
    expect((await call('GET', `/api/v1/enrolments/${a.enrolmentId}`, trainer)).status).toBe(200);
    // Staff read, but do not act as the mentor.
    const byTrainer = await call(
      'POST',
      `/api/v1/enrolments/${a.enrolmentId}/lesson-reads`,
      trainer,
      { itemKey: 'welcome' },
    );
    expect(byTrainer.status).toBe(403);
  });

  it('answers 404 to another organisation', async () => {
    const m = await newMentor();
    const other = await buildOrganisation(t.db);
    const admin = await t.as((await buildMember(t.db, other.id, { roles: ['admin'] })).user.id);
    expect((await call('GET', `/api/v1/enrolments/${m.enrolmentId}`, admin)).status).toBe(404);
    expect((await call('GET', `/api/v1/programs/${programId}/mentors`, admin)).status).toBe(404);
    expect((await call('GET', `/api/v1/programs/${programId}/cohort`, admin)).status).toBe(404);
  });

  it('records "Did this help you?" and shows authors the helpful share and comments', async () => {
    const program = (
      await buildProgram(t.db, orgId, { type: 'career', curriculum: testCurriculum() })
    ).id;
    const answers = [
      { helpful: true, comment: 'Meget konkret.' },
      { helpful: true },
      { helpful: false, comment: 'For kort.' },
    ];
    for (const answer of answers) {
      const m = await newMentor(program);
      const res = await call(
        'PUT',
        `/api/v1/enrolments/${m.enrolmentId}/lesson-feedback`,
        m.headers,
        { itemKey: 'welcome', ...answer },
      );
      expect(res.status).toBe(200);
    }
    const res = await call('GET', `/api/v1/programs/${program}/lesson-feedback`, trainer);
    expect(res.status).toBe(200);
    const welcome = res.body.items.find((i: { itemKey: string }) => i.itemKey === 'welcome');
    expect(welcome).toMatchObject({ responses: 3, helpful: 2 });
    expect(welcome.helpfulShare).toBeCloseTo(2 / 3);
    expect(welcome.comments.map((c: { comment: string }) => c.comment).sort()).toEqual([
      'For kort.',
      'Meget konkret.',
    ]);
    const quizFeedback = await call(
      'PUT',
      `/api/v1/enrolments/${(await newMentor(program)).enrolmentId}/lesson-feedback`,
      coordinator,
      { itemKey: 'welcome', helpful: true },
    );
    expect(quizFeedback.status).toBe(403);
  });
});

describe('quizzes', () => {
  it('never sends the answers before submission', async () => {
    const m = await newMentor();
    const res = await call(
      'GET',
      `/api/v1/enrolments/${m.enrolmentId}/items/basics-quiz`,
      m.headers,
    );
    expect(res.status).toBe(200);
    expect(res.body.item.quiz.questions).toHaveLength(2);
    expect(res.body.item.quiz).toMatchObject({ maxAttempts: 2, attemptsLeft: 2, passMark: 0.5 });
    expect(res.body.item.quiz.questions[0].options[0]).toEqual({
      text: { da: 'In public', en: 'In public' },
    });
    expect(res.body.item.body).toEqual({ da: '', en: '' });
    expect(res.body.item.quiz).not.toHaveProperty('questions.0.options.0.correct');
    expect(JSON.stringify(res.body)).not.toMatch(/correct|explanation|Safe and open/);
    // Nor through the enrolment or my-training views.
    const view = await call('GET', `/api/v1/enrolments/${m.enrolmentId}`, m.headers);
    expect(JSON.stringify(view.body)).not.toMatch(/correct|explanation/);
  });

  it('grades on the server, explains every option after submission, and limits retries', async () => {
    const m = await newMentor();
    const url = `/api/v1/enrolments/${m.enrolmentId}/quiz-attempts`;
    const failed = await call('POST', url, m.headers, {
      itemKey: 'basics-quiz',
      answers: wrongAnswers,
    });
    expect(failed.status).toBe(201);
    expect(failed.body.result).toMatchObject({ score: 0, passed: false, attemptsLeft: 1 });
    expect(failed.body.result.questions[0]).toEqual({
      id: 'q1',
      correct: false,
      chosen: [1],
      options: [
        {
          text: expect.any(Object),
          correct: true,
          explanation: { da: 'Safe and open.', en: 'Safe and open.' },
        },
        { text: expect.any(Object), correct: false, explanation: expect.any(Object) },
      ],
    });
    const item = await call(
      'GET',
      `/api/v1/enrolments/${m.enrolmentId}/items/basics-quiz`,
      m.headers,
    );
    expect(item.body.item).toMatchObject({ state: 'failed' });
    expect(item.body.item.quiz.attempts).toEqual([
      { score: 0, passed: false, submittedAt: expect.any(String) },
    ]);
    // Half right passes a pass mark of 0.5.
    const half = await call('POST', url, m.headers, {
      itemKey: 'basics-quiz',
      answers: [rightAnswers[0], wrongAnswers[1]],
    });
    expect(half.body.result).toMatchObject({ score: 0.5, passed: true, attemptsLeft: 0 });
    const again = await call('POST', url, m.headers, {
      itemKey: 'basics-quiz',
      answers: rightAnswers,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('quiz_passed');
  });

  it('refuses a third attempt after two failures, and odd answers with 400', async () => {
    const m = await newMentor();
    const url = `/api/v1/enrolments/${m.enrolmentId}/quiz-attempts`;
    for (let i = 0; i < 2; i++) {
      const res = await call('POST', url, m.headers, { itemKey: 'basics-quiz', answers: [] });
      expect(res.body.result.passed).toBe(false);
    }
    const third = await call('POST', url, m.headers, {
      itemKey: 'basics-quiz',
      answers: rightAnswers,
    });
    expect(third.status).toBe(409);
    expect(third.body.error.code).toBe('quiz_attempts_exhausted');

    const n = await newMentor();
    const nurl = `/api/v1/enrolments/${n.enrolmentId}/quiz-attempts`;
    const badOption = await call('POST', nurl, n.headers, {
      itemKey: 'basics-quiz',
      answers: [{ questionId: 'q1', optionIndexes: [7] }],
    });
    expect(badOption.status).toBe(400);
    const notQuiz = await call('POST', nurl, n.headers, { itemKey: 'welcome', answers: [] });
    expect(notQuiz.status).toBe(400);
    expect(notQuiz.body.error.details.issues[0].path).toBe('itemKey');
  });
});

describe('in-person sessions', () => {
  it('fills places, then the waiting list; a cancellation moves the first waiting up', async () => {
    const session = await createSession(1);
    const [a, b, c] = [await newMentor(), await newMentor(), await newMentor()];
    const signUp = (m: typeof a) =>
      call('POST', `/api/v1/enrolments/${m.enrolmentId}/session-signups`, m.headers, {
        sessionId: session,
      });
    const sa = await signUp(a);
    const sb = await signUp(b);
    const sc = await signUp(c);
    expect([sa.body.signup.status, sb.body.signup.status, sc.body.signup.status]).toEqual([
      'signed_up',
      'waitlisted',
      'waitlisted',
    ]);
    expect((await signUp(a)).body.error.code).toBe('already_signed_up');
    // Another mentor cannot cancel someone else's place.
    const foreign = await call(
      'POST',
      `/api/v1/session-signups/${sa.body.signup.id}/cancel`,
      b.headers,
    );
    expect(foreign.status).toBe(404);
    const cancelled = await call(
      'POST',
      `/api/v1/session-signups/${sa.body.signup.id}/cancel`,
      a.headers,
    );
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({
      signup: { status: 'cancelled' },
      promotedSignupId: sb.body.signup.id,
    });
    const list = await call('GET', `/api/v1/training-sessions/${session}/signups`, trainer);
    expect(
      list.body.items.map((s: { enrolmentId: string; status: string }) => [
        s.enrolmentId,
        s.status,
      ]),
    ).toEqual([
      [a.enrolmentId, 'cancelled'],
      [b.enrolmentId, 'signed_up'],
      [c.enrolmentId, 'waitlisted'],
    ]);
    const sessions = await call(
      'GET',
      `/api/v1/programs/${programId}/training-sessions`,
      a.headers,
    );
    const listed = sessions.body.items.find((s: { id: string }) => s.id === session);
    expect(listed).toMatchObject({ capacity: 1, signedUp: 1, waitlisted: 1 });
    const item = await call('GET', `/api/v1/enrolments/${b.enrolmentId}/items/workshop`, b.headers);
    expect(item.body.item.state).toBe('signed_up');
    expect(
      item.body.item.sessions.find((s: { id: string }) => s.id === session).mySignup.status,
    ).toBe('signed_up');
  });

  it('passes the session item for present or late, not for absent or excused', async () => {
    const session = await createSession(5);
    const outcomes = {
      present: 'completed',
      late: 'completed',
      absent: 'signed_up',
      excused: 'signed_up',
    };
    for (const [attendance, state] of Object.entries(outcomes)) {
      const m = await newMentor();
      const s = await call(
        'POST',
        `/api/v1/enrolments/${m.enrolmentId}/session-signups`,
        m.headers,
        {
          sessionId: session,
        },
      );
      const res = await call(
        'POST',
        `/api/v1/session-signups/${s.body.signup.id}/attendance`,
        trainer,
        {
          attendance,
        },
      );
      expect(res.status).toBe(200);
      expect(res.body.signup.attendance).toBe(attendance);
      const view = await call('GET', `/api/v1/enrolments/${m.enrolmentId}`, m.headers);
      const workshop = view.body.enrolment.modules[1].items[0];
      expect([attendance, workshop.state === 'completed' ? 'completed' : 'signed_up']).toEqual([
        attendance,
        state,
      ]);
    }
    // A mentor cannot take their own attendance.
    const m = await newMentor();
    const s = await call('POST', `/api/v1/enrolments/${m.enrolmentId}/session-signups`, m.headers, {
      sessionId: session,
    });
    const self = await call(
      'POST',
      `/api/v1/session-signups/${s.body.signup.id}/attendance`,
      m.headers,
      {
        attendance: 'present',
      },
    );
    expect(self.status).toBe(403);
  });
});

describe('reflections', () => {
  it('go to the trainer, who returns them with a comment or approves them', async () => {
    const m = await newMentor();
    const base = `/api/v1/enrolments/${m.enrolmentId}`;
    const first = await call('POST', `${base}/reflections`, m.headers, {
      itemKey: 'reflect',
      text: 'Kort svar.',
    });
    expect(first.body.reflection.status).toBe('submitted');
    const waiting = await call(
      'GET',
      `/api/v1/programs/${programId}/reflections?status=submitted`,
      trainer,
    );
    expect(waiting.body.items.map((r: { id: string }) => r.id)).toContain(first.body.reflection.id);
    const returned = await call(
      'POST',
      `/api/v1/reflections/${first.body.reflection.id}/review`,
      trainer,
      { decision: 'return', comment: 'Skriv lidt mere om, hvordan du vil lytte.' },
    );
    expect(returned.body.reflection).toMatchObject({
      status: 'returned',
      reviewComment: 'Skriv lidt mere om, hvordan du vil lytte.',
    });
    const item = await call('GET', `${base}/items/reflect`, m.headers);
    expect(item.body.item).toMatchObject({ state: 'returned', reflection: { status: 'returned' } });
    // Reviewing twice is a conflict.
    const twice = await call(
      'POST',
      `/api/v1/reflections/${first.body.reflection.id}/review`,
      trainer,
      {
        decision: 'approve',
      },
    );
    expect(twice.status).toBe(409);
    const second = await call('POST', `${base}/reflections`, m.headers, {
      itemKey: 'reflect',
      text: 'Jeg vil stille åbne spørgsmål og lade min mentee tale færdig.',
    });
    const approved = await call(
      'POST',
      `/api/v1/reflections/${second.body.reflection.id}/review`,
      trainer,
      { decision: 'approve' },
    );
    expect(approved.body.reflection.status).toBe('approved');
    const after = await call('GET', `${base}/items/reflect`, m.headers);
    expect(after.body.item.state).toBe('completed');
    // Mentors do not review.
    const byMentor = await call(
      'POST',
      `/api/v1/reflections/${second.body.reflection.id}/review`,
      m.headers,
      {
        decision: 'approve',
      },
    );
    expect(byMentor.status).toBe(403);
  });
});

describe('certificates and the gate', () => {
  it('are issued exactly once, when the last required item passes, and the gate opens', async () => {
    const m = await newMentor(programId, 'Åse Ærø Østergård');
    const before = await call('GET', `/api/v1/programs/${programId}/mentors`, coordinator);
    const listed = before.body.items.find(
      (x: { enrolmentId: string }) => x.enrolmentId === m.enrolmentId,
    );
    expect(listed).toMatchObject({
      status: 'in_training',
      eligibleToMentor: false,
      blockers: ['training_incomplete', 'code_of_conduct_unsigned'],
      training: { progressPercent: 0, completedAt: null, validUntil: null },
      // Career mentees are 15–19: no child certificate.
      childCertificate: { required: false, status: 'not_applicable', validUntil: null },
    });
    const reflectionId = await completeAllButReflection(m);
    const almost = await call('GET', `/api/v1/enrolments/${m.enrolmentId}`, m.headers);
    expect(almost.body.enrolment).toMatchObject({ progressPercent: 90, certificate: null });
    const mid = await call('GET', `/api/v1/programs/${programId}/mentors`, coordinator);
    expect(
      mid.body.items.find((x: { enrolmentId: string }) => x.enrolmentId === m.enrolmentId).blockers,
    ).toEqual(['training_incomplete']);

    const approved = await call('POST', `/api/v1/reflections/${reflectionId}/review`, trainer, {
      decision: 'approve',
    });
    expect(approved.status).toBe(200);
    const done = await call('GET', `/api/v1/enrolments/${m.enrolmentId}`, m.headers);
    const { enrolment } = done.body;
    expect(enrolment).toMatchObject({ status: 'certified', progressPercent: 100 });
    expect(enrolment.certificate).toMatchObject({ curriculumVersion: 1, valid: true });
    expect(
      Date.parse(enrolment.certificate.expiresAt) - Date.parse(enrolment.certificate.issuedAt),
    ).toBe(730 * DAY);

    // More passes afterwards (feedback, a second attendance) issue nothing more.
    await call('PUT', `/api/v1/enrolments/${m.enrolmentId}/lesson-feedback`, m.headers, {
      itemKey: 'welcome',
      helpful: true,
    });
    const session = await createSession();
    const s = await call('POST', `/api/v1/enrolments/${m.enrolmentId}/session-signups`, m.headers, {
      sessionId: session,
    });
    await call('POST', `/api/v1/session-signups/${s.body.signup.id}/attendance`, trainer, {
      attendance: 'present',
    });
    const issued = await t.db
      .select()
      .from(certificates)
      .where(eq(certificates.enrolmentId, m.enrolmentId));
    expect(issued).toHaveLength(1);

    const after = await call('GET', `/api/v1/programs/${programId}/mentors`, coordinator);
    expect(
      after.body.items.find((x: { enrolmentId: string }) => x.enrolmentId === m.enrolmentId),
    ).toMatchObject({
      status: 'certified',
      eligibleToMentor: true,
      blockers: [],
      training: { progressPercent: 100, validUntil: enrolment.certificate.expiresAt },
    });

    // The public page confirms it, and says nothing more.
    const code = enrolment.certificate.code as string;
    const verify = await call('GET', `/api/v1/public/certificates/${code}`, {});
    expect(verify.status).toBe(200);
    expect(verify.body).toEqual({
      certificate: {
        name: 'Åse Ærø Østergård',
        programName: expect.any(String),
        validFrom: enrolment.certificate.issuedAt,
        validUntil: enrolment.certificate.expiresAt,
        status: 'valid',
      },
    });
    const lower = await call('GET', `/api/v1/public/certificates/${code.toLowerCase()}`, {});
    expect(lower.status).toBe(200);
    expect((await call('GET', '/api/v1/public/certificates/AAAA-BBBB-CCCC-DDDD', {})).status).toBe(
      404,
    );

    // Two years later: recertification is due and the gate closes again.
    t.clock.advance(731 * DAY);
    try {
      // Sessions last 30 days: sign in again two years on.
      const mentorNow = await t.as(m.member.user.id);
      const coordinatorNow = await t.as(coordinatorId);
      const expired = await call('GET', `/api/v1/enrolments/${m.enrolmentId}`, mentorNow);
      expect(expired.body.enrolment).toMatchObject({
        status: 'recertification_due',
        certificate: { valid: false },
      });
      const gate = await call('GET', `/api/v1/programs/${programId}/mentors`, coordinatorNow);
      expect(
        gate.body.items.find((x: { enrolmentId: string }) => x.enrolmentId === m.enrolmentId),
      ).toMatchObject({
        status: 'recertification_due',
        eligibleToMentor: false,
        blockers: ['certification_expired'],
      });
      const lapsed = await call('GET', `/api/v1/public/certificates/${code}`, {});
      expect(lapsed.body.certificate.status).toBe('expired');
    } finally {
      t.clock.advance(-731 * DAY);
    }
  });

  it('issues one certificate when the last item is passed twice at the same moment', async () => {
    const m = await newMentor();
    const base = `/api/v1/enrolments/${m.enrolmentId}`;
    await completeAllButReflection(m);
    // Make the code of conduct the last item: take back nothing, approve the reflection first.
    const reflections = await call(
      'GET',
      `/api/v1/programs/${programId}/reflections?status=submitted&limit=200`,
      trainer,
    );
    const mine = reflections.body.items.find(
      (r: { enrolmentId: string }) => r.enrolmentId === m.enrolmentId,
    );
    const results = await Promise.all([
      call('POST', `/api/v1/reflections/${mine.id}/review`, trainer, { decision: 'approve' }),
      call('POST', `${base}/code-of-conduct-signatures`, m.headers, { itemKey: 'code' }),
      call('POST', `${base}/lesson-reads`, m.headers, { itemKey: 'welcome' }),
    ]);
    // The code of conduct was signed already: signing again is refused, nothing else changes.
    expect(results.map((r) => r.status)).toEqual([200, 409, 200]);
    const issued = await t.db
      .select()
      .from(certificates)
      .where(eq(certificates.enrolmentId, m.enrolmentId));
    expect(issued).toHaveLength(1);
  });
});

describe('the code of conduct', () => {
  it('is signed once per round: a second signature is refused and the first date stays', async () => {
    const m = await newMentor();
    const base = `/api/v1/enrolments/${m.enrolmentId}`;
    const first = await call('POST', `${base}/code-of-conduct-signatures`, m.headers, {
      itemKey: 'code',
    });
    expect(first.status).toBe(201);
    t.clock.advance(60_000);
    const again = await call('POST', `${base}/code-of-conduct-signatures`, m.headers, {
      itemKey: 'code',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_signed');
    const rows = await t.db
      .select()
      .from(codeOfConductSignatures)
      .where(eq(codeOfConductSignatures.enrolmentId, m.enrolmentId));
    expect(rows.map((r) => r.signedAt.toISOString())).toEqual([first.body.signedAt]);
  });
});

describe('refreshers', () => {
  it('open 60 days before expiry and end in a new certificate; only new passes count', async () => {
    const m = await newMentor();
    const base = `/api/v1/enrolments/${m.enrolmentId}`;
    const reflectionId = await completeAllButReflection(m);
    await call('POST', `/api/v1/reflections/${reflectionId}/review`, trainer, {
      decision: 'approve',
    });
    const early = await call('POST', `${base}/refresher`, m.headers);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('refresher_not_due');

    const savedTrainer = trainer;
    t.clock.advance(680 * DAY);
    try {
      const headers = await t.as(m.member.user.id);
      trainer = await t.as(trainerId);
      const before = await call('GET', base, headers);
      expect(before.body.enrolment).toMatchObject({
        status: 'certified',
        refresherAvailable: true,
      });
      const started = await call('POST', `${base}/refresher`, headers);
      expect(started.status).toBe(200);
      expect(started.body.enrolment).toMatchObject({
        status: 'recertification_due',
        progressPercent: 0,
        refresherAvailable: false,
        // The old certificate still counts until it expires.
        certificate: { valid: true },
      });
      expect(Date.parse(started.body.enrolment.deadline) - t.clock.now().getTime()).toBe(5 * DAY);
      const gate = await call('GET', `/api/v1/programs/${programId}/mentors`, trainer);
      expect(
        gate.body.items.find((x: { enrolmentId: string }) => x.enrolmentId === m.enrolmentId),
      ).toMatchObject({
        eligibleToMentor: true,
        status: 'recertification_due',
      });
      // The quiz's attempts start again.
      const quiz = await call('GET', `${base}/items/basics-quiz`, headers);
      expect(quiz.body.item).toMatchObject({ state: 'opened', quiz: { attemptsLeft: 2 } });

      const again = await completeAllButReflection({ headers, enrolmentId: m.enrolmentId });
      await call('POST', `/api/v1/reflections/${again}/review`, trainer, { decision: 'approve' });
      const done = await call('GET', base, headers);
      expect(done.body.enrolment).toMatchObject({
        status: 'certified',
        progressPercent: 100,
        certificate: { valid: true },
      });
      expect(Date.parse(done.body.enrolment.certificate.issuedAt)).toBe(t.clock.now().getTime());
      const issued = await t.db
        .select()
        .from(certificates)
        .where(eq(certificates.enrolmentId, m.enrolmentId));
      expect(issued).toHaveLength(2);
    } finally {
      t.clock.advance(-680 * DAY);
      trainer = savedTrainer;
    }
  });
});

describe('the cohort view', () => {
  it('shows who is behind and why, with the items in the way', async () => {
    const program = (
      await buildProgram(t.db, orgId, { type: 'career', curriculum: testCurriculum() })
    ).id;
    const slow = await newMentor(program, 'Anna Langsom');
    const quick = await newMentor(program, 'Bo Hurtig');
    for (const itemKey of ['welcome', 'boundaries']) {
      await call('POST', `/api/v1/enrolments/${quick.enrolmentId}/lesson-reads`, quick.headers, {
        itemKey,
      });
    }
    await call('POST', `/api/v1/enrolments/${quick.enrolmentId}/quiz-attempts`, quick.headers, {
      itemKey: 'basics-quiz',
      answers: rightAnswers,
    });
    // Two of five days gone: 40 % expected; quick has 60 %, slow has nothing.
    t.clock.advance(2 * DAY);
    try {
      const res = await call('GET', `/api/v1/programs/${program}/cohort`, trainer);
      expect(res.status).toBe(200);
      const [a, b] = res.body.items;
      expect(a).toMatchObject({
        enrolmentId: slow.enrolmentId,
        progressPercent: 0,
        expectedPercent: 40,
        behind: true,
        reasons: ['behind_schedule'],
      });
      expect(a.blockingItems.map((i: { key: string }) => i.key)).toEqual([
        'welcome',
        'boundaries',
        'basics-quiz',
        'workshop',
        'code',
        'reflect',
      ]);
      expect(b).toMatchObject({
        enrolmentId: quick.enrolmentId,
        progressPercent: 60,
        behind: false,
      });
      expect(b.blockingItems.map((i: { key: string }) => i.key)).toEqual([
        'workshop',
        'code',
        'reflect',
      ]);
      t.clock.advance(4 * DAY);
      const late = await call('GET', `/api/v1/programs/${program}/cohort?limit=1`, trainer);
      expect(late.body.items[0]).toMatchObject({ behind: true, reasons: ['past_deadline'] });
      const next = await call(
        'GET',
        `/api/v1/programs/${program}/cohort?limit=1&cursor=${late.body.nextCursor}`,
        trainer,
      );
      expect(next.body.items[0].enrolmentId).toBe(quick.enrolmentId);
      expect(next.body.nextCursor).toBeNull();
      // Mentors do not see the cohort.
      expect((await call('GET', `/api/v1/programs/${program}/cohort`, slow.headers)).status).toBe(
        403,
      );
    } finally {
      t.clock.advance(-6 * DAY);
    }
  });
});

describe('curriculum versions', () => {
  it('gives a new program its type’s shipped curriculum as published version 1', async () => {
    const res = await call('POST', `/api/v1/organisations/${orgId}/programs`, coordinator, {
      name: 'Lektiehjælp Nord',
      type: 'school',
    });
    expect(res.status).toBe(201);
    const versions = await call(
      'GET',
      `/api/v1/programs/${res.body.program.id}/curriculum-versions`,
      coordinator,
    );
    expect(versions.body.items).toHaveLength(1);
    expect(versions.body.items[0]).toMatchObject({ version: 1, status: 'published' });
    expect(versions.body.items[0].requiredMinutes).toBeGreaterThanOrEqual(240);
    const full = await call(
      'GET',
      `/api/v1/curriculum-versions/${versions.body.items[0].id}`,
      trainer,
    );
    const kinds = full.body.curriculum.modules.flatMap((m: { items: { kind: string }[] }) =>
      m.items.map((i) => i.kind),
    );
    expect(kinds).toEqual(
      expect.arrayContaining(['lesson', 'quiz', 'in_person', 'code_of_conduct']),
    );
  });

  it('keeps progress when a new version is published, and refuses one that is too short', async () => {
    const program = (
      await buildProgram(t.db, orgId, {
        type: 'career',
        trainingMinutes: 45,
        curriculum: testCurriculum(),
      })
    ).id;
    const m = await newMentor(program);
    await call('POST', `/api/v1/enrolments/${m.enrolmentId}/lesson-reads`, m.headers, {
      itemKey: 'welcome',
    });
    const draft = await call(
      'POST',
      `/api/v1/programs/${program}/curriculum-versions`,
      coordinator,
    );
    expect(draft.status).toBe(201);
    const { curriculum } = draft.body;
    expect(curriculum).toMatchObject({ version: 2, status: 'draft', requiredMinutes: 50 });
    expect(
      (await call('POST', `/api/v1/programs/${program}/curriculum-versions`, coordinator)).body
        .error.code,
    ).toBe('draft_exists');
    const versionUrl = `/api/v1/curriculum-versions/${curriculum.id}`;
    const [basics, practice] = curriculum.modules;
    const boundaries = basics.items[1];

    // Remove a lesson: 40 minutes is below the program's 45.
    expect(
      (await call('DELETE', `/api/v1/curriculum-items/${boundaries.id}`, trainer)).status,
    ).toBe(204);
    const short = await call('POST', `${versionUrl}/publish`, {
      ...coordinator,
      'accept-language': 'en',
    });
    expect(short.status).toBe(400);
    expect(short.body.error.details.issues).toEqual([
      {
        path: 'minutes',
        message:
          "The curriculum's required items add up to 40 minutes; the program requires 45. Add 5 minutes.",
      },
    ]);

    // Add a longer lesson, retitle one, and move the code of conduct first.
    const added = await call('POST', `${versionUrl}/items`, trainer, {
      moduleId: basics.id,
      key: 'listening',
      kind: 'lesson',
      title: { da: 'At lytte', en: 'Listening' },
      body: { da: 'Lyt.', en: 'Listen.' },
      minutes: 15,
    });
    expect(added.status).toBe(201);
    const welcome = basics.items[0];
    const edited = await call('PATCH', `/api/v1/curriculum-items/${welcome.id}`, trainer, {
      title: { da: 'Velkommen til', en: 'Welcome aboard' },
    });
    expect(edited.status).toBe(200);
    const items = added.body.curriculum.modules.map(
      (mod: { id: string; items: { id: string; key: string }[] }) => ({
        moduleId: mod.id,
        itemIds: mod.items.map((i) => i.id),
      }),
    );
    const code = practice.items.find((i: { key: string }) => i.key === 'code');
    const order = [
      {
        moduleId: practice.id,
        itemIds: [code.id, ...items[1].itemIds.filter((id: string) => id !== code.id)],
      },
      items[0],
    ];
    const reordered = await call('PUT', `${versionUrl}/order`, trainer, { modules: order });
    expect(reordered.status).toBe(200);
    expect(reordered.body.curriculum.modules[0].items[0].key).toBe('code');
    const badOrder = await call('PUT', `${versionUrl}/order`, trainer, { modules: [items[0]] });
    expect(badOrder.status).toBe(400);

    const published = await call('POST', `${versionUrl}/publish`, coordinator);
    expect(published.status).toBe(200);
    expect(published.body.curriculum).toMatchObject({ status: 'published', requiredMinutes: 55 });
    // A published version is frozen.
    const frozen = await call('PATCH', `/api/v1/curriculum-items/${welcome.id}`, trainer, {
      minutes: 1,
    });
    expect(frozen.body.error.code).toBe('curriculum_published');

    const view = await call('GET', `/api/v1/enrolments/${m.enrolmentId}`, m.headers);
    const { enrolment } = view.body;
    expect(enrolment.curriculumVersion).toBe(2);
    // Welcome (10 of 55 minutes) is still done; the new lesson is not.
    expect(enrolment.progressPercent).toBe(18);
    const states = Object.fromEntries(
      enrolment.modules.flatMap(
        (mod: { items: { key: string; state: string; title: { en: string } }[] }) =>
          mod.items.map((i) => [i.key, i.state]),
      ),
    );
    expect(states).toMatchObject({ welcome: 'completed', listening: 'not_started' });
    expect(states).not.toHaveProperty('boundaries');
    expect(enrolment.modules[0].key).toBe('practice');
  });
});

describe('the shared fixtures', () => {
  it('build one of every training resource', async () => {
    const fixtures = await buildTrainingFixtures(t.db, orgId);
    expect(Object.values(fixtures.ids).every((id) => typeof id === 'string')).toBe(true);
  });
});

describe('a quiz’s last attempt', () => {
  it('explains the last attempt again when the mentor comes back, also after a new version', async () => {
    const program = (
      await buildProgram(t.db, orgId, { type: 'career', curriculum: testCurriculum() })
    ).id;
    const m = await newMentor(program);
    const itemUrl = `/api/v1/enrolments/${m.enrolmentId}/items/basics-quiz`;
    const before = await call('GET', itemUrl, m.headers);
    expect(before.body.item.quiz.lastAttempt).toBeNull();

    await call('POST', `/api/v1/enrolments/${m.enrolmentId}/quiz-attempts`, m.headers, {
      itemKey: 'basics-quiz',
      answers: wrongAnswers,
    });
    const after = await call('GET', itemUrl, m.headers);
    expect(after.status).toBe(200);
    expect(after.body.item.quiz.lastAttempt).toMatchObject({
      score: 0,
      passed: false,
      passMark: 0.5,
      attemptsLeft: 1,
      submittedAt: expect.any(String),
    });
    expect(after.body.item.quiz.lastAttempt.questions[0]).toEqual({
      id: 'q1',
      prompt: { da: 'Hvor mødes I?', en: 'Where do you meet?' },
      correct: false,
      chosen: [1],
      options: [
        {
          text: { da: 'In public', en: 'In public' },
          correct: true,
          explanation: { da: 'Safe and open.', en: 'Safe and open.' },
        },
        {
          text: { da: 'At home', en: 'At home' },
          correct: false,
          explanation: { da: 'Not alone at home.', en: 'Not alone at home.' },
        },
      ],
    });
    expect(after.body.item.quiz.lastAttempt.questions[1]).toMatchObject({
      id: 'q2',
      correct: false,
      chosen: [0],
    });

    // A new version rewrites the question; the attempt is still explained as it was taken.
    const draft = await call(
      'POST',
      `/api/v1/programs/${program}/curriculum-versions`,
      coordinator,
    );
    const quizItem = draft.body.curriculum.modules[0].items.find(
      (i: { key: string }) => i.key === 'basics-quiz',
    );
    const rewritten = {
      ...quizItem.quiz,
      questions: [
        {
          ...quizItem.quiz.questions[0],
          prompt: { da: 'Hvor mødes I første gang?', en: 'Where do you meet first?' },
        },
      ],
    };
    const edited = await call('PATCH', `/api/v1/curriculum-items/${quizItem.id}`, trainer, {
      quiz: rewritten,
    });
    expect(edited.status).toBe(200);
    const published = await call(
      'POST',
      `/api/v1/curriculum-versions/${draft.body.curriculum.id}/publish`,
      coordinator,
    );
    expect(published.status).toBe(200);
    const later = await call('GET', itemUrl, m.headers);
    expect(later.body.item.quiz.questions).toHaveLength(1);
    expect(later.body.item.quiz.lastAttempt.questions).toHaveLength(2);
    expect(later.body.item.quiz.lastAttempt.questions[0].prompt.en).toBe('Where do you meet?');
  });
});
