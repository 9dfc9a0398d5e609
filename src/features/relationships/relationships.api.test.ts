import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCertifiedMentor,
  buildMember,
  buildMentee,
  buildOrganisation,
  buildProgram,
} from '../../db/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import { matches } from '../matches/tables';
import { testCurriculum } from '../training/test-curriculum';
import { notifications } from './tables';

const DAY = 86_400_000;
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

async function call(method: string, url: string, headers: Record<string, string>, body?: object) {
  const res = await t.app.inject({
    method: method as 'GET',
    url,
    headers,
    ...(body ? { payload: body } : {}),
  });
  const json = res.headers['content-type']?.toString().includes('json') && res.body;
  return { status: res.statusCode, body: json ? res.json() : null, text: res.body, res };
}

/** An active match of a certified mentor and a mentee (a child with a guardian, or a teen). */
async function activeMatch(options: { age?: number } = {}) {
  const now = t.clock.now();
  const mentor = await buildCertifiedMentor(t.db, orgId, { programId: school, now });
  const guardian = await buildMember(t.db, orgId, { roles: ['guardian'] });
  const menteeUser = await buildMember(t.db, orgId, { roles: ['mentee'] });
  const age = options.age ?? 9;
  const mentee = await buildMentee(t.db, orgId, school, {
    age,
    now,
    name: 'Sara Nielsen',
    guardianUserId: guardian.user.id,
    userId: menteeUser.user.id,
  });
  const created = await call('POST', `/api/v1/programs/${school}/matches`, coordinator, {
    mentorId: mentor.mentorId,
    menteeId: mentee.id,
  });
  expect(created.status).toBe(201);
  const id: string = created.body.match.id;
  const asMentor = await t.as(mentor.member.user.id);
  const asGuardian = await t.as(guardian.user.id);
  const asMentee = await t.as(menteeUser.user.id);
  await call('POST', `/api/v1/matches/${id}/accept`, asMentor);
  const accepted = await call(
    'POST',
    `/api/v1/matches/${id}/accept`,
    age < 15 ? asGuardian : asMentee,
  );
  expect(accepted.body.match.status).toBe('active');
  return { id, asMentor, asGuardian, asMentee, mentor, guardian };
}

const inDays = (days: number) => new Date(t.clock.now().getTime() + days * DAY).toISOString();

describe('the meeting log', () => {
  it('tells the others in the match of a meeting planned ahead, not of one logged afterwards', async () => {
    const m = await activeMatch();
    const notices = () =>
      t.db
        .select()
        .from(notifications)
        .where(
          and(
            eq(notifications.userId, m.guardian.user.id),
            eq(notifications.kind, 'meeting_planned'),
          ),
        );
    await call('POST', `/api/v1/matches/${m.id}/meetings`, m.asMentor, {
      date: inDays(-1),
      durationMinutes: 60,
      kind: 'homework',
      notes: '',
    });
    expect(await notices()).toHaveLength(0);
    await call('POST', `/api/v1/matches/${m.id}/meetings`, m.asMentor, {
      date: inDays(3),
      durationMinutes: 60,
      kind: 'leisure',
      notes: 'Svømmehallen',
    });
    const [notice] = await notices();
    expect(notice).toMatchObject({ link: `/matches/${m.id}` });
    expect(String(notice?.params.when)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const mentorNotices = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, m.mentor.member.user.id));
    expect(mentorNotices.filter((n) => n.kind === 'meeting_planned')).toHaveLength(0);
  });

  it('lets the mentor log a meeting that everyone in the match and staff then see', async () => {
    const m = await activeMatch();
    const logged = await call('POST', `/api/v1/matches/${m.id}/meetings`, m.asMentor, {
      date: inDays(-2),
      durationMinutes: 90,
      kind: 'homework',
      notes: 'Brøker og procent',
    });
    expect(logged.status).toBe(201);
    expect(logged.body.meeting).toMatchObject({
      matchId: m.id,
      durationMinutes: 90,
      kind: 'homework',
      notes: 'Brøker og procent',
      canEdit: true,
    });
    for (const who of [m.asMentor, m.asGuardian, m.asMentee, coordinator]) {
      const page = await call('GET', `/api/v1/matches/${m.id}/page`, who);
      expect(page.status).toBe(200);
      expect(page.body.match).toMatchObject({ menteeName: 'Sara Nielsen', status: 'active' });
      expect(page.body.meetings).toEqual([
        expect.objectContaining({ id: logged.body.meeting.id, notes: 'Brøker og procent' }),
      ]);
    }
    const asGuardianPage = await call('GET', `/api/v1/matches/${m.id}/page`, m.asGuardian);
    expect(asGuardianPage.body.meetings[0].canEdit).toBe(false);
    expect(asGuardianPage.body.viewer).toMatchObject({ sides: ['guardian'], canWrite: true });
  });

  it('lists meetings newest first, and the earliest one ahead is the next meeting with an .ics', async () => {
    const m = await activeMatch();
    const post = (days: number, kind: string) =>
      call('POST', `/api/v1/matches/${m.id}/meetings`, m.asGuardian, {
        date: inDays(days),
        durationMinutes: 60,
        kind,
        notes: '',
      });
    await post(-10, 'leisure');
    const soon = await post(3, 'one_to_one');
    await post(20, 'shadow_day');
    await post(-1, 'other');
    const page = await call('GET', `/api/v1/matches/${m.id}/page`, m.asMentor);
    expect(page.body.meetings.map((x: { kind: string }) => x.kind)).toEqual([
      'shadow_day',
      'one_to_one',
      'other',
      'leisure',
    ]);
    expect(page.body.nextMeeting).toMatchObject({
      source: 'meeting',
      meetingId: soon.body.meeting.id,
      date: soon.body.meeting.date,
    });

    const ics = await call('GET', `/api/v1/matches/${m.id}/next-meeting.ics`, m.asMentor);
    expect(ics.status).toBe(200);
    expect(ics.res.headers['content-type']).toMatch(/^text\/calendar/);
    const start = soon.body.meeting.date.replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
    expect(ics.text).toContain(`DTSTART:${start}\r\n`);
    expect(ics.text).toContain('Sara Nielsen');
  });

  it('falls back to the facilitated first meeting when none is planned, else 404', async () => {
    const m = await activeMatch();
    const none = await call('GET', `/api/v1/matches/${m.id}/next-meeting.ics`, m.asMentor);
    expect(none.status).toBe(404);
    const first = new Date(t.clock.now().getTime() + 5 * DAY);
    await t.db
      .update(matches)
      .set({ firstMeetingAt: first, firstMeetingPlace: 'Biblioteket' })
      .where(eq(matches.id, m.id));
    const page = await call('GET', `/api/v1/matches/${m.id}/page`, m.asGuardian);
    expect(page.body.nextMeeting).toMatchObject({ source: 'first', place: 'Biblioteket' });
    const ics = await call('GET', `/api/v1/matches/${m.id}/next-meeting.ics`, m.asGuardian);
    expect(ics.status).toBe(200);
    expect(ics.text).toContain('LOCATION:Biblioteket');
    expect(ics.text).toContain(
      `DTSTART:${first
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z')
        .replace(/[-:]/g, '')}`,
    );
  });

  it('refuses bad input, naming the field in the caller’s language', async () => {
    const m = await activeMatch();
    const url = `/api/v1/matches/${m.id}/meetings`;
    const good = { date: inDays(-1), durationMinutes: 60, kind: 'homework', notes: '' };
    const cases: [object, string][] = [
      [{ ...good, durationMinutes: 4 }, 'durationMinutes'],
      [{ ...good, durationMinutes: 1441 }, 'durationMinutes'],
      [{ ...good, kind: 'sports' }, 'kind'],
      [{ ...good, notes: 'x'.repeat(4001) }, 'notes'],
      [{ ...good, date: inDays(-400) }, 'date'],
      [{ ...good, date: inDays(400) }, 'date'],
    ];
    for (const [body, path] of cases) {
      const res = await call('POST', url, { ...m.asMentor, 'accept-language': 'da' }, body);
      expect(res.status, path).toBe(400);
      expect(res.body.error.details.issues, path).toEqual([
        expect.objectContaining({ path, message: expect.stringMatching(/\S/) }),
      ]);
    }
    const page = await call('GET', `/api/v1/matches/${m.id}/page`, m.asMentor);
    expect(page.body.meetings).toEqual([]);
  });

  it('lets only the one who logged a meeting, or staff, change or delete it', async () => {
    const m = await activeMatch();
    const logged = await call('POST', `/api/v1/matches/${m.id}/meetings`, m.asMentor, {
      date: inDays(-1),
      durationMinutes: 45,
      kind: 'leisure',
      notes: 'Svømmehal',
    });
    const url = `/api/v1/meetings/${logged.body.meeting.id}`;
    const byGuardian = await call('PATCH', url, m.asGuardian, { notes: 'Nej' });
    expect(byGuardian.status).toBe(403);
    const changed = await call('PATCH', url, m.asMentor, { durationMinutes: 75, notes: 'Bowling' });
    expect(changed.status).toBe(200);
    expect(changed.body.meeting).toMatchObject({ durationMinutes: 75, notes: 'Bowling' });
    expect((await call('DELETE', url, m.asGuardian)).status).toBe(403);
    expect((await call('DELETE', url, coordinator)).status).toBe(204);
    const page = await call('GET', `/api/v1/matches/${m.id}/page`, m.asMentor);
    expect(page.body.meetings).toEqual([]);
  });

  it('lets a mentee of 15 or more log, but not a child under 15 (the guardian does)', async () => {
    const teen = await activeMatch({ age: 16 });
    const body = { date: inDays(-1), durationMinutes: 30, kind: 'one_to_one', notes: '' };
    const byTeen = await call('POST', `/api/v1/matches/${teen.id}/meetings`, teen.asMentee, body);
    expect(byTeen.status).toBe(201);
    const child = await activeMatch({ age: 10 });
    const byChild = await call(
      'POST',
      `/api/v1/matches/${child.id}/meetings`,
      child.asMentee,
      body,
    );
    expect(byChild.status).toBe(403);
    const page = await call('GET', `/api/v1/matches/${child.id}/page`, child.asMentee);
    expect(page.status).toBe(200);
    expect(page.body.viewer.canWrite).toBe(false);
  });

  it('refuses new meetings and goals for a closed match (409 match_closed) and a proposed one', async () => {
    const m = await activeMatch();
    await t.db
      .update(matches)
      .set({ status: 'closed', closedAt: t.clock.now() })
      .where(eq(matches.id, m.id));
    const body = { date: inDays(-1), durationMinutes: 30, kind: 'other', notes: '' };
    const closed = await call('POST', `/api/v1/matches/${m.id}/meetings`, m.asMentor, body);
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe('match_closed');
    const goal = await call('POST', `/api/v1/matches/${m.id}/goals`, m.asMentor, {
      title: 'Læsning',
    });
    expect(goal.body.error.code).toBe('match_closed');
    // The history stays readable.
    expect((await call('GET', `/api/v1/matches/${m.id}/page`, m.asMentor)).status).toBe(200);

    const proposed = await activeMatch();
    await t.db.update(matches).set({ status: 'proposed' }).where(eq(matches.id, proposed.id));
    const early = await call(
      'POST',
      `/api/v1/matches/${proposed.id}/meetings`,
      proposed.asMentor,
      body,
    );
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('conflict');
  });
});

describe('goals', () => {
  it('are added, moved along and removed by the people in the match', async () => {
    const m = await activeMatch();
    const added = await call('POST', `/api/v1/matches/${m.id}/goals`, m.asMentor, {
      title: 'Læse en hel bog',
    });
    expect(added.status).toBe(201);
    expect(added.body.goal).toMatchObject({ title: 'Læse en hel bog', progressPercent: 0 });
    const url = `/api/v1/goals/${added.body.goal.id}`;
    const moved = await call('PATCH', url, m.asGuardian, { progressPercent: 40 });
    expect(moved.body.goal.progressPercent).toBe(40);
    const tooFar = await call('PATCH', url, m.asGuardian, { progressPercent: 101 });
    expect(tooFar.status).toBe(400);
    expect(tooFar.body.error.details.issues[0].path).toBe('progressPercent');
    const page = await call('GET', `/api/v1/matches/${m.id}/page`, coordinator);
    expect(page.body.goals).toEqual([
      expect.objectContaining({ title: 'Læse en hel bog', progressPercent: 40 }),
    ]);
    expect((await call('DELETE', url, m.asMentor)).status).toBe(204);
    const after = await call('GET', `/api/v1/matches/${m.id}/page`, m.asMentor);
    expect(after.body.goals).toEqual([]);
  });

  it('shows the agreement both sides accepted', async () => {
    const m = await activeMatch();
    const agreement = { cadence: 'weekly' as const, lengthMonths: 12, goals: ['Lektier'] };
    await t.db.update(matches).set({ agreement }).where(eq(matches.id, m.id));
    const page = await call('GET', `/api/v1/matches/${m.id}/page`, m.asMentee);
    expect(page.body.match.agreement).toEqual(agreement);
  });
});

describe('who sees a match', () => {
  it('is nobody outside it: another match’s mentor, another child’s guardian, HR, trainers', async () => {
    const m = await activeMatch();
    const goal = await call('POST', `/api/v1/matches/${m.id}/goals`, m.asMentor, { title: 'Mål' });
    const meeting = await call('POST', `/api/v1/matches/${m.id}/meetings`, m.asMentor, {
      date: inDays(2),
      durationMinutes: 60,
      kind: 'homework',
      notes: 'Hemmeligt',
    });
    const other = await activeMatch();
    const sameProgramMentor = await buildCertifiedMentor(t.db, orgId, {
      programId: school,
      now: t.clock.now(),
    });
    const strangers = {
      'mentor of another match': other.asMentor,
      'guardian of another child': other.asGuardian,
      hr: await t.as((await buildMember(t.db, orgId, { roles: ['hr'] })).user.id),
      trainer: await t.as((await buildMember(t.db, orgId, { roles: ['trainer'] })).user.id),
      'mentor of the same program': await t.as(sameProgramMentor.member.user.id),
    };
    for (const [who, headers] of Object.entries(strangers)) {
      const requests: [string, string, object?][] = [
        ['GET', `/api/v1/matches/${m.id}/page`],
        ['GET', `/api/v1/matches/${m.id}/next-meeting.ics`],
        [
          'POST',
          `/api/v1/matches/${m.id}/meetings`,
          { date: inDays(1), durationMinutes: 60, kind: 'other', notes: '' },
        ],
        ['POST', `/api/v1/matches/${m.id}/goals`, { title: 'Nej' }],
        ['PATCH', `/api/v1/meetings/${meeting.body.meeting.id}`, { notes: 'x' }],
        ['DELETE', `/api/v1/meetings/${meeting.body.meeting.id}`],
        ['PATCH', `/api/v1/goals/${goal.body.goal.id}`, { progressPercent: 99 }],
        ['DELETE', `/api/v1/goals/${goal.body.goal.id}`],
      ];
      for (const [method, url, body] of requests) {
        const res = await call(method, url, headers, body);
        expect(res.status, `${who}: ${method} ${url}`).toBe(404);
        expect(res.text).not.toContain('Hemmeligt');
      }
    }
    const page = await call('GET', `/api/v1/matches/${m.id}/page`, m.asMentor);
    expect(page.body.goals[0].progressPercent).toBe(0);
    expect(page.body.meetings).toHaveLength(1);
  });
});
