import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildOrganisation, buildProgram } from '../../db/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import { outboundMail } from '../mail/tables';
import { notifications } from './tables';

let t: TestApp;
let orgId: string;
let programId: string;
let coord: { id: string; email: string; headers: Record<string, string> };

async function member(options: Parameters<typeof buildMember>[2], org = orgId) {
  const m = await buildMember(t.db, org, options);
  return { id: m.user.id, email: m.user.email, headers: await t.as(m.user.id) };
}

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await buildOrganisation(t.db)).id;
  programId = (await buildProgram(t.db, orgId, { type: 'school', status: 'published' })).id;
  coord = await member({ roles: ['coordinator'], locale: 'en' });
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

const kindsFor = async (userId: string) =>
  (await t.db.select().from(notifications).where(eq(notifications.userId, userId))).map(
    (n) => n.kind,
  );

describe('How can we help?', () => {
  it('sends a question to the coordinators, who answer in the app; the person is told', async () => {
    const mentor = await member({ roles: ['mentor'], name: 'Mads Holm' });
    const asked = await call(
      'POST',
      `/api/v1/organisations/${orgId}/help-requests`,
      mentor.headers,
      {
        programId,
        subject: 'Kørsel til møder',
        message: 'Kan jeg få dækket transport?',
      },
    );
    expect(asked.status).toBe(201);
    expect(asked.body.helpRequest).toMatchObject({
      subject: 'Kørsel til møder',
      status: 'open',
      mine: true,
      replies: [
        expect.objectContaining({ body: 'Kan jeg få dækket transport?', fromStaff: false }),
      ],
    });
    const id = asked.body.helpRequest.id;
    expect(await kindsFor(coord.id)).toContain('help_request');
    const [mail] = await t.db.select().from(outboundMail).where(eq(outboundMail.to, coord.email));
    expect(mail?.body).toContain('Mads Holm asks for help: Kørsel til møder');

    const inbox = await call('GET', `/api/v1/organisations/${orgId}/help-requests`, coord.headers);
    expect(inbox.body.items.map((r: { id: string }) => r.id)).toContain(id);

    const answer = await call('POST', `/api/v1/help-requests/${id}/replies`, coord.headers, {
      body: 'Ja, op til 200 kr. om måneden.',
    });
    expect(answer.status).toBe(201);
    expect(answer.body.helpRequest.status).toBe('answered');
    expect(answer.body.helpRequest.replies.at(-1)).toMatchObject({
      fromStaff: true,
      body: 'Ja, op til 200 kr. om måneden.',
    });
    expect(await kindsFor(mentor.id)).toEqual(['help_answer']);

    const seen = await call('GET', `/api/v1/help-requests/${id}`, mentor.headers);
    expect(seen.body.helpRequest.replies).toHaveLength(2);

    // The person answers back: open again, and the coordinators are told.
    const back = await call('POST', `/api/v1/help-requests/${id}/replies`, mentor.headers, {
      body: 'Tak!',
    });
    expect(back.body.helpRequest.status).toBe('open');
    expect((await kindsFor(coord.id)).filter((k) => k === 'help_request')).toHaveLength(2);

    const closed = await call('POST', `/api/v1/help-requests/${id}/close`, mentor.headers);
    expect(closed.body.helpRequest.status).toBe('closed');
    const late = await call('POST', `/api/v1/help-requests/${id}/replies`, coord.headers, {
      body: 'Noget mere',
    });
    expect(late.status).toBe(409);
  });

  it('shows a person only their own requests; others get 404', async () => {
    const guardian = await member({ roles: ['guardian'] });
    const other = await member({ roles: ['guardian'] });
    const trainer = await member({ roles: ['trainer'] });
    const asked = await call(
      'POST',
      `/api/v1/organisations/${orgId}/help-requests`,
      guardian.headers,
      {
        subject: 'Skift af mentor',
        message: 'Vi vil gerne tale om et skift.',
      },
    );
    const id = asked.body.helpRequest.id;
    const list = await call('GET', `/api/v1/organisations/${orgId}/help-requests`, other.headers);
    expect(list.status).toBe(200);
    expect(list.body.items.map((r: { id: string }) => r.id)).not.toContain(id);
    for (const who of [other.headers, trainer.headers]) {
      expect((await call('GET', `/api/v1/help-requests/${id}`, who)).status).toBe(404);
      expect(
        (await call('POST', `/api/v1/help-requests/${id}/replies`, who, { body: 'Hej' })).status,
      ).toBe(404);
      expect((await call('POST', `/api/v1/help-requests/${id}/close`, who)).status).toBe(404);
    }
    const mine = await call(
      'GET',
      `/api/v1/organisations/${orgId}/help-requests`,
      guardian.headers,
    );
    expect(mine.body.items).toEqual([expect.objectContaining({ id, mine: true })]);
  });

  it('names the empty field in the person’s language, and refuses another organisation’s program', async () => {
    const mentor = await member({ roles: ['mentor'], locale: 'en' });
    const empty = await call(
      'POST',
      `/api/v1/organisations/${orgId}/help-requests`,
      mentor.headers,
      {
        subject: '',
        message: 'Hej',
      },
    );
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body)).toContain('subject');
    const otherOrg = (await buildOrganisation(t.db)).id;
    const foreign = (await buildProgram(t.db, otherOrg)).id;
    const wrong = await call(
      'POST',
      `/api/v1/organisations/${orgId}/help-requests`,
      mentor.headers,
      {
        programId: foreign,
        subject: 'Hjælp',
        message: 'Hej',
      },
    );
    expect(wrong.status).toBe(404);
  });

  it('goes to the admins when there is no coordinator', async () => {
    const org = (await buildOrganisation(t.db)).id;
    const boss = await member({ roles: ['admin'] }, org);
    const mentee = await member({ roles: ['mentee'] }, org);
    const asked = await call('POST', `/api/v1/organisations/${org}/help-requests`, mentee.headers, {
      subject: 'Spørgsmål',
      message: 'Hvornår starter det?',
    });
    expect(asked.status).toBe(201);
    expect(await kindsFor(boss.id)).toEqual(['help_request']);
  });
});
