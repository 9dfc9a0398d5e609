import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildMember,
  buildMentee,
  buildOrganisation,
  buildProgram,
  buildProgramMentor,
} from '../../db/factories';
import { newId } from '../../db/ids';
import { startTestApp, type TestApp } from '../../test/harness';
import { auditLog } from '../audit/tables';
import { outboundMail } from '../mail/tables';
import { matches } from '../matches/tables';
import { concerns, notifications } from './tables';

let t: TestApp;
let orgId: string;
let programId: string;
let lead: { id: string; email: string; headers: Record<string, string> };
let admin: Record<string, string>;
let coordinator: Record<string, string>;

async function member(roles: Parameters<typeof buildMember>[2] extends infer O ? O : never) {
  const m = await buildMember(t.db, orgId, roles);
  return { id: m.user.id, email: m.user.email, headers: await t.as(m.user.id) };
}

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await buildOrganisation(t.db)).id;
  programId = (await buildProgram(t.db, orgId, { type: 'school', status: 'published' })).id;
  lead = await member({ roles: ['safeguarding'], locale: 'en' });
  admin = (await member({ roles: ['admin'] })).headers;
  coordinator = (await member({ roles: ['coordinator'] })).headers;
});
afterAll(() => t.close());

async function call(method: string, url: string, headers: Record<string, string>, body?: object) {
  const res = await t.app.inject({
    method: method as 'GET',
    url,
    headers,
    ...(body ? { payload: body } : {}),
  });
  const json = res.headers['content-type']?.toString().includes('json') && res.body;
  return { status: res.statusCode, body: json ? res.json() : null };
}

/** A match of a mentor and a child with a guardian (written directly: the gate is not tested here). */
async function aMatch() {
  const mentor = await member({ roles: ['mentor'] });
  const guardian = await member({ roles: ['guardian'] });
  const place = await buildProgramMentor(t.db, orgId, programId, {
    userId: mentor.id,
    stage: 'in_training',
  });
  const mentee = await buildMentee(t.db, orgId, programId, { guardianUserId: guardian.id });
  const id = newId();
  await t.db.insert(matches).values({
    id,
    organisationId: orgId,
    programId,
    programMentorId: place.id,
    menteeId: mentee.id,
    status: 'active',
    proposedAt: new Date(),
    startedAt: new Date(),
  });
  return { id, mentor, guardian };
}

const report = (matchId: string, extra: object = {}) => ({
  matchId,
  category: 'wellbeing',
  urgency: 'high',
  description: 'Barnet virkede bange for at tage hjem efter mødet.',
  ...extra,
});

describe('reporting a concern', () => {
  it('answers the reporter with a receipt only, and tells the safeguarding lead in the app and by e-mail', async () => {
    const m = await aMatch();
    const res = await call('POST', '/api/v1/concerns', m.guardian.headers, report(m.id));
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      concern: { id: expect.any(String), status: 'received', createdAt: expect.any(String) },
    });
    const inApp = await t.db.select().from(notifications).where(eq(notifications.userId, lead.id));
    expect(inApp).toEqual([
      expect.objectContaining({
        kind: 'concern_received',
        link: `/concerns/${res.body.concern.id}`,
      }),
    ]);
    const mails = await t.db.select().from(outboundMail).where(eq(outboundMail.to, lead.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('New concern');
    expect(mails[0]?.body).toContain('high urgency');
    expect(mails[0]?.body).toContain(`/concerns/${res.body.concern.id}`);

    // The reporter reads back receipts, no content.
    const mine = await call(
      'GET',
      `/api/v1/organisations/${orgId}/my-concerns`,
      m.guardian.headers,
    );
    expect(mine.body.items).toEqual([res.body.concern]);
    expect(JSON.stringify(mine.body)).not.toContain('bange');
    // …and cannot open the concern itself.
    const open = await call('GET', `/api/v1/concerns/${res.body.concern.id}`, m.guardian.headers);
    expect(open.status).toBe(403);
  });

  it('lets the mentor, and staff, report on a match; others are told it is not there', async () => {
    const m = await aMatch();
    const other = await aMatch();
    expect((await call('POST', '/api/v1/concerns', m.mentor.headers, report(m.id))).status).toBe(
      201,
    );
    expect((await call('POST', '/api/v1/concerns', coordinator, report(m.id))).status).toBe(201);
    // A mentor or a guardian of another match.
    expect(
      (await call('POST', '/api/v1/concerns', other.mentor.headers, report(m.id))).status,
    ).toBe(404);
    expect(
      (await call('POST', '/api/v1/concerns', other.guardian.headers, report(m.id))).status,
    ).toBe(404);
    // Someone of another organisation.
    const stranger = await buildMember(t.db, (await buildOrganisation(t.db)).id, {
      roles: ['admin'],
    });
    expect(
      (await call('POST', '/api/v1/concerns', await t.as(stranger.user.id), report(m.id))).status,
    ).toBe(404);
  });

  it('from the help page needs the organisation, named at the field in the person’s language', async () => {
    const hr = await member({ roles: ['hr'], locale: 'en' });
    const { matchId: _, ...body } = report('');
    const missing = await call('POST', '/api/v1/concerns', hr.headers, body);
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body)).toContain('organisationId');
    const ok = await call('POST', '/api/v1/concerns', hr.headers, {
      ...body,
      organisationId: orgId,
    });
    expect(ok.status).toBe(201);
    const elsewhere = (await buildOrganisation(t.db)).id;
    const notMine = await call('POST', '/api/v1/concerns', hr.headers, {
      ...body,
      organisationId: elsewhere,
    });
    expect(notMine.status).toBe(404);
    const tooShort = await call('POST', '/api/v1/concerns', hr.headers, {
      ...body,
      organisationId: orgId,
      description: 'kort',
    });
    expect(tooShort.status).toBe(400);
    expect(JSON.stringify(tooShort.body)).toContain('description');
  });

  it('goes to the admins when the organisation has no safeguarding lead', async () => {
    const org = (await buildOrganisation(t.db)).id;
    const boss = await buildMember(t.db, org, { roles: ['admin'] });
    const mentor = await buildMember(t.db, org, { roles: ['mentor'] });
    const res = await call('POST', '/api/v1/concerns', await t.as(mentor.user.id), {
      organisationId: org,
      category: 'conduct',
      urgency: 'low',
      description: 'En anden frivillig talte grimt til et barn.',
    });
    expect(res.status).toBe(201);
    const told = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, boss.user.id));
    expect(told.map((n) => n.kind)).toEqual(['concern_received']);
  });
});

describe('handling a concern', () => {
  it('shows the lead the list most urgent first, and every view of one is audit-logged', async () => {
    const m = await aMatch();
    const low = await call(
      'POST',
      '/api/v1/concerns',
      m.mentor.headers,
      report(m.id, { urgency: 'low' }),
    );
    const now = await call(
      'POST',
      '/api/v1/concerns',
      m.mentor.headers,
      report(m.id, { urgency: 'immediate' }),
    );
    const list = await call(
      'GET',
      `/api/v1/organisations/${orgId}/concerns?status=received`,
      lead.headers,
    );
    expect(list.status).toBe(200);
    const ids = list.body.items.map((c: { id: string }) => c.id);
    expect(ids.indexOf(now.body.concern.id)).toBeLessThan(ids.indexOf(low.body.concern.id));
    expect(list.body.items[0].urgency).toBe('immediate');

    const one = await call('GET', `/api/v1/concerns/${now.body.concern.id}`, lead.headers);
    expect(one.status).toBe(200);
    expect(one.body.concern).toMatchObject({
      status: 'received',
      urgency: 'immediate',
      description: report('').description,
      matchId: m.id,
      history: [expect.objectContaining({ status: 'received' })],
    });
    await call('GET', `/api/v1/concerns/${now.body.concern.id}`, admin);
    const views = await t.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.subjectId, now.body.concern.id), eq(auditLog.action, 'concern.viewed')),
      );
    expect(views).toHaveLength(2);
  });

  it('moves forward only, records action taken and the report to the authorities, and tells the reporter the status', async () => {
    const m = await aMatch();
    const made = await call('POST', '/api/v1/concerns', m.guardian.headers, report(m.id));
    const id = made.body.concern.id;
    const url = `/api/v1/concerns/${id}/status`;
    const assessing = await call('POST', url, lead.headers, {
      status: 'assessing',
      note: 'Ringer til skolen',
    });
    expect(assessing.status).toBe(200);
    expect(assessing.body.concern.status).toBe('assessing');

    const noAction = await call('POST', url, lead.headers, { status: 'action_taken' });
    expect(noAction.status).toBe(400);
    expect(JSON.stringify(noAction.body)).toContain('actionTaken');

    const acted = await call('POST', url, lead.headers, {
      status: 'action_taken',
      actionTaken: 'Underretning sendt til kommunen',
      reportedToAuthorities: true,
    });
    expect(acted.status).toBe(200);
    expect(acted.body.concern).toMatchObject({
      status: 'action_taken',
      actionTaken: 'Underretning sendt til kommunen',
      reportedToAuthoritiesAt: expect.any(String),
    });

    const back = await call('POST', url, lead.headers, { status: 'assessing' });
    expect(back.status).toBe(409);

    const closed = await call('POST', url, lead.headers, { status: 'closed' });
    expect(closed.body.concern.status).toBe('closed');
    expect(closed.body.concern.history.map((h: { status: string }) => h.status)).toEqual([
      'received',
      'assessing',
      'action_taken',
      'closed',
    ]);
    expect(closed.body.concern.history[1]).toMatchObject({ note: 'Ringer til skolen' });

    const updates = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, id), eq(auditLog.action, 'concern.updated')));
    expect(updates).toHaveLength(3);

    // The reporter (Danish) is told the status in words, and nothing of what was done.
    const told = await t.db
      .select()
      .from(outboundMail)
      .where(eq(outboundMail.to, m.guardian.email));
    expect(told).toHaveLength(3);
    expect(told.map((mail) => mail.body).join('\n')).toContain('under vurdering');
    expect(told.map((mail) => mail.body).join('\n')).not.toContain('kommunen');
    const receipts = await call(
      'GET',
      `/api/v1/organisations/${orgId}/my-concerns`,
      m.guardian.headers,
    );
    expect(receipts.body.items).toEqual([expect.objectContaining({ id, status: 'closed' })]);
  });

  it('is read by no one but the safeguarding lead and admins', async () => {
    const m = await aMatch();
    const other = await aMatch();
    const made = await call('POST', '/api/v1/concerns', m.mentor.headers, report(m.id));
    const id = made.body.concern.id;
    const trainer = await member({ roles: ['trainer'] });
    const hr = await member({ roles: ['hr'] });
    for (const who of [
      m.mentor.headers,
      m.guardian.headers,
      other.mentor.headers,
      other.guardian.headers,
      trainer.headers,
      hr.headers,
      coordinator,
    ]) {
      expect((await call('GET', `/api/v1/concerns/${id}`, who)).status).toBe(403);
      expect((await call('GET', `/api/v1/organisations/${orgId}/concerns`, who)).status).toBe(403);
      expect(
        (await call('POST', `/api/v1/concerns/${id}/status`, who, { status: 'closed' })).status,
      ).toBe(403);
    }
    const stranger = await buildMember(t.db, (await buildOrganisation(t.db)).id, {
      roles: ['admin'],
    });
    expect((await call('GET', `/api/v1/concerns/${id}`, await t.as(stranger.user.id))).status).toBe(
      404,
    );
    expect((await call('GET', `/api/v1/concerns/${id}`, lead.headers)).status).toBe(200);
    expect((await call('GET', `/api/v1/concerns/${id}`, admin)).status).toBe(200);
  });
});

describe('drafts opened by the watch list', () => {
  async function draft(matchId: string) {
    const id = newId();
    await t.db.insert(concerns).values({
      id,
      organisationId: orgId,
      programId,
      matchId,
      category: 'other',
      urgency: 'medium',
      description: '… vil du komme hjem til mig alene …',
      status: 'draft',
      history: [{ at: new Date().toISOString(), by: null, status: 'draft', note: 'alene' }],
    });
    return id;
  }

  it('are shown to coordinators, who raise one to the safeguarding lead or dismiss it', async () => {
    const m = await aMatch();
    const raised = await draft(m.id);
    const dismissed = await draft(m.id);
    const list = await call('GET', `/api/v1/organisations/${orgId}/concern-drafts`, coordinator);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: raised,
          matchId: m.id,
          word: 'alene',
          excerpt: expect.stringContaining('alene'),
        }),
      ]),
    );
    // A coordinator still cannot read concerns themselves.
    expect((await call('GET', `/api/v1/concerns/${raised}`, coordinator)).status).toBe(403);
    const mentorTries = await call(
      'GET',
      `/api/v1/organisations/${orgId}/concern-drafts`,
      m.mentor.headers,
    );
    expect(mentorTries.status).toBe(403);

    const before = await t.db.select().from(notifications).where(eq(notifications.userId, lead.id));
    const up = await call('POST', `/api/v1/concern-drafts/${raised}/raise`, coordinator, {
      urgency: 'high',
    });
    expect(up.status).toBe(200);
    expect(up.body.concern.status).toBe('received');
    const after = await t.db.select().from(notifications).where(eq(notifications.userId, lead.id));
    expect(after.length).toBe(before.length + 1);

    const down = await call('POST', `/api/v1/concern-drafts/${dismissed}/dismiss`, coordinator);
    expect(down.body.concern.status).toBe('closed');

    // Neither is a draft any more: gone from the coordinator's list, and not raised twice.
    const again = await call('GET', `/api/v1/organisations/${orgId}/concern-drafts`, coordinator);
    const ids = again.body.items.map((d: { id: string }) => d.id);
    expect(ids).not.toContain(raised);
    expect(ids).not.toContain(dismissed);
    expect(
      (await call('POST', `/api/v1/concern-drafts/${raised}/raise`, coordinator, {})).status,
    ).toBe(404);

    const lead1 = await call('GET', `/api/v1/concerns/${raised}`, lead.headers);
    expect(lead1.body.concern).toMatchObject({ status: 'received', urgency: 'high' });
  });

  it('are in the safeguarding lead’s list, and the lead may turn one into a received concern', async () => {
    const m = await aMatch();
    const id = await draft(m.id);
    const list = await call(
      'GET',
      `/api/v1/organisations/${orgId}/concerns?status=draft`,
      lead.headers,
    );
    expect(list.body.items.map((c: { id: string }) => c.id)).toContain(id);
    const bad = await call('POST', `/api/v1/concerns/${id}/status`, lead.headers, {
      status: 'assessing',
    });
    expect(bad.status).toBe(409);
    const ok = await call('POST', `/api/v1/concerns/${id}/status`, lead.headers, {
      status: 'received',
    });
    expect(ok.body.concern.status).toBe('received');
  });
});
