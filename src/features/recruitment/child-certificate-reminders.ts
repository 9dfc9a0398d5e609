import { and, eq, gt, inArray, lte, ne, notInArray, sql } from 'drizzle-orm';
import type { MentorStage } from '../../contracts/recruitment';
import type { DbOrTx } from '../../db/client';
import type { AppDeps } from '../../server/deps';
import { letter, translate } from '../../server/i18n/translate';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { users } from '../accounts/tables';
import { memberships, organisations } from '../organisations/tables';
import { programs } from '../programs/tables';
import { childCertificateRequired } from '../training/rules';
import { recordMentorEvent } from './program-mentors';
import { addDays } from './screening-rules';
import { childCertificates, mentorEvents, programMentors } from './tables';

/**
 * The child-certificate reminder: 30 days before a certificate stops counting, the person
 * and the organisation's coordinators get a mail, once per certificate. The reminder is
 * marked on the person's timeline in the same transaction as its mails, after taking the
 * certificate's row lock, so a retried job or two runs at once send it once.
 *
 * No job is needed for the expiry itself: the gate reads `validUntil` when it is asked.
 */

export const CHILD_CERTIFICATE_REMINDER_DAYS = 30;
const timeZone = 'Europe/Copenhagen';
/** Places whose people are out of mentoring: no reminder for them. */
const outStages: MentorStage[] = ['rejected', 'withdrawn', 'alumni', 'paused'];

export interface ChildCertificateReminderRun {
  sent: { certificateId: string; mailIds: string[] }[];
}

async function candidates(db: DbOrTx, at: Date) {
  return db
    .select({
      id: childCertificates.id,
      organisationId: childCertificates.organisationId,
      userId: childCertificates.userId,
      validUntil: childCertificates.validUntil,
    })
    .from(childCertificates)
    .where(
      and(
        inArray(childCertificates.status, ['received_blank', 'approved']),
        gt(childCertificates.validUntil, at),
        lte(childCertificates.validUntil, addDays(at, CHILD_CERTIFICATE_REMINDER_DAYS)),
      ),
    )
    .orderBy(childCertificates.id);
}

async function alreadyReminded(db: DbOrTx, certificateId: string) {
  const [row] = await db
    .select({ id: mentorEvents.id })
    .from(mentorEvents)
    .where(
      and(
        eq(mentorEvents.kind, 'child_certificate_changed'),
        sql`${mentorEvents.details}->>'reminderFor' = ${certificateId}`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function sendDueChildCertificateReminders(
  deps: Pick<AppDeps, 'db' | 'mailer' | 'config'>,
  now: Date,
): Promise<ChildCertificateReminderRun> {
  const run: ChildCertificateReminderRun = { sent: [] };
  for (const candidate of await candidates(deps.db, now)) {
    const mailIds = await deps.db.transaction(async (tx) => {
      const [locked] = await tx
        .select({ validUntil: childCertificates.validUntil, status: childCertificates.status })
        .from(childCertificates)
        .where(eq(childCertificates.id, candidate.id))
        .for('update');
      if (!locked?.validUntil || !['received_blank', 'approved'].includes(locked.status)) return [];
      if (await alreadyReminded(tx, candidate.id)) return [];
      const orgId = candidate.organisationId as AuthorizedOrgId;
      // A renewal already received makes the reminder pointless.
      const [renewed] = await tx
        .select({ id: childCertificates.id })
        .from(childCertificates)
        .where(
          and(
            eq(childCertificates.organisationId, orgId),
            eq(childCertificates.userId, candidate.userId),
            ne(childCertificates.id, candidate.id),
            inArray(childCertificates.status, ['received_blank', 'approved']),
            gt(childCertificates.validUntil, locked.validUntil),
          ),
        )
        .limit(1);
      if (renewed) return [];
      const places = (
        await tx
          .select({
            id: programMentors.id,
            programId: programs.id,
            programName: programs.name,
            childCertificate: programs.childCertificate,
            menteeAgeMin: programs.menteeAgeMin,
          })
          .from(programMentors)
          .innerJoin(programs, eq(programs.id, programMentors.programId))
          .where(
            and(
              eq(programMentors.organisationId, orgId),
              eq(programMentors.userId, candidate.userId),
              notInArray(programMentors.stage, outStages),
              ne(programs.status, 'archived'),
            ),
          )
          .orderBy(programs.name)
      ).filter((p) => childCertificateRequired(p));
      const first = places[0];
      if (!first) return [];
      const [person] = await tx
        .select({
          name: users.name,
          email: users.email,
          locale: users.locale,
          organisationName: organisations.name,
        })
        .from(users)
        .innerJoin(organisations, eq(organisations.id, orgId))
        .where(eq(users.id, candidate.userId));
      if (!person) return [];
      const coordinators = await tx
        .select({ name: users.name, email: users.email, locale: users.locale })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(
          and(
            eq(memberships.organisationId, orgId),
            eq(memberships.status, 'active'),
            sql`'coordinator' = any(${memberships.roles})`,
            ne(memberships.userId, candidate.userId),
          ),
        )
        .orderBy(users.id);

      for (const place of places) {
        await recordMentorEvent(tx, orgId, place.id, 'child_certificate_changed', now, null, {
          status: 'reminder_sent',
          reminderFor: candidate.id,
        });
      }
      const dateIn = (locale: 'da' | 'en') =>
        new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(
          locked.validUntil as Date,
        );
      const ids: string[] = [];
      const personParams = { organisation: person.organisationName, date: dateIn(person.locale) };
      ids.push(
        await deps.mailer.store(tx, {
          kind: 'notification',
          organisationId: orgId,
          to: person.email,
          subject: translate(
            person.locale,
            'screening.mail.childCertificateExpiry.subject',
            personParams,
          ),
          body: letter(
            person.locale,
            person.name,
            'screening.mail.childCertificateExpiry.body',
            personParams,
          ),
        }),
      );
      for (const coordinator of coordinators) {
        const params = {
          person: person.name,
          programs: places.map((p) => p.programName).join(', '),
          date: dateIn(coordinator.locale),
          link: `${deps.config.publicUrl}/programs/${first.programId}/mentors/${first.id}`,
        };
        ids.push(
          await deps.mailer.store(tx, {
            kind: 'notification',
            organisationId: orgId,
            to: coordinator.email,
            subject: translate(
              coordinator.locale,
              'screening.mail.childCertificateExpiryStaff.subject',
              params,
            ),
            body: letter(
              coordinator.locale,
              coordinator.name,
              'screening.mail.childCertificateExpiryStaff.body',
              params,
            ),
          }),
        );
      }
      return ids;
    });
    if (mailIds.length > 0) run.sent.push({ certificateId: candidate.id, mailIds });
  }
  for (const { mailIds } of run.sent) for (const id of mailIds) await deps.mailer.deliver(id);
  return run;
}
