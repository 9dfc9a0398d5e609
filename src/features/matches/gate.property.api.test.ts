import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildEnrolment,
  buildMember,
  buildMentee,
  buildOrganisation,
  buildProgram,
  buildProgress,
} from '../../db/factories';
import { newId } from '../../db/ids';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { startTestApp, type TestApp } from '../../test/harness';
import { programMentors } from '../recruitment/tables';
import { certificateIssuer } from '../training/certificate-issuer';
import { codeOfConductSignatures, curriculumVersions } from '../training/tables';
import { testCurriculum, testCurriculumKeys } from '../training/test-curriculum';

/**
 * The gate under random sequences of what people, staff and time do (issue 3): enrol,
 * pass screening, complete training, let certificates expire, and try every path that puts
 * a mentor in touch with a mentee — creating a match, accepting it, reading contact
 * details. In no reachable state does a mentor who may not mentor get a match created or
 * activated, or see (or be seen through) contact details.
 */

const DAY = 86_400_000;
let t: TestApp;
let orgId: string;
let programId: string;
let coordinatorId: string;
/** A fresh session each time: runs move the clock past a session's life. */
const coordinator = () => t.as(coordinatorId);

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await buildOrganisation(t.db)).id;
  coordinatorId = (await buildMember(t.db, orgId, { roles: ['coordinator'] })).user.id;
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
  | { kind: 'screen' }
  | { kind: 'train' }
  | { kind: 'wait'; days: number }
  | { kind: 'match'; mentee: 0 | 1 }
  | { kind: 'accept'; side: 'mentor' | 'mentee' }
  | { kind: 'decline' }
  | { kind: 'contact'; side: 'mentor' | 'mentee' }
  /** A program that works: screened, trained, matched and accepted by both, in one go. */
  | { kind: 'everything' };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.constant({ kind: 'everything' as const }),
  fc.constant({ kind: 'screen' as const }),
  fc.constant({ kind: 'train' as const }),
  fc.record({
    kind: fc.constant('wait' as const),
    days: fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 700, max: 760 })),
  }),
  fc.record({
    kind: fc.constant('match' as const),
    mentee: fc.constantFrom(0 as const, 1 as const),
  }),
  fc.record({
    kind: fc.constant('accept' as const),
    side: fc.constantFrom('mentor' as const, 'mentee' as const),
  }),
  fc.constant({ kind: 'decline' as const }),
  fc.record({
    kind: fc.constant('contact' as const),
    side: fc.constantFrom('mentor' as const, 'mentee' as const),
  }),
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

/** How often the success paths were reached, so the property is not true by never trying. */
const reached = { created: 0, activated: 0, contacted: 0 };

async function run(input: Action[]) {
  const actions = input.flatMap((a): Action[] =>
    a.kind === 'everything'
      ? [
          { kind: 'screen' },
          { kind: 'train' },
          { kind: 'match', mentee: 0 },
          { kind: 'accept', side: 'mentor' },
          { kind: 'accept', side: 'mentee' },
          { kind: 'contact', side: 'mentor' },
        ]
      : [a],
  );
  const member = await buildMember(t.db, orgId, { roles: ['mentor'] });
  const { enrolment } = await buildEnrolment(t.db, orgId, {
    programId,
    membershipId: member.membership.id,
    now: t.clock.now(),
    screened: false,
  });
  const [place] = await t.db
    .select()
    .from(programMentors)
    .where(eq(programMentors.userId, member.user.id));
  if (!place) throw new Error('no place in the program');
  const students = await Promise.all(
    [0, 1].map(() => buildMember(t.db, orgId, { roles: ['mentee'] })),
  );
  const mentees = await Promise.all(
    students.map((s) =>
      buildMentee(t.db, orgId, programId, { age: 17, userId: s.user.id, now: t.clock.now() }),
    ),
  );
  const as = {
    mentor: () => t.as(member.user.id),
    mentee: (i: number) => t.as(students[i]?.user.id ?? ''),
  };
  let latest: { id: string; mentee: number } | null = null;

  const eligibleNow = async () => {
    const list = await call(
      'GET',
      `/api/v1/programs/${programId}/mentors?limit=200`,
      await coordinator(),
    );
    const listed = list.body.items.find((m: { userId: string }) => m.userId === member.user.id);
    return { eligible: listed.eligibleToMentor as boolean, blockers: listed.blockers as string[] };
  };

  for (const step of actions) {
    const before = await eligibleNow();
    const context = JSON.stringify({ step, before });
    switch (step.kind) {
      case 'screen':
        await t.db
          .update(programMentors)
          .set({ screeningCompletedAt: t.clock.now() })
          .where(eq(programMentors.id, place.id));
        break;
      case 'train': {
        const now = t.clock.now();
        const [version] = await t.db
          .select({ id: curriculumVersions.id })
          .from(curriculumVersions)
          .where(eq(curriculumVersions.programId, programId));
        await t.db.insert(codeOfConductSignatures).values({
          id: newId(),
          organisationId: orgId,
          enrolmentId: enrolment.id,
          itemKey: 'code',
          versionId: version?.id ?? '',
          signedName: member.user.name,
          signedAt: now,
        });
        await buildProgress(t.db, orgId, enrolment.id, testCurriculumKeys, now);
        await t.db.transaction((tx) =>
          certificateIssuer(tx, orgId as AuthorizedOrgId, enrolment.id, now),
        );
        break;
      }
      case 'wait':
        t.clock.advance(step.days * DAY);
        break;
      case 'match': {
        const res = await call(
          'POST',
          `/api/v1/programs/${programId}/matches`,
          await coordinator(),
          {
            mentorId: place.id,
            menteeId: mentees[step.mentee]?.id,
          },
        );
        if (res.status === 201) {
          expect(before.eligible, context).toBe(true);
          reached.created++;
          latest = { id: res.body.match.id, mentee: step.mentee };
        } else {
          expect(res.status, context).toBe(422);
          if (!before.eligible) expect(res.body.error.code, context).toBe(before.blockers[0]);
        }
        break;
      }
      case 'accept':
      case 'decline': {
        if (!latest) break;
        const who =
          step.kind === 'accept' && step.side === 'mentee'
            ? await as.mentee(latest.mentee)
            : await as.mentor();
        const res = await call('POST', `/api/v1/matches/${latest.id}/${step.kind}`, who);
        if (res.status === 200 && res.body.match.status === 'active') {
          expect(before.eligible, context).toBe(true);
          reached.activated++;
        }
        break;
      }
      case 'contact': {
        if (!latest) break;
        const who = step.side === 'mentee' ? await as.mentee(latest.mentee) : await as.mentor();
        const res = await call('GET', `/api/v1/matches/${latest.id}/contact`, who);
        if (res.status === 200) {
          expect(before.eligible, context).toBe(true);
          reached.contacted++;
        } else expect(res.status, context).toBe(422);
        break;
      }
    }
  }
}

describe('the gate under random sequences of actions', () => {
  it('never lets an ineligible mentor be matched, activated or put in contact', async () => {
    await fc.assert(fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 16 }), run), {
      numRuns: 40,
    });
    expect(reached.created).toBeGreaterThan(0);
    expect(reached.activated).toBeGreaterThan(0);
    expect(reached.contacted).toBeGreaterThan(0);
  }, 300_000);
});
