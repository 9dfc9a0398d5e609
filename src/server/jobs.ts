import PgBoss from 'pg-boss';
import type { Database } from '../db/client';
import { sendDueChildCertificateReminders } from '../features/recruitment/child-certificate-reminders';
import { startRejectedApplicantRetention } from '../features/recruitment/retention';
import { sendCheckInNotices } from '../features/relationships/checkin-notices';
import { sendDueTrainingReminders } from '../features/reminders/send-reminders';
import type { AppDeps } from './deps';

/**
 * Background jobs with pg-boss, in the app's own database (its tables live in the schema
 * `pgboss`): on PostgreSQL with a small pool of its own, on PGlite through the one
 * in-process client. See docs/decisions/006-background-jobs.md.
 */

export const TRAINING_REMINDERS_QUEUE = 'training-reminders';
/** Every 15 minutes; a reminder is due for days, so a missed run costs nothing. */
export const TRAINING_REMINDERS_CRON = '*/15 * * * *';

/** A failed run is retried after 1, 2, 4… minutes; sent reminders are never sent again. */
const reminderQueue = {
  name: TRAINING_REMINDERS_QUEUE,
  retryLimit: 5,
  retryDelay: 60,
  retryBackoff: true,
  expireInSeconds: 15 * 60,
} satisfies PgBoss.Queue;

type ExecuteSql = PgBoss.Db['executeSql'];

/**
 * pg-boss on PGlite. Statements with parameters go through `query` (extended protocol).
 * Without parameters pg-boss may send several statements at once (its advisory-locked
 * maintenance and schema commands are `BEGIN; …; COMMIT;` strings), which only `exec`
 * (simple protocol) runs; they run inside `transaction()`, so they hold PGlite's
 * transaction lock and a statement that fails is rolled back there and then, instead of
 * leaving the single connection inside an aborted transaction for the app's next query.
 * Their inner BEGIN/COMMIT only raise warnings inside the wrapper.
 */
export function pgliteExecuteSql(pglite: NonNullable<Database['pglite']>): ExecuteSql {
  return async (text, values) => {
    if (values && values.length > 0) {
      const result = await pglite.query(text, values);
      return { rows: result.rows, rowCount: result.affectedRows || result.rows.length };
    }
    const results = await pglite.transaction((tx) => tx.exec(text));
    const mapped = results.map((r) => ({
      rows: r.rows,
      rowCount: r.affectedRows || r.rows.length,
    }));
    // Like `pg`: one result for one statement, an array for several.
    return (mapped.length === 1 ? mapped[0] : mapped) as { rows: unknown[] };
  };
}

/** How pg-boss reaches the app's database. */
export function pgBossConnection(database: Database): PgBoss.ConstructorOptions {
  if (database.pglite) return { db: { executeSql: pgliteExecuteSql(database.pglite) } };
  if (database.url) {
    // Its own small pool: a pg-boss connection left in an aborted transaction can then
    // never be handed to an app query.
    return { connectionString: database.url, max: 3, application_name: 'mentorpath-jobs' };
  }
  throw new Error('pg-boss needs a PGlite client or a PostgreSQL URL');
}

export interface JobsOptions {
  /** Where errors go (pg-boss retries the job; this only reports). */
  log?: { error(object: unknown, message?: string): void };
  /** How often workers look for jobs; pg-boss' default is 2 s. */
  pollingIntervalSeconds?: number;
  /** The reminder schedule; tests use `* * * * *` with a fast cron check, which fires at once. */
  cron?: string;
  /** pg-boss' own timing (tests make it fast). */
  boss?: Partial<PgBoss.ConstructorOptions>;
  /** The reminder command (tests wrap it to fail once). */
  remind?: typeof sendDueTrainingReminders;
}

export interface Jobs {
  boss: PgBoss;
  stop(): Promise<void>;
}

/**
 * Starts pg-boss (creating or upgrading its schema), the reminder queue with its retry
 * policy, the cron schedule and the worker that runs the reminder command at the app's
 * clock. Every server may run this: the schedule fires once per slot, one worker takes
 * each job, and the reminder rows make a second run harmless anyway.
 */
export async function startJobs(
  deps: Pick<AppDeps, 'database' | 'db' | 'mailer' | 'config' | 'now'>,
  options: JobsOptions = {},
): Promise<Jobs> {
  const boss = new PgBoss({
    ...pgBossConnection(deps.database),
    schema: 'pgboss',
    ...options.boss,
  });
  boss.on('error', (error) => options.log?.error({ err: error }, 'background jobs'));
  await boss.start();
  try {
    await boss.createQueue(TRAINING_REMINDERS_QUEUE, reminderQueue);
    await boss.updateQueue(TRAINING_REMINDERS_QUEUE, reminderQueue);
    const remind = options.remind ?? sendDueTrainingReminders;
    await boss.work(
      TRAINING_REMINDERS_QUEUE,
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
      async () => {
        await remind(deps, deps.now());
        // Child certificates expiring in 30 days: same schedule, also sent once per certificate.
        await sendDueChildCertificateReminders(deps, deps.now());
        // Overdue check-ins: the coordinators hear of them at most once a week.
        await sendCheckInNotices(deps, deps.now());
      },
    );
    await boss.schedule(TRAINING_REMINDERS_QUEUE, options.cron ?? TRAINING_REMINDERS_CRON);
    // Rejected applicants past the organisation's retention period: deleted daily.
    await startRejectedApplicantRetention(boss, deps, options);
  } catch (error) {
    await boss.stop({ graceful: false });
    throw error;
  }
  return {
    boss,
    // Lets a running job finish (up to 10 s); the database stays open for the caller to close.
    stop: () => boss.stop({ graceful: true, timeout: 10_000, close: true }),
  };
}
