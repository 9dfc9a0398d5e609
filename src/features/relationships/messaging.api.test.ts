import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCertifiedMentor,
  buildMember,
  buildOrganisation,
  buildProgram,
} from '../../db/factories';
import { translate } from '../../server/i18n/translate';
import { startTestApp, type TestApp } from '../../test/harness';
import { outboundMail } from '../mail/tables';
import { childCertificates } from '../recruitment/tables';
import { testCurriculum } from '../training/test-curriculum';
import { messagingFixtures } from './messages-fixtures';
import { concerns, notifications } from './tables';

const DAY = 86_400_000;
let t: TestApp;
let orgId: string;
let school: string;
let coordinator: Record<string, string>;
let f: ReturnType<typeof messagingFixtures>;

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await buildOrganisation(t.db)).id;
  coordinator = await t.as((await buildMember(t.db, orgId, { roles: ['coordinator'] })).user.id);
  school = (
    await buildProgram(t.db, orgId, {
      type: 'career',
      status: 'published',
      curriculum: testCurriculum(),
      trainingMinutes: 45,
      childCertificate: 'always',
      menteeAgeMin: 6,
    })
  ).id;
  f = messagingFixtures(
    t,
    orgId,
    () => school,
    () => coordinator,
  );
});
afterAll(() => t.close());

const thread = (matchId: string, headers: Record<string, string>) =>
  f.call('GET', `/api/v1/matches/${matchId}/messages`, headers);
const send = (matchId: string, headers: Record<string, string>, body: string) =>
  f.call('POST', `/api/v1/matches/${matchId}/messages`, headers, { body });

describe('messages in a match', () => {
  it('go from the mentor to the child’s guardian, who answers; everyone in it and staff read them', async () => {
    const m = await f.activeMatch();
    const first = await send(m.id, m.asMentor, 'Hej Sara, vi ses torsdag ved biblioteket.');
    expect(first.status).toBe(201);
    expect(first.body.message).toMatchObject({ senderRole: 'mentor', mine: true });
    t.clock.advance(60_000);
    const reply = await send(m.id, m.asGuardian, 'Tak, Sara glæder sig!');
    expect(reply.status).toBe(201);

    for (const who of [m.asMentor, m.asGuardian, m.asMentee, coordinator]) {
      const res = await thread(m.id, who);
      expect(res.status).toBe(200);
      expect(res.body.items.map((x: { body: string }) => x.body)).toEqual([
        'Hej Sara, vi ses torsdag ved biblioteket.',
        'Tak, Sara glæder sig!',
      ]);
      expect(res.body.items.map((x: { senderRole: string }) => x.senderRole)).toEqual([
        'mentor',
        'guardian',
      ]);
    }
    const asMentor = await thread(m.id, m.asMentor);
    expect(asMentor.body).toMatchObject({ canPost: true, closedReason: null, blockers: [] });
    expect(asMentor.body.items.map((x: { mine: boolean }) => x.mine)).toEqual([true, false]);
    // Coordinators read; a child under 15 does not write (the guardian does).
    expect(await thread(m.id, coordinator)).toMatchObject({
      body: { canPost: false, closedReason: 'not_a_participant' },
    });
    expect((await send(m.id, coordinator, 'Hej')).status).toBe(403);
    expect((await send(m.id, m.asMentee, 'Hej')).status).toBe(403);
  });

  it('tell the others in the match, in the app and by e-mail, but not the sender', async () => {
    const m = await f.activeMatch();
    await send(m.id, m.asMentor, 'Husk madpakke');
    const rows = await t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, 'message'), eq(notifications.link, `/matches/${m.id}`)));
    expect(rows.map((r) => r.userId).sort()).toEqual([m.guardianUserId, m.menteeUserId].sort());
    expect(rows[0]?.params).toEqual({ from: m.mentorName });
    const titles = ['da', 'en'].map((l) =>
      translate(l as 'da', 'support.notifications.message.title'),
    );
    const mails = (await t.db.select().from(outboundMail)).filter(
      (mail) => mail.body.includes(`/matches/${m.id}`) && titles.includes(mail.subject),
    );
    expect(mails).toHaveLength(2);
    expect(mails[0]?.body).toContain(m.mentorName);
  });

  it('let a mentee of 15 or more write themselves', async () => {
    const m = await f.activeMatch({ age: 16 });
    const res = await send(m.id, m.asMentee, 'Kan vi tale om praktik?');
    expect(res.status).toBe(201);
    expect(res.body.message.senderRole).toBe('mentee');
  });

  it('refuses an empty or too long message, naming the field', async () => {
    const m = await f.activeMatch();
    for (const body of ['   ', 'x'.repeat(4001)]) {
      const res = await send(m.id, m.asMentor, body);
      expect(res.status).toBe(400);
      expect(res.body.error.details.issues[0].path).toBe('body');
    }
    expect((await thread(m.id, m.asMentor)).body.items).toEqual([]);
  });

  it('stop when the gate no longer holds for the mentor, for both sides; old ones stay readable', async () => {
    const m = await f.activeMatch();
    await send(m.id, m.asMentor, 'Før udløb');
    await t.db
      .update(childCertificates)
      .set({ validUntil: new Date(t.clock.now().getTime() - DAY) })
      .where(eq(childCertificates.userId, m.mentorUserId));
    for (const who of [m.asMentor, m.asGuardian]) {
      const res = await send(m.id, who, 'Efter udløb');
      expect(res.status).toBe(422);
      expect(res.body.error).toMatchObject({
        code: 'child_certificate_expired',
        details: { blockers: ['child_certificate_expired'] },
      });
    }
    const res = await thread(m.id, m.asGuardian);
    expect(res.body).toMatchObject({
      canPost: false,
      closedReason: 'gate',
      blockers: ['child_certificate_expired'],
    });
    expect(res.body.items.map((x: { body: string }) => x.body)).toEqual(['Før udløb']);
  });

  it('are read-only once the match is closed', async () => {
    const m = await f.activeMatch();
    await send(m.id, m.asMentor, 'Sidste besked');
    await f.closeMatch(m.id, 'none');
    const res = await send(m.id, m.asMentor, 'Efter lukning');
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('match_closed');
    const read = await thread(m.id, m.asGuardian);
    expect(read.body).toMatchObject({ canPost: false, closedReason: 'match_closed' });
    expect(read.body.items).toHaveLength(1);
  });

  it('are seen by nobody outside the match: another mentor, another guardian, HR, trainers', async () => {
    const m = await f.activeMatch();
    await send(m.id, m.asMentor, 'Hemmeligt');
    const other = await f.activeMatch();
    const sameProgram = await buildCertifiedMentor(t.db, orgId, {
      programId: school,
      now: t.clock.now(),
    });
    const strangers = {
      'mentor of another match': other.asMentor,
      'guardian of another child': other.asGuardian,
      hr: await t.as((await buildMember(t.db, orgId, { roles: ['hr'] })).user.id),
      trainer: await t.as((await buildMember(t.db, orgId, { roles: ['trainer'] })).user.id),
      'mentor of the same program': await t.as(sameProgram.member.user.id),
    };
    for (const [who, headers] of Object.entries(strangers)) {
      const read = await thread(m.id, headers);
      expect(read.status, who).toBe(404);
      expect(read.text).not.toContain('Hemmeligt');
      expect((await send(m.id, headers, 'Hej')).status, who).toBe(404);
    }
    expect((await thread(m.id, m.asMentor)).body.items).toHaveLength(1);
  });
});

describe('the watch list', () => {
  const url = () => `/api/v1/programs/${school}/watch-words`;

  it('is kept by coordinators, trimmed and in lower case, and refused to others', async () => {
    const put = await f.call('PUT', url(), coordinator, {
      words: [' Hemmelighed ', 'SLÅ', 'slå'],
    });
    expect(put.status).toBe(200);
    expect(put.body.words).toEqual(['hemmelighed', 'slå']);
    expect((await f.call('GET', url(), coordinator)).body.words).toEqual(['hemmelighed', 'slå']);

    const tooLong = await f.call('PUT', url(), coordinator, { words: ['x'.repeat(41)] });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.details.issues[0].path).toBe('words.0');
    const tooMany = await f.call('PUT', url(), coordinator, {
      words: Array.from({ length: 101 }, (_, i) => `ord${i}`),
    });
    expect(tooMany.status).toBe(400);

    const m = await f.activeMatch();
    expect((await f.call('GET', url(), m.asMentor)).status).toBe(403);
    expect((await f.call('PUT', url(), m.asMentor, { words: [] })).status).toBe(403);
  });

  it('delivers a message with a watch word and opens a draft concern for the coordinator', async () => {
    await f.call('PUT', url(), coordinator, { words: ['hemmelighed', 'slå'] });
    const m = await f.activeMatch();
    const calm = await send(m.id, m.asMentor, 'Vi slappede af i parken');
    expect(calm.status).toBe(201);
    expect(await t.db.select().from(concerns).where(eq(concerns.matchId, m.id))).toEqual([]);

    const body = 'Det er vores Hemmeligheder, du må ikke sige det til din mor';
    const flagged = await send(m.id, m.asMentor, body);
    expect(flagged.status).toBe(201);
    expect(JSON.stringify(flagged.body)).not.toContain('concern');
    const read = await thread(m.id, m.asGuardian);
    expect(read.body.items.map((x: { body: string }) => x.body)).toContain(body);

    const drafts = await t.db.select().from(concerns).where(eq(concerns.matchId, m.id));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      status: 'draft',
      category: 'wellbeing',
      urgency: 'medium',
      programId: school,
      reporterId: null,
      description: `Ord fra overvågningslisten: hemmelighed — ${body}`,
    });
    expect(drafts[0]?.history).toEqual([
      expect.objectContaining({ by: null, status: 'draft', note: 'watch list' }),
    ]);
  });
});
