import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildOrganisation, buildProgram } from '../../db/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import { programMentors } from '../recruitment/tables';
import { certificates } from './tables';
import { testCurriculum } from './test-curriculum';

/**
 * Random sequences of what mentors, trainers and time do, checked after every step
 * against the rules that make the gate trustworthy: eligible exactly without blockers,
 * never eligible without a valid certificate and a signed code of conduct, full progress
 * always certified, one certificate per round.
 */

const DAY = 86_400_000;
let t: TestApp;
let orgId: string;
let programId: string;
let coordinatorId: string;
let trainerId: string;

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await buildOrganisation(t.db)).id;
  coordinatorId = (await buildMember(t.db, orgId, { roles: ['coordinator'] })).user.id;
  trainerId = (await buildMember(t.db, orgId, { roles: ['trainer'] })).user.id;
  programId = (
    await buildProgram(t.db, orgId, {
      type: 'career',
      trainingMinutes: 45,
      status: 'published',
      curriculum: testCurriculum(),
    })
  ).id;
});
afterAll(() => t.close());

type Action =
  | { kind: 'read'; itemKey: 'welcome' | 'boundaries' }
  | { kind: 'quiz'; pass: boolean }
  | { kind: 'session'; attendance: 'present' | 'late' | 'absent' | 'excused' }
  | { kind: 'sign' }
  | { kind: 'reflect'; approve: boolean }
  | { kind: 'wait'; days: number }
  | { kind: 'refresher' }
  /** A diligent mentor: every item at once, so runs reach certification and beyond. */
  | { kind: 'everything' };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('read' as const),
    itemKey: fc.constantFrom('welcome' as const, 'boundaries' as const),
  }),
  fc.record({ kind: fc.constant('quiz' as const), pass: fc.boolean() }),
  fc.record({
    kind: fc.constant('session' as const),
    attendance: fc.constantFrom(
      'present' as const,
      'late' as const,
      'absent' as const,
      'excused' as const,
    ),
  }),
  fc.record({ kind: fc.constant('sign' as const) }),
  fc.record({ kind: fc.constant('reflect' as const), approve: fc.boolean() }),
  fc.record({
    kind: fc.constant('wait' as const),
    days: fc.oneof(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 600, max: 800 })),
  }),
  fc.record({ kind: fc.constant('refresher' as const) }),
  fc.record({ kind: fc.constant('everything' as const) }),
);

async function call(method: string, url: string, headers: Record<string, string>, body?: object) {
  const res = await t.app.inject({
    method: method as 'GET',
    url,
    headers,
    ...(body ? { payload: body } : {}),
  });
  if (res.statusCode >= 500) throw new Error(`${method} ${url} answered ${res.statusCode}`);
  return { status: res.statusCode, body: res.body ? res.json() : null };
}

async function run(actions: Action[]) {
  const member = await buildMember(t.db, orgId, { roles: ['mentor'] });
  const as = {
    mentor: () => t.as(member.user.id),
    trainer: () => t.as(trainerId),
    coordinator: () => t.as(coordinatorId),
  };
  const enrolled = await call(
    'POST',
    `/api/v1/programs/${programId}/enrolments`,
    await as.coordinator(),
    { membershipId: member.membership.id },
  );
  const enrolmentId: string = enrolled.body.enrolment.id;
  // Screening was passed before training (the recruitment tests cover that part).
  await t.db
    .update(programMentors)
    .set({ screeningCompletedAt: t.clock.now() })
    .where(eq(programMentors.userId, member.user.id));
  const base = `/api/v1/enrolments/${enrolmentId}`;
  let rounds = 1;

  const expanded = actions.flatMap((a): Exclude<Action, { kind: 'everything' }>[] =>
    a.kind === 'everything'
      ? [
          { kind: 'read', itemKey: 'welcome' },
          { kind: 'read', itemKey: 'boundaries' },
          { kind: 'quiz', pass: true },
          { kind: 'session', attendance: 'present' },
          { kind: 'sign' },
          { kind: 'reflect', approve: true },
        ]
      : [a],
  );
  for (const step of expanded) {
    const mentor = await as.mentor();
    const trainer = await as.trainer();
    switch (step.kind) {
      case 'read':
        await call('POST', `${base}/lesson-reads`, mentor, { itemKey: step.itemKey });
        break;
      case 'quiz':
        await call('POST', `${base}/quiz-attempts`, mentor, {
          itemKey: 'basics-quiz',
          answers: step.pass
            ? [
                { questionId: 'q1', optionIndexes: [0] },
                { questionId: 'q2', optionIndexes: [0, 1] },
              ]
            : [],
        });
        break;
      case 'session': {
        const start = t.clock.now().getTime() + DAY;
        const session = await call(
          'POST',
          `/api/v1/programs/${programId}/training-sessions`,
          trainer,
          {
            itemKey: 'workshop',
            startsAt: new Date(start).toISOString(),
            endsAt: new Date(start + 3_600_000).toISOString(),
            place: 'Here',
            capacity: 5,
          },
        );
        const signup = await call('POST', `${base}/session-signups`, mentor, {
          sessionId: session.body.session.id,
        });
        await call('POST', `/api/v1/session-signups/${signup.body.signup.id}/attendance`, trainer, {
          attendance: step.attendance,
        });
        break;
      }
      case 'sign':
        await call('POST', `${base}/code-of-conduct-signatures`, mentor, { itemKey: 'code' });
        break;
      case 'reflect': {
        const submitted = await call('POST', `${base}/reflections`, mentor, {
          itemKey: 'reflect',
          text: 'Jeg lytter først.',
        });
        if (submitted.status === 201) {
          await call(
            'POST',
            `/api/v1/reflections/${submitted.body.reflection.id}/review`,
            trainer,
            { decision: step.approve ? 'approve' : 'return', comment: 'Tak.' },
          );
        }
        break;
      }
      case 'wait':
        t.clock.advance(step.days * DAY);
        break;
      case 'refresher': {
        const res = await call('POST', `${base}/refresher`, mentor);
        if (res.status === 200) rounds++;
        break;
      }
    }

    const view = (await call('GET', base, await as.mentor())).body.enrolment;
    const list = await call(
      'GET',
      `/api/v1/programs/${programId}/mentors?limit=200`,
      await as.coordinator(),
    );
    const listed = list.body.items.find(
      (m: { enrolmentId: string }) => m.enrolmentId === enrolmentId,
    );
    const issued = await t.db.$count(certificates, eq(certificates.enrolmentId, enrolmentId));
    const context = JSON.stringify({ step, view, listed });

    expect(listed.eligibleToMentor, context).toBe(listed.blockers.length === 0);
    if (listed.eligibleToMentor) {
      expect(view.certificate?.valid, context).toBe(true);
      expect(view.codeOfConductSignedAt, context).not.toBeNull();
    }
    if (view.certificate === null)
      expect(listed.blockers, context).toContain('training_incomplete');
    if (view.certificate && !view.certificate.valid) {
      expect(listed.blockers, context).toContain('certification_expired');
      expect(view.status, context).toBe('recertification_due');
    }
    if (view.progressPercent === 100) expect(view.certificate, context).not.toBeNull();
    if (view.status === 'certified') expect(view.certificate?.valid, context).toBe(true);
    expect(issued, context).toBeLessThanOrEqual(rounds);
  }
}

describe('training under random sequences of actions', () => {
  it('never lets the gate, the certificate and progress disagree', async () => {
    await fc.assert(fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 14 }), run), {
      numRuns: 30,
    });
  }, 240_000);
});
