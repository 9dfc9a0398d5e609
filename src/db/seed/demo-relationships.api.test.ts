import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matches } from '../../features/matches/tables';
import { programs } from '../../features/programs/tables';
import { startTestApp, type TestApp } from '../../test/harness';
import { DEMO_PASSWORD, seedDemo } from './demo';
import { seedRelationships } from './demo-relationships';

let t: TestApp;
let organisationId: string;
let programIdByType: Map<string, string>;

async function login(email: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: DEMO_PASSWORD },
  });
  return {
    cookie: String(res.headers['set-cookie']).split(';')[0] ?? '',
    origin: 'http://mentorpath.test',
  };
}

beforeAll(async () => {
  t = await startTestApp();
  await seedDemo(t.db);
  const rows = await t.db.select().from(programs);
  programIdByType = new Map(rows.map((p) => [p.type as string, p.id]));
  organisationId = rows[0]?.organisationId ?? '';
  // Idempotent: the demo may already call it.
  await seedRelationships(t.db, organisationId, programIdByType, new Date());
  await seedRelationships(t.db, organisationId, programIdByType, new Date());
});
afterAll(() => t.close());

describe('the demo’s relationships', () => {
  it('shows the coordinator an on-track and an overdue match in the school program', async () => {
    const headers = await login('coordinator@demo.test');
    const school = programIdByType.get('school') ?? '';
    const res = await t.app.inject({
      url: `/api/v1/programs/${school}/check-ins/due`,
      headers,
    });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { menteeName: string; mentorName: string; status: string }[];
    expect(items.map((i) => [i.mentorName, i.menteeName, i.status])).toEqual([
      ['Bo Berg', 'Oliver Krogh', 'overdue'],
      ['Karen Lund', 'Sara Holm', 'due'],
    ]);
  });

  it('has a closed career match with contact through Mentorpath for student@demo.test', async () => {
    const headers = await login('student@demo.test');
    const mine = await t.app.inject({
      url: `/api/v1/organisations/${organisationId}/my-matches`,
      headers,
    });
    expect(mine.statusCode).toBe(200);
    const body = mine.json();
    const list = (body.items ?? body.matches) as {
      id: string;
      status: string;
      contactAfterClosure: string;
    }[];
    expect(list).toEqual([
      expect.objectContaining({ status: 'closed', contactAfterClosure: 'platform' }),
    ]);
    const closure = await t.app.inject({
      url: `/api/v1/matches/${list[0]?.id}/exit-survey`,
      headers,
    });
    expect(closure.json()).toMatchObject({
      closure: { contactAfterClosure: 'platform', reason: null },
      canAnswerAs: ['mentee'],
    });
  });

  it('leaves mentor@demo.test without a match in the school program', async () => {
    const all = await t.db
      .select()
      .from(matches)
      .where(eq(matches.programId, programIdByType.get('school') ?? ''));
    expect(all).toHaveLength(2);
  });
});
