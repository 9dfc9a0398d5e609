import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildMember,
  buildOrganisation,
  buildProgram,
  buildRecruitmentFixtures,
  buildTrainingFixtures,
} from '../db/factories';
import { startTestApp } from '../test/harness';

/**
 * Random input on every write route, as a signed-in admin and anonymously: whatever
 * the body, path or query, the answer is never a 5xx, and every error has our shape.
 */

const RUNS_PER_WRITE_ROUTE = 160;
const RUNS_PER_READ_ROUTE = 40;

const t = await startTestApp();
afterAll(() => t.close());

const org = await buildOrganisation(t.db, { name: 'Fuzz' });
const admin = await buildMember(t.db, org.id, { roles: ['admin'] });
const programIds = await Promise.all(
  [0, 1, 2].map(async () => (await buildProgram(t.db, org.id)).id),
);
const membershipIds = await Promise.all(
  [0, 1, 2].map(async () => (await buildMember(t.db, org.id)).membership.id),
);
const tokenIds: string[] = [];
for (let i = 0; i < 3; i++) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/organisations/${org.id}/api-tokens`,
    headers: await t.as(admin.user.id),
    payload: { name: `Fuzz ${i}`, roles: ['mentor'] },
  });
  tokenIds.push(res.json().apiToken.id);
}
const training = await Promise.all([0, 1].map(() => buildTrainingFixtures(t.db, org.id)));
const recruitment = await Promise.all([0, 1].map(() => buildRecruitmentFixtures(t.db, org.id)));
const recruitmentIds = (scope: keyof (typeof recruitment)[number]['ids']) =>
  recruitment.map((f) => f.ids[scope]);
const trainingIds = (scope: keyof (typeof training)[number]['ids']) =>
  training.map((f) => f.ids[scope]);
/** Real ids of the caller's organisation, by path parameter name. */
const realIds: Record<string, string[]> = {
  enrolmentId: trainingIds('enrolment'),
  sessionId: trainingIds('trainingSession'),
  signupId: trainingIds('sessionSignup'),
  reflectionId: trainingIds('reflection'),
  versionId: trainingIds('curriculumVersion'),
  moduleId: trainingIds('curriculumModule'),
  itemId: trainingIds('curriculumItem'),
  itemKey: [training[0]?.itemKey ?? 'welcome', 'basics-quiz', 'reflect'],
  code: ['ABCD-EFGH-JKLM-NPQR'],
  orgId: [org.id],
  programId: programIds,
  membershipId: [...membershipIds, admin.membership.id],
  tokenId: tokenIds,
  token: ['0123456789abcdef'],
  mentorId: recruitmentIds('programMentor'),
  nominationId: recruitmentIds('nomination'),
  referenceId: recruitmentIds('referenceRequest'),
  certificateId: recruitmentIds('childCertificate'),
  menteeId: recruitmentIds('mentee'),
  matchId: recruitmentIds('match'),
  meetingId: recruitmentIds('meeting'),
  goalId: recruitmentIds('goal'),
  concernId: recruitmentIds('concern'),
  helpRequestId: recruitmentIds('helpRequest'),
  contactRequestId: recruitmentIds('contactRequest'),
};

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const writeRoutes = t.app.routeList.filter((r) => writeMethods.has(r.method));
const readRoutes = t.app.routeList.filter((r) => r.method === 'GET' && r.url.startsWith('/api/v1'));

interface JsonSchema {
  type?: string;
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
}

// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is plain JSON
const openapi = t.app.swagger() as any;
function bodySchema(method: string, url: string): JsonSchema | undefined {
  const path = url.replace(/:(\w+)/g, '{$1}');
  return openapi.paths[path]?.[method.toLowerCase()]?.requestBody?.content?.['application/json']
    ?.schema;
}

/** Values that break things: odd types, huge and strange strings, deep nesting. */
const wild: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\ud800',
    '💥'.repeat(2000),
    'x'.repeat(100_000),
    '<script>alert(1)</script>',
    "'; drop table users; --",
    '%',
    '../../etc/passwd',
  ),
  fc.integer(),
  fc.double(),
  fc.bigInt().map((n) => Number(n)),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 5 }),
  fc.object({ maxDepth: 3 }),
);

/** A value that fits the field's schema, so requests also get past validation. */
function plausible(name: string, schema: JsonSchema): fc.Arbitrary<unknown> {
  if (name === 'email') return fc.oneof(fc.emailAddress(), fc.constant(admin.user.email));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string':
      return fc.string({
        unit: 'grapheme',
        minLength: schema.minLength ?? 0,
        maxLength: Math.max(schema.minLength ?? 0, Math.min(schema.maxLength ?? 40, 60)),
      });
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000 });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return schema.items?.enum
        ? fc.subarray(schema.items.enum, { minLength: schema.minItems ?? 0 })
        : fc.array(fc.string(), { maxLength: 5 });
    default:
      return fc.anything();
  }
}

function bodies(schema: JsonSchema | undefined): fc.Arbitrary<string> {
  const fields = Object.entries(schema?.properties ?? {});
  const withFields = fc
    .tuple(
      fc.record(
        Object.fromEntries(
          fields.map(([name, field]) => [
            name,
            fc.oneof(
              { weight: 3, arbitrary: plausible(name, field) },
              { weight: 1, arbitrary: wild },
            ),
          ]),
        ),
        { requiredKeys: [] },
      ),
      fc.dictionary(fc.string({ maxLength: 12 }), wild, { maxKeys: 3 }),
    )
    .map(([known, extra]) => JSON.stringify({ ...extra, ...known }));
  return fc.oneof(
    { weight: 6, arbitrary: withFields },
    { weight: 1, arbitrary: fc.anything().map((value) => JSON.stringify(value) ?? '') },
    { weight: 1, arbitrary: fc.json({ depthSize: 'medium' }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 100 }) },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 1, max: 20_000 })
        .map((depth) => `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`),
    },
  );
}

function pathValue(param: string): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...(realIds[param] ?? ['x'])) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 40 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '%00',
        '..',
        '%2F',
        ' ',
        "'",
        '00000000-0000-7000-8000-000000000000',
      ),
    },
  );
}

function pathOf(url: string): fc.Arbitrary<string> {
  const params = [...url.matchAll(/:(\w+)/g)].map((m) => m[1] ?? '');
  return fc.tuple(...params.map(pathValue)).map((values) => {
    let i = 0;
    return url.replace(/:(\w+)/g, () => {
      const value = values[i++] ?? '';
      // Some values are already percent-encoded on purpose.
      return /^%[0-9A-F]{2}$/.test(value) ? value : encodeURIComponent(value);
    });
  });
}

const actor = fc.constantFrom('admin', 'anonymous');

async function headersFor(who: string): Promise<Record<string, string>> {
  // A fresh session each time: a fuzzed logout or password change may end the last one.
  return who === 'admin' ? t.as(admin.user.id) : {};
}

function checkAnswer(res: { statusCode: number; body: string }, what: string) {
  if (res.statusCode >= 500) throw new Error(`${what} answered ${res.statusCode}: ${res.body}`);
  if (res.statusCode >= 400) {
    const { error } = JSON.parse(res.body);
    expect(typeof error.code, what).toBe('string');
    expect(typeof error.message, what).toBe('string');
  }
}

describe('random bodies on every write route', () => {
  it('has write routes to fuzz', () => {
    expect(writeRoutes.length).toBeGreaterThan(15);
  });

  for (const route of writeRoutes) {
    it(`${route.method} ${route.url} never answers 5xx`, async () => {
      await fc.assert(
        fc.asyncProperty(
          actor,
          pathOf(route.url),
          bodies(bodySchema(route.method, route.url)),
          async (who, url, payload) => {
            const res = await t.app.inject({
              method: route.method as 'POST',
              url,
              headers: { ...(await headersFor(who)), 'content-type': 'application/json' },
              payload,
            });
            checkAnswer(res, `${who} ${route.method} ${url} ${payload.slice(0, 300)}`);
          },
        ),
        { numRuns: RUNS_PER_WRITE_ROUTE },
      );
    });
  }
});

describe('random query strings on every read route', () => {
  const queryValue = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 250 }),
    fc.integer().map(String),
    fc.constantFrom('', '0', '-1', '201', '1e3', 'NaN', '%00', 'admin', 'draft', 'archived'),
  );
  const query = fc
    .dictionary(
      fc.constantFrom('limit', 'cursor', 'search', 'role', 'status', 'x', 'limit[]'),
      queryValue,
      { maxKeys: 4 },
    )
    .map((entries) =>
      Object.entries(entries)
        .map(([key, value]) =>
          value === '%00' ? `${key}=%00` : `${key}=${encodeURIComponent(value)}`,
        )
        .join('&'),
    );

  for (const route of readRoutes) {
    it(`GET ${route.url} never answers 5xx`, async () => {
      await fc.assert(
        fc.asyncProperty(actor, pathOf(route.url), query, async (who, url, search) => {
          const res = await t.app.inject({
            url: `${url}?${search}`,
            headers: await headersFor(who),
          });
          checkAnswer(res, `${who} GET ${url}?${search}`);
        }),
        { numRuns: RUNS_PER_READ_ROUTE },
      );
    });
  }
});

describe('after all of the above', () => {
  it('the organisation still has an active admin', async () => {
    const admins = (await t.db.query.memberships.findMany()).filter(
      (m) => m.organisationId === org.id && m.status === 'active' && m.roles.includes('admin'),
    );
    expect(admins.length).toBeGreaterThan(0);
  });
});
