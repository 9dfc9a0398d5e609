import { and, desc, eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../contracts/roles';
import {
  buildMember,
  buildMentee,
  buildOrganisation,
  buildProgram,
  buildUser,
  DEFAULT_PASSWORD,
} from '../../db/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import { users } from '../accounts/tables';
import { auditLog } from '../audit/tables';
import { outboundMail } from '../mail/tables';
import { memberships } from '../organisations/tables';
import { programs } from '../programs/tables';
import { mentees } from './tables';

let t: TestApp;
let orgId: string;
let school: { id: string };
let career: { id: string };
let workplace: { id: string; name: string };
let coordinator: Record<string, string>;
let headersByRole: Map<Role, Record<string, string>>;
let ipCounter = 0;

/** Each call from its own address, so the registration limit only bites where tested. */
const freshIp = () => `10.0.${Math.floor(++ipCounter / 200)}.${ipCounter % 200}`;

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await buildOrganisation(t.db, { name: 'Mentorforeningen' })).id;
  school = await buildProgram(t.db, orgId, {
    type: 'school',
    name: 'Lektiehjælp',
    status: 'published',
  });
  career = await buildProgram(t.db, orgId, {
    type: 'career',
    name: 'Karrierementor',
    status: 'published',
  });
  workplace = await buildProgram(t.db, orgId, {
    type: 'workplace',
    name: 'Ny i jobbet',
    status: 'published',
  });
  headersByRole = new Map();
  for (const role of [
    'admin',
    'coordinator',
    'hr',
    'mentor',
    'safeguarding',
    'trainer',
  ] as Role[]) {
    const { user } = await buildMember(t.db, orgId, { roles: [role], name: `The ${role}` });
    headersByRole.set(role, await t.as(user.id));
  }
  coordinator = headersByRole.get('coordinator') ?? {};
});
afterAll(() => t.close());

const dateYearsAgo = (years: number, days = 30) => {
  const d = new Date(t.clock.now().getTime() - days * 86_400_000);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d.toISOString().slice(0, 10);
};

const profile = {
  languages: ['da', 'ar'],
  interests: ['football', 'drawing'],
  goals: ['homework'],
  availability: ['tue_afternoon'],
  place: 'Aarhus',
  maxTravelKm: 10,
  gender: 'male',
  genderPreference: 'female',
};

function guardianBody(
  overrides: Record<string, unknown> = {},
  email = `guardian${++ipCounter}@example.test`,
) {
  return {
    kind: 'guardian',
    guardian: { name: 'Hanne Hansen', email, phone: '+45 20 30 40 50', locale: 'en' },
    child: {
      name: 'Ali Hansen',
      birthDate: dateYearsAgo(10),
      needs: 'Needs help with maths homework.',
      profile,
    },
    consent: true,
    childDataConsent: true,
    ...overrides,
  };
}

function register(programId: string, payload: unknown, extra: Partial<InjectOptions> = {}) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/public/programs/${programId}/mentee-registrations`,
    payload: payload as InjectOptions['payload'],
    remoteAddress: freshIp(),
    ...extra,
  });
}

async function mailsTo(email: string) {
  return t.db
    .select()
    .from(outboundMail)
    .where(eq(outboundMail.to, email))
    .orderBy(desc(outboundMail.id));
}

function tokenIn(body: string): string | null {
  const match = /[?&]token=([^\s&]+)/.exec(body);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

async function acceptInvitation(token: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/invitations/accept',
    payload: { token, password: 'a long enough password' },
  });
  expect(res.statusCode).toBe(200);
  const cookie = String(res.headers['set-cookie']).split(';')[0] ?? '';
  return { cookie, origin: 'http://mentorpath.test' };
}

describe('the public intake page', () => {
  it('says what a published program is, for which ages and who registers', async () => {
    const res = await t.app.inject({ url: `/api/v1/public/programs/${school.id}/intake` });
    expect(res.statusCode).toBe(200);
    expect(res.json().program).toMatchObject({
      name: 'Lektiehjælp',
      organisationName: 'Mentorforeningen',
      menteeAgeMin: 6,
      menteeAgeMax: 17,
      registration: 'guardian_or_self',
      digitalConsentAge: 15,
    });
    const forCareer = await t.app.inject({ url: `/api/v1/public/programs/${career.id}/intake` });
    expect(forCareer.json().program.registration).toBe('self');
    const forWork = await t.app.inject({ url: `/api/v1/public/programs/${workplace.id}/intake` });
    expect(forWork.json().program.registration).toBe('employer');
  });

  it('answers 404 for a draft, an archived and an unknown program', async () => {
    const draft = await buildProgram(t.db, orgId, { type: 'school' });
    const archived = await buildProgram(t.db, orgId, { type: 'school', status: 'published' });
    await t.db.update(programs).set({ status: 'archived' }).where(eq(programs.id, archived.id));
    for (const id of [draft.id, archived.id, 'no-such-program']) {
      const res = await t.app.inject({ url: `/api/v1/public/programs/${id}/intake` });
      expect(res.statusCode).toBe(404);
      expect((await register(id, guardianBody())).statusCode).toBe(404);
    }
  });
});

describe('a guardian registering a child', () => {
  it('puts the child on the waiting list, invites the guardian and mails a receipt in their language', async () => {
    const body = guardianBody({}, 'hanne@example.test');
    const res = await register(school.id, body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ received: true, programName: 'Lektiehjælp' });

    const [guardian] = await t.db.select().from(users).where(eq(users.email, 'hanne@example.test'));
    expect(guardian).toMatchObject({ name: 'Hanne Hansen', locale: 'en', passwordHash: null });
    const [membership] = await t.db
      .select()
      .from(memberships)
      .where(eq(memberships.userId, guardian?.id ?? ''));
    expect(membership).toMatchObject({ roles: ['guardian'], status: 'invited' });
    const [child] = await t.db
      .select()
      .from(mentees)
      .where(eq(mentees.guardianUserId, guardian?.id ?? ''));
    expect(child).toMatchObject({
      name: 'Ali Hansen',
      programId: school.id,
      status: 'waiting',
      source: 'guardian',
      userId: null,
      needs: 'Needs help with maths homework.',
    });
    expect(child?.profile.genderPreference).toBe('female');

    const [mail] = await mailsTo('hanne@example.test');
    expect(mail?.subject).toBe('We have received the registration of Ali Hansen for Lektiehjælp');
    expect(mail?.body).toContain('Ali Hansen is now on the waiting list');
    expect(mail?.body).toContain('Choose a password');

    // The link in the receipt opens the account, and the guardian sees the child waiting.
    const headers = await acceptInvitation(tokenIn(mail?.body ?? '') ?? '');
    const mine = await t.app.inject({ url: `/api/v1/organisations/${orgId}/my-mentees`, headers });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items).toEqual([
      expect.objectContaining({
        name: 'Ali Hansen',
        relation: 'child',
        status: 'waiting',
        age: 10,
        programName: 'Lektiehjælp',
      }),
    ]);
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, child?.id ?? ''), eq(auditLog.action, 'mentee.created')));
    expect(audit).toEqual([expect.objectContaining({ actorName: 'Hanne Hansen' })]);
  });

  it('refuses without consent, naming the field in the caller’s language, and saves nothing', async () => {
    const before = await t.db.$count(mentees);
    const res = await register(
      school.id,
      guardianBody({ consent: false, childDataConsent: false }),
      {
        headers: { 'accept-language': 'da' },
      },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues).toEqual([
      { path: 'consent', message: 'Sæt flueben for at give dit samtykke.' },
      {
        path: 'childDataConsent',
        message: 'Sæt flueben for at give samtykke til, hvordan vi behandler barnets oplysninger.',
      },
    ]);
    expect(await t.db.$count(mentees)).toBe(before);
  });

  it('refuses a child outside the program’s ages, naming child.birthDate and the ages allowed', async () => {
    const tooYoung = guardianBody();
    tooYoung.child = { ...tooYoung.child, birthDate: dateYearsAgo(4) };
    const res = await register(school.id, tooYoung, { headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues).toEqual([
      {
        path: 'child.birthDate',
        message: 'The program is for ages 6 to 17; the date of birth gives age 4.',
      },
    ]);
    const adult = guardianBody();
    adult.child = { ...adult.child, birthDate: dateYearsAgo(18) };
    expect((await register(school.id, adult)).statusCode).toBe(400);
  });

  it('answers a known e-mail exactly as a new one: the role is added and the mail says sign in', async () => {
    const { user } = await buildMember(t.db, orgId, {
      roles: ['mentor'],
      email: 'known@example.test',
    });
    const res = await register(school.id, guardianBody({}, 'known@example.test'));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ received: true, programName: 'Lektiehjælp' });
    const [membership] = await t.db
      .select()
      .from(memberships)
      .where(eq(memberships.userId, user.id));
    expect(membership?.roles).toEqual(['mentor', 'guardian']);
    const [mail] = await mailsTo('known@example.test');
    expect(tokenIn(mail?.body ?? '')).toBeNull();
    expect(mail?.body).toContain('Sign in to follow the registration');
    // The account keeps its own name and password.
    const [after] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(after?.name).toBe(user.name);
    expect(after?.passwordHash).toBe(user.passwordHash);
  });

  it('does not add the same child twice when the form is sent again', async () => {
    const body = guardianBody({}, 'twice@example.test');
    expect((await register(school.id, body)).statusCode).toBe(201);
    expect((await register(school.id, body)).statusCode).toBe(201);
    const [guardian] = await t.db.select().from(users).where(eq(users.email, 'twice@example.test'));
    expect(await t.db.$count(mentees, eq(mentees.guardianUserId, guardian?.id ?? ''))).toBe(1);
  });

  it('tells a robot that filled in the hidden field what it tells a person, and saves nothing', async () => {
    const res = await register(
      school.id,
      guardianBody({ website: 'http://spam.test' }, 'bot@example.test'),
    );
    expect(res.statusCode).toBe(201);
    expect(await t.db.$count(users, eq(users.email, 'bot@example.test'))).toBe(0);
    expect(await mailsTo('bot@example.test')).toEqual([]);
  });

  it('answers 429 with Retry-After once one address sends more than ten', async () => {
    const remoteAddress = '192.0.2.77';
    for (let i = 0; i < 10; i++) {
      const res = await register(school.id, guardianBody(), { remoteAddress });
      expect(res.statusCode).toBe(201);
    }
    const flooded = await register(school.id, guardianBody(), { remoteAddress });
    expect(flooded.statusCode).toBe(429);
    expect(flooded.headers['retry-after']).toBe('3600');
    t.clock.advance(3_601_000);
    expect((await register(school.id, guardianBody(), { remoteAddress })).statusCode).toBe(201);
  });

  it('is closed for workplace programs: the employer registers its employees (409)', async () => {
    const res = await register(workplace.id, guardianBody());
    expect(res.statusCode).toBe(409);
  });
});

describe('a student registering themselves', () => {
  const selfBody = (birthDate: string, email = `student${++ipCounter}@example.test`) => ({
    kind: 'self',
    name: 'Sara Nielsen',
    email,
    phone: '',
    locale: 'da',
    birthDate,
    needs: 'Vil gerne vide mere om ingeniørfaget.',
    profile: { ...profile, goals: ['career_choice'] },
    consent: true,
  });

  it('gives where they live as a place the gazetteer knows, or hears which field is wrong', async () => {
    const body = selfBody(dateYearsAgo(16));
    const res = await register(career.id, {
      ...body,
      profile: { ...body.profile, place: 'Atlantis' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues).toEqual([
      {
        path: 'profile.place',
        message: expect.stringContaining('Vi kender ikke stedet “Atlantis” i Danmark'),
      },
    ]);
    const count = await t.db.$count(users, eq(users.email, body.email));
    expect(count).toBe(0);
  });

  it('is a waiting mentee with their own account and the mentee role', async () => {
    const res = await register(career.id, selfBody(dateYearsAgo(16), 'sara@example.test'));
    expect(res.statusCode).toBe(201);
    const [user] = await t.db.select().from(users).where(eq(users.email, 'sara@example.test'));
    const [record] = await t.db
      .select()
      .from(mentees)
      .where(eq(mentees.userId, user?.id ?? ''));
    expect(record).toMatchObject({ source: 'self', status: 'waiting', guardianUserId: null });
    const [membership] = await t.db
      .select()
      .from(memberships)
      .where(eq(memberships.userId, user?.id ?? ''));
    expect(membership?.roles).toEqual(['mentee']);
    const [mail] = await mailsTo('sara@example.test');
    expect(mail?.subject).toBe('Vi har modtaget din tilmelding til Karrierementor');
  });

  it('under 15 is asked to get a guardian to register them, at the birth date field', async () => {
    const res = await register(school.id, selfBody(dateYearsAgo(14)), {
      headers: { 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues).toEqual([
      {
        path: 'birthDate',
        message:
          'You must be at least 15 to register yourself. Ask a parent or guardian to register you.',
      },
    ]);
  });

  it('of 15 may register in the school program too', async () => {
    expect((await register(school.id, selfBody(dateYearsAgo(15)))).statusCode).toBe(201);
  });
});

describe('a signed-in guardian', () => {
  let guardian: { user: { id: string } };
  let guardianHeaders: Record<string, string>;
  let childId: string;

  beforeAll(async () => {
    guardian = await buildMember(t.db, orgId, { roles: ['guardian'], name: 'Gitte' });
    guardianHeaders = await t.as(guardian.user.id);
  });

  const child = (overrides: Record<string, unknown> = {}) => ({
    programId: school.id,
    name: 'Emil',
    birthDate: dateYearsAgo(8),
    needs: 'Læsning',
    profile,
    consent: true,
    childDataConsent: true,
    ...overrides,
  });

  it('adds another child and sees them among their own', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${orgId}/my-children`,
      headers: guardianHeaders,
      payload: child(),
    });
    expect(res.statusCode).toBe(201);
    childId = res.json().mentee.id;
    expect(res.json().mentee).toMatchObject({
      name: 'Emil',
      relation: 'child',
      status: 'waiting',
      age: 8,
    });
    const mine = await t.app.inject({
      url: `/api/v1/organisations/${orgId}/my-mentees`,
      headers: guardianHeaders,
    });
    expect(mine.json().items.map((m: { id: string }) => m.id)).toEqual([childId]);
  });

  it('cannot add a child to a workplace program or with the wrong age', async () => {
    for (const [payload, path] of [
      [child({ programId: workplace.id }), 'programId'],
      [child({ birthDate: dateYearsAgo(3) }), 'birthDate'],
    ] as const) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/organisations/${orgId}/my-children`,
        headers: guardianHeaders,
        payload,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.issues[0].path).toBe(path);
    }
  });

  it('is the only one besides staff who can change or withdraw the child; others get 404', async () => {
    const other = await buildMember(t.db, orgId, { roles: ['guardian'] });
    for (const headers of [
      await t.as(other.user.id),
      headersByRole.get('mentor'),
      headersByRole.get('hr'),
    ]) {
      const patch = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/mentees/${childId}`,
        headers,
        payload: { needs: 'Taken over' },
      });
      expect(patch.statusCode).toBe(404);
      const withdraw = await t.app.inject({
        method: 'POST',
        url: `/api/v1/mentees/${childId}/withdraw`,
        headers,
        payload: {},
      });
      expect(withdraw.statusCode).toBe(404);
    }
    const othersMine = await t.app.inject({
      url: `/api/v1/organisations/${orgId}/my-mentees`,
      headers: await t.as(other.user.id),
    });
    expect(othersMine.json().items).toEqual([]);

    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/mentees/${childId}`,
      headers: guardianHeaders,
      payload: { needs: 'Læsning og matematik', profile: { ...profile, place: 'Viby J' } },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().mentee).toMatchObject({ needs: 'Læsning og matematik' });
    expect(res.json().mentee.profile.place).toBe('Viby J');
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, childId), eq(auditLog.action, 'mentee.updated')));
    expect(entry).toMatchObject({ actorName: 'Gitte', details: { fields: 'needs,profile' } });
  });

  it('withdraws the child once; a second time is a conflict', async () => {
    const url = `/api/v1/mentees/${childId}/withdraw`;
    const res = await t.app.inject({ method: 'POST', url, headers: guardianHeaders, payload: {} });
    expect(res.statusCode).toBe(200);
    expect(res.json().mentee.status).toBe('withdrawn');
    const again = await t.app.inject({
      method: 'POST',
      url,
      headers: guardianHeaders,
      payload: {},
    });
    expect(again.statusCode).toBe(409);
  });

  it('is the only role that may add a child (403 for others)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${orgId}/my-children`,
      headers: headersByRole.get('mentor'),
      payload: child(),
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('the mentees list and a mentee’s record', () => {
  let program: { id: string };
  let childId: string;
  let adultId: string;

  beforeAll(async () => {
    program = await buildProgram(t.db, orgId, {
      type: 'school',
      status: 'published',
      name: 'Liste',
    });
    const guardian = await buildUser(t.db, { name: 'Maja Jensen', email: 'maja@example.test' });
    const start = t.clock.now().getTime();
    const child = await buildMentee(t.db, orgId, program.id, {
      name: 'Yasmin',
      age: 11,
      guardianUserId: guardian.id,
      now: new Date(start - 3 * 86_400_000),
    });
    await t.db
      .update(mentees)
      .set({ needs: 'Dysleksi', phone: '22334455' })
      .where(eq(mentees.id, child.id));
    childId = child.id;
    adultId = (
      await buildMentee(t.db, orgId, program.id, {
        name: 'Oliver',
        age: 17,
        now: new Date(start - 86_400_000),
      })
    ).id;
    await buildMentee(t.db, orgId, program.id, {
      name: 'Freja',
      age: 9,
      now: new Date(start - 2 * 86_400_000),
    });
    await buildMentee(t.db, orgId, program.id, { name: 'Noah', age: 12, status: 'withdrawn' });
    await t.db
      .update(mentees)
      .set({ birthDate: dateYearsAgo(19) })
      .where(eq(mentees.id, adultId));
  });

  it('shows the waiting list longest waiting first, with minimal fields and no needs or contact', async () => {
    const res = await t.app.inject({
      url: `/api/v1/programs/${program.id}/mentees?status=waiting`,
      headers: coordinator,
    });
    expect(res.statusCode).toBe(200);
    const { items, nextCursor } = res.json();
    expect(items.map((m: { name: string }) => m.name)).toEqual(['Yasmin', 'Freja', 'Oliver']);
    expect(nextCursor).toBeNull();
    expect(items[0]).toEqual({
      id: childId,
      name: 'Yasmin',
      age: 11,
      child: true,
      status: 'waiting',
      source: 'guardian',
      waitingSince: expect.any(String),
      languages: ['da'],
      place: 'Aarhus',
      employeeId: null,
    });
    expect(JSON.stringify(items)).not.toContain('Dysleksi');
    expect(JSON.stringify(items)).not.toContain('22334455');
  });

  it('pages with a cursor and searches names', async () => {
    const first = await t.app.inject({
      url: `/api/v1/programs/${program.id}/mentees?limit=2`,
      headers: coordinator,
    });
    expect(first.json().items).toHaveLength(2);
    const second = await t.app.inject({
      url: `/api/v1/programs/${program.id}/mentees?limit=2&cursor=${first.json().nextCursor}`,
      headers: coordinator,
    });
    expect(second.json().items.map((m: { name: string }) => m.name)).toEqual(['Oliver', 'Noah']);
    expect(second.json().nextCursor).toBeNull();
    const search = await t.app.inject({
      url: `/api/v1/programs/${program.id}/mentees?q=fre`,
      headers: coordinator,
    });
    expect(search.json().items.map((m: { name: string }) => m.name)).toEqual(['Freja']);
    const bad = await t.app.inject({
      url: `/api/v1/programs/${program.id}/mentees?cursor=nonsense`,
      headers: coordinator,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('is not for HR, mentors, trainers, guardians or mentees (403)', async () => {
    const guardian = await t.as((await buildMember(t.db, orgId, { roles: ['guardian'] })).user.id);
    const mentee = await t.as((await buildMember(t.db, orgId, { roles: ['mentee'] })).user.id);
    for (const headers of [
      headersByRole.get('hr'),
      headersByRole.get('mentor'),
      headersByRole.get('trainer'),
      guardian,
      mentee,
    ]) {
      const list = await t.app.inject({ url: `/api/v1/programs/${program.id}/mentees`, headers });
      expect(list.statusCode).toBe(403);
      const record = await t.app.inject({ url: `/api/v1/mentees/${childId}`, headers });
      expect(record.statusCode).toBe(403);
    }
  });

  it('opens a child’s full record for the coordinator and logs who viewed it and when', async () => {
    const res = await t.app.inject({ url: `/api/v1/mentees/${childId}`, headers: coordinator });
    expect(res.statusCode).toBe(200);
    expect(res.json().mentee).toMatchObject({
      name: 'Yasmin',
      needs: 'Dysleksi',
      phone: '22334455',
      guardian: { name: 'Maja Jensen', email: 'maja@example.test' },
      viewLogged: true,
    });
    const safeguarding = await t.app.inject({
      url: `/api/v1/mentees/${childId}`,
      headers: headersByRole.get('safeguarding'),
    });
    expect(safeguarding.statusCode).toBe(200);
    const entries = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, childId), eq(auditLog.action, 'mentee.viewed')))
      .orderBy(auditLog.id);
    expect(entries.map((e) => [e.actorName, e.subjectLabel])).toEqual([
      ['The coordinator', 'Yasmin'],
      ['The safeguarding', 'Yasmin'],
    ]);
    expect(entries[0]?.at.getTime()).toBe(t.clock.now().getTime());
  });

  it('does not log views of an adult’s record', async () => {
    const res = await t.app.inject({ url: `/api/v1/mentees/${adultId}`, headers: coordinator });
    expect(res.json().mentee.viewLogged).toBe(false);
    expect(
      await t.db.$count(
        auditLog,
        and(eq(auditLog.subjectId, adultId), eq(auditLog.action, 'mentee.viewed')),
      ),
    ).toBe(0);
  });
});

describe('importing employees from CSV', () => {
  const header = 'Medarbejdernummer;Navn;E-mail;Fødselsdato;Sprog;Interesser;By;Afdeling';
  const good = [
    'E-101;Mona Berg;mona@firma.test;01-05-1995;"da;en";chess;Odense;Salg',
    'E-102;Jonas Holm;jonas@firma.test;1990-10-12;da;cycling;Vejle;Lager',
  ];
  const bad = 'E-103;Pia Lund;pia(at)firma.test;31-02-1988;da;;Kolding;Økonomi';
  const fixed = 'E-103;Pia Lund;pia@firma.test;28-02-1988;da;;Kolding;Økonomi';
  const csv = (rows: string[]) => `\uFEFF${[header, ...rows].join('\r\n')}\r\n`;
  const url = (suffix = '') => `/api/v1/programs/${workplace.id}/mentee-imports${suffix}`;
  const post = (path: string, body: string, headers = coordinator, lang = 'da') =>
    t.app.inject({
      method: 'POST',
      url: path,
      headers: { ...headers, 'accept-language': lang },
      payload: { csv: body },
    });
  const importedCount = () =>
    t.db.$count(mentees, and(eq(mentees.programId, workplace.id), eq(mentees.source, 'import')));

  it('previews each row, with the bad row’s errors by column in the caller’s language', async () => {
    const res = await post(url('/preview'), csv([...good, bad]));
    expect(res.statusCode).toBe(200);
    const preview = res.json();
    expect(preview.counts).toEqual({ create: 2, update: 0, unchanged: 0, error: 1 });
    expect(preview.ignoredColumns).toEqual([]);
    expect(preview.rows.map((r: { row: number; action: string }) => [r.row, r.action])).toEqual([
      [2, 'create'],
      [3, 'create'],
      [4, 'error'],
    ]);
    expect(preview.rows[2].errors).toEqual([
      { column: 'E-mail', message: 'Ikke en gyldig e-mailadresse.' },
      {
        column: 'Fødselsdato',
        message: 'Ikke en dato: skriv den som 31-12-1990 eller 1990-12-31.',
      },
    ]);
    const english = await post(url('/preview'), csv([bad]), coordinator, 'en');
    expect(english.json().rows[0].errors[0]).toEqual({
      column: 'E-mail',
      message: 'Not a valid e-mail address.',
    });
    // A preview saves nothing and mails no one.
    expect(await importedCount()).toBe(0);
    expect(await mailsTo('mona@firma.test')).toEqual([]);
  });

  it('names missing columns for the whole file', async () => {
    const res = await post(url('/preview'), 'name,email\nA,a@b.test', coordinator, 'en');
    expect(res.json().fileErrors).toEqual([
      'Columns are missing: employeeId, birthDate, languages, place.',
    ]);
    expect(res.json().rows).toEqual([]);
  });

  it('imports nothing while a row has errors, and says which row and column', async () => {
    const res = await post(url(), csv([...good, bad]));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues).toEqual([
      { path: 'csv', message: 'Række 4, E-mail: Ikke en gyldig e-mailadresse.' },
      {
        path: 'csv',
        message: 'Række 4, Fødselsdato: Ikke en dato: skriv den som 31-12-1990 eller 1990-12-31.',
      },
    ]);
    expect(await importedCount()).toBe(0);
    expect(await t.db.$count(users, eq(users.email, 'mona@firma.test'))).toBe(0);
  });

  it('imports the fixed file, invites each new employee once, and a re-import changes nothing', async () => {
    const res = await post(url(), csv([...good, fixed]));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      counts: { create: 3, update: 0, unchanged: 0, error: 0 },
      invited: 3,
    });
    const rows = await t.db
      .select()
      .from(mentees)
      .where(eq(mentees.programId, workplace.id))
      .orderBy(mentees.externalRef);
    expect(rows.map((r) => [r.externalRef, r.name, r.status, r.source])).toEqual([
      ['E-101', 'Mona Berg', 'waiting', 'import'],
      ['E-102', 'Jonas Holm', 'waiting', 'import'],
      ['E-103', 'Pia Lund', 'waiting', 'import'],
    ]);
    expect(rows[2]?.department).toBe('Økonomi');
    expect(rows[0]?.profile).toMatchObject({
      languages: ['da', 'en'],
      interests: ['chess'],
      place: 'Odense',
    });
    const [mona] = await t.db.select().from(users).where(eq(users.email, 'mona@firma.test'));
    const [membership] = await t.db
      .select()
      .from(memberships)
      .where(eq(memberships.userId, mona?.id ?? ''));
    expect(membership).toMatchObject({ roles: ['mentee'], status: 'invited' });
    const mails = await mailsTo('mona@firma.test');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Du er tilføjet til mentorprogrammet Ny i jobbet');
    expect(tokenIn(mails[0]?.body ?? '')).not.toBeNull();

    const preview = await post(url('/preview'), csv([...good, fixed]));
    expect(preview.json().counts).toEqual({ create: 0, update: 0, unchanged: 3, error: 0 });
    const again = await post(url(), csv([...good, fixed]));
    expect(again.json()).toEqual({
      counts: { create: 0, update: 0, unchanged: 3, error: 0 },
      invited: 0,
    });
    expect(await importedCount()).toBe(3);
    expect(await mailsTo('mona@firma.test')).toHaveLength(1);
  });

  it('updates an employee whose row changed, by employee id, without mail', async () => {
    const moved = 'E-102;Jonas Holm;jonas@firma.test;1990-10-12;"da;de";cycling;Fredericia;Lager';
    const preview = await post(url('/preview'), csv([good[0] ?? '', moved]));
    expect(preview.json().rows[1]).toMatchObject({
      action: 'update',
      changes: ['languages', 'place'],
    });
    const res = await post(url(), csv([good[0] ?? '', moved]));
    expect(res.json().counts).toEqual({ create: 0, update: 1, unchanged: 1, error: 0 });
    const [jonas] = await t.db.select().from(mentees).where(eq(mentees.externalRef, 'E-102'));
    expect(jonas?.profile.place).toBe('Fredericia');
    expect(await importedCount()).toBe(3);
    expect(await mailsTo('jonas@firma.test')).toHaveLength(1);
  });

  it('is for workplace programs only, and for admins, coordinators and HR', async () => {
    const school409 = await post(`/api/v1/programs/${school.id}/mentee-imports/preview`, csv(good));
    expect(school409.statusCode).toBe(409);
    const hr = await post(url('/preview'), csv(good), headersByRole.get('hr'));
    expect(hr.statusCode).toBe(200);
    for (const role of ['mentor', 'safeguarding', 'trainer'] as Role[]) {
      expect((await post(url('/preview'), csv(good), headersByRole.get(role))).statusCode).toBe(
        403,
      );
    }
  });

  it('answers an employee signing in with their own record in my-mentees', async () => {
    const [mail] = await mailsTo('pia@firma.test');
    const headers = await acceptInvitation(tokenIn(mail?.body ?? '') ?? '');
    const mine = await t.app.inject({ url: `/api/v1/organisations/${orgId}/my-mentees`, headers });
    expect(mine.json().items).toEqual([
      expect.objectContaining({ name: 'Pia Lund', relation: 'self', programName: 'Ny i jobbet' }),
    ]);
  });
});

describe('a person with an account', () => {
  it('can still sign in with their password after registering a child (nothing reset)', async () => {
    const { user } = await buildMember(t.db, orgId, {
      roles: ['mentor'],
      email: 'keeps@example.test',
    });
    await register(school.id, guardianBody({}, 'keeps@example.test'));
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: DEFAULT_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
  });
});
