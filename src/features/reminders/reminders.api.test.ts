import net, { type AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../contracts/roles';
import { buildEnrolment, buildMember, buildOrganisation, buildProgress } from '../../db/factories';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { startTestApp, type TestApp } from '../../test/harness';
import { outboundMail } from '../mail/tables';
import { memberships } from '../organisations/tables';
import { certificateIssuer } from '../training/certificate-issuer';
import { startRefresher } from '../training/mutations';
import { CERTIFICATE_VALID_DAYS, DAY_MS } from '../training/rules';
import { enrolments } from '../training/tables';
import { testCurriculumKeys } from '../training/test-curriculum';
import { reminderMail, sendDueTrainingReminders } from './send-reminders';
import { trainingReminders } from './tables';

let t: TestApp;
let orgId: AuthorizedOrgId;
const HOUR = 3_600_000;

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await buildOrganisation(t.db, { name: 'Mentorhuset' })).id;
});
afterAll(() => t.close());

const run = (now = t.clock.now(), deps = t.deps) => sendDueTrainingReminders(deps, now);
const mailsTo = (email: string) =>
  t.db.select().from(outboundMail).where(eq(outboundMail.to, email));
const remindersOf = (enrolmentId: string) =>
  t.db.select().from(trainingReminders).where(eq(trainingReminders.enrolmentId, enrolmentId));
const sentTo = (result: Awaited<ReturnType<typeof run>>, enrolmentId: string) =>
  result.sent.filter((s) => s.enrolmentId === enrolmentId);

/** A mentor in training whose deadline is `inMs` from the test clock's now. */
async function mentorInTraining(inMs: number, locale: Locale = 'da') {
  const { user, membership } = await buildMember(t.db, orgId, { roles: ['mentor'], locale });
  const { enrolment, programId } = await buildEnrolment(t.db, orgId, {
    membershipId: membership.id,
    now: t.clock.now(),
  });
  const deadline = new Date(t.clock.now().getTime() + inMs);
  await t.db.update(enrolments).set({ deadline }).where(eq(enrolments.id, enrolment.id));
  return { user, membership, enrolment: { ...enrolment, deadline }, programId };
}

/** A certified mentor whose certificate expires `inMs` from the test clock's now. */
async function certifiedMentor(inMs: number, locale: Locale = 'da') {
  const issuedAt = new Date(t.clock.now().getTime() + inMs - CERTIFICATE_VALID_DAYS * DAY_MS);
  const { user, membership } = await buildMember(t.db, orgId, { roles: ['mentor'], locale });
  const { enrolment } = await buildEnrolment(t.db, orgId, {
    membershipId: membership.id,
    now: issuedAt,
  });
  await buildProgress(t.db, orgId, enrolment.id, testCurriculumKeys, issuedAt);
  const certificate = await t.db.transaction((tx) =>
    certificateIssuer(tx, orgId, enrolment.id, issuedAt),
  );
  if (!certificate) throw new Error('no certificate issued');
  return { user, enrolment, certificate };
}

const copenhagenDate = (locale: Locale, date: Date) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Copenhagen' }).format(
    date,
  );

describe('deadline reminders', () => {
  it('are sent once, 3 days before the deadline, in the mentor’s language', async () => {
    const { user, enrolment } = await mentorInTraining(3 * DAY_MS + 2 * HOUR, 'en');
    // Three days and two hours before: not yet.
    expect(sentTo(await run(), enrolment.id)).toEqual([]);
    expect(await mailsTo(user.email)).toEqual([]);

    t.clock.advance(3 * HOUR);
    const first = await run();
    expect(sentTo(first, enrolment.id)).toEqual([
      { enrolmentId: enrolment.id, kind: 'deadline', mailId: expect.any(String) },
    ]);
    const [mail, ...more] = await mailsTo(user.email);
    expect(more).toEqual([]);
    const date = copenhagenDate('en', enrolment.deadline);
    expect(mail).toMatchObject({
      kind: 'notification',
      organisationId: orgId,
      status: 'stored',
      subject: expect.stringContaining(date),
    });
    expect(mail?.subject).toMatch(/^Your mentor training in Program \d+ is due /);
    expect(mail?.body).toContain(`Hello ${user.name},`);
    expect(mail?.body).toContain('(Mentorhuset)');
    expect(mail?.body).toContain(`is ${date}`);
    expect(mail?.body).toContain('http://mentorpath.test/training');
    expect(await remindersOf(enrolment.id)).toEqual([
      expect.objectContaining({
        organisationId: orgId,
        kind: 'deadline',
        occasion: enrolment.cycleStartedAt.toISOString(),
        mailId: mail?.id,
        sentAt: t.clock.now(),
      }),
    ]);

    // Every later run (the job runs every 15 minutes) leaves it at one.
    t.clock.advance(15 * 60_000);
    expect(sentTo(await run(), enrolment.id)).toEqual([]);
    t.clock.advance(DAY_MS);
    expect(sentTo(await run(), enrolment.id)).toEqual([]);
    expect(await mailsTo(user.email)).toHaveLength(1);
  });

  it('are written in Danish for a Danish mentor', async () => {
    const { user, enrolment } = await mentorInTraining(2 * DAY_MS, 'da');
    await run();
    const [mail] = await mailsTo(user.email);
    const date = copenhagenDate('da', enrolment.deadline);
    expect(mail?.subject).toMatch(/^Husk din mentortræning i Program \d+: fristen er /);
    expect(mail?.subject).toContain(date);
    expect(mail?.body).toContain(`Hej ${user.name},`);
    expect(mail?.body).toContain('Venlig hilsen\nMentorpath');
  });

  it('are sent once when two runs race', async () => {
    const { user, enrolment } = await mentorInTraining(DAY_MS);
    const [a, b] = await Promise.all([run(), run()]);
    expect([...sentTo(a, enrolment.id), ...sentTo(b, enrolment.id)]).toHaveLength(1);
    expect(await mailsTo(user.email)).toHaveLength(1);
    expect(await remindersOf(enrolment.id)).toHaveLength(1);
  });

  it('are still sent just after the deadline, but not for long-overdue training', async () => {
    const justPast = await mentorInTraining(-12 * HOUR);
    const longPast = await mentorInTraining(-2 * DAY_MS);
    const result = await run();
    expect(sentTo(result, justPast.enrolment.id)).toHaveLength(1);
    expect(sentTo(result, longPast.enrolment.id)).toEqual([]);
    expect(await mailsTo(longPast.user.email)).toEqual([]);
  });

  it('are not sent to a mentor far from the deadline, certified, or no longer a member', async () => {
    const far = await mentorInTraining(10 * DAY_MS);
    const certified = await mentorInTraining(DAY_MS);
    await buildProgress(t.db, orgId, certified.enrolment.id, testCurriculumKeys, t.clock.now());
    const issued = await t.db.transaction((tx) =>
      certificateIssuer(tx, orgId, certified.enrolment.id, t.clock.now()),
    );
    expect(issued).not.toBeNull();
    const removed = await mentorInTraining(DAY_MS);
    await t.db.delete(memberships).where(eq(memberships.id, removed.membership.id));

    await run();
    for (const mentor of [far, certified, removed]) {
      expect(await mailsTo(mentor.user.email)).toEqual([]);
    }
  });

  it('come again for a refresher’s new deadline', async () => {
    const { user, enrolment, certificate } = await certifiedMentor(40 * DAY_MS);
    await t.db.transaction((tx) => startRefresher(tx, orgId, enrolment.id, t.clock.now()));
    const [row] = await t.db.select().from(enrolments).where(eq(enrolments.id, enrolment.id));
    if (!row) throw new Error('no enrolment');
    // 15 days on, the certificate expires within 30 days, but a refresher has started, so
    // only the refresher's deadline (a day ahead) is reminded of.
    t.clock.advance(15 * DAY_MS);
    expect(certificate.expiresAt.getTime() - t.clock.now().getTime()).toBeLessThan(30 * DAY_MS);
    await t.db
      .update(enrolments)
      .set({ deadline: new Date(t.clock.now().getTime() + DAY_MS) })
      .where(eq(enrolments.id, enrolment.id));
    const result = await run();
    expect(sentTo(result, enrolment.id).map((s) => s.kind)).toEqual(['deadline']);
    expect(await remindersOf(enrolment.id)).toEqual([
      expect.objectContaining({ kind: 'deadline', occasion: row.cycleStartedAt.toISOString() }),
    ]);
    expect(await mailsTo(user.email)).toHaveLength(1);
  });
});

describe('certificate expiry reminders', () => {
  it('are sent once, within 30 days of the expiry of the latest certificate', async () => {
    const soon = await certifiedMentor(20 * DAY_MS, 'en');
    const later = await certifiedMentor(31 * DAY_MS, 'en');
    const expired = await certifiedMentor(-DAY_MS, 'en');
    const first = await run();
    expect(sentTo(first, soon.enrolment.id).map((s) => s.kind)).toEqual(['certificate_expiry']);
    expect(sentTo(first, later.enrolment.id)).toEqual([]);
    expect(sentTo(first, expired.enrolment.id)).toEqual([]);

    const [mail] = await mailsTo(soon.user.email);
    const date = copenhagenDate('en', soon.certificate.expiresAt);
    expect(mail?.subject).toMatch(
      new RegExp(`^Your certificate for Program \\d+ expires on ${date}$`),
    );
    expect(mail?.body).toContain('http://mentorpath.test/training');
    expect(await remindersOf(soon.enrolment.id)).toEqual([
      expect.objectContaining({ kind: 'certificate_expiry', occasion: soon.certificate.id }),
    ]);

    // Two days on, the other one's time has come; the first is not reminded again.
    t.clock.advance(2 * DAY_MS);
    const [a, b] = await Promise.all([run(), run()]);
    const both = [...a.sent, ...b.sent];
    expect(both.filter((s) => s.enrolmentId === soon.enrolment.id)).toEqual([]);
    expect(both.filter((s) => s.enrolmentId === later.enrolment.id)).toHaveLength(1);
    expect(await mailsTo(soon.user.email)).toHaveLength(1);
    expect(await mailsTo(later.user.email)).toHaveLength(1);
    expect(await mailsTo(expired.user.email)).toEqual([]);
  });
});

describe('the mail', () => {
  it('dates the reminder on the Copenhagen calendar, in either language', () => {
    // 23:30 UTC on 3 March is 00:30 on 4 March in Copenhagen.
    const date = new Date('2026-03-03T23:30:00Z');
    const who = { name: 'Ane', programName: 'Lektiecafé', organisationName: 'Mentorhuset' };
    const da = reminderMail({ ...who, locale: 'da' }, { kind: 'deadline', date }, 'https://x.dk');
    expect(da.subject).toBe('Husk din mentortræning i Lektiecafé: fristen er 4. marts 2026');
    expect(da.body).toContain('https://x.dk/training');
    const en = reminderMail(
      { ...who, locale: 'en' },
      { kind: 'certificate_expiry', date },
      'https://x.dk',
    );
    expect(en.subject).toBe('Your certificate for Lektiecafé expires on March 4, 2026');
    expect(en.body).toMatch(
      /^Hello Ane,\n\nYour mentor certificate for Lektiecafé \(Mentorhuset\)/,
    );
  });
});

async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('with the SMTP server down', () => {
  it('keeps the failed mail in the outbox with the reminder, and does not send it twice', async () => {
    const down = await startTestApp({
      database: t.deps.database,
      env: { SMTP_URL: `smtp://127.0.0.1:${await closedPort()}` },
    });
    try {
      const { user, enrolment } = await mentorInTraining(DAY_MS, 'en');
      const first = await run(t.clock.now(), down.deps);
      expect(sentTo(first, enrolment.id)).toHaveLength(1);
      const [mail, ...more] = await mailsTo(user.email);
      expect(more).toEqual([]);
      expect(mail).toMatchObject({ status: 'failed', sentAt: null });
      expect(mail?.error).toMatch(/ECONNREFUSED|connect/i);
      const [reminder] = await remindersOf(enrolment.id);
      expect(reminder?.mailId).toBe(mail?.id);

      // A retry of the job does not write or send a second mail.
      expect(sentTo(await run(t.clock.now(), down.deps), enrolment.id)).toEqual([]);
      expect(await mailsTo(user.email)).toHaveLength(1);
      expect(
        await t.db.$count(
          trainingReminders,
          and(
            eq(trainingReminders.enrolmentId, enrolment.id),
            eq(trainingReminders.kind, 'deadline'),
          ),
        ),
      ).toBe(1);
    } finally {
      await down.close();
    }
  });
});
