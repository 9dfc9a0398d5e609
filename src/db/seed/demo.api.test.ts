import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness';
import { DEMO_PASSWORD, seedDemo } from './demo';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  expect(await seedDemo(t.db)).toBe(true);
});
afterAll(() => t.close());

async function signIn(email: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: DEMO_PASSWORD },
  });
  expect(res.statusCode, email).toBe(200);
  const cookie = String(res.headers['set-cookie']).split(';')[0] ?? '';
  return { cookie, origin: 'http://mentorpath.test' };
}

describe('the demo organisation', () => {
  it('is created once, with a program of each type', async () => {
    expect(await seedDemo(t.db)).toBe(false);
    const headers = await signIn('coordinator@demo.test');
    const me = (await t.app.inject({ url: '/api/v1/me', headers })).json();
    expect(me.memberships[0].organisationName).toBe('Mentorforeningen Demo');
    const programs = await t.app.inject({
      url: `/api/v1/organisations/${me.memberships[0].organisationId}/programs`,
      headers,
    });
    const types = programs.json().items.map((p: { type: string }) => p.type);
    expect(types).toEqual(expect.arrayContaining(['school', 'leisure', 'career', 'workplace']));
  });

  it('has every demo login, and mentors at every stage of training in the school program', async () => {
    for (const email of [
      'admin@demo.test',
      'trainer@demo.test',
      'hr@demo.test',
      'safeguarding@demo.test',
      'mentor@demo.test',
      'trainee@demo.test',
      'guardian@demo.test',
      'student@demo.test',
    ]) {
      await signIn(email);
    }
    const headers = await signIn('coordinator@demo.test');
    const me = (await t.app.inject({ url: '/api/v1/me', headers })).json();
    const orgId = me.memberships[0].organisationId;
    const programs = (
      await t.app.inject({ url: `/api/v1/organisations/${orgId}/programs`, headers })
    ).json();
    const school = programs.items.find((p: { type: string }) => p.type === 'school');
    const mentors = (
      await t.app.inject({ url: `/api/v1/programs/${school.id}/mentors`, headers })
    ).json().items as {
      name: string;
      status: string;
      eligibleToMentor: boolean;
      blockers: string[];
      childCertificate: { required: boolean; status: string };
    }[];
    const byName = new Map(mentors.map((m) => [m.name, m]));
    expect(byName.get('Mads Mentor')).toMatchObject({
      status: 'certified',
      eligibleToMentor: true,
    });
    expect(byName.get('Tina Træning')).toMatchObject({
      status: 'in_training',
      eligibleToMentor: false,
      blockers: expect.arrayContaining(['training_incomplete']),
    });
    expect(byName.get('Fatima Hassan')).toMatchObject({
      status: 'recertification_due',
      blockers: ['certification_expired'],
    });
    expect(byName.get('Ali Yılmaz')?.blockers).toContain('code_of_conduct_unsigned');
    expect(new Set(mentors.map((m) => m.status))).toEqual(
      new Set(['certified', 'in_training', 'recertification_due']),
    );
  });
});

describe('the demo mentees', () => {
  it('wait in every program: the guardian’s child, the student, more children and imported employees', async () => {
    const headers = await signIn('coordinator@demo.test');
    const me = (await t.app.inject({ url: '/api/v1/me', headers })).json();
    const orgId = me.memberships[0].organisationId;
    const programs = (
      await t.app.inject({ url: `/api/v1/organisations/${orgId}/programs`, headers })
    ).json().items as { id: string; type: string }[];
    const waiting = async (type: string) => {
      const program = programs.find((p) => p.type === type);
      const res = await t.app.inject({
        url: `/api/v1/programs/${program?.id}/mentees?status=waiting`,
        headers,
      });
      return res.json().items as { name: string; child: boolean; employeeId: string | null }[];
    };
    const school = await waiting('school');
    expect(school.length).toBeGreaterThanOrEqual(3);
    expect(school.every((m) => m.child)).toBe(true);
    expect((await waiting('leisure')).length).toBeGreaterThanOrEqual(2);
    expect((await waiting('career')).map((m) => m.name)).toContain('Sofie Studerende');
    expect((await waiting('workplace')).every((m) => m.employeeId)).toBe(true);

    const guardian = await signIn('guardian@demo.test');
    const children = (
      await t.app.inject({ url: `/api/v1/organisations/${orgId}/my-mentees`, headers: guardian })
    ).json().items;
    expect(children).toEqual([
      expect.objectContaining({
        relation: 'child',
        status: 'waiting',
        programName: 'Lektiehjælp Nørrebro',
      }),
    ]);
    const student = await signIn('student@demo.test');
    const own = (
      await t.app.inject({ url: `/api/v1/organisations/${orgId}/my-mentees`, headers: student })
    ).json().items;
    expect(own).toEqual([
      expect.objectContaining({ relation: 'self', programName: 'Karrieremakker' }),
    ]);
  });
});

describe('the demo’s recruitment', () => {
  it('has applicants at every stage and HR nominations waiting at each step', async () => {
    const headers = await signIn('coordinator@demo.test');
    const me = (await t.app.inject({ url: '/api/v1/me', headers })).json();
    const orgId = me.memberships[0].organisationId;
    const programs = (
      await t.app.inject({ url: `/api/v1/organisations/${orgId}/programs`, headers })
    ).json().items as { id: string; type: string }[];
    const counts = async (type: string) => {
      const program = programs.find((p) => p.type === type);
      const res = await t.app.inject({
        url: `/api/v1/programs/${program?.id}/pipeline/summary`,
        headers,
      });
      return res.json().counts as Record<string, number>;
    };
    for (const type of ['school', 'leisure']) {
      const c = await counts(type);
      expect(c.applied, type).toBeGreaterThanOrEqual(2);
      expect(c.rejected, type).toBe(1);
      expect(c.withdrawn, type).toBe(1);
    }
    expect((await counts('school')).screening).toBeGreaterThanOrEqual(1);
    expect(await counts('workplace')).toMatchObject({ nominated: 2, screening: 1 });
    const hr = await signIn('hr@demo.test');
    const nominated = (
      await t.app.inject({ url: `/api/v1/organisations/${orgId}/my-nominations`, headers: hr })
    ).json().items as { nomineeName: string; response: string; decision: string }[];
    expect(nominated.map((n) => [n.nomineeName, n.response, n.decision])).toEqual(
      expect.arrayContaining([
        ['Henrik Poulsen', 'pending', 'pending'],
        ['Camilla Dahl', 'accepted', 'pending'],
        ['Thomas Vinther', 'accepted', 'approved'],
      ]),
    );
    await signIn('ansat@demo.test');
  });
});
