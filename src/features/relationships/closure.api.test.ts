import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildOrganisation, buildProgram } from '../../db/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import { outboundMail } from '../mail/tables';
import { mentees } from '../mentees/tables';
import { programMentors } from '../recruitment/tables';
import { testCurriculum } from '../training/test-curriculum';
import { activeTestMatch, callApi } from './checkins-test-helpers';
import { notifications } from './tables';

let t: TestApp;
let orgId: string;
let school: string;
let coordinator: Record<string, string>;

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await buildOrganisation(t.db)).id;
  coordinator = await t.as((await buildMember(t.db, orgId, { roles: ['coordinator'] })).user.id);
  school = (
    await buildProgram(t.db, orgId, {
      type: 'career',
      status: 'published',
      curriculum: testCurriculum(),
      trainingMinutes: 45,
      childCertificate: 'always',
      menteeAgeMin: 6,
    })
  ).id;
});
afterAll(() => t.close());

const call = (method: string, url: string, headers: Record<string, string>, body?: object) =>
  callApi(t, method, url, headers, body);
const survey = { rating: 5, whatWorked: 'Lektierne', whatCouldBeBetter: '', wouldRecommend: true };

async function menteeOf(id: string) {
  const [row] = await t.db.select().from(mentees).where(eq(mentees.id, id));
  return row;
}
async function mentorStage(id: string) {
  const [row] = await t.db.select().from(programMentors).where(eq(programMentors.id, id));
  return row?.stage;
}

describe('closing a match', () => {
  it('closes with a reason, rule and message; the mentee waits again, everyone is told', async () => {
    const m = await activeTestMatch(t, orgId, school, coordinator);
    const res = await call('POST', `/api/v1/matches/${m.id}/close`, coordinator, {
      reason: 'completed',
      contactAfterClosure: 'platform',
      closingMessage: 'Tak for et godt år!',
    });
    expect(res.status).toBe(200);
    expect(res.body.match).toMatchObject({
      id: m.id,
      status: 'closed',
      contactAfterClosure: 'platform',
      closeReason: 'completed',
      closingMessage: 'Tak for et godt år!',
    });
    expect(res.body.match.closedAt).toEqual(expect.any(String));
    const mentee = await menteeOf(m.mentee.id);
    expect(mentee?.status).toBe('waiting');
    expect(mentee?.waitingSince.toISOString()).toBe(res.body.match.closedAt);
    // Available again: no longer stored as active.
    expect(await mentorStage(m.mentor.mentorId)).not.toBe('active');
    for (const userId of [m.mentor.member.user.id, m.guardianUserId ?? '', m.menteeUserId]) {
      const rows = await t.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, userId), eq(notifications.kind, 'match_closed')));
      expect(rows).toHaveLength(1);
      expect(rows[0]?.link).toBe(`/matches/${m.id}`);
    }
    const mails = await t.db
      .select()
      .from(outboundMail)
      .where(eq(outboundMail.to, m.mentor.member.user.email));
    expect(mails.some((x) => x.body.includes(`/matches/${m.id}`))).toBe(true);

    // Each side sees the closing message and the rule.
    const seen = await call('GET', `/api/v1/matches/${m.id}/exit-survey`, m.asMentor);
    expect(seen.body).toMatchObject({
      closure: {
        reason: null,
        contactAfterClosure: 'platform',
        closingMessage: 'Tak for et godt år!',
      },
      surveys: [],
      canAnswerAs: ['mentor'],
    });

    // A closed match is read-only and cannot be closed twice.
    const again = await call('POST', `/api/v1/matches/${m.id}/close`, coordinator, {
      reason: 'other',
      contactAfterClosure: 'none',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('match_closed');
    const meeting = await call('POST', `/api/v1/matches/${m.id}/meetings`, m.asMentor, {
      date: new Date(t.clock.now().getTime() - 86_400_000).toISOString(),
      durationMinutes: 60,
      kind: 'homework',
    });
    expect(meeting.status).toBe(409);
  });

  it('withdraws the mentee when the mentee withdrew, and makes a withdrawing mentor alumni', async () => {
    const a = await activeTestMatch(t, orgId, school, coordinator);
    await call('POST', `/api/v1/matches/${a.id}/close`, coordinator, {
      reason: 'mentee_withdrew',
      contactAfterClosure: 'none',
    });
    expect((await menteeOf(a.mentee.id))?.status).toBe('withdrawn');
    const b = await activeTestMatch(t, orgId, school, coordinator);
    await call('POST', `/api/v1/matches/${b.id}/close`, coordinator, {
      reason: 'mentor_withdrew',
      contactAfterClosure: 'none',
    });
    expect(await mentorStage(b.mentor.mentorId)).toBe('alumni');
    expect((await menteeOf(b.mentee.id))?.status).toBe('waiting');
  });

  it('is for coordinators: the mentor and the guardian cannot close, and the reason is checked', async () => {
    const m = await activeTestMatch(t, orgId, school, coordinator);
    const body = { reason: 'completed', contactAfterClosure: 'none' };
    expect((await call('POST', `/api/v1/matches/${m.id}/close`, m.asMentor, body)).status).toBe(
      403,
    );
    expect(
      (await call('POST', `/api/v1/matches/${m.id}/close`, m.asGuardian ?? {}, body)).status,
    ).toBe(403);
    const bad = await call('POST', `/api/v1/matches/${m.id}/close`, coordinator, {
      reason: 'bored',
      contactAfterClosure: 'sometimes',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'contactAfterClosure',
      'reason',
    ]);
    const page = await call('GET', `/api/v1/matches/${m.id}/page`, coordinator);
    expect(page.body.match.status).toBe('active');
  });
});

describe('the exit survey', () => {
  it('takes one answer per side after closure; staff see both, each side only its own', async () => {
    const m = await activeTestMatch(t, orgId, school, coordinator);
    const early = await call('POST', `/api/v1/matches/${m.id}/exit-survey`, m.asMentor, survey);
    expect(early.status).toBe(409);
    await call('POST', `/api/v1/matches/${m.id}/close`, coordinator, {
      reason: 'goals_reached',
      contactAfterClosure: 'none',
    });
    const mine = await call('POST', `/api/v1/matches/${m.id}/exit-survey`, m.asMentor, survey);
    expect(mine.status).toBe(201);
    expect(mine.body.survey).toMatchObject({ party: 'mentor', rating: 5, wouldRecommend: true });
    const twice = await call('POST', `/api/v1/matches/${m.id}/exit-survey`, m.asMentor, survey);
    expect(twice.status).toBe(409);
    const guardian = await call('POST', `/api/v1/matches/${m.id}/exit-survey`, m.asGuardian ?? {}, {
      ...survey,
      rating: 3,
      whatCouldBeBetter: 'Flere møder',
      wouldRecommend: false,
    });
    expect(guardian.status).toBe(201);

    const staff = await call('GET', `/api/v1/matches/${m.id}/exit-survey`, coordinator);
    expect(staff.body.closure.reason).toBe('goals_reached');
    expect(staff.body.surveys.map((s: { party: string }) => s.party).sort()).toEqual([
      'guardian',
      'mentor',
    ]);
    const asMentor = await call('GET', `/api/v1/matches/${m.id}/exit-survey`, m.asMentor);
    expect(asMentor.body.surveys).toEqual([expect.objectContaining({ party: 'mentor' })]);
    expect(asMentor.body.canAnswerAs).toEqual([]);

    // Someone outside the match: HR and another match's mentor see nothing.
    const hr = await t.as((await buildMember(t.db, orgId, { roles: ['hr'] })).user.id);
    const other = await activeTestMatch(t, orgId, school, coordinator);
    for (const who of [hr, other.asMentor]) {
      expect((await call('GET', `/api/v1/matches/${m.id}/exit-survey`, who)).status).toBe(404);
      expect((await call('POST', `/api/v1/matches/${m.id}/exit-survey`, who, survey)).status).toBe(
        404,
      );
    }
  });
});
