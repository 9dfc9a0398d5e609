import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissions } from '../contracts/policy';
import { roles as allRoles, type Role } from '../contracts/roles';
import {
  buildMember,
  buildOrganisation,
  buildProgram,
  buildProgress,
  buildRecruitmentFixtures,
  buildTrainingFixtures,
  DEFAULT_PASSWORD,
} from '../db/factories';
import { newId } from '../db/ids';
import { apiTokens } from '../features/accounts/tables';
import { matches } from '../features/matches/tables';
import { memberships } from '../features/organisations/tables';
import { programs } from '../features/programs/tables';
import { programMentors } from '../features/recruitment/tables';
import { concerns } from '../features/relationships/tables';
import { certificateIssuer } from '../features/training/certificate-issuer';
import { testCurriculumKeys } from '../features/training/test-curriculum';
import { startTestApp, type TestApp } from '../test/harness';
import { type App, buildApp } from './app';
import type { AuthorizedOrgId, ScopeName } from './lib/access';
import type { RegisteredRoute } from './plugins/auth';

/**
 * Deny by default, proved by walking every registered route: the only routes an
 * anonymous caller may reach are the ones listed here. Adding a public route means
 * adding it to this list, on purpose.
 */
const PUBLIC_API = [
  'GET /api/health',
  'GET /api/openapi.json',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/password-reset',
  'POST /api/v1/auth/password-reset/complete',
  'GET /api/v1/auth/invitations/:token',
  'POST /api/v1/auth/invitations/accept',
  'GET /api/v1/program-types',
  'GET /api/v1/places',
  'GET /api/v1/public/certificates/:code',
  'GET /api/v1/public/programs/:programId',
  'POST /api/v1/public/programs/:programId/applications',
  'GET /api/v1/public/references/:token',
  'POST /api/v1/public/references/:token',
  'GET /api/v1/public/programs/:programId/intake',
  'POST /api/v1/public/programs/:programId/mentee-registrations',
];

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

/**
 * The API documentation (swagger-ui) and the built web app: its index for every other
 * path, and one route for each file it was built into.
 */
function isPublicFiles(route: RegisteredRoute): boolean {
  if (route.method !== 'GET' && route.method !== 'HEAD') return false;
  const { url } = route;
  if (url === '/api/docs' || url.startsWith('/api/docs/') || url === '/*') return true;
  return !url.startsWith('/api') && !url.includes(':') && fs.existsSync(path.join(webRoot, url));
}

function isListedPublic(route: RegisteredRoute): boolean {
  const method = route.method === 'HEAD' ? 'GET' : route.method;
  return PUBLIC_API.includes(`${method} ${route.url}`) || isPublicFiles(route);
}

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function fill(url: string, values: Record<string, string>, fallback = () => newId()): string {
  return url
    .replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(values[name] ?? fallback()))
    .replace('*', 'x');
}

function request(
  route: RegisteredRoute,
  url: string,
  headers: Record<string, string>,
): InjectOptions {
  return {
    method: route.method as InjectOptions['method'],
    url,
    headers,
    ...(writeMethods.has(route.method) ? { payload: {} } : {}),
  };
}

function describeRoute(route: RegisteredRoute) {
  return `${route.method} ${route.url}`;
}

let t: TestApp;
let app: App;
let routes: readonly RegisteredRoute[];
let scoped: (RegisteredRoute & {
  access: Extract<RegisteredRoute['access'], { kind: 'organisation' }>;
})[];

let orgA: string;
let adminA: Record<string, string>;
let adminAUserId: string;
let tokenA: string;
let orgB: string;
/** One resource of organisation B for each kind of scope. */
let resourcesB: Record<ScopeName, string>;

beforeAll(async () => {
  t = await startTestApp();
  // The same app with the web app mounted, so its routes are walked too.
  app = await buildApp(t.deps, { web: true });
  await app.ready();
  routes = app.routeList;
  scoped = routes.filter((r): r is (typeof scoped)[number] => r.access.kind === 'organisation');

  orgA = (await buildOrganisation(t.db, { name: 'Org A' })).id;
  const a = await buildMember(t.db, orgA, { roles: ['admin'] });
  adminAUserId = a.user.id;
  adminA = await t.as(a.user.id);
  tokenA = await createToken(orgA, adminA, ['admin']);

  orgB = (await buildOrganisation(t.db, { name: 'Org B' })).id;
  const adminB = await t.as((await buildMember(t.db, orgB, { roles: ['admin'] })).user.id);
  const memberB = await buildMember(t.db, orgB, { roles: ['mentor'] });
  const programB = await buildProgram(t.db, orgB, { name: 'B program', status: 'published' });
  const tokenB = await app.inject({
    method: 'POST',
    url: `/api/v1/organisations/${orgB}/api-tokens`,
    headers: adminB,
    payload: { name: 'B token', roles: ['admin'] },
  });
  resourcesB = {
    organisation: orgB,
    program: programB.id,
    membership: memberB.membership.id,
    apiToken: tokenB.json().apiToken.id,
    ...(await buildTrainingFixtures(t.db, orgB)).ids,
    ...(await buildRecruitmentFixtures(t.db, orgB)).ids,
  };
});
afterAll(async () => {
  await app.close();
  await t.close();
});

async function createToken(orgId: string, headers: Record<string, string>, roles: Role[]) {
  const res = await app.inject({
    method: 'POST',
    url: `/api/v1/organisations/${orgId}/api-tokens`,
    headers,
    payload: { name: `Token ${roles.join(',')}`, roles },
  });
  expect(res.statusCode).toBe(201);
  return res.json().secret as string;
}

/** What organisation B has, to prove that refused calls changed nothing. */
async function snapshotB() {
  const [program] = await t.db.select().from(programs).where(eq(programs.id, resourcesB.program));
  const members = await t.db
    .select()
    .from(memberships)
    .where(eq(memberships.organisationId, orgB))
    .orderBy(memberships.id);
  const tokens = await t.db
    .select({ id: apiTokens.id, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .where(eq(apiTokens.organisationId, orgB))
    .orderBy(apiTokens.id);
  const programCount = await t.db.$count(programs, eq(programs.organisationId, orgB));
  return { program, members, tokens, programCount };
}

function errorCode(res: { body: string }) {
  return res.body ? JSON.parse(res.body).error?.code : undefined;
}

describe('the route list', () => {
  it('holds every API route, each with an access rule', () => {
    expect(routes.length).toBeGreaterThan(30);
    for (const route of routes) expect(route.access, describeRoute(route)).toBeDefined();
    const keys = routes.map((r) => `${r.method} ${r.url}`);
    for (const entry of PUBLIC_API) expect(keys, entry).toContain(entry);
    expect(keys).toContain('GET /api/v1/me');
    expect(scoped.length).toBeGreaterThan(15);
  });

  it('matches the OpenAPI document, which shows who may call each route', async () => {
    const doc = (await app.inject({ url: '/api/openapi.json' })).json();
    for (const route of routes) {
      if (!route.url.startsWith('/api/v1') || route.method === 'HEAD') continue;
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      const operation = doc.paths[path]?.[route.method.toLowerCase()];
      expect(operation, describeRoute(route)).toBeDefined();
      expect(operation['x-access'], describeRoute(route)).toEqual(route.access);
    }
  });

  it('refuses to register an /api/v1 route that does not say who may call it', async () => {
    const fresh = await buildApp(t.deps, { web: false });
    try {
      expect(() => fresh.get('/api/v1/unguarded', async () => ({ secret: true }))).toThrow(
        /GET \/api\/v1\/unguarded does not declare who may call it/,
      );
      // A route that declares its rule is fine.
      fresh.get('/api/v1/guarded', { config: { access: { kind: 'person' } } }, async () => ({}));
      await fresh.ready();
      const res = await fresh.inject({ url: '/api/v1/guarded' });
      expect(res.statusCode).toBe(401);
    } finally {
      await fresh.close();
    }
  });
});

/** Every route an anonymous caller reaches without a 401, apart from the listed public ones. */
async function anonymouslyReachable(target: App): Promise<string[]> {
  const failures: string[] = [];
  for (const route of target.routeList) {
    if (isListedPublic(route)) {
      if (route.access.kind !== 'public') failures.push(`${describeRoute(route)} is not public`);
      continue;
    }
    const res = await target.inject(request(route, fill(route.url, {}), {}));
    const code = route.method === 'HEAD' ? 'unauthenticated' : errorCode(res);
    if (res.statusCode !== 401 || code !== 'unauthenticated') {
      failures.push(`${describeRoute(route)} answered ${res.statusCode}`);
    }
  }
  return failures;
}

describe('an anonymous caller', () => {
  it('gets 401 unauthenticated on every route but the listed public ones', async () => {
    expect(await anonymouslyReachable(app)).toEqual([]);
    expect(routes.filter((r) => !isListedPublic(r)).length).toBeGreaterThan(20);
  });

  it('reaches a new public route that is not on the list, and that fails the walk', async () => {
    const fresh = await buildApp(t.deps, { web: false });
    try {
      fresh.get('/api/v1/leak', { config: { access: { kind: 'public' } } }, async () => ({}));
      // Outside /api/v1 a route without a rule is public: the walk must catch that too.
      fresh.get('/api/internal/stats', async () => ({}));
      await fresh.ready();
      expect(await anonymouslyReachable(fresh)).toEqual([
        'GET /api/v1/leak answered 200',
        'HEAD /api/v1/leak answered 200',
        'GET /api/internal/stats answered 200',
        'HEAD /api/internal/stats answered 200',
      ]);
    } finally {
      await fresh.close();
    }
  });

  it('gets 401 with a made-up session cookie or API token', async () => {
    for (const route of routes.filter((r) => r.access.kind !== 'public')) {
      for (const headers of [
        { cookie: 'mp_session=made-up', origin: 'http://mentorpath.test' } as Record<
          string,
          string
        >,
        { authorization: 'Bearer mp_made-up' },
        { authorization: 'Basic dXNlcjpwYXNz' },
      ]) {
        const res = await app.inject(request(route, fill(route.url, {}), headers));
        expect(res.statusCode, `${describeRoute(route)} ${JSON.stringify(headers)}`).toBe(401);
      }
    }
  });
});

describe('another organisation’s resources', () => {
  it('answer 404 not_found to an admin of another organisation, and stay unchanged', async () => {
    const before = await snapshotB();
    const failures: string[] = [];
    for (const route of scoped) {
      const url = fill(route.url, { [route.access.param]: resourcesB[route.access.scope] });
      const res = await app.inject(request(route, url, adminA));
      const code = route.method === 'HEAD' ? 'not_found' : errorCode(res);
      if (res.statusCode !== 404 || code !== 'not_found') {
        failures.push(`${describeRoute(route)} answered ${res.statusCode} ${res.body}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await snapshotB()).toEqual(before);
  });

  it('answer 404 to an admin API token of another organisation', async () => {
    const before = await snapshotB();
    for (const route of scoped) {
      const url = fill(route.url, { [route.access.param]: resourcesB[route.access.scope] });
      const res = await app.inject(request(route, url, { authorization: `Bearer ${tokenA}` }));
      expect(res.statusCode, describeRoute(route)).toBe(404);
    }
    expect(await snapshotB()).toEqual(before);
  });

  it('are reachable with the same calls on one’s own organisation (the 404s are not vacuous)', async () => {
    const ownFixtures = async () => {
      const training = await buildTrainingFixtures(t.db, orgA);
      const own: Record<ScopeName, string> = {
        organisation: orgA,
        program: (await buildProgram(t.db, orgA)).id,
        membership: (await buildMember(t.db, orgA, { roles: ['mentor'] })).membership.id,
        apiToken: await tokenId(await createToken(orgA, adminA, ['mentor'])),
        ...training.ids,
        ...(await buildRecruitmentFixtures(t.db, orgA)).ids,
      };
      return { training, own };
    };
    const forReading = await ownFixtures();
    for (const route of scoped) {
      // Fresh resources for every write: some of them delete or revoke what they are given.
      const reads = route.method === 'GET' || route.method === 'HEAD';
      const { training, own } = reads ? forReading : await ownFixtures();
      // HEAD routes are GET's twins and need the same state.
      await stateNeededBy[route.url]?.(own);
      const url = fill(route.url, {
        [route.access.param]: own[route.access.scope],
        itemKey: training.itemKey,
      });
      const res = await app.inject(request(route, url, adminA));
      expect(res.statusCode, `${describeRoute(route)} ${res.body}`).toBeLessThan(500);
      expect([401, 403, 404], `${describeRoute(route)} ${res.body}`).not.toContain(res.statusCode);
    }
  }, 180_000);
});

/** Routes that answer only once something exists: make it exist first. */
const stateNeededBy: Record<string, (own: Record<ScopeName, string>) => Promise<unknown>> = {
  '/api/v1/enrolments/:enrolmentId/certificate.pdf': async ({ enrolment }) => {
    await buildProgress(t.db, orgA, enrolment, testCurriculumKeys);
    await t.db.transaction((tx) =>
      certificateIssuer(tx, orgA as AuthorizedOrgId, enrolment, new Date()),
    );
  },
  // Only the people in a match accept or decline it: make the admin its mentor.
  '/api/v1/matches/:matchId/accept': (own) => makeAdminMentorOf(own.match),
  '/api/v1/matches/:matchId/decline': (own) => makeAdminMentorOf(own.match),
  // Meetings and goals are written only while the match is active; the .ics needs a next meeting.
  '/api/v1/matches/:matchId/meetings': (own) => activateMatch(own.match),
  '/api/v1/matches/:matchId/goals': (own) => activateMatch(own.match),
  '/api/v1/meetings/:meetingId': (own) => activateMatch(own.match),
  '/api/v1/goals/:goalId': (own) => activateMatch(own.match),
  '/api/v1/matches/:matchId/next-meeting.ics': (own) => activateMatch(own.match),
  // Coordinators raise or dismiss only drafts opened by the watch list.
  '/api/v1/concern-drafts/:concernId/raise': ({ concern }) =>
    t.db.update(concerns).set({ status: 'draft' }).where(eq(concerns.id, concern)),
  '/api/v1/concern-drafts/:concernId/dismiss': ({ concern }) =>
    t.db.update(concerns).set({ status: 'draft' }).where(eq(concerns.id, concern)),
  // Only the people in a match write messages, and only the mentor answers contact requests.
  '/api/v1/matches/:matchId/messages': (own) => makeAdminMentorOf(own.match),
  '/api/v1/contact-requests/:contactRequestId/answer': (own) => makeAdminMentorOf(own.match),
  // Check-ins are recorded on active matches; the exit survey is for the people of the match.
  '/api/v1/matches/:matchId/check-ins': (own) => activateMatch(own.match),
  '/api/v1/matches/:matchId/exit-survey': (own) => makeAdminMentorOf(own.match),
};

async function activateMatch(matchId: string) {
  await t.db
    .update(matches)
    .set({ status: 'active', firstMeetingAt: new Date(Date.now() + 86_400_000) })
    .where(eq(matches.id, matchId));
}

async function makeAdminMentorOf(matchId: string) {
  const [match] = await t.db.select().from(matches).where(eq(matches.id, matchId));
  if (!match) throw new Error('no such match');
  await t.db
    .update(programMentors)
    .set({ userId: adminAUserId })
    .where(eq(programMentors.id, match.programMentorId));
}

async function tokenId(secret: string): Promise<string> {
  const res = await app.inject({
    url: `/api/v1/organisations/${orgA}/api-tokens?limit=200`,
    headers: { authorization: `Bearer ${tokenA}` },
  });
  const prefix = secret.slice(0, 10);
  const found = res.json().items.find((item: { prefix: string }) => item.prefix === prefix);
  if (!found) throw new Error('token not listed');
  return found.id;
}

describe('API tokens', () => {
  it('stop working on every route once revoked', async () => {
    const secret = await createToken(orgA, adminA, ['admin']);
    const id = await tokenId(secret);
    const bearer = { authorization: `Bearer ${secret}` };
    const ok = await app.inject({ url: `/api/v1/organisations/${orgA}/programs`, headers: bearer });
    expect(ok.statusCode).toBe(200);
    const revoked = await app.inject({
      method: 'POST',
      url: `/api/v1/api-tokens/${id}/revoke`,
      headers: adminA,
    });
    expect(revoked.statusCode).toBe(200);
    for (const route of routes.filter((r) => r.access.kind !== 'public')) {
      const url = fill(route.url, { orgId: orgA, tokenId: id });
      const res = await app.inject(request(route, url, bearer));
      expect(res.statusCode, describeRoute(route)).toBe(401);
      if (route.method !== 'HEAD') expect(errorCode(res)).toBe('unauthenticated');
    }
  });

  it('cannot act as a person (GET /me answers 403)', async () => {
    const res = await app.inject({
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${tokenA}` },
    });
    expect(res.statusCode).toBe(403);
    expect(errorCode(res)).toBe('forbidden');
  });
});

describe('HTTP Basic credentials of a proxy in front (a staging site behind a password)', () => {
  it('are ignored: signing in works and the session cookie counts', async () => {
    const basic = { authorization: 'Basic c3RhZ2luZzpzZWNyZXQ=' };
    const { user } = await buildMember(t.db, orgA, { roles: ['mentor'] });
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: basic,
      payload: { email: user.email, password: DEFAULT_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
    const me = await app.inject({ url: '/api/v1/me', headers: { ...basic, cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(user.id);
    expect((await app.inject({ url: '/api/health', headers: basic })).statusCode).toBe(200);
    // Without a session they still open nothing.
    expect((await app.inject({ url: '/api/v1/me', headers: basic })).statusCode).toBe(401);
  });
});

describe('a member without the permission', () => {
  it('gets 403 forbidden inside their own organisation, for every role that lacks it', async () => {
    const headersByRole = new Map<Role, Record<string, string>>();
    for (const role of allRoles) {
      headersByRole.set(
        role,
        await t.as((await buildMember(t.db, orgA, { roles: [role] })).user.id),
      );
    }
    const ownProgram = await buildProgram(t.db, orgA, { name: 'Own program' });
    const ownMember = await buildMember(t.db, orgA, { roles: ['coordinator'] });
    const ownToken = await tokenId(await createToken(orgA, adminA, ['mentor']));
    const own: Record<ScopeName, string> = {
      organisation: orgA,
      program: ownProgram.id,
      membership: ownMember.membership.id,
      apiToken: ownToken,
      ...(await buildTrainingFixtures(t.db, orgA)).ids,
      ...(await buildRecruitmentFixtures(t.db, orgA)).ids,
    };
    const snapshot = async () => ({
      program: (await t.db.select().from(programs).where(eq(programs.id, ownProgram.id)))[0],
      member: (
        await t.db.select().from(memberships).where(eq(memberships.id, ownMember.membership.id))
      )[0],
      token: (await t.db.select().from(apiTokens).where(eq(apiTokens.id, ownToken)))[0]?.revokedAt,
      members: await t.db.$count(memberships, eq(memberships.organisationId, orgA)),
      programs: await t.db.$count(programs, eq(programs.organisationId, orgA)),
    });
    const before = await snapshot();
    const failures: string[] = [];
    let checked = 0;
    for (const route of scoped) {
      const allowed: readonly Role[] = permissions[route.access.permission];
      for (const role of allRoles.filter((r) => !allowed.includes(r))) {
        checked++;
        const url = fill(route.url, { [route.access.param]: own[route.access.scope] });
        const res = await app.inject(request(route, url, headersByRole.get(role) ?? {}));
        const code = route.method === 'HEAD' ? 'forbidden' : errorCode(res);
        if (res.statusCode !== 403 || code !== 'forbidden') {
          failures.push(`${role}: ${describeRoute(route)} answered ${res.statusCode} ${res.body}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(50);
    expect(await snapshot()).toEqual(before);
  });

  it('gets 403 with an API token whose roles lack it', async () => {
    const bearer = { authorization: `Bearer ${await createToken(orgA, adminA, ['mentor'])}` };
    const program = await buildProgram(t.db, orgA);
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/v1/programs/${program.id}`,
      headers: bearer,
      payload: { name: 'Taken over' },
    });
    expect(res.statusCode).toBe(403);
    expect(errorCode(res)).toBe('forbidden');
    const members = await app.inject({
      url: `/api/v1/organisations/${orgA}/members`,
      headers: bearer,
    });
    expect(members.statusCode).toBe(403);
  });
});
