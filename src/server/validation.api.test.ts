import { eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildOrganisation } from '../db/factories';
import { users } from '../features/accounts/tables';
import { programs } from '../features/programs/tables';
import { startTestApp, type TestApp } from '../test/harness';

let t: TestApp;
let orgId: string;
let adminId: string;
let admin: Record<string, string>;

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await buildOrganisation(t.db)).id;
  adminId = (await buildMember(t.db, orgId, { roles: ['admin'] })).user.id;
  admin = await t.as(adminId);
});
afterAll(() => t.close());

interface Issue {
  path: string;
  message: string;
}

/** Asserts a 400 invalid_request and answers its issues. */
async function invalid(options: InjectOptions): Promise<{ message: string; issues: Issue[] }> {
  const res = await t.app.inject(options);
  expect(res.statusCode, res.body).toBe(400);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const { error } = res.json();
  expect(error.code).toBe('invalid_request');
  expect(error.details.issues.length).toBeGreaterThan(0);
  for (const issue of error.details.issues) {
    expect(issue).toEqual({ path: expect.any(String), message: expect.any(String) });
  }
  return { message: error.message, issues: error.details.issues };
}

const createProgram = (payload: unknown, headers: Record<string, string> = {}): InjectOptions => ({
  method: 'POST',
  url: `/api/v1/organisations/${orgId}/programs`,
  headers: { ...admin, ...headers },
  payload: payload as InjectOptions['payload'],
});

const paths = (issues: Issue[]) => [...new Set(issues.map((issue) => issue.path))].sort();

describe('a body that does not fit the schema', () => {
  it('answers 400 naming each field, in Danish by default', async () => {
    const { message, issues } = await invalid(
      createProgram({ name: 5, type: 'nope', trainingMinutes: 'many' }),
    );
    expect(message).toBe('Nogle felter er ikke udfyldt korrekt.');
    expect(paths(issues)).toEqual(['name', 'trainingMinutes', 'type']);
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i.message]));
    expect(byPath.name).toMatch(/forventede streng/);
    expect(byPath.type).toMatch(/Ugyldigt valg/);
  });

  it('answers in English with Accept-Language: en', async () => {
    const { message, issues } = await invalid(
      createProgram({ name: 5, type: 'nope' }, { 'accept-language': 'en-GB,en;q=0.8' }),
    );
    expect(message).toBe('Some fields are not filled in correctly.');
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i.message]));
    expect(byPath.name).toBe('Invalid input: expected string, received number');
    expect(byPath.type).toMatch(/^Invalid option: expected one of "school"/);
  });

  it('names missing fields', async () => {
    const { issues } = await invalid(createProgram({}));
    expect(paths(issues)).toEqual(['name', 'type']);
    const login = await invalid({ method: 'POST', url: '/api/v1/auth/login', payload: {} });
    expect(paths(login.issues)).toEqual(['email', 'password']);
  });

  it('refuses strings that are too long, and says the limit', async () => {
    const { issues } = await invalid(
      createProgram(
        { name: 'x'.repeat(121), type: 'school', description: 'y'.repeat(5001) },
        { 'accept-language': 'en' },
      ),
    );
    expect(issues).toEqual([
      { path: 'name', message: 'Too big: expected string to have <=120 characters' },
      { path: 'description', message: 'Too big: expected string to have <=5000 characters' },
    ]);
    const me = await invalid({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: admin,
      payload: { name: 'n'.repeat(121) },
    });
    expect(paths(me.issues)).toEqual(['name']);
  });

  it('names nested fields by their path', async () => {
    const { issues } = await invalid({
      method: 'POST',
      url: `/api/v1/organisations/${orgId}/members`,
      headers: admin,
      payload: { email: 'ny@example.test', name: 'Ny', roles: ['mentor', 'boss'] },
    });
    expect(paths(issues)).toEqual(['roles.1']);
  });

  it('refuses wrong types and bad enums throughout', async () => {
    const cases: [InjectOptions, string[]][] = [
      [
        createProgram({ name: 'Ok name', type: 'school', inPersonSessionRequired: 'yes' }),
        ['inPersonSessionRequired'],
      ],
      [
        createProgram({ name: 'Ok name', type: 'school', trainingMinutes: 1.5 }),
        ['trainingMinutes'],
      ],
      [
        createProgram({ name: 'Ok name', type: 'school', meetingCadence: 'daily' }),
        ['meetingCadence'],
      ],
      [createProgram({ name: ['Ok name'], type: 'school' }), ['name']],
      [
        { method: 'PATCH', url: '/api/v1/me', headers: admin, payload: { locale: 'sv' } },
        ['locale'],
      ],
      [
        {
          method: 'POST',
          url: '/api/v1/me/password',
          headers: admin,
          payload: { currentPassword: 'x', newPassword: 'short' },
        },
        ['newPassword'],
      ],
      [
        {
          method: 'POST',
          url: '/api/v1/auth/password-reset',
          payload: { email: 'not an e-mail' },
        },
        ['email'],
      ],
      [
        {
          method: 'POST',
          url: `/api/v1/organisations/${orgId}/api-tokens`,
          headers: admin,
          payload: { name: 'Token', roles: [] },
        },
        ['roles'],
      ],
    ];
    for (const [options, expected] of cases) {
      const { issues } = await invalid(options);
      expect(paths(issues), JSON.stringify(options.payload)).toEqual(expected);
    }
  });

  it('refuses a body that is not an object', async () => {
    for (const payload of ['[1,2]', 'null', '"text"', '42']) {
      const { issues } = await invalid({
        ...createProgram(undefined),
        headers: { ...admin, 'content-type': 'application/json' },
        payload,
      });
      expect(issues[0]?.path).toBe('');
    }
  });

  it('refuses text with a NUL character instead of failing in the database', async () => {
    const { issues } = await invalid({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { ...admin, 'accept-language': 'en' },
      payload: { name: 'Bad\u0000name' },
    });
    expect(issues).toEqual([
      { path: 'name', message: 'Must not contain the NUL character (U+0000).' },
    ]);
    const [user] = await t.db.select().from(users).where(eq(users.id, adminId));
    expect(user?.name).not.toContain('\u0000');
    const search = await invalid({
      url: `/api/v1/organisations/${orgId}/members?search=a%00b`,
      headers: admin,
    });
    expect(paths(search.issues)).toEqual(['query.search']);
    const path = await t.app.inject({ url: '/api/v1/programs/a%00b', headers: admin });
    expect(path.statusCode).toBe(404);
  });
});

describe('a body that is not JSON', () => {
  it('answers 400, not 500, to malformed JSON and nothing is created', async () => {
    const before = await t.db.$count(programs);
    for (const payload of ['{"name": "x",', '{name: "x"}', "{'a': 1}", '{"a":1}}', '\u0000']) {
      const { message } = await invalid({
        ...createProgram(undefined),
        headers: { ...admin, 'content-type': 'application/json' },
        payload,
      });
      expect(message).toBe('Nogle felter er ikke udfyldt korrekt.');
    }
    expect(await t.db.$count(programs)).toBe(before);
  });

  it('answers 400 to an empty body sent as JSON', async () => {
    await invalid({
      ...createProgram(undefined),
      headers: { ...admin, 'content-type': 'application/json' },
      payload: '',
    });
  });

  it('refuses a prototype-poisoning body', async () => {
    await invalid({
      ...createProgram(undefined),
      headers: { ...admin, 'content-type': 'application/json' },
      payload: '{"__proto__": {"isAdmin": true}, "name": "Poisoned", "type": "school"}',
    });
  });

  it('answers 413 to a body over the limit', async () => {
    const res = await t.app.inject({
      ...createProgram(undefined),
      headers: { ...admin, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(1_100_000), type: 'school' }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toEqual(expect.any(String));
  });
});

describe('query strings', () => {
  const list = (query: string, headers: Record<string, string> = {}): InjectOptions => ({
    url: `/api/v1/organisations/${orgId}/members${query}`,
    headers: { ...admin, ...headers },
  });

  it('refuses a bad limit, naming query.limit', async () => {
    for (const query of ['?limit=0', '?limit=201', '?limit=abc', '?limit=1.5', '?limit=-3']) {
      const { issues } = await invalid(list(query));
      expect(paths(issues), query).toEqual(['query.limit']);
    }
    const en = await invalid(list('?limit=201', { 'accept-language': 'en' }));
    expect(en.issues[0]?.message).toBe('Too big: expected number to be <=200');
  });

  it('accepts the limits at the edges', async () => {
    for (const query of ['?limit=1', '?limit=200']) {
      expect((await t.app.inject(list(query))).statusCode).toBe(200);
    }
  });

  it('refuses a cursor that is not one it gave, naming query.cursor', async () => {
    const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const cursor of ['zzz', forged([1, 2]), forged(['a']), forged(['a\u0000', 'b'])]) {
      const { issues } = await invalid(list(`?cursor=${cursor}`));
      expect(paths(issues), cursor).toEqual(['query.cursor']);
    }
    const { issues } = await invalid({
      url: `/api/v1/organisations/${orgId}/programs?cursor=${'a'.repeat(201)}`,
      headers: admin,
    });
    expect(paths(issues)).toEqual(['query.cursor']);
  });

  it('refuses a bad enum filter', async () => {
    const { issues } = await invalid(list('?role=boss'));
    expect(paths(issues)).toEqual(['query.role']);
    const status = await invalid({
      url: `/api/v1/organisations/${orgId}/programs?status=deleted`,
      headers: admin,
    });
    expect(paths(status.issues)).toEqual(['query.status']);
  });
});
