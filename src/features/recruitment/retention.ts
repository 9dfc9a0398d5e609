import { and, eq, lt, sql } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import type { Role } from '../../contracts/roles';
import type { DbOrTx } from '../../db/client';
import type { AppDeps } from '../../server/deps';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { users } from '../accounts/tables';
import { recordAudit } from '../audit/audit';
import { outboundMail } from '../mail/tables';
import { memberships, organisations } from '../organisations/tables';
import { enrolments } from '../training/tables';
import { programMentors } from './tables';

/**
 * Data protection: a rejected applicant's data is kept for the organisation's retention
 * period (`organisations.rejected_retention_days`), then deleted by a daily job.
 */

export const REJECTED_RETENTION_QUEUE = 'rejected-applicant-retention';
/** Once a day, at night (UTC); a missed day is caught up the next. */
export const REJECTED_RETENTION_CRON = '17 2 * * *';

const retentionQueue = {
  name: REJECTED_RETENTION_QUEUE,
  retryLimit: 3,
  retryDelay: 300,
  retryBackoff: true,
  expireInSeconds: 30 * 60,
} satisfies PgBoss.Queue;

export interface RetentionRun {
  /** Candidacies deleted, and how many of those people's accounts went with them. */
  deleted: number;
  accountsDeleted: number;
}

/**
 * Deletes every candidacy rejected longer ago than its organisation's retention period,
 * with everything hanging off it (answers, nomination, interview, references, timeline:
 * by cascade), and writes `applicant.deleted` to the audit log without the name. The
 * person's account goes too when nothing else ties them anywhere: no role but mentor in
 * any organisation, no other candidacy, no enrolment. Otherwise only their membership in
 * this organisation goes, when it holds nothing else. One transaction per applicant.
 */
export async function deleteExpiredRejectedApplicants(
  deps: Pick<AppDeps, 'db'>,
  now: Date,
): Promise<RetentionRun> {
  const due = await deps.db
    .select({
      id: programMentors.id,
      organisationId: programMentors.organisationId,
      programId: programMentors.programId,
      userId: programMentors.userId,
    })
    .from(programMentors)
    .innerJoin(organisations, eq(organisations.id, programMentors.organisationId))
    .where(
      and(
        eq(programMentors.stage, 'rejected'),
        lt(
          programMentors.stageChangedAt,
          sql`${now.toISOString()}::timestamptz - make_interval(days => ${organisations.rejectedRetentionDays})`,
        ),
      ),
    );
  const run: RetentionRun = { deleted: 0, accountsDeleted: 0 };
  for (const candidacy of due) {
    const accountDeleted = await deps.db.transaction((tx) => deleteApplicant(tx, candidacy, now));
    if (accountDeleted === null) continue;
    run.deleted++;
    if (accountDeleted) run.accountsDeleted++;
  }
  return run;
}

/** Deletes one rejected candidacy; null when it changed meanwhile (not rejected any more). */
async function deleteApplicant(
  tx: DbOrTx,
  candidacy: { id: string; organisationId: string; programId: string; userId: string },
  now: Date,
): Promise<boolean | null> {
  const deleted = await tx
    .delete(programMentors)
    .where(and(eq(programMentors.id, candidacy.id), eq(programMentors.stage, 'rejected')))
    .returning({ id: programMentors.id });
  if (deleted.length === 0) return null;
  const { userId, organisationId } = candidacy;
  const [otherCandidacies, otherEnrolments, ownMemberships] = await Promise.all([
    tx.$count(programMentors, eq(programMentors.userId, userId)),
    tx.$count(enrolments, eq(enrolments.userId, userId)),
    tx
      .select({
        id: memberships.id,
        organisationId: memberships.organisationId,
        roles: memberships.roles,
      })
      .from(memberships)
      .where(eq(memberships.userId, userId)),
  ]);
  const onlyMentor = (roles: string[]) => roles.every((r) => (r as Role) === 'mentor');
  const accountGoes =
    otherCandidacies === 0 &&
    otherEnrolments === 0 &&
    ownMemberships.every((m) => onlyMentor(m.roles));
  if (accountGoes) {
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
    if (user) {
      // The mails to them in this organisation held their name and program too.
      await tx
        .delete(outboundMail)
        .where(
          and(
            eq(outboundMail.organisationId, organisationId),
            sql`lower(${outboundMail.to}) = ${user.email.toLowerCase()}`,
          ),
        );
    }
    await tx.delete(users).where(eq(users.id, userId));
  } else {
    const here = ownMemberships.find((m) => m.organisationId === organisationId);
    const elsewhereInOrg = await tx.$count(
      programMentors,
      and(eq(programMentors.userId, userId), eq(programMentors.organisationId, organisationId)),
    );
    if (here && onlyMentor(here.roles) && elsewhereInOrg === 0) {
      const enrolledHere = await tx.$count(
        enrolments,
        and(eq(enrolments.userId, userId), eq(enrolments.organisationId, organisationId)),
      );
      if (enrolledHere === 0) {
        await tx.delete(memberships).where(eq(memberships.id, here.id));
      }
    }
  }
  await recordAudit(tx, organisationId as AuthorizedOrgId, null, now, {
    action: 'applicant.deleted',
    subjectType: 'program_mentor',
    subjectId: candidacy.id,
    subjectLabel: 'deleted applicant',
    details: { programId: candidacy.programId, accountDeleted: accountGoes },
  });
  return accountGoes;
}

/** The daily queue, its worker and its schedule (called from server/jobs.ts). */
export async function startRejectedApplicantRetention(
  boss: PgBoss,
  deps: Pick<AppDeps, 'db' | 'now'>,
  options: { pollingIntervalSeconds?: number } = {},
) {
  await boss.createQueue(REJECTED_RETENTION_QUEUE, retentionQueue);
  await boss.updateQueue(REJECTED_RETENTION_QUEUE, retentionQueue);
  await boss.work(
    REJECTED_RETENTION_QUEUE,
    { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
    async () => {
      await deleteExpiredRejectedApplicants(deps, deps.now());
    },
  );
  await boss.schedule(REJECTED_RETENTION_QUEUE, REJECTED_RETENTION_CRON);
}
