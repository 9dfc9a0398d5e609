import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildOrganisation } from '../db/factories';
import { createMailer } from '../features/mail/mailer';
import { outboundMail } from '../features/mail/tables';
import { openTestDatabase, testClock } from '../test/harness';
import { type App, buildApp } from './app';
import { loadConfig } from './config';
import type { AppDeps } from './deps';

/** Everything the server logs while secrets pass through it, at the chattiest level. */
const lines: string[] = [];
let app: App;
let deps: AppDeps;
let drop: () => Promise<void>;
const ORIGIN = 'http://mentorpath.test';

beforeAll(async () => {
  const opened = await openTestDatabase();
  drop = opened.drop;
  const config = loadConfig({ LOG_LEVEL: 'trace', PUBLIC_URL: ORIGIN });
  const mailer = createMailer({ db: opened.database.db, from: config.mailFrom });
  deps = {
    config,
    database: opened.database,
    db: opened.database.db,
    mailer,
    now: testClock().now,
  };
  app = await buildApp(deps, { web: false, logStream: { write: (line) => lines.push(line) } });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  deps.mailer.close();
  await drop();
});

function cookieFrom(res: { headers: Record<string, unknown> }): string {
  const header = res.headers['set-cookie'];
  return String(Array.isArray(header) ? header[0] : header).split(';')[0] ?? '';
}

async function lastMailTo(email: string) {
  const [mail] = await deps.db
    .select()
    .from(outboundMail)
    .where(eq(outboundMail.to, email))
    .orderBy(desc(outboundMail.id))
    .limit(1);
  const token = /token=([^\s&]+)/.exec(mail?.body ?? '')?.[1];
  if (!token) throw new Error('no link in the mail');
  return decodeURIComponent(token);
}

describe('the log', () => {
  it('never holds a password, session cookie, link token or API token', async () => {
    const secrets: Record<string, string> = {};
    const org = await buildOrganisation(deps.db);
    const password = 'admin secret password';
    const { user } = await buildMember(deps.db, org.id, { roles: ['admin'], password });
    secrets.password = password;

    // Sign in, wrongly then rightly.
    const wrongPassword = 'a wrong guess of a password';
    secrets.wrongPassword = wrongPassword;
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: wrongPassword },
    });
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password },
    });
    expect(login.statusCode).toBe(200);
    const cookie = cookieFrom(login);
    secrets.session = cookie.replace('mp_session=', '');
    const session = { cookie, origin: ORIGIN };
    expect((await app.inject({ url: '/api/v1/me', headers: session })).statusCode).toBe(200);

    // An invitation: token in the path, then in the body.
    const invited = await app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${org.id}/members`,
      headers: session,
      payload: { email: 'invitee@example.test', name: 'Invitee', roles: ['mentor'] },
    });
    expect(invited.statusCode).toBe(201);
    const invitation = await lastMailTo('invitee@example.test');
    secrets.invitation = invitation;
    const greeting = await app.inject({ url: `/api/v1/auth/invitations/${invitation}` });
    expect(greeting.statusCode).toBe(200);
    await app.inject({ url: `/invitation?token=${invitation}` });
    const invitePassword = 'invitee chosen password';
    secrets.invitePassword = invitePassword;
    const accepted = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token: invitation, password: invitePassword },
    });
    expect(accepted.statusCode).toBe(200);
    secrets.inviteeSession = cookieFrom(accepted).replace('mp_session=', '');
    // A used link, tried again: an error path.
    await app.inject({ url: `/api/v1/auth/invitations/${invitation}?token=${invitation}` });

    // A password reset: token in a query string, then in the body.
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: user.email },
    });
    const reset = await lastMailTo(user.email);
    secrets.reset = reset;
    await app.inject({ url: `/reset-password?token=${reset}` });
    await app.inject({ url: `/api/v1/auth/password-reset/complete?token=${reset}&x=1` });
    const newPassword = 'the new admin password';
    secrets.newPassword = newPassword;
    const completed = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/complete',
      payload: { token: reset, password: newPassword },
    });
    expect(completed.statusCode).toBe(200);
    const adminSession = { cookie: cookieFrom(completed), origin: ORIGIN };
    secrets.resetSession = adminSession.cookie.replace('mp_session=', '');
    await app.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: adminSession,
      payload: { currentPassword: 'wrong current password', newPassword: 'yet another password' },
    });
    secrets.changeAttempt = 'yet another password';

    // API tokens: created, used, revoked, used again.
    const created = await app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${org.id}/api-tokens`,
      headers: adminSession,
      payload: { name: 'Logged?', roles: ['admin'] },
    });
    const apiToken = created.json().secret as string;
    secrets.apiToken = apiToken;
    const bearer = { authorization: `Bearer ${apiToken}` };
    expect(
      (await app.inject({ url: `/api/v1/organisations/${org.id}/programs`, headers: bearer }))
        .statusCode,
    ).toBe(200);
    await app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${org.id}/programs`,
      headers: bearer,
      payload: { name: 'x', type: 'nope' },
    });
    await app.inject({
      method: 'POST',
      url: `/api/v1/api-tokens/${created.json().apiToken.id}/revoke`,
      headers: adminSession,
    });
    expect(
      (await app.inject({ url: `/api/v1/organisations/${org.id}/programs`, headers: bearer }))
        .statusCode,
    ).toBe(401);
    await app.inject({ url: `/api/v1/me?token=${apiToken}`, headers: bearer });
    await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: adminSession });

    // The log is there and tells what happened…
    const log = lines.join('');
    expect(lines.length).toBeGreaterThanOrEqual(40);
    expect(log).toContain('"url":"/api/v1/auth/login"');
    expect(log).toContain('/api/v1/auth/invitations/[redacted]');
    expect(log).toContain('/reset-password?token=[redacted]');
    // …without any of the secrets.
    expect(Object.keys(secrets)).toHaveLength(11);
    for (const [name, secret] of Object.entries(secrets)) {
      const leaks = lines.filter(
        (line) => line.includes(secret) || line.includes(encodeURIComponent(secret)),
      );
      expect(leaks, `${name} appears in the log`).toEqual([]);
    }
    expect(log).not.toMatch(/mp_session=/);
    expect(log).not.toMatch(/Bearer /i);
  });
});
