import { desc, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { buildMember, buildOrganisation, buildUser, DEFAULT_PASSWORD } from '../../db/factories';
import type { App } from '../../server/app';
import { startTestApp, type TestApp, testDatabaseKind } from '../../test/harness';
import { createSharedDatabase } from '../../test/shared-database';
import { outboundMail } from '../mail/tables';
import { memberships } from '../organisations/tables';
import { oneTimeTokens } from './tables';

const ORIGIN = 'http://mentorpath.test';
const MINUTE = 60_000;

let t: TestApp;
let orgId: string;
let admin: Record<string, string>;

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await buildOrganisation(t.db, { name: 'Foreningen' })).id;
  admin = await t.as((await buildMember(t.db, orgId, { roles: ['admin'] })).user.id);
});
afterAll(() => t.close());

function login(app: App, email: string, password: string) {
  return app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
}

/** The headers a browser sends with the cookie a response set. */
function sessionFrom(res: LightMyRequestResponse): Record<string, string> {
  const header = res.headers['set-cookie'];
  const cookie = String(Array.isArray(header) ? header[0] : header).split(';')[0] ?? '';
  expect(cookie).toMatch(/^mp_session=.{20,}/);
  return { cookie, origin: ORIGIN };
}

function me(app: App, headers: Record<string, string>) {
  return app.inject({ url: '/api/v1/me', headers });
}

async function mailsTo(email: string) {
  return t.db
    .select()
    .from(outboundMail)
    .where(eq(outboundMail.to, email))
    .orderBy(desc(outboundMail.id));
}

/** The secret of a link like `…?token=…` in a mail body. */
function tokenIn(body: string): string {
  const match = /[?&]token=([^\s&]+)/.exec(body);
  if (!match?.[1]) throw new Error(`no link in ${body}`);
  return decodeURIComponent(match[1]);
}

async function requestReset(email: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/password-reset',
    payload: { email },
  });
  expect(res.statusCode).toBe(202);
}

function completeReset(token: string, password: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/password-reset/complete',
    payload: { token, password },
  });
}

describe('signing in', () => {
  it('answers the user and a session cookie that /me accepts', async () => {
    const { user } = await buildMember(t.db, orgId, { name: 'Ida Ind', roles: ['mentor'] });
    const res = await login(t.app, `  ${user.email.toUpperCase()} `, DEFAULT_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      user: { id: user.id, email: user.email, name: 'Ida Ind', locale: 'da' },
    });
    const session = sessionFrom(res);
    const whoami = await me(t.app, session);
    expect(whoami.statusCode).toBe(200);
    expect(whoami.json().user.id).toBe(user.id);
  });

  it('answers 401 invalid_credentials, with the same message, for a wrong password and an unknown e-mail', async () => {
    const user = await buildUser(t.db);
    const wrong = await login(t.app, user.email, 'not the password');
    const unknown = await login(t.app, 'nobody@example.test', DEFAULT_PASSWORD);
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error).toEqual({
      code: 'invalid_credentials',
      message: 'Forkert e-mail eller adgangskode.',
    });
  });

  it('answers 429 rate_limited with Retry-After from the 6th failure for one e-mail, even with the right password', async () => {
    const user = await buildUser(t.db);
    const other = await buildUser(t.db);
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await login(t.app, user.email, `guess ${attempt}`)).statusCode).toBe(401);
    }
    const sixth = await login(t.app, user.email, 'guess 6');
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().error.code).toBe('rate_limited');
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
    const right = await login(t.app, user.email, DEFAULT_PASSWORD);
    expect(right.statusCode).toBe(429);
    expect(right.headers['set-cookie']).toBeUndefined();
    // Someone else signing in from the same address is not locked out.
    expect((await login(t.app, other.email, DEFAULT_PASSWORD)).statusCode).toBe(200);
    // After the window the right password works again.
    t.clock.advance(16 * MINUTE);
    expect((await login(t.app, user.email, DEFAULT_PASSWORD)).statusCode).toBe(200);
  });

  it('stops guessing in parallel at the limit too', async () => {
    const user = await buildUser(t.db);
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => login(t.app, user.email, `parallel guess ${i}`)),
    );
    const statuses = answers.map((res) => res.statusCode);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(7);
  });

  it('ends the session on logout: the same cookie then gets 401', async () => {
    const user = await buildUser(t.db);
    const session = sessionFrom(await login(t.app, user.email, DEFAULT_PASSWORD));
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: session,
    });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(
      /^mp_session=;.*(Max-Age=0|Expires=Thu, 01 Jan 1970)/i,
    );
    const after = await me(t.app, session);
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('unauthenticated');
  });
});

describe('/me', () => {
  it('shows active memberships with their roles and what they allow', async () => {
    const other = await buildOrganisation(t.db, { name: 'Anden forening' });
    const pending = await buildOrganisation(t.db, { name: 'Ikke accepteret' });
    const { user } = await buildMember(t.db, orgId, { roles: ['coordinator'] });
    await t.db.insert(memberships).values([
      {
        id: crypto.randomUUID(),
        organisationId: other.id,
        userId: user.id,
        roles: ['mentor'],
        status: 'active',
      },
      {
        id: crypto.randomUUID(),
        organisationId: pending.id,
        userId: user.id,
        roles: ['admin'],
        status: 'invited',
      },
    ]);
    const res = await me(t.app, await t.as(user.id));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toEqual({ id: user.id, email: user.email, name: user.name, locale: 'da' });
    expect(body.memberships).toHaveLength(2);
    const byName = Object.fromEntries(
      body.memberships.map((m: { organisationName: string }) => [m.organisationName, m]),
    );
    expect(byName.Foreningen).toMatchObject({ organisationId: orgId, roles: ['coordinator'] });
    expect(byName.Foreningen.can).toMatchObject({
      'organisation.read': true,
      'members.read': true,
      'members.manage': false,
      'programs.manage': true,
      'apiTokens.manage': false,
    });
    expect(byName['Anden forening'].can).toMatchObject({
      'organisation.read': true,
      'members.read': false,
      'programs.manage': false,
    });
  });

  it('changes the language, and error messages follow it unless Accept-Language says otherwise', async () => {
    const { user } = await buildMember(t.db, orgId, { roles: ['mentor'] });
    const session = await t.as(user.id);
    const forbidden = () =>
      t.app.inject({ url: `/api/v1/organisations/${orgId}/members`, headers: session });
    expect((await forbidden()).json().error.message).toBe('Du har ikke adgang til at gøre dette.');
    const patched = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: session,
      payload: { locale: 'en', name: 'New Name' },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().user).toMatchObject({ locale: 'en', name: 'New Name' });
    expect((await forbidden()).json().error.message).toBe('You are not allowed to do this.');
    const danish = await t.app.inject({
      url: `/api/v1/organisations/${orgId}/members`,
      headers: { ...session, 'accept-language': 'da-DK,da;q=0.9' },
    });
    expect(danish.json().error.message).toBe('Du har ikke adgang til at gøre dette.');
    expect((await me(t.app, session)).json().user).toMatchObject({
      locale: 'en',
      name: 'New Name',
    });
  });
});

describe('changing the password', () => {
  it('refuses a wrong current password with 422 wrong_password', async () => {
    const user = await buildUser(t.db);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: await t.as(user.id),
      payload: { currentPassword: 'not it at all', newPassword: 'a brand new password' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('wrong_password');
    expect(res.json().error.details.issues).toEqual([
      { path: 'currentPassword', message: 'Den nuværende adgangskode er forkert.' },
    ]);
    expect((await login(t.app, user.email, DEFAULT_PASSWORD)).statusCode).toBe(200);
  });

  it('signs out the other sessions and keeps this one', async () => {
    const user = await buildUser(t.db);
    const here = sessionFrom(await login(t.app, user.email, DEFAULT_PASSWORD));
    const elsewhere = sessionFrom(await login(t.app, user.email, DEFAULT_PASSWORD));
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: here,
      payload: { currentPassword: DEFAULT_PASSWORD, newPassword: 'a brand new password' },
    });
    expect(res.statusCode).toBe(204);
    expect((await me(t.app, here)).statusCode).toBe(200);
    expect((await me(t.app, elsewhere)).statusCode).toBe(401);
    expect((await login(t.app, user.email, DEFAULT_PASSWORD)).statusCode).toBe(401);
    expect((await login(t.app, user.email, 'a brand new password')).statusCode).toBe(200);
  });
});

describe('forgotten password', () => {
  it('answers 202 for known and unknown e-mails alike; only the known one gets a mail', async () => {
    const user = await buildUser(t.db);
    await requestReset(user.email);
    await requestReset('stranger@example.test');
    const [mail] = await mailsTo(user.email);
    expect(mail).toMatchObject({ kind: 'password_reset', status: 'stored' });
    expect(mail?.body).toContain('http://mentorpath.test/reset-password?token=');
    expect(await mailsTo('stranger@example.test')).toEqual([]);
  });

  it('resets the password once with the link, signs in, and signs out every other session', async () => {
    const user = await buildUser(t.db);
    const before = sessionFrom(await login(t.app, user.email, DEFAULT_PASSWORD));
    await requestReset(user.email);
    const [mail] = await mailsTo(user.email);
    const token = tokenIn(mail?.body ?? '');
    const done = await completeReset(token, 'my new password 1');
    expect(done.statusCode).toBe(200);
    expect(done.json().user).toMatchObject({ id: user.id, email: user.email });
    const after = sessionFrom(done);
    expect((await me(t.app, after)).statusCode).toBe(200);
    expect((await me(t.app, before)).statusCode).toBe(401);
    expect((await login(t.app, user.email, 'my new password 1')).statusCode).toBe(200);
    expect((await login(t.app, user.email, DEFAULT_PASSWORD)).statusCode).toBe(401);

    const again = await completeReset(token, 'my new password 2');
    expect(again.statusCode).toBe(410);
    expect(again.json().error.code).toBe('token_invalid');
    expect((await login(t.app, user.email, 'my new password 1')).statusCode).toBe(200);
  });

  it('voids the other reset links sent before, once one is used', async () => {
    const user = await buildUser(t.db);
    await requestReset(user.email);
    await requestReset(user.email);
    const [newer, older] = await mailsTo(user.email);
    expect((await completeReset(tokenIn(newer?.body ?? ''), 'chosen password 1')).statusCode).toBe(
      200,
    );
    const stale = await completeReset(tokenIn(older?.body ?? ''), 'chosen password 2');
    expect(stale.statusCode).toBe(410);
    expect((await login(t.app, user.email, 'chosen password 1')).statusCode).toBe(200);
  });

  it('lets the link expire after 60 minutes', async () => {
    const user = await buildUser(t.db);
    await requestReset(user.email);
    const [expiring] = await mailsTo(user.email);
    t.clock.advance(61 * MINUTE);
    const late = await completeReset(tokenIn(expiring?.body ?? ''), 'after the hour');
    expect(late.statusCode).toBe(410);
    expect(late.json().error.code).toBe('token_invalid');
    await requestReset(user.email);
    const [fresh] = await mailsTo(user.email);
    t.clock.advance(59 * MINUTE);
    const inTime = await completeReset(tokenIn(fresh?.body ?? ''), 'within the hour');
    expect(inTime.statusCode).toBe(200);
    expect((await login(t.app, user.email, 'within the hour')).statusCode).toBe(200);
  });

  it('sends at most 3 reset mails an hour to one person', async () => {
    const user = await buildUser(t.db);
    for (let i = 0; i < 5; i++) await requestReset(user.email);
    expect(await mailsTo(user.email)).toHaveLength(3);
    t.clock.advance(61 * MINUTE);
    await requestReset(user.email);
    expect(await mailsTo(user.email)).toHaveLength(4);
  });

  it('does not take an invitation link as a reset link, nor a made-up one', async () => {
    const invited = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${orgId}/members`,
      headers: admin,
      payload: { email: 'crossed@example.test', name: 'Crossed', roles: ['mentor'] },
    });
    expect(invited.statusCode).toBe(201);
    const [mail] = await mailsTo('crossed@example.test');
    const res = await completeReset(tokenIn(mail?.body ?? ''), 'sneaky password');
    expect(res.statusCode).toBe(410);
    expect((await completeReset('x'.repeat(43), 'sneaky password')).statusCode).toBe(410);
  });
});

describe('invitations', () => {
  async function invite(payload: Record<string, unknown>) {
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${orgId}/members`,
      headers: admin,
      payload,
    });
  }

  async function outbox() {
    const res = await t.app.inject({
      url: `/api/v1/organisations/${orgId}/outbox?limit=200`,
      headers: admin,
    });
    expect(res.statusCode).toBe(200);
    return res.json().items as { kind: string; to: string; subject: string; body: string }[];
  }

  it('lets a new person accept: greeting, password, signed in, membership active', async () => {
    const res = await invite({ email: 'Nina@Example.test', name: 'Nina Ny', roles: ['mentor'] });
    expect(res.statusCode).toBe(201);
    expect(res.json().member).toMatchObject({
      name: 'Nina Ny',
      email: 'nina@example.test',
      roles: ['mentor'],
      status: 'invited',
    });
    const membershipId = res.json().member.id;
    // Not yet able to sign in: there is no password.
    expect((await login(t.app, 'nina@example.test', 'anything at all')).statusCode).toBe(401);

    const mail = (await outbox()).find((m) => m.to === 'nina@example.test');
    expect(mail).toMatchObject({ kind: 'invitation' });
    expect(mail?.subject).toBe('Du er inviteret til Foreningen på Mentorpath');
    expect(mail?.body).toContain('http://mentorpath.test/invitation?token=');
    const token = tokenIn(mail?.body ?? '');

    const greeting = await t.app.inject({
      url: `/api/v1/auth/invitations/${encodeURIComponent(token)}`,
    });
    expect(greeting.statusCode).toBe(200);
    expect(greeting.json()).toEqual({
      invitation: {
        email: 'nina@example.test',
        name: 'Nina Ny',
        locale: 'da',
        organisationName: 'Foreningen',
      },
    });

    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token, password: 'ninas password' },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().user).toMatchObject({ email: 'nina@example.test', name: 'Nina Ny' });
    const session = sessionFrom(accepted);
    const whoami = await me(t.app, session);
    expect(whoami.json().memberships).toMatchObject([
      { organisationId: orgId, organisationName: 'Foreningen', roles: ['mentor'] },
    ]);
    const members = await t.app.inject({
      url: `/api/v1/organisations/${orgId}/members?search=nina`,
      headers: admin,
    });
    expect(members.json().items).toMatchObject([{ id: membershipId, status: 'active' }]);
    expect((await login(t.app, 'nina@example.test', 'ninas password')).statusCode).toBe(200);

    // The link works once.
    const reused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token, password: 'taken over password' },
    });
    expect(reused.statusCode).toBe(410);
    const stale = await t.app.inject({
      url: `/api/v1/auth/invitations/${encodeURIComponent(token)}`,
    });
    expect(stale.statusCode).toBe(410);
    expect(stale.json().error.code).toBe('token_invalid');
  });

  it('hides the link of a password-reset mail in the outbox', async () => {
    const { user } = await buildMember(t.db, orgId, { roles: ['mentor'] });
    await requestReset(user.email);
    const [reset] = await mailsTo(user.email);
    const token = tokenIn(reset?.body ?? '');
    // A reset mail kept for the organisation shows without its link.
    await t.deps.mailer.send({
      kind: 'password_reset',
      organisationId: orgId,
      to: user.email,
      subject: reset?.subject ?? '',
      body: reset?.body ?? '',
    });
    const items = await outbox();
    expect(JSON.stringify(items)).not.toContain(token);
    const shown = items.find((m) => m.kind === 'password_reset' && m.to === user.email);
    expect(shown?.body).toContain('[link skjult: kun modtageren kan bruge det]');
    expect(shown?.body).not.toMatch(/https?:\/\//);
    // …while an invitation's link stays visible for the admin to pass on.
    expect(items.find((m) => m.kind === 'invitation')?.body).toMatch(/token=/);
  });

  it('refuses to invite an existing member again (409 email_taken) and changes nothing', async () => {
    const { user } = await buildMember(t.db, orgId, { roles: ['mentor'] });
    const count = await t.db.$count(memberships, eq(memberships.organisationId, orgId));
    const res = await invite({ email: user.email.toUpperCase(), name: 'Again', roles: ['admin'] });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('email_taken');
    expect(await t.db.$count(memberships, eq(memberships.organisationId, orgId))).toBe(count);
    expect(await mailsTo(user.email)).toEqual([]);
  });

  it('adds someone with an account elsewhere at once, without a password link', async () => {
    const elsewhere = await buildOrganisation(t.db, { name: 'Andetsteds' });
    const { user } = await buildMember(t.db, elsewhere.id, { roles: ['admin'], locale: 'en' });
    const res = await invite({ email: user.email, name: 'Ignored', roles: ['trainer'] });
    expect(res.statusCode).toBe(201);
    expect(res.json().member).toMatchObject({
      userId: user.id,
      status: 'active',
      roles: ['trainer'],
    });
    const [mail] = await mailsTo(user.email);
    expect(mail).toMatchObject({ kind: 'notification' });
    expect(mail?.subject).toBe('You have been added to Foreningen on Mentorpath');
    expect(mail?.body).toContain('http://mentorpath.test/login');
    expect(mail?.body).not.toContain('token=');
    const tokens = await t.db.$count(oneTimeTokens, eq(oneTimeTokens.userId, user.id));
    expect(tokens).toBe(0);
    const names = (await me(t.app, await t.as(user.id)))
      .json()
      .memberships.map((m: { organisationName: string }) => m.organisationName);
    expect(names).toEqual(['Andetsteds', 'Foreningen']);
    // Their password is unchanged.
    expect((await login(t.app, user.email, DEFAULT_PASSWORD)).statusCode).toBe(200);
  });

  it('sends a new link on request; the old one stops working', async () => {
    const res = await invite({ email: 'resend@example.test', name: 'Re Send', roles: ['mentee'] });
    const membershipId = res.json().member.id;
    const [first] = await mailsTo('resend@example.test');
    const resent = await t.app.inject({
      method: 'POST',
      url: `/api/v1/memberships/${membershipId}/invitation`,
      headers: admin,
    });
    expect(resent.statusCode).toBe(202);
    const [second] = await mailsTo('resend@example.test');
    const oldToken = tokenIn(first?.body ?? '');
    const newToken = tokenIn(second?.body ?? '');
    expect(newToken).not.toBe(oldToken);
    const old = await t.app.inject({
      url: `/api/v1/auth/invitations/${encodeURIComponent(oldToken)}`,
    });
    expect(old.statusCode).toBe(410);
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token: newToken, password: 'resent password' },
    });
    expect(accepted.statusCode).toBe(200);
    // Once accepted there is nothing to re-send.
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/memberships/${membershipId}/invitation`,
      headers: admin,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');
  });

  it('lets an invitation link expire after 7 days; a re-sent one works', async () => {
    const invited = await invite({ email: 'slow@example.test', name: 'Slow', roles: ['mentor'] });
    const [mail] = await mailsTo('slow@example.test');
    t.clock.advance(7 * 24 * 60 * MINUTE + MINUTE);
    const late = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token: tokenIn(mail?.body ?? ''), password: 'too late password' },
    });
    expect(late.statusCode).toBe(410);
    const resent = await t.app.inject({
      method: 'POST',
      url: `/api/v1/memberships/${invited.json().member.id}/invitation`,
      headers: await t.as((await buildMember(t.db, orgId, { roles: ['admin'] })).user.id),
    });
    expect(resent.statusCode).toBe(202);
    const [fresh] = await mailsTo('slow@example.test');
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token: tokenIn(fresh?.body ?? ''), password: 'in time password' },
    });
    expect(accepted.statusCode).toBe(200);
  });
});

describe('several server processes on one database', () => {
  it('keeps a session across a restart', async () => {
    const shared = await createSharedDatabase();
    let database: Database | undefined;
    try {
      database = await shared.open();
      const user = await buildUser(database.db, { password: 'restart password' });
      const first = await startTestApp({ database });
      const session = sessionFrom(await login(first.app, user.email, 'restart password'));
      expect((await me(first.app, session)).statusCode).toBe(200);
      await first.close();
      await database.close();
      database = undefined;

      database = await shared.open();
      const second = await startTestApp({ database });
      const res = await me(second.app, session);
      expect(res.statusCode).toBe(200);
      expect(res.json().user.id).toBe(user.id);
      await second.close();
    } finally {
      await database?.close();
      await shared.cleanup();
    }
  });

  it('shares the sign-in limit between two app instances', async () => {
    // On PostgreSQL two connection pools, as two processes have; PGlite is single-process,
    // so there the two apps share one database object.
    const shared = testDatabaseKind === 'postgres' ? await createSharedDatabase() : null;
    const one = shared ? await shared.open() : t.deps.database;
    const two = shared ? await shared.open() : t.deps.database;
    try {
      const user = await buildUser(one.db);
      const a = await startTestApp({ database: one });
      const b = await startTestApp({ database: two });
      for (let attempt = 1; attempt <= 5; attempt++) {
        const app = attempt % 2 ? a.app : b.app;
        expect((await login(app, user.email, `guess ${attempt}`)).statusCode).toBe(401);
      }
      expect((await login(a.app, user.email, 'guess 6')).statusCode).toBe(429);
      expect((await login(b.app, user.email, DEFAULT_PASSWORD)).statusCode).toBe(429);
      await a.close();
      await b.close();
    } finally {
      if (shared) {
        await two.close();
        await one.close();
        await shared.cleanup();
      }
    }
  });
});
