import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programs } from '../../features/programs/tables';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { startTestApp, type TestApp } from '../../test/harness';
import { DEMO_PASSWORD, seedDemo } from './demo';
import { seedMatchingProfiles } from './demo-matching';

let t: TestApp;
let school: string;
let headers: Record<string, string>;

beforeAll(async () => {
  t = await startTestApp();
  await seedDemo(t.db);
  const rows = await t.db.select().from(programs);
  const programIdByType = new Map(rows.map((p) => [p.type as string, p.id]));
  const organisationId = rows[0]?.organisationId as AuthorizedOrgId;
  // Idempotent: the demo may already call it.
  await seedMatchingProfiles(t.db, organisationId, programIdByType, new Date());
  school = programIdByType.get('school') ?? '';
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: 'coordinator@demo.test', password: DEMO_PASSWORD },
  });
  headers = {
    cookie: String(login.headers['set-cookie']).split(';')[0] ?? '',
    origin: 'http://mentorpath.test',
  };
});
afterAll(() => t.close());

describe('the demo’s matching', () => {
  it('suggests Mads Mentor for Lukas, the child of guardian@demo.test', async () => {
    const [program] = await t.db.select().from(programs).where(eq(programs.id, school));
    expect(program?.type).toBe('school');
    const started = performance.now();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/programs/${school}/match-suggestions`,
      headers,
      payload: {},
    });
    const ms = performance.now() - started;
    expect(res.statusCode).toBe(200);
    const body = res.json();
    console.info(
      `demo school program: ${body.mentorCount} mentors × ${body.menteeCount} mentees, ` +
        `${body.suggestions.length} suggestions in ${ms.toFixed(0)} ms`,
    );
    const lukas = body.suggestions.find(
      (s: { menteeName: string }) => s.menteeName === 'Lukas Forælder',
    );
    expect(lukas).toMatchObject({ mentorName: 'Mads Mentor' });
    expect(lukas.reasons).toContain('Deler 3 interesser: fodbold, computerspil og tegning');
  });
});
