import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildOrganisation, buildProgram, DEFAULT_PASSWORD } from '../db/factories';
import { users } from '../features/accounts/tables';
import { memberships } from '../features/organisations/tables';
import { programs } from '../features/programs/tables';
import { startTestApp, type TestApp } from '../test/harness';

let t: TestApp;
let orgId: string;
let admin: { id: string; email: string };
let session: Record<string, string>;
const evil = 'https://evil.example';

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await buildOrganisation(t.db)).id;
  const member = await buildMember(t.db, orgId, { roles: ['admin'] });
  admin = member.user;
  session = await t.as(admin.id);
});
afterAll(() => t.close());

const programCount = () => t.db.$count(programs, eq(programs.organisationId, orgId));

function withOrigin(origin: string | null, extra: Record<string, string> = {}) {
  const { origin: _own, ...rest } = session;
  return { ...rest, ...(origin ? { origin } : {}), ...extra };
}

describe('cross-site request forgery', () => {
  it('refuses cookie-authenticated writes from another site and changes nothing', async () => {
    const program = await buildProgram(t.db, orgId, { name: 'Stays' });
    const victim = await buildMember(t.db, orgId, { roles: ['mentor'] });
    const count = await programCount();
    const writes = [
      {
        method: 'POST' as const,
        url: `/api/v1/organisations/${orgId}/programs`,
        payload: { name: 'Planted', type: 'school' },
      },
      { method: 'PATCH' as const, url: `/api/v1/programs/${program.id}`, payload: { name: 'X' } },
      { method: 'PATCH' as const, url: '/api/v1/me', payload: { locale: 'en' } },
      { method: 'DELETE' as const, url: `/api/v1/memberships/${victim.membership.id}` },
      { method: 'POST' as const, url: '/api/v1/auth/logout' },
    ];
    for (const write of writes) {
      for (const headers of [
        withOrigin(evil),
        withOrigin('null'),
        withOrigin('http://mentorpath.test.evil.example'),
        withOrigin(null, { 'sec-fetch-site': 'cross-site' }),
      ]) {
        const res = await t.app.inject({ ...write, headers });
        expect(res.statusCode, `${write.method} ${write.url} ${JSON.stringify(headers)}`).toBe(403);
        expect(res.json().error.code).toBe('cross_site_request');
      }
    }
    expect(await programCount()).toBe(count);
    const [stored] = await t.db.select().from(programs).where(eq(programs.id, program.id));
    expect(stored?.name).toBe('Stays');
    const [user] = await t.db.select().from(users).where(eq(users.id, admin.id));
    expect(user?.locale).toBe('da');
    expect(await t.db.$count(memberships, eq(memberships.id, victim.membership.id))).toBe(1);
    // The session was not ended by the forged logout.
    expect((await t.app.inject({ url: '/api/v1/me', headers: session })).statusCode).toBe(200);
  });

  it('accepts the same writes from our own origin', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${orgId}/programs`,
      headers: session,
      payload: { name: 'Own origin', type: 'school' },
    });
    expect(created.statusCode).toBe(201);
    // The address the browser used (the Host header) counts as our own origin too.
    const viaHost = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/programs/${created.json().program.id}`,
      headers: withOrigin('http://localhost:3000', { host: 'localhost:3000' }),
      payload: { name: 'Via host' },
    });
    expect(viaHost.statusCode).toBe(200);
    const sameOrigin = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/programs/${created.json().program.id}`,
      headers: withOrigin(null, { 'sec-fetch-site': 'same-origin' }),
      payload: { name: 'Same origin' },
    });
    expect(sameOrigin.statusCode).toBe(200);
    expect(sameOrigin.json().program.name).toBe('Same origin');
  });

  it('does not block reads (GET), which change nothing', async () => {
    const res = await t.app.inject({ url: '/api/v1/me', headers: withOrigin(evil) });
    expect(res.statusCode).toBe(200);
  });

  it('does not apply to API tokens, which a browser never sends by itself', async () => {
    const token = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${orgId}/api-tokens`,
      headers: session,
      payload: { name: 'HR system', roles: ['coordinator'] },
    });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${orgId}/programs`,
      headers: { authorization: `Bearer ${token.json().secret}`, origin: evil },
      payload: { name: 'From HR', type: 'workplace' },
    });
    expect(res.statusCode).toBe(201);
  });

  it('answers 415 to form-encoded, multipart and text/plain bodies, and changes nothing', async () => {
    const count = await programCount();
    const bodies = [
      ['application/x-www-form-urlencoded', 'name=Planted&type=school'],
      ['text/plain', '{"name":"Planted","type":"school"}'],
      [
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--',
      ],
    ] as const;
    for (const [type, payload] of bodies) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/organisations/${orgId}/programs`,
        headers: { ...session, 'content-type': type },
        payload,
      });
      expect(res.statusCode, type).toBe(415);
      expect(res.json().error.code).toBe('unsupported_media_type');
      // Signing in from a cross-site form is refused for its origin, and even from our
      // own origin a form body is not accepted.
      const crossSite = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': type, origin: evil },
        payload: `email=${admin.email}&password=${DEFAULT_PASSWORD}`,
      });
      expect(crossSite.statusCode, type).toBe(403);
      expect(crossSite.json().error.code).toBe('cross_site_request');
      expect(crossSite.headers['set-cookie']).toBeUndefined();
      const form = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': type },
        payload: `email=${admin.email}&password=${DEFAULT_PASSWORD}`,
      });
      expect(form.statusCode, type).toBe(415);
      expect(form.headers['set-cookie']).toBeUndefined();
    }
    expect(await programCount()).toBe(count);
  });
});

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Lax and Path=/, without Secure on plain http', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: admin.email, password: DEFAULT_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^mp_session=[^;]{20,};/);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\/(;|$)/);
    expect(cookie).not.toMatch(/; Secure/i);
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('is Secure, with HSTS, when PUBLIC_URL is https', async () => {
    const https = await startTestApp({
      database: t.deps.database,
      env: { PUBLIC_URL: 'https://mentor.example.dk' },
    });
    try {
      const res = await https.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: admin.email, password: DEFAULT_PASSWORD },
      });
      expect(res.statusCode).toBe(200);
      const cookie = String(res.headers['set-cookie']);
      expect(cookie).toMatch(/; Secure/i);
      expect(cookie).toMatch(/; HttpOnly/i);
      expect(cookie).toMatch(/; SameSite=Lax/i);
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
      // Its own origin is the https address.
      const headers = {
        cookie: cookie.split(';')[0] ?? '',
        origin: 'https://mentor.example.dk',
      };
      const patch = await https.app.inject({
        method: 'PATCH',
        url: '/api/v1/me',
        headers,
        payload: { name: 'Admin' },
      });
      expect(patch.statusCode).toBe(200);
      const plain = await https.app.inject({
        method: 'PATCH',
        url: '/api/v1/me',
        headers: { ...headers, origin: 'http://mentor.example.dk' },
        payload: { name: 'Downgraded' },
      });
      expect(plain.statusCode).toBe(403);
    } finally {
      await https.close();
    }
  });
});

describe('security headers', () => {
  it('are sent on answers, errors and unknown paths alike', async () => {
    const answers = [
      await t.app.inject({ url: '/api/v1/me', headers: session }),
      await t.app.inject({ url: '/api/v1/me' }),
      await t.app.inject({ url: '/api/v1/no-such-thing' }),
      await t.app.inject({ url: '/api/health' }),
    ];
    expect(answers.map((res) => res.statusCode)).toEqual([200, 401, 404, 200]);
    for (const res of answers) {
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['content-type']).toMatch(/^application\/json/);
    }
  });
});
