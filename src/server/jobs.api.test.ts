import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnrolment, buildMember, buildOrganisation } from '../db/factories';
import { outboundMail } from '../features/mail/tables';
import { sendDueTrainingReminders } from '../features/reminders/send-reminders';
import { trainingReminders } from '../features/reminders/tables';
import { DAY_MS } from '../features/training/rules';
import { enrolments } from '../features/training/tables';
import { startTestApp, type TestApp } from '../test/harness';
import { type Jobs, startJobs, TRAINING_REMINDERS_QUEUE } from './jobs';

let t: TestApp;
let jobs: Jobs | undefined;
let orgId: string;
let runs: { ok: boolean }[] = [];
let failNext = 0;
let dueAtStart: Awaited<ReturnType<typeof mentorDueTomorrow>>;

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await buildOrganisation(t.db)).id;
  dueAtStart = await mentorDueTomorrow();
  // The real pg-boss on the test's database, polling fast; `* * * * *` fires at every check.
  jobs = await startJobs(t.deps, {
    cron: '* * * * *',
    pollingIntervalSeconds: 0.5,
    boss: { cronMonitorIntervalSeconds: 1, cronWorkerIntervalSeconds: 1 },
    remind: async (deps, now) => {
      if (failNext > 0) {
        failNext--;
        runs.push({ ok: false });
        throw new Error('the database went away');
      }
      runs.push({ ok: true });
      return sendDueTrainingReminders(deps, now);
    },
  });
});
afterAll(async () => {
  await jobs?.stop();
  await t.close();
});

async function until(condition: () => Promise<boolean>, ms = 10_000) {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function mentorDueTomorrow() {
  const { user, membership } = await buildMember(t.db, orgId, { roles: ['mentor'], locale: 'en' });
  const { enrolment } = await buildEnrolment(t.db, orgId, {
    membershipId: membership.id,
    now: t.clock.now(),
  });
  await t.db
    .update(enrolments)
    .set({ deadline: new Date(t.clock.now().getTime() + DAY_MS) })
    .where(eq(enrolments.id, enrolment.id));
  return { user, enrolment };
}

const mailsTo = (email: string) =>
  t.db.select().from(outboundMail).where(eq(outboundMail.to, email));

describe('background jobs (pg-boss in the app database)', () => {
  it('registers the reminder schedule and queue with retries', async () => {
    const boss = jobs?.boss;
    expect(await boss?.getSchedules()).toEqual([
      expect.objectContaining({ name: TRAINING_REMINDERS_QUEUE, cron: '* * * * *' }),
      // Rejected applicants' data is deleted daily (features/recruitment/retention.ts).
      expect.objectContaining({ name: 'rejected-applicant-retention', cron: '17 2 * * *' }),
    ]);
    expect(await boss?.getQueue(TRAINING_REMINDERS_QUEUE)).toMatchObject({
      retryLimit: 5,
      retryDelay: 60,
      retryBackoff: true,
    });
  });

  it('runs the reminder command from the schedule', async () => {
    await until(async () => (await mailsTo(dueAtStart.user.email)).length > 0);
    expect(runs.some((r) => r.ok)).toBe(true);
  });

  it('retries a job that failed, and the retry sends the reminder once', async () => {
    // No scheduled run may take this test's failure: stop the schedule, let queued runs end.
    const boss = jobs?.boss;
    if (!boss) throw new Error('no jobs');
    await boss.unschedule(TRAINING_REMINDERS_QUEUE);
    await until(
      async () =>
        (await boss.getQueueSize('__pgboss__send-it')) === 0 &&
        (await boss.getQueueSize(TRAINING_REMINDERS_QUEUE)) === 0,
    );
    const { user, enrolment } = await mentorDueTomorrow();
    runs = [];
    failNext = 1;
    const id = await boss.send(
      TRAINING_REMINDERS_QUEUE,
      {},
      { retryDelay: 1, retryBackoff: false },
    );
    if (!id) throw new Error('no job');
    await until(
      async () => (await boss.getJobById(TRAINING_REMINDERS_QUEUE, id))?.state === 'completed',
    );
    expect(runs).toEqual([{ ok: false }, { ok: true }]);
    expect(await boss.getJobById(TRAINING_REMINDERS_QUEUE, id)).toMatchObject({
      retryCount: 1,
    });
    expect(await mailsTo(user.email)).toHaveLength(1);
    expect(
      await t.db.$count(trainingReminders, eq(trainingReminders.enrolmentId, enrolment.id)),
    ).toBe(1);
  });
});
