import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationKinds } from '../../contracts/relationships';
import {
  buildCertifiedMentor,
  buildMember,
  buildMentee,
  buildOrganisation,
  buildProgram,
} from '../../db/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import { outboundMail } from '../mail/tables';
import { notifications } from '../relationships/tables';
import { testCurriculum } from '../training/test-curriculum';
import { deliverAll, type Notice, notify } from './notify';

let t: TestApp;
let orgId: string;
let otherOrgId: string;
let school: string;
let coordinator: Record<string, string>;

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await buildOrganisation(t.db)).id;
  otherOrgId = (await buildOrganisation(t.db)).id;
  coordinator = await t.as((await buildMember(t.db, orgId, { roles: ['coordinator'] })).user.id);
  school = (
    await buildProgram(t.db, orgId, {
      type: 'career',
      status: 'published',
      curriculum: testCurriculum(),
      trainingMinutes: 45,
      childCertificate: 'always',
      menteeAgeMin: 6,
      menteeAgeMax: 17,
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
  return { status: res.statusCode, body: res.body ? res.json() : null };
}

const mailsTo = (email: string) =>
  t.db.select().from(outboundMail).where(eq(outboundMail.to, email)).orderBy(desc(outboundMail.id));

const inApp = (userId: string) =>
  t.db.select().from(notifications).where(eq(notifications.userId, userId));

/** Sends one notice the way the feature routes do: in a transaction, delivered after. */
async function send(
  userIds: string[],
  notice: Notice,
  options?: { email?: boolean },
  organisationId = orgId,
) {
  const mailIds = await t.db.transaction((tx) =>
    notify(tx, t.deps.mailer, organisationId, userIds, notice, 'https://app.test', options),
  );
  await deliverAll(t.deps.mailer, mailIds);
  return mailIds;
}

const helpNotice = {
  kind: 'help_request' as const,
  params: { from: 'Sara', subject: 'Transport' },
  link: '/help/inbox',
};

describe('notify', () => {
  it('writes one notification per person and mails each in their own language', async () => {
    const dane = await buildMember(t.db, orgId, { roles: ['coordinator'], locale: 'da' });
    const brit = await buildMember(t.db, orgId, { roles: ['coordinator'], locale: 'en' });
    const mailIds = await send([dane.user.id, brit.user.id, dane.user.id], helpNotice);
    expect(mailIds).toHaveLength(2);

    expect(await inApp(dane.user.id)).toEqual([
      expect.objectContaining({ kind: 'help_request', link: '/help/inbox', readAt: null }),
    ]);
    expect(await inApp(brit.user.id)).toHaveLength(1);

    const [da] = await mailsTo(dane.user.email);
    expect(da?.subject).toBe('Ny henvendelse');
    expect(da?.body).toContain('Sara beder om hjælp: Transport');
    expect(da?.body).toContain('https://app.test/help/inbox');
    const [en] = await mailsTo(brit.user.email);
    expect(en?.subject).toBe('New request for help');
    expect(en?.body).toContain('Sara asks for help: Transport');
  });

  it('sends no mail for a kind the person switched off, but still shows it in the app', async () => {
    const quiet = await buildMember(t.db, orgId, { roles: ['coordinator'], locale: 'en' });
    const put = await call(
      'PUT',
      '/api/v1/me/notification-preferences',
      await t.as(quiet.user.id),
      { emailOff: ['help_request'] },
    );
    expect(put.status).toBe(200);

    await send([quiet.user.id], helpNotice);
    expect(await mailsTo(quiet.user.email)).toEqual([]);
    expect(await inApp(quiet.user.id)).toHaveLength(1);

    // Other kinds still come by e-mail.
    await send([quiet.user.id], { kind: 'help_answer', params: { subject: 'Bus' }, link: null });
    expect((await mailsTo(quiet.user.email)).map((m) => m.subject)).toEqual([
      'Answer to your request',
    ]);
  });

  it('writes only the in-app notification with email: false', async () => {
    const person = await buildMember(t.db, orgId, { roles: ['mentor'] });
    expect(await send([person.user.id], helpNotice, { email: false })).toEqual([]);
    expect(await mailsTo(person.user.email)).toEqual([]);
    expect(await inApp(person.user.id)).toHaveLength(1);
  });

  it('leaves nothing behind when the transaction fails', async () => {
    const person = await buildMember(t.db, orgId, { roles: ['mentor'] });
    await expect(
      t.db.transaction(async (tx) => {
        await notify(tx, t.deps.mailer, orgId, [person.user.id], helpNotice, 'https://app.test');
        throw new Error('later step failed');
      }),
    ).rejects.toThrow('later step failed');
    expect(await inApp(person.user.id)).toEqual([]);
    expect(await mailsTo(person.user.email)).toEqual([]);
  });
});

describe('the notification list', () => {
  const list = (headers: Record<string, string>, query = '', org = orgId) =>
    call('GET', `/api/v1/organisations/${org}/notifications${query}`, headers);
  const markRead = (headers: Record<string, string>, body: object, org = orgId) =>
    call('POST', `/api/v1/organisations/${org}/notifications/read`, headers, body);

  it('shows the caller’s own, newest first, in their language, with the unread count', async () => {
    const me = await buildMember(t.db, orgId, { roles: ['mentor'], locale: 'en' });
    const someoneElse = await buildMember(t.db, orgId, { roles: ['mentor'] });
    await send([me.user.id], {
      kind: 'match_active',
      params: { program: 'Lektiehjælp' },
      link: '/matches/m1',
    });
    await send([me.user.id, someoneElse.user.id], {
      kind: 'message',
      params: { from: 'Jonas' },
      link: '/matches/m1',
    });
    const asMe = await t.as(me.user.id);
    const res = await list(asMe);
    expect(res.status).toBe(200);
    expect(res.body.unreadCount).toBe(2);
    expect(res.body.items).toEqual([
      expect.objectContaining({
        kind: 'message',
        title: 'New message',
        body: 'Jonas sent you a message.',
        link: '/matches/m1',
        readAt: null,
      }),
      expect.objectContaining({
        kind: 'match_active',
        title: 'Your match has started',
        body: 'Both sides said yes to the match in Lektiehjælp.',
      }),
    ]);

    const other = await list(await t.as(someoneElse.user.id));
    expect(other.body.items.map((n: { title: string }) => n.title)).toEqual(['Ny besked']);

    const page1 = await list(asMe, '?limit=1');
    expect(page1.body.items).toHaveLength(1);
    const page2 = await list(asMe, `?limit=1&cursor=${page1.body.nextCursor}`);
    expect(page2.body.items[0].kind).toBe('match_active');
    expect(page2.body.nextCursor).toBeNull();
  });

  it('marks read: the caller’s own only, then all; unread lists only the unread', async () => {
    const me = await buildMember(t.db, orgId, { roles: ['mentor'] });
    const neighbour = await buildMember(t.db, orgId, { roles: ['mentor'] });
    for (const kind of ['message', 'match_closed', 'meeting_planned'] as const)
      await send([me.user.id], {
        kind,
        params: { from: 'A', program: 'P', when: 'i morgen' },
        link: null,
      });
    await send([neighbour.user.id], helpNotice);
    const [theirs] = await inApp(neighbour.user.id);
    const asMe = await t.as(me.user.id);
    const before = await list(asMe);
    const first = before.body.items[0].id;

    const marked = await markRead(asMe, { ids: [first, theirs?.id] });
    expect(marked.status).toBe(200);
    expect(marked.body).toEqual({ marked: 1, unreadCount: 2 });
    // The neighbour's notification stays unread: others' ids are ignored.
    const [stillTheirs] = await inApp(neighbour.user.id);
    expect(stillTheirs?.readAt).toBeNull();

    const unread = await list(asMe, '?unread=true');
    expect(unread.body.items.map((n: { id: string }) => n.id)).not.toContain(first);
    expect(unread.body.items).toHaveLength(2);
    const all = await list(asMe);
    expect(all.body.items[0].readAt).not.toBeNull();

    expect((await markRead(asMe, { all: true })).body).toEqual({ marked: 2, unreadCount: 0 });
    expect((await list(asMe, '?unread=true')).body.items).toEqual([]);
  });

  it('asks which to mark, naming the field in the caller’s language', async () => {
    const me = await buildMember(t.db, orgId, { roles: ['mentor'], locale: 'en' });
    const res = await markRead(await t.as(me.user.id), {});
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0]).toEqual(
      expect.objectContaining({
        path: 'ids',
        message: 'Choose which notifications to mark as read.',
      }),
    );
  });

  it('answers 404 for another organisation’s notifications', async () => {
    const member = await buildMember(t.db, orgId, { roles: ['mentor'] });
    await send([member.user.id], helpNotice, {}, otherOrgId);
    const headers = await t.as(member.user.id);
    expect((await list(headers, '', otherOrgId)).status).toBe(404);
    expect((await markRead(headers, { all: true }, otherOrgId)).status).toBe(404);
    // And what was written there does not show in the caller's own organisation.
    expect((await list(headers)).body.items).toEqual([]);
    const [row] = await t.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.userId, member.user.id), eq(notifications.organisationId, otherOrgId)),
      );
    expect(row?.readAt).toBeNull();
  });
});

describe('e-mail preferences', () => {
  it('round-trip, listing every kind, and refuse an unknown kind', async () => {
    const me = await buildMember(t.db, orgId, { roles: ['mentor'], locale: 'en' });
    const headers = await t.as(me.user.id);
    const first = await call('GET', '/api/v1/me/notification-preferences', headers);
    expect(first.body.preferences).toEqual({ emailOff: [], kinds: [...notificationKinds] });

    const put = await call('PUT', '/api/v1/me/notification-preferences', headers, {
      emailOff: ['message', 'match_proposed', 'message'],
    });
    expect(put.status).toBe(200);
    const again = await call('GET', '/api/v1/me/notification-preferences', headers);
    expect(again.body.preferences.emailOff).toEqual(['match_proposed', 'message']);

    const bad = await call('PUT', '/api/v1/me/notification-preferences', headers, {
      emailOff: ['gossip'],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues[0].path).toBe('emailOff.0');

    await call('PUT', '/api/v1/me/notification-preferences', headers, { emailOff: [] });
    const cleared = await call('GET', '/api/v1/me/notification-preferences', headers);
    expect(cleared.body.preferences.emailOff).toEqual([]);
  });

  it('need a signed-in person', async () => {
    const res = await call('GET', '/api/v1/me/notification-preferences', {});
    expect(res.status).toBe(401);
  });
});

describe('matches tell their people in the app', () => {
  it('a proposal from suggestions: in the app, with the proposal mail only once', async () => {
    const mentor = await buildCertifiedMentor(t.db, orgId, {
      programId: school,
      now: t.clock.now(),
    });
    const guardian = await buildMember(t.db, orgId, { roles: ['guardian'], locale: 'en' });
    const kid = await buildMentee(t.db, orgId, school, {
      name: 'Alma',
      age: 10,
      now: t.clock.now(),
      guardianUserId: guardian.user.id,
    });
    const accepted = await call(
      'POST',
      `/api/v1/programs/${school}/match-suggestions/accept`,
      coordinator,
      { pairs: [{ mentorId: mentor.mentorId, menteeId: kid.id }] },
    );
    expect(accepted.status).toBe(201);
    const matchId = accepted.body.matches[0].id;

    for (const person of [mentor.member.user, guardian.user]) {
      const res = await call(
        'GET',
        `/api/v1/organisations/${orgId}/notifications`,
        await t.as(person.id),
      );
      expect(res.body.items).toEqual([
        expect.objectContaining({ kind: 'match_proposed', link: `/matches/${matchId}` }),
      ]);
      expect(await mailsTo(person.email)).toHaveLength(1);
    }
    const guardianView = await call(
      'GET',
      `/api/v1/organisations/${orgId}/notifications`,
      await t.as(guardian.user.id),
    );
    expect(guardianView.body.items[0].title).toBe('A match is proposed');

    // Both sides accept: the match starts, and both hear about it.
    await call('POST', `/api/v1/matches/${matchId}/accept`, await t.as(mentor.member.user.id));
    const started = await call(
      'POST',
      `/api/v1/matches/${matchId}/accept`,
      await t.as(guardian.user.id),
    );
    expect(started.body.match.status).toBe('active');
    for (const person of [mentor.member.user, guardian.user]) {
      const kinds = (await inApp(person.id)).map((n) => n.kind).sort();
      expect(kinds).toEqual(['match_active', 'match_proposed']);
    }
    const [startMail] = await mailsTo(guardian.user.email);
    expect(startMail?.subject).toBe('Your match has started');
    expect(startMail?.body).toContain(`/matches/${matchId}`);
  });
});
