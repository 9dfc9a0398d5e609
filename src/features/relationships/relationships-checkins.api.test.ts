import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildOrganisation, buildProgram } from '../../db/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import { testCurriculum } from '../training/test-curriculum';
import { activeTestMatch, callApi } from './checkins-test-helpers';

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

const daysAgo = (days: number) => new Date(t.clock.now().getTime() - days * DAY).toISOString();
const call = (method: string, url: string, headers: Record<string, string>, body?: object) =>
  callApi(t, method, url, headers, body);

describe('check-ins', () => {
  it('records a check-in that the coordinator then sees on the match, newest first', async () => {
    const m = await activeTestMatch(t, orgId, school, coordinator, { age: 16 });
    const first = await call('POST', `/api/v1/matches/${m.id}/check-ins`, coordinator, {
      party: 'mentor',
      date: daysAgo(0),
      durationMinutes: 15,
      channel: 'phone',
      notes: 'Godt i gang',
      flags: ['travl periode', 'travl periode'],
    });
    expect(first.status).toBe(201);
    expect(first.body.checkIn).toMatchObject({
      party: 'mentor',
      channel: 'phone',
      notes: 'Godt i gang',
      flags: ['travl periode'],
    });
    expect(first.body.checkIn.recordedByName).toEqual(expect.any(String));
    const list = await call('GET', `/api/v1/matches/${m.id}/check-ins`, coordinator);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    // A teenager in a children's program: mentor and mentee monthly, the guardian quarterly.
    expect(
      list.body.schedule.map((p: { party: string; cadence: string; lastCheckInAt: string }) => [
        p.party,
        p.cadence,
        p.lastCheckInAt !== null,
      ]),
    ).toEqual([
      ['mentor', 'monthly', true],
      ['mentee', 'monthly', false],
      ['guardian', 'quarterly', false],
    ]);
  });

  it('refuses a date ahead and a guardian the mentee does not have, naming the field', async () => {
    const m = await activeTestMatch(t, orgId, school, coordinator, { age: 19, guardian: false });
    const ahead = await call('POST', `/api/v1/matches/${m.id}/check-ins`, coordinator, {
      party: 'mentee',
      date: new Date(t.clock.now().getTime() + DAY).toISOString(),
      durationMinutes: 15,
      channel: 'video',
    });
    expect(ahead.status).toBe(400);
    expect(ahead.body.error.details.issues).toEqual([expect.objectContaining({ path: 'date' })]);
    const guardian = await call('POST', `/api/v1/matches/${m.id}/check-ins`, coordinator, {
      party: 'guardian',
      date: daysAgo(1),
      durationMinutes: 15,
      channel: 'video',
    });
    expect(guardian.status).toBe(400);
    expect(guardian.body.error.details.issues).toEqual([
      expect.objectContaining({ path: 'party' }),
    ]);
    const list = await call('GET', `/api/v1/matches/${m.id}/check-ins`, coordinator);
    expect(list.body.items).toEqual([]);
  });

  it('shows what is due and overdue, overdue first, for the program and on the home page', async () => {
    const fresh = await activeTestMatch(t, orgId, school, coordinator, { menteeName: 'Ny Ny' });
    t.clock.advance(20 * DAY);
    const late = await activeTestMatch(t, orgId, school, coordinator, { menteeName: 'Sen Sen' });
    // `fresh` started 20 days ago with no check-in: overdue. `late` just started: ok.
    const due = await call('GET', `/api/v1/programs/${school}/check-ins/due`, coordinator);
    expect(due.status).toBe(200);
    const freshRow = due.body.items.find((i: { matchId: string }) => i.matchId === fresh.id);
    const lateRow = due.body.items.find((i: { matchId: string }) => i.matchId === late.id);
    expect(freshRow).toMatchObject({ status: 'overdue', menteeName: 'Ny Ny' });
    expect(lateRow).toMatchObject({ status: 'ok', menteeName: 'Sen Sen' });
    expect(due.body.items[0].status).toBe('overdue');
    expect(due.body.items.indexOf(freshRow)).toBeLessThan(due.body.items.indexOf(lateRow));
    expect(due.body.summary.overdue).toBeGreaterThanOrEqual(2);

    // Recording the check-ins puts the match back on track.
    for (const party of ['mentor', 'mentee']) {
      const r = await call('POST', `/api/v1/matches/${fresh.id}/check-ins`, coordinator, {
        party,
        date: daysAgo(0),
        durationMinutes: 20,
        channel: 'in_person',
      });
      expect(r.status).toBe(201);
    }
    const org = await call('GET', `/api/v1/organisations/${orgId}/check-ins/due`, coordinator);
    expect(org.status).toBe(200);
    expect(org.body.items.find((i: { matchId: string }) => i.matchId === fresh.id)).toMatchObject({
      status: 'ok',
    });
  });

  it('is for coordinators only: the mentor, the guardian and HR see none of it', async () => {
    const m = await activeTestMatch(t, orgId, school, coordinator);
    const hr = await t.as((await buildMember(t.db, orgId, { roles: ['hr'] })).user.id);
    const body = { party: 'mentor', date: daysAgo(0), durationMinutes: 10, channel: 'email' };
    for (const who of [m.asMentor, m.asGuardian ?? {}, hr]) {
      expect((await call('GET', `/api/v1/matches/${m.id}/check-ins`, who)).status).toBe(403);
      expect((await call('POST', `/api/v1/matches/${m.id}/check-ins`, who, body)).status).toBe(403);
    }
    expect((await call('GET', `/api/v1/programs/${school}/check-ins/due`, hr)).status).toBe(403);
    expect(
      (await call('GET', `/api/v1/organisations/${orgId}/check-ins/due`, m.asMentor)).status,
    ).toBe(403);
  });

  it('refuses a check-in on a closed match', async () => {
    const m = await activeTestMatch(t, orgId, school, coordinator);
    const closed = await call('POST', `/api/v1/matches/${m.id}/close`, coordinator, {
      reason: 'completed',
      contactAfterClosure: 'none',
    });
    expect(closed.status).toBe(200);
    const r = await call('POST', `/api/v1/matches/${m.id}/check-ins`, coordinator, {
      party: 'mentor',
      date: daysAgo(0),
      durationMinutes: 10,
      channel: 'email',
    });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('match_closed');
  });
});
