import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildOrganisation, buildProgram } from '../../db/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import { childCertificates } from '../recruitment/tables';
import { testCurriculum } from '../training/test-curriculum';
import { messagingFixtures } from './messages-fixtures';
import { notifications } from './tables';

const DAY = 86_400_000;
let t: TestApp;
let orgId: string;
let program: string;
let coordinator: Record<string, string>;
let f: ReturnType<typeof messagingFixtures>;

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await buildOrganisation(t.db)).id;
  coordinator = await t.as((await buildMember(t.db, orgId, { roles: ['coordinator'] })).user.id);
  program = (
    await buildProgram(t.db, orgId, {
      type: 'career',
      status: 'published',
      curriculum: testCurriculum(),
      trainingMinutes: 45,
      childCertificate: 'always',
      menteeAgeMin: 6,
    })
  ).id;
  f = messagingFixtures(
    t,
    orgId,
    () => program,
    () => coordinator,
  );
});
afterAll(() => t.close());

const ask = (matchId: string, headers: Record<string, string>, message = 'Hej, hvordan går det?') =>
  f.call('POST', `/api/v1/matches/${matchId}/contact-requests`, headers, { message });
const list = (matchId: string, headers: Record<string, string>) =>
  f.call('GET', `/api/v1/matches/${matchId}/contact-requests`, headers);

describe('contact after the program', () => {
  it('lets the former mentee write through Mentorpath and the mentor answer, each notified', async () => {
    const m = await f.activeMatch({ age: 17 });
    await f.closeMatch(m.id, 'platform');
    const before = await list(m.id, m.asMentee);
    expect(before.body).toMatchObject({
      rule: 'platform',
      canRequest: true,
      remaining: 3,
      limit: 3,
      windowDays: 30,
      canAnswer: false,
    });

    const sent = await ask(m.id, m.asMentee, 'Jeg kom ind på uddannelsen!');
    expect(sent.status).toBe(201);
    expect(sent.body.contactRequest).toMatchObject({
      message: 'Jeg kom ind på uddannelsen!',
      answer: null,
    });
    const toMentor = await t.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.userId, m.mentorUserId), eq(notifications.kind, 'contact_request')),
      );
    expect(toMentor).toHaveLength(1);

    const asMentor = await list(m.id, m.asMentor);
    expect(asMentor.body.canAnswer).toBe(true);
    expect(asMentor.body.items).toEqual([
      expect.objectContaining({ message: 'Jeg kom ind på uddannelsen!' }),
    ]);
    const answerUrl = `/api/v1/contact-requests/${sent.body.contactRequest.id}/answer`;
    expect((await f.call('POST', answerUrl, m.asMentee, { answer: 'Selv tak' })).status).toBe(403);
    const answered = await f.call('POST', answerUrl, m.asMentor, { answer: 'Tillykke!' });
    expect(answered.status).toBe(200);
    expect(answered.body.contactRequest).toMatchObject({ answer: 'Tillykke!' });
    expect((await f.call('POST', answerUrl, m.asMentor, { answer: 'Igen' })).status).toBe(409);
    const toMentee = await t.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.userId, m.menteeUserId), eq(notifications.kind, 'contact_answer')),
      );
    expect(toMentee).toHaveLength(1);
    expect(toMentee[0]?.params).toEqual({ from: m.mentorName });

    const seen = await list(m.id, m.asMentee);
    expect(seen.body.items[0]).toMatchObject({ answer: 'Tillykke!' });
    expect(seen.body.remaining).toBe(2);
    expect((await list(m.id, coordinator)).body.items).toHaveLength(1);
  });

  it('is for the guardian of a child under 15, not the child', async () => {
    const m = await f.activeMatch({ age: 9 });
    await f.closeMatch(m.id, 'platform');
    expect((await ask(m.id, m.asMentee)).body.error.code).toBe('contact_not_allowed');
    expect((await ask(m.id, m.asGuardian)).status).toBe(201);
  });

  it('is not allowed where the rule says none, on an open match, or from anyone but the mentee', async () => {
    const none = await f.activeMatch({ age: 17 });
    await f.closeMatch(none.id, 'none');
    const refused = await ask(none.id, none.asMentee);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('contact_not_allowed');
    expect((await list(none.id, none.asMentee)).body.canRequest).toBe(false);

    const open = await f.activeMatch({ age: 17 });
    expect((await ask(open.id, open.asMentee)).body.error.code).toBe('contact_not_allowed');

    const closed = await f.activeMatch({ age: 17 });
    await f.closeMatch(closed.id, 'platform');
    expect((await ask(closed.id, closed.asMentor)).body.error.code).toBe('contact_not_allowed');
    expect((await ask(closed.id, coordinator)).body.error.code).toBe('contact_not_allowed');
  });

  it('ends when the mentor closes the channel', async () => {
    const m = await f.activeMatch({ age: 17 });
    await f.closeMatch(m.id, 'direct');
    const sent = await ask(m.id, m.asMentee);
    expect(
      (await f.call('POST', `/api/v1/matches/${m.id}/contact-channel/close`, m.asMentee)).status,
    ).toBe(403);
    const closed = await f.call(
      'POST',
      `/api/v1/matches/${m.id}/contact-channel/close`,
      m.asMentor,
    );
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ rule: 'direct' });
    expect(closed.body.channelClosedAt).toEqual(expect.any(String));

    expect((await ask(m.id, m.asMentee)).body.error.code).toBe('contact_not_allowed');
    const answer = await f.call(
      'POST',
      `/api/v1/contact-requests/${sent.body.contactRequest.id}/answer`,
      m.asMentor,
      { answer: 'Hej' },
    );
    expect(answer.body.error.code).toBe('contact_not_allowed');
    const after = await f.call('GET', `/api/v1/matches/${m.id}/after-contact`, m.asMentee);
    expect(after.body.error.code).toBe('contact_not_allowed');
    expect((await list(m.id, m.asMentee)).body).toMatchObject({ canRequest: false });
  });

  it('still needs the gate: an expired child certificate stops requests and the e-mail', async () => {
    const m = await f.activeMatch({ age: 9 });
    await f.closeMatch(m.id, 'direct');
    const email = await f.call('GET', `/api/v1/matches/${m.id}/after-contact`, m.asGuardian);
    expect(email.status).toBe(200);
    expect(email.body.mentor).toEqual({ name: m.mentorName, email: m.mentorEmail });

    await t.db
      .update(childCertificates)
      .set({ validUntil: new Date(t.clock.now().getTime() - DAY) })
      .where(eq(childCertificates.userId, m.mentorUserId));
    const refused = await ask(m.id, m.asGuardian);
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({
      code: 'child_certificate_expired',
      details: { blockers: ['child_certificate_expired'] },
    });
    const hidden = await f.call('GET', `/api/v1/matches/${m.id}/after-contact`, m.asGuardian);
    expect(hidden.status).toBe(422);
    expect(hidden.text).not.toContain(m.mentorEmail);
  });

  it('shows the mentor’s e-mail only where the rule is direct', async () => {
    const m = await f.activeMatch({ age: 17 });
    await f.closeMatch(m.id, 'platform');
    const res = await f.call('GET', `/api/v1/matches/${m.id}/after-contact`, m.asMentee);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('contact_not_allowed');
  });

  it('is hidden from anyone outside the match', async () => {
    const m = await f.activeMatch({ age: 17 });
    await f.closeMatch(m.id, 'direct');
    const sent = await ask(m.id, m.asMentee, 'Hemmeligt');
    const other = await f.activeMatch({ age: 17 });
    const strangers = [
      other.asMentor,
      other.asGuardian,
      other.asMentee,
      await t.as((await buildMember(t.db, orgId, { roles: ['hr'] })).user.id),
      await t.as((await buildMember(t.db, orgId, { roles: ['trainer'] })).user.id),
    ];
    for (const who of strangers) {
      const requests: [string, string, object?][] = [
        ['GET', `/api/v1/matches/${m.id}/contact-requests`],
        ['POST', `/api/v1/matches/${m.id}/contact-requests`, { message: 'x' }],
        ['POST', `/api/v1/contact-requests/${sent.body.contactRequest.id}/answer`, { answer: 'x' }],
        ['POST', `/api/v1/matches/${m.id}/contact-channel/close`],
        ['GET', `/api/v1/matches/${m.id}/after-contact`],
      ];
      for (const [method, url, body] of requests) {
        const res = await f.call(method, url, who, body);
        expect(res.status, `${method} ${url}`).toBe(404);
        expect(res.text).not.toContain('Hemmeligt');
      }
    }
  });

  // Last: it moves the clock on by a month.
  it('allows three requests in 30 days, then 429 with Retry-After, and again after', async () => {
    const m = await f.activeMatch({ age: 17 });
    await f.closeMatch(m.id, 'platform');
    // Moving the clock on ends sessions: sign in again after each step.
    let asMentee = m.asMentee;
    for (let i = 0; i < 3; i++) {
      expect((await ask(m.id, asMentee, `Besked ${i}`)).status).toBe(201);
      t.clock.advance(DAY);
      asMentee = await t.as(m.menteeUserId);
    }
    const fourth = await ask(m.id, asMentee, 'Besked 4');
    expect(fourth.status).toBe(429);
    expect(fourth.body.error.code).toBe('rate_limited');
    expect(Number(fourth.res.headers['retry-after'])).toBeGreaterThan(0);
    const state = await list(m.id, asMentee);
    expect(state.body).toMatchObject({ canRequest: false, remaining: 0 });
    expect(state.body.items).toHaveLength(3);

    t.clock.advance(28 * DAY);
    expect((await ask(m.id, await t.as(m.menteeUserId), 'Besked 5')).status).toBe(201);
  });
});
