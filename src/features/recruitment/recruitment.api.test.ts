import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildEnrolment,
  buildMember,
  buildMentee,
  buildOrganisation,
  buildProgram,
  buildProgramMentor,
  buildProgress,
  testProfile,
} from '../../db/factories';
import { newId } from '../../db/ids';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { startTestApp, type TestApp } from '../../test/harness';
import { users } from '../accounts/tables';
import { outboundMail } from '../mail/tables';
import { matches } from '../matches/tables';
import { memberships } from '../organisations/tables';
import { programs } from '../programs/tables';
import { certificateIssuer } from '../training/certificate-issuer';
import { enrolments } from '../training/tables';
import { testCurriculumKeys } from '../training/test-curriculum';
import { mentorEvents, nominations, programMentors } from './tables';

let t: TestApp;
let orgId: string;
let coordinator: Record<string, string>;
let coordinatorName: string;
let school: Awaited<ReturnType<typeof buildProgram>>;
let workplace: Awaited<ReturnType<typeof buildProgram>>;
let ipCounter = 0;

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await buildOrganisation(t.db, { name: 'Foreningen' })).id;
  const c = await buildMember(t.db, orgId, { roles: ['coordinator'], name: 'Clara Koordinator' });
  coordinatorName = c.user.name;
  coordinator = await t.as(c.user.id);
  school = await buildProgram(t.db, orgId, {
    type: 'school',
    name: 'Lektiehjælp',
    description: 'Hjælp børn med lektierne.',
    status: 'published',
  });
  workplace = await buildProgram(t.db, orgId, {
    type: 'workplace',
    name: 'Kollegamentor',
    status: 'published',
  });
});
afterAll(() => t.close());

/** Each application from its own address, unless a test is about the rate limit. */
const nextIp = () => `10.0.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;

function application(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Anna Ansøger',
    email: `anna${++ipCounter}@example.test`,
    phone: '+45 12 34 56 78',
    birthYear: 1990,
    motivation: 'Jeg vil gerne hjælpe børn med at få gode vaner omkring lektier.',
    experience: 'Lektiecafé på biblioteket i to år.',
    profile: testProfile(),
    capacity: 2,
    consent: true,
    locale: 'da',
    ...overrides,
  };
}

function apply(programId: string, payload: Record<string, unknown>, ip = nextIp(), lang = 'da') {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/public/programs/${programId}/applications`,
    payload,
    remoteAddress: ip,
    headers: { 'accept-language': lang },
  });
}

async function mailsTo(email: string) {
  return t.db
    .select()
    .from(outboundMail)
    .where(eq(outboundMail.to, email))
    .orderBy(desc(outboundMail.id));
}

function tokenIn(body: string): string {
  const match = /[?&]token=([^\s&]+)/.exec(body);
  if (!match?.[1]) throw new Error(`no link in ${body}`);
  return decodeURIComponent(match[1]);
}

async function candidacyOf(email: string, programId: string) {
  const [row] = await t.db
    .select({ mentor: programMentors })
    .from(programMentors)
    .innerJoin(users, eq(users.id, programMentors.userId))
    .where(and(eq(users.email, email), eq(programMentors.programId, programId)));
  return row?.mentor ?? null;
}

async function pipeline(programId: string, query = '') {
  const res = await t.app.inject({
    url: `/api/v1/programs/${programId}/pipeline${query}`,
    headers: coordinator,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    items: { id: string; name: string; stage: string; source: string; screening: unknown }[];
    nextCursor: string | null;
  };
}

function act(programId: string, payload: Record<string, unknown>, headers = coordinator) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/programs/${programId}/pipeline/actions`,
    headers,
    payload,
  });
}

describe('the public program page', () => {
  it('says what a published program asks of a mentor, without sign-in', async () => {
    const res = await t.app.inject({ url: `/api/v1/public/programs/${school.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().program).toEqual({
      id: school.id,
      name: 'Lektiehjælp',
      description: 'Hjælp børn med lektierne.',
      type: 'school',
      organisationName: 'Foreningen',
      trainingMinutes: school.trainingMinutes,
      inPersonSessionRequired: true,
      commitmentMonths: school.commitmentMonths,
      meetingCadence: school.meetingCadence,
      childCertificateRequired: true,
      nominationRequired: false,
      menteeAgeMin: school.menteeAgeMin,
      menteeAgeMax: school.menteeAgeMax,
    });
    const work = await t.app.inject({ url: `/api/v1/public/programs/${workplace.id}` });
    expect(work.json().program).toMatchObject({
      nominationRequired: true,
      childCertificateRequired: false,
    });
  });

  it('is not found for drafts, archived and unknown programs', async () => {
    const draft = await buildProgram(t.db, orgId, { status: 'draft' });
    const archived = await buildProgram(t.db, orgId, { status: 'published' });
    await t.db.update(programs).set({ status: 'archived' }).where(eq(programs.id, archived.id));
    for (const id of [draft.id, archived.id, newId()]) {
      const res = await t.app.inject({ url: `/api/v1/public/programs/${id}` });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
      const post = await apply(id, application());
      expect(post.statusCode).toBe(404);
    }
  });
});

describe('applying', () => {
  it('creates the applicant, who sets a password from the mail and follows the application', async () => {
    const email = 'nora.ny@example.test';
    const res = await apply(school.id, application({ email, name: 'Nora Ny', locale: 'en' }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ application: { programId: school.id, status: 'received' } });

    const candidacy = await candidacyOf(email, school.id);
    expect(candidacy).toMatchObject({
      stage: 'applied',
      source: 'application',
      phone: '+45 12 34 56 78',
      birthYear: 1990,
      capacity: 2,
    });
    expect(candidacy?.consentAt).not.toBeNull();
    const [user] = await t.db.select().from(users).where(eq(users.email, email));
    expect(user).toMatchObject({ name: 'Nora Ny', locale: 'en', passwordHash: null });
    const [membership] = await t.db
      .select()
      .from(memberships)
      .where(eq(memberships.userId, user?.id ?? ''));
    expect(membership).toMatchObject({ roles: ['mentor'], status: 'invited' });
    const events = await t.db
      .select()
      .from(mentorEvents)
      .where(eq(mentorEvents.programMentorId, candidacy?.id ?? ''));
    expect(events.map((e) => e.kind)).toEqual(['applied']);

    // The mail is in the language chosen on the form, with a link to choose a password.
    const [mail] = await mailsTo(email);
    expect(mail?.subject).toBe('Thank you for applying to Lektiehjælp');
    expect(mail?.body).toContain('Hello Nora Ny');
    expect(mail?.body).toContain('http://mentorpath.test/invitation?token=');
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token: tokenIn(mail?.body ?? ''), password: 'noras own password' },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const cookie = String(accepted.headers['set-cookie']).split(';')[0] ?? '';
    const mine = await t.app.inject({
      url: `/api/v1/organisations/${orgId}/my-applications`,
      headers: { cookie, origin: 'http://mentorpath.test' },
    });
    expect(mine.json().items).toEqual([
      expect.objectContaining({
        programName: 'Lektiehjælp',
        stage: 'applied',
        source: 'application',
        next: 'wait_for_screening',
        nomination: null,
      }),
    ]);
  });

  it('answers someone with an account the same, without telling, and mails a sign-in link', async () => {
    const existing = await buildMember(t.db, orgId, {
      roles: ['trainer'],
      email: 'tove@example.test',
      name: 'Tove Træner',
    });
    const newcomer = await apply(school.id, application({ email: 'ny.person@example.test' }));
    const known = await apply(
      school.id,
      application({ email: 'TOVE@example.test', name: 'Tove T.' }),
    );
    expect(known.statusCode).toBe(201);
    expect(known.body).toBe(newcomer.body);
    expect(await t.db.$count(users, eq(users.email, 'tove@example.test'))).toBe(1);
    const [membership] = await t.db
      .select()
      .from(memberships)
      .where(eq(memberships.id, existing.membership.id));
    expect(membership?.roles).toEqual(['trainer', 'mentor']);
    const [mail] = await mailsTo('tove@example.test');
    expect(mail?.subject).toBe('Tak for din ansøgning til Lektiehjælp');
    expect(mail?.body).toContain('http://mentorpath.test/applications');
    expect(mail?.body).not.toContain('token=');
  });

  it('names each bad field in the caller’s language, and asks for consent', async () => {
    const res = await apply(
      school.id,
      application({ name: '', consent: false, capacity: 4, email: 'nope' }),
      nextIp(),
      'en',
    );
    expect(res.statusCode).toBe(400);
    const issues = res.json().error.details.issues as { path: string; message: string }[];
    expect(issues.map((i) => i.path).sort()).toEqual(['capacity', 'consent', 'email', 'name']);
    expect(issues.find((i) => i.path === 'consent')?.message).toBe(
      'You must consent to us processing your details before you can apply.',
    );
    const da = await apply(school.id, application({ consent: false }));
    expect(da.json().error.details.issues).toEqual([
      {
        path: 'consent',
        message: 'Du skal give samtykke til, at vi behandler dine oplysninger, før du kan søge.',
      },
    ]);
    const profile = await apply(
      school.id,
      application({ profile: { ...testProfile(), languages: [], place: '' } }),
    );
    expect(
      profile
        .json()
        .error.details.issues.map((i: { path: string }) => i.path)
        .sort(),
    ).toEqual(['profile.languages', 'profile.place']);
  });

  it('answers a bot that filled the hidden field as if accepted, and stores nothing', async () => {
    const email = 'bot@example.test';
    const res = await apply(school.id, application({ email, website: 'http://spam.example' }));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ application: { programId: school.id, status: 'received' } });
    expect(await t.db.$count(users, eq(users.email, email))).toBe(0);
    expect(await mailsTo(email)).toEqual([]);
  });

  it('refuses a second application to the same program', async () => {
    const email = 'twice@example.test';
    expect((await apply(school.id, application({ email }))).statusCode).toBe(201);
    const again = await apply(school.id, application({ email, motivation: 'x'.repeat(30) }));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_applied');
    expect(Object.keys(again.json().error)).not.toContain('details');
    expect(await mailsTo(email)).toHaveLength(1);
  });

  it('is limited per address: the sixth application in an hour gets 429', async () => {
    const ip = '192.0.2.50';
    for (let i = 0; i < 5; i++) {
      expect((await apply(school.id, application(), ip)).statusCode).toBe(201);
    }
    const flooded = await apply(school.id, application({ email: 'flood@example.test' }), ip);
    expect(flooded.statusCode).toBe(429);
    expect(flooded.json().error.code).toBe('rate_limited');
    expect(flooded.headers['retry-after']).toBeDefined();
    expect(await t.db.$count(users, eq(users.email, 'flood@example.test'))).toBe(0);
    // Another address is not held back.
    expect((await apply(school.id, application())).statusCode).toBe(201);
    t.clock.advance(61 * 60_000);
    expect((await apply(school.id, application(), ip)).statusCode).toBe(201);
  });

  it('is not open where mentors are nominated by HR', async () => {
    const res = await apply(workplace.id, application());
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'conflict',
      details: { reason: 'nomination_required' },
    });
  });
});

describe('nominations', () => {
  let hr: Awaited<ReturnType<typeof buildMember>>;
  let hrHeaders: Record<string, string>;
  let otherHr: Record<string, string>;
  let employee: Awaited<ReturnType<typeof buildMember>>;
  let employeeHeaders: Record<string, string>;
  let nominationId: string;

  beforeAll(async () => {
    hr = await buildMember(t.db, orgId, { roles: ['hr'], name: 'Helle HR' });
    hrHeaders = await t.as(hr.user.id);
    otherHr = await t.as((await buildMember(t.db, orgId, { roles: ['hr'] })).user.id);
    employee = await buildMember(t.db, orgId, {
      roles: ['trainer'],
      name: 'Erik Medarbejder',
      locale: 'en',
    });
    employeeHeaders = await t.as(employee.user.id);
  });

  const ratings = { worksWellWithOthers: 5, positiveAttitude: 4, performsDuties: 5 };

  it('lets HR nominate an employee, who is mailed to accept', async () => {
    const candidates = await t.app.inject({
      url: `/api/v1/programs/${workplace.id}/nomination-candidates?q=erik`,
      headers: hrHeaders,
    });
    expect(candidates.json().items).toEqual([
      {
        membershipId: employee.membership.id,
        name: 'Erik Medarbejder',
        email: employee.user.email,
      },
    ]);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/programs/${workplace.id}/nominations`,
      headers: hrHeaders,
      payload: { membershipId: employee.membership.id, ...ratings, comment: 'Tålmodig.' },
    });
    expect(res.statusCode, res.body).toBe(201);
    nominationId = res.json().nomination.id;
    expect(res.json().nomination).toMatchObject({ response: 'pending', decision: 'pending' });
    expect(await candidacyOf(employee.user.email, workplace.id)).toMatchObject({
      stage: 'nominated',
      source: 'nomination',
    });
    const [membership] = await t.db
      .select()
      .from(memberships)
      .where(eq(memberships.id, employee.membership.id));
    expect(membership?.roles).toEqual(['trainer', 'mentor']);
    const [mail] = await mailsTo(employee.user.email);
    expect(mail?.subject).toBe('You have been nominated as a mentor in Kollegamentor');
    expect(mail?.body).toContain('Helle HR has nominated you');
    expect(mail?.body).toContain('http://mentorpath.test/applications');
    // Once in the program, the employee is no longer a candidate.
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/programs/${workplace.id}/nominations`,
      headers: hrHeaders,
      payload: { membershipId: employee.membership.id, ...ratings },
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.details.issues[0].path).toBe('membershipId');
  });

  it('invites someone new by e-mail, with a link to choose a password', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/programs/${workplace.id}/nominations`,
      headers: hrHeaders,
      payload: { email: 'ny.kollega@example.test', name: 'Nadia Ny', ...ratings },
    });
    expect(res.statusCode, res.body).toBe(201);
    const [mail] = await mailsTo('ny.kollega@example.test');
    expect(mail?.subject).toBe('Du er indstillet som mentor i Kollegamentor');
    expect(mail?.body).toContain('http://mentorpath.test/invitation?token=');
    expect(mail?.kind).toBe('invitation');
  });

  it('is only for programs that take nominations, and names the missing nominee', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/programs/${school.id}/nominations`,
      headers: { ...hrHeaders, 'accept-language': 'en' },
      payload: { membershipId: employee.membership.id, ...ratings },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues).toEqual([
      {
        path: 'programId',
        message: 'This program does not take nominations; volunteers apply themselves.',
      },
    ]);
    const missing = await t.app.inject({
      method: 'POST',
      url: `/api/v1/programs/${workplace.id}/nominations`,
      headers: hrHeaders,
      payload: { ...ratings, performsDuties: 6 },
    });
    expect(
      missing
        .json()
        .error.details.issues.map((i: { path: string }) => i.path)
        .sort(),
    ).toEqual(['email', 'name', 'performsDuties']);
    const mentor = await t.as((await buildMember(t.db, orgId, { roles: ['mentor'] })).user.id);
    const forbidden = await t.app.inject({
      method: 'POST',
      url: `/api/v1/programs/${workplace.id}/nominations`,
      headers: mentor,
      payload: { membershipId: employee.membership.id, ...ratings },
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it('shows HR the status of their own nominees and nothing else', async () => {
    const own = await t.app.inject({
      url: `/api/v1/organisations/${orgId}/my-nominations`,
      headers: hrHeaders,
    });
    expect(own.statusCode).toBe(200);
    const erik = own.json().items.find((n: { id: string }) => n.id === nominationId);
    expect(erik).toEqual({
      id: nominationId,
      nomineeName: 'Erik Medarbejder',
      programId: workplace.id,
      programName: 'Kollegamentor',
      response: 'pending',
      decision: 'pending',
      stage: 'awaiting',
      createdAt: expect.any(String),
    });
    const others = await t.app.inject({
      url: `/api/v1/organisations/${orgId}/my-nominations`,
      headers: otherHr,
    });
    expect(others.json().items).toEqual([]);
    // The pipeline and the nominee's application are not HR's to see.
    const mentorId = (await candidacyOf(employee.user.email, workplace.id))?.id;
    for (const url of [
      `/api/v1/programs/${workplace.id}/pipeline`,
      `/api/v1/program-mentors/${mentorId}`,
      `/api/v1/program-mentors/${mentorId}/timeline`,
    ]) {
      const res = await t.app.inject({ url, headers: hrHeaders });
      expect(res.statusCode, url).toBe(403);
    }
  });

  it('lets only the nominee answer; others get 404, and the coordinator waits for the answer', async () => {
    for (const headers of [hrHeaders, coordinator, otherHr]) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/nominations/${nominationId}/respond`,
        headers,
        payload: { accept: true },
      });
      expect(res.statusCode).toBe(404);
    }
    const early = await t.app.inject({
      method: 'POST',
      url: `/api/v1/nominations/${nominationId}/decision`,
      headers: coordinator,
      payload: { approve: true },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('nomination_not_pending');

    const mine = await t.app.inject({
      url: `/api/v1/organisations/${orgId}/my-applications`,
      headers: employeeHeaders,
    });
    expect(mine.json().items).toEqual([
      expect.objectContaining({
        stage: 'nominated',
        next: 'respond_to_nomination',
        nomination: {
          id: nominationId,
          nominatedByName: 'Helle HR',
          response: 'pending',
          decision: 'pending',
        },
      }),
    ]);
    const accepted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/nominations/${nominationId}/respond`,
      headers: employeeHeaders,
      payload: { accept: true },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().nomination.response).toBe('accepted');
    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/v1/nominations/${nominationId}/respond`,
      headers: employeeHeaders,
      payload: { accept: false },
    });
    expect(twice.statusCode).toBe(409);
    const waiting = await t.app.inject({
      url: `/api/v1/organisations/${orgId}/my-applications`,
      headers: employeeHeaders,
    });
    expect(waiting.json().items[0].next).toBe('wait_for_approval');
  });

  it('moves to screening when the coordinator approves, and HR sees it in broad terms', async () => {
    const approved = await t.app.inject({
      method: 'POST',
      url: `/api/v1/nominations/${nominationId}/decision`,
      headers: coordinator,
      payload: { approve: true },
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().nomination.decision).toBe('approved');
    expect((await candidacyOf(employee.user.email, workplace.id))?.stage).toBe('screening');
    const [mail] = await mailsTo(employee.user.email);
    expect(mail?.subject).toBe('Your nomination to Kollegamentor is approved');
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/nominations/${nominationId}/decision`,
      headers: coordinator,
      payload: { approve: false },
    });
    expect(again.statusCode).toBe(409);
    const own = await t.app.inject({
      url: `/api/v1/organisations/${orgId}/my-nominations`,
      headers: hrHeaders,
    });
    expect(own.json().items.find((n: { id: string }) => n.id === nominationId)).toMatchObject({
      response: 'accepted',
      decision: 'approved',
      stage: 'screening',
    });
    const mentorId = (await candidacyOf(employee.user.email, workplace.id))?.id;
    const timeline = await t.app.inject({
      url: `/api/v1/program-mentors/${mentorId}/timeline`,
      headers: coordinator,
    });
    expect(
      timeline.json().items.map((e: { kind: string; actorName: string }) => [e.kind, e.actorName]),
    ).toEqual([
      ['nominated', 'Helle HR'],
      ['nomination_accepted', 'Erik Medarbejder'],
      ['nomination_approved', coordinatorName],
    ]);
    const details = await t.app.inject({
      url: `/api/v1/program-mentors/${mentorId}`,
      headers: coordinator,
    });
    expect(details.json().mentor).toMatchObject({
      stage: 'screening',
      source: 'nomination',
      nomination: {
        nominatedByName: 'Helle HR',
        worksWellWithOthers: 5,
        positiveAttitude: 4,
        performsDuties: 5,
        comment: 'Tålmodig.',
        response: 'accepted',
        decision: 'approved',
      },
    });
  });

  it('withdraws a nominee who declines', async () => {
    const decliner = await buildMember(t.db, orgId, { roles: ['mentor'] });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/programs/${workplace.id}/nominations`,
      headers: hrHeaders,
      payload: { membershipId: decliner.membership.id, ...ratings },
    });
    const id = res.json().nomination.id;
    const declined = await t.app.inject({
      method: 'POST',
      url: `/api/v1/nominations/${id}/respond`,
      headers: await t.as(decliner.user.id),
      payload: { accept: false },
    });
    expect(declined.json().nomination.response).toBe('declined');
    expect((await candidacyOf(decliner.user.email, workplace.id))?.stage).toBe('withdrawn');
    const own = await t.app.inject({
      url: `/api/v1/organisations/${orgId}/my-nominations`,
      headers: hrHeaders,
    });
    expect(own.json().items.find((n: { id: string }) => n.id === id)).toMatchObject({
      response: 'declined',
      stage: 'ended',
    });
  });
});

describe('the pipeline', () => {
  let program: Awaited<ReturnType<typeof buildProgram>>;

  beforeAll(async () => {
    program = await buildProgram(t.db, orgId, {
      type: 'leisure',
      name: 'Fritidsven',
      status: 'published',
    });
  });

  it('lists every mentor at the stage people see, with counts, search and pages', async () => {
    const applied = await buildMember(t.db, orgId, { name: 'Aske Ansøgt' });
    await buildProgramMentor(t.db, orgId, program.id, { userId: applied.user.id });
    const certified = await buildMember(t.db, orgId, { name: 'Cecilie Certificeret' });
    const { enrolment } = await buildEnrolment(t.db, orgId, {
      programId: program.id,
      membershipId: certified.membership.id,
    });
    await t.db
      .update(enrolments)
      .set({ status: 'certified' })
      .where(eq(enrolments.id, enrolment.id));
    const active = await buildMember(t.db, orgId, { name: 'Anton Aktiv' });
    const { enrolment: activeEnrolment } = await buildEnrolment(t.db, orgId, {
      programId: program.id,
      membershipId: active.membership.id,
    });
    await t.db
      .update(enrolments)
      .set({ status: 'certified' })
      .where(eq(enrolments.id, activeEnrolment.id));
    const activeCandidacy = await candidacyOf(active.user.email, program.id);
    const mentee = await buildMentee(t.db, orgId, program.id);
    await t.db.insert(matches).values({
      id: newId(),
      organisationId: orgId,
      programId: program.id,
      programMentorId: activeCandidacy?.id ?? '',
      menteeId: mentee.id,
      status: 'active',
      proposedAt: new Date(),
    });

    const all = await pipeline(program.id);
    const stageOf = new Map(all.items.map((i) => [i.name, i.stage]));
    expect(Object.fromEntries(stageOf)).toEqual({
      'Aske Ansøgt': 'applied',
      'Cecilie Certificeret': 'certified',
      'Anton Aktiv': 'active',
    });
    expect(all.items.find((i) => i.name === 'Aske Ansøgt')?.screening).toEqual({
      interviewRequired: true,
      interview: 'none',
      referencesRequired: 2,
      referencesAnswered: 0,
      childCertificateRequired: true,
      childCertificate: 'none',
      completedAt: null,
    });

    const certifiedOnly = await pipeline(program.id, '?stage=certified');
    expect(certifiedOnly.items.map((i) => i.name)).toEqual(['Cecilie Certificeret']);
    const search = await pipeline(program.id, '?q=ANTON');
    expect(search.items.map((i) => i.name)).toEqual(['Anton Aktiv']);

    const summary = await t.app.inject({
      url: `/api/v1/programs/${program.id}/pipeline/summary`,
      headers: coordinator,
    });
    expect(summary.json()).toMatchObject({
      total: 3,
      counts: { applied: 1, certified: 1, active: 1, screening: 0, rejected: 0 },
    });

    const first = await pipeline(program.id, '?limit=2');
    expect(first.items).toHaveLength(2);
    const rest = await pipeline(program.id, `?limit=2&cursor=${first.nextCursor}`);
    expect(rest.items).toHaveLength(1);
    expect(rest.nextCursor).toBeNull();
  });

  it('shows a certified mentor whose certificate has expired as due for a refresher', async () => {
    const past = new Date(t.clock.now().getTime() - 3 * 365 * 86_400_000);
    const { enrolment, programId } = await buildEnrolment(t.db, orgId, { now: past });
    await buildProgress(t.db, orgId, enrolment.id, testCurriculumKeys, past);
    await t.db.transaction((tx) =>
      certificateIssuer(tx, orgId as AuthorizedOrgId, enrolment.id, past),
    );
    expect((await pipeline(programId)).items.map((i) => i.stage)).toEqual(['recertification_due']);
  });

  it('advances applicants to screening, all or nothing', async () => {
    const a = await buildProgramMentor(t.db, orgId, program.id);
    const b = await buildProgramMentor(t.db, orgId, program.id);
    const trained = await buildProgramMentor(t.db, orgId, program.id, { stage: 'in_training' });
    const refused = await act(program.id, { action: 'advance', mentorIds: [a.id, trained.id] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'stage_transition_invalid',
      details: { mentorId: trained.id, stage: 'in_training' },
    });
    const [untouched] = await t.db.select().from(programMentors).where(eq(programMentors.id, a.id));
    expect(untouched?.stage).toBe('applied');

    const res = await act(program.id, { action: 'advance', mentorIds: [a.id, b.id] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().mentors).toEqual([
      { id: a.id, stage: 'screening' },
      { id: b.id, stage: 'screening' },
    ]);
    const timeline = await t.app.inject({
      url: `/api/v1/program-mentors/${a.id}/timeline`,
      headers: coordinator,
    });
    expect(timeline.json().items.at(-1)).toMatchObject({
      kind: 'stage_changed',
      actorName: coordinatorName,
      details: { from: 'applied', to: 'screening' },
    });
  });

  it('passes screening only when the checklist is done, saying what is missing', async () => {
    const mentor = await buildProgramMentor(t.db, orgId, program.id, { stage: 'screening' });
    const res = await act(program.id, { action: 'advance', mentorIds: [mentor.id] });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'screening_requirements_unmet',
      details: { mentorId: mentor.id },
    });
    const [row] = await t.db.select().from(programMentors).where(eq(programMentors.id, mentor.id));
    expect(row?.stage).toBe('screening');
  });

  it('advances an accepted nomination (the coordinator’s approval), but not one still open', async () => {
    const open = await buildProgramMentor(t.db, orgId, workplace.id, {
      stage: 'nominated',
      source: 'nomination',
    });
    const accepted = await buildProgramMentor(t.db, orgId, workplace.id, {
      stage: 'nominated',
      source: 'nomination',
    });
    for (const [mentor, response] of [
      [open, 'pending'],
      [accepted, 'accepted'],
    ] as const) {
      await t.db.insert(nominations).values({
        id: newId(),
        organisationId: orgId,
        programMentorId: mentor.id,
        worksWellWithOthers: 4,
        positiveAttitude: 4,
        performsDuties: 4,
        response,
      });
    }
    const refused = await act(workplace.id, { action: 'advance', mentorIds: [open.id] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('stage_transition_invalid');
    const res = await act(workplace.id, { action: 'advance', mentorIds: [accepted.id] });
    expect(res.json().mentors).toEqual([{ id: accepted.id, stage: 'screening' }]);
    const [nomination] = await t.db
      .select()
      .from(nominations)
      .where(eq(nominations.programMentorId, accepted.id));
    expect(nomination?.decision).toBe('approved');
  });

  it('rejects with a reason, and tells the person kindly in their language', async () => {
    const { user } = await buildMember(t.db, orgId, { name: 'Rikke', locale: 'en' });
    const mentor = await buildProgramMentor(t.db, orgId, program.id, { userId: user.id });
    const noReason = await act(program.id, { action: 'reject', mentorIds: [mentor.id] });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details.issues).toEqual([
      { path: 'reason', message: 'Skriv en begrundelse; den sendes til personen.' },
    ]);
    const res = await act(program.id, {
      action: 'reject',
      mentorIds: [mentor.id],
      reason: 'Vi har nok mentorer i dit område lige nu.',
    });
    expect(res.json().mentors).toEqual([{ id: mentor.id, stage: 'rejected' }]);
    const [row] = await t.db.select().from(programMentors).where(eq(programMentors.id, mentor.id));
    expect(row?.exitReason).toBe('Vi har nok mentorer i dit område lige nu.');
    const [mail] = await mailsTo(user.email);
    expect(mail?.subject).toBe('Your application to Fritidsven');
    expect(mail?.body).toContain('Reason: Vi har nok mentorer i dit område lige nu.');
    // A rejected person cannot be rejected or advanced again.
    const again = await act(program.id, { action: 'advance', mentorIds: [mentor.id] });
    expect(again.statusCode).toBe(409);
  });

  it('messages several people by mail and notes it on their timelines', async () => {
    const a = await buildProgramMentor(t.db, orgId, program.id);
    const b = await buildProgramMentor(t.db, orgId, program.id);
    const missing = await act(program.id, { action: 'message', mentorIds: [a.id] });
    expect(missing.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual([
      'subject',
      'message',
    ]);
    const res = await act(program.id, {
      action: 'message',
      mentorIds: [a.id, b.id],
      subject: 'Infomøde torsdag',
      message: 'Kom til infomøde torsdag kl. 17 i foreningens lokaler.',
    });
    expect(res.statusCode, res.body).toBe(200);
    for (const mentor of [a, b]) {
      const [user] = await t.db.select().from(users).where(eq(users.id, mentor.userId));
      const [mail] = await mailsTo(user?.email ?? '');
      expect(mail?.subject).toBe('Infomøde torsdag');
      expect(mail?.body).toContain('Kom til infomøde torsdag kl. 17');
      const timeline = await t.app.inject({
        url: `/api/v1/program-mentors/${mentor.id}/timeline`,
        headers: coordinator,
      });
      expect(timeline.json().items.at(-1)).toMatchObject({
        kind: 'message_sent',
        details: { subject: 'Infomøde torsdag' },
      });
    }
  });

  it('names a mentor of another program by its place in the list', async () => {
    const here = await buildProgramMentor(t.db, orgId, program.id);
    const elsewhere = await buildProgramMentor(t.db, orgId, school.id);
    const res = await act(program.id, {
      action: 'advance',
      mentorIds: [here.id, elsewhere.id],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual([
      'mentorIds.1',
    ]);
    const [row] = await t.db.select().from(programMentors).where(eq(programMentors.id, here.id));
    expect(row?.stage).toBe('applied');
  });

  it('shows a coordinator the application, and a mentor only their own', async () => {
    const res = await apply(program.id, application({ email: 'mona@example.test', name: 'Mona' }));
    expect(res.statusCode).toBe(201);
    const mentor = await candidacyOf('mona@example.test', program.id);
    const details = await t.app.inject({
      url: `/api/v1/program-mentors/${mentor?.id}`,
      headers: coordinator,
    });
    expect(details.json().mentor).toMatchObject({
      name: 'Mona',
      email: 'mona@example.test',
      phone: '+45 12 34 56 78',
      birthYear: 1990,
      motivation: 'Jeg vil gerne hjælpe børn med at få gode vaner omkring lektier.',
      profile: testProfile(),
      capacity: 2,
      stage: 'applied',
      source: 'application',
      nomination: null,
    });

    const other = await buildMember(t.db, orgId, { roles: ['mentor'] });
    const otherHeaders = await t.as(other.user.id);
    const forbidden = await t.app.inject({
      url: `/api/v1/program-mentors/${mentor?.id}`,
      headers: otherHeaders,
    });
    expect(forbidden.statusCode).toBe(403);
    const theirs = await t.app.inject({
      url: `/api/v1/organisations/${orgId}/my-applications`,
      headers: otherHeaders,
    });
    expect(theirs.json().items).toEqual([]);
    const withdrawOthers = await t.app.inject({
      method: 'POST',
      url: `/api/v1/program-mentors/${mentor?.id}/withdraw`,
      headers: otherHeaders,
      payload: {},
    });
    expect(withdrawOthers.statusCode).toBe(404);
  });

  it('lets a person withdraw their own application before training', async () => {
    const { user } = await buildMember(t.db, orgId);
    const headers = await t.as(user.id);
    const mentor = await buildProgramMentor(t.db, orgId, program.id, { userId: user.id });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/program-mentors/${mentor.id}/withdraw`,
      headers,
      payload: {},
    });
    expect(res.statusCode, res.body).toBe(200);
    const mine = await t.app.inject({
      url: `/api/v1/organisations/${orgId}/my-applications`,
      headers,
    });
    expect(mine.json().items).toEqual([
      expect.objectContaining({ id: mentor.id, stage: 'withdrawn', next: 'none' }),
    ]);
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/program-mentors/${mentor.id}/withdraw`,
      headers,
      payload: {},
    });
    expect(again.statusCode).toBe(409);
  });
});
