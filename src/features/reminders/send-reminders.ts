import { and, asc, desc, eq, exists, gt, gte, inArray, lte, ne, or, sql } from 'drizzle-orm';
import type { Locale } from '../../contracts/roles';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../db/ids';
import type { AppDeps } from '../../server/deps';
import { letter, translate } from '../../server/i18n/translate';
import { users } from '../accounts/tables';
import { memberships, organisations } from '../organisations/tables';
import { programs } from '../programs/tables';
import { certificates, enrolments } from '../training/tables';
import { type DueReminder, dueReminders, type ReminderKind, reminderWindows } from './rules';
import { trainingReminders } from './tables';

const timeZone = 'Europe/Copenhagen';

interface Candidate {
  enrolmentId: string;
  organisationId: string;
  status: (typeof enrolments.$inferSelect)['status'];
  deadline: Date;
  cycleStartedAt: Date;
  email: string;
  name: string;
  locale: Locale;
  programName: string;
  organisationName: string;
}

/**
 * Enrolments that may have a reminder due at `at`, across all organisations (this is the
 * system's job, not a member's request): in training with the deadline in the window, or
 * certified with a certificate expiring in the window; active members of programs that are
 * not archived.
 */
async function candidates(db: DbOrTx, at: Date): Promise<Candidate[]> {
  const w = reminderWindows(at);
  return db
    .select({
      enrolmentId: enrolments.id,
      organisationId: enrolments.organisationId,
      status: enrolments.status,
      deadline: enrolments.deadline,
      cycleStartedAt: enrolments.cycleStartedAt,
      email: users.email,
      name: users.name,
      locale: users.locale,
      programName: programs.name,
      organisationName: organisations.name,
    })
    .from(enrolments)
    .innerJoin(users, eq(users.id, enrolments.userId))
    .innerJoin(programs, eq(programs.id, enrolments.programId))
    .innerJoin(organisations, eq(organisations.id, enrolments.organisationId))
    .innerJoin(
      memberships,
      and(
        eq(memberships.organisationId, enrolments.organisationId),
        eq(memberships.userId, enrolments.userId),
        eq(memberships.status, 'active'),
      ),
    )
    .where(
      and(
        ne(programs.status, 'archived'),
        or(
          and(
            ne(enrolments.status, 'certified'),
            gte(enrolments.deadline, w.deadlineFrom),
            lte(enrolments.deadline, w.deadlineTo),
          ),
          and(
            eq(enrolments.status, 'certified'),
            exists(
              db
                .select({ one: sql`1` })
                .from(certificates)
                .where(
                  and(
                    eq(certificates.enrolmentId, enrolments.id),
                    gt(certificates.expiresAt, w.expiryFrom),
                    lte(certificates.expiresAt, w.expiryTo),
                  ),
                ),
            ),
          ),
        ),
      ),
    )
    .orderBy(asc(enrolments.id));
}

/** Each enrolment's latest certificate. */
async function latestCertificates(db: DbOrTx, enrolmentIds: string[]) {
  if (enrolmentIds.length === 0) return new Map<string, { id: string; expiresAt: Date }>();
  const rows = await db
    .selectDistinctOn([certificates.enrolmentId], {
      enrolmentId: certificates.enrolmentId,
      id: certificates.id,
      expiresAt: certificates.expiresAt,
    })
    .from(certificates)
    .where(inArray(certificates.enrolmentId, enrolmentIds))
    .orderBy(certificates.enrolmentId, desc(certificates.issuedAt), desc(certificates.id));
  return new Map(rows.map((r) => [r.enrolmentId, { id: r.id, expiresAt: r.expiresAt }]));
}

const reminderKey = (enrolmentId: string, kind: ReminderKind, occasion: string) =>
  `${enrolmentId} ${kind} ${occasion}`;

async function sentBefore(db: DbOrTx, enrolmentIds: string[]) {
  if (enrolmentIds.length === 0) return new Set<string>();
  const rows = await db
    .select({
      enrolmentId: trainingReminders.enrolmentId,
      kind: trainingReminders.kind,
      occasion: trainingReminders.occasion,
    })
    .from(trainingReminders)
    .where(inArray(trainingReminders.enrolmentId, enrolmentIds));
  return new Set(rows.map((r) => reminderKey(r.enrolmentId, r.kind, r.occasion)));
}

/** The reminder's mail in the recipient's language, dates on the Copenhagen calendar. */
export function reminderMail(
  candidate: Pick<Candidate, 'locale' | 'name' | 'programName' | 'organisationName'>,
  reminder: Pick<DueReminder, 'kind' | 'date'>,
  publicUrl: string,
) {
  const { locale } = candidate;
  const key = reminder.kind === 'deadline' ? 'mail.trainingDeadline' : 'mail.certificateExpiry';
  const params = {
    program: candidate.programName,
    organisation: candidate.organisationName,
    date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(reminder.date),
    link: `${publicUrl}/training`,
  };
  return {
    subject: translate(locale, `${key}.subject`, params),
    body: letter(locale, candidate.name, `${key}.body`, params),
  };
}

export interface ReminderRun {
  /** Reminders recorded and mailed by this run. */
  sent: { enrolmentId: string; kind: ReminderKind; mailId: string }[];
}

/**
 * The reminder command: finds the reminders due at `now` and, for each one not sent
 * before, records it and writes its mail in one transaction. The row is unique per
 * (enrolment, kind, occasion), and the insert skips on conflict, so a retried job, two runs
 * at once or two servers send each reminder once. Mails are handed to SMTP after the
 * commit; one that fails stays in the outbox as failed and is not sent again.
 */
export async function sendDueTrainingReminders(
  deps: Pick<AppDeps, 'db' | 'mailer' | 'config'>,
  now: Date,
): Promise<ReminderRun> {
  const found = await candidates(deps.db, now);
  const ids = found.map((c) => c.enrolmentId);
  const [latest, sent] = await Promise.all([
    latestCertificates(deps.db, ids),
    sentBefore(deps.db, ids),
  ]);
  const run: ReminderRun = { sent: [] };
  for (const candidate of found) {
    const due = dueReminders(
      {
        status: candidate.status,
        deadline: candidate.deadline,
        cycleStartedAt: candidate.cycleStartedAt,
        latestCertificate: latest.get(candidate.enrolmentId) ?? null,
      },
      now,
    );
    for (const reminder of due) {
      if (sent.has(reminderKey(candidate.enrolmentId, reminder.kind, reminder.occasion))) continue;
      const mailId = await deps.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(trainingReminders)
          .values({
            id: newId(),
            organisationId: candidate.organisationId,
            enrolmentId: candidate.enrolmentId,
            kind: reminder.kind,
            occasion: reminder.occasion,
            sentAt: now,
          })
          .onConflictDoNothing()
          .returning({ id: trainingReminders.id });
        // Another run recorded it first: it sends the mail, not this one.
        if (!row) return null;
        const id = await deps.mailer.store(tx, {
          kind: 'notification',
          organisationId: candidate.organisationId,
          to: candidate.email,
          ...reminderMail(candidate, reminder, deps.config.publicUrl),
        });
        await tx
          .update(trainingReminders)
          .set({ mailId: id })
          .where(eq(trainingReminders.id, row.id));
        return id;
      });
      if (mailId)
        run.sent.push({ enrolmentId: candidate.enrolmentId, kind: reminder.kind, mailId });
    }
  }
  for (const { mailId } of run.sent) await deps.mailer.deliver(mailId);
  return run;
}
