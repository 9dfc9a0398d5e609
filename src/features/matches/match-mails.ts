import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Locale } from '../../contracts/roles';
import type { DbOrTx } from '../../db/client';
import { letter, translate } from '../../server/i18n/translate';
import { users } from '../accounts/tables';
import type { Mail } from '../mail/mailer';
import { mentees } from '../mentees/tables';
import { organisations } from '../organisations/tables';
import { programs } from '../programs/tables';
import { programMentors } from '../recruitment/tables';
import { ageOn } from './rules';
import { matches } from './tables';

const mentorUser = alias(users, 'mentor_user');
const menteeUser = alias(users, 'mentee_user');
const guardianUser = alias(users, 'guardian_user');

interface Recipient {
  name: string;
  email: string;
  locale: Locale;
}

/**
 * Who hears about a match, each in their own language: the mentor, and on the mentee's side
 * the mentee (with an account or an e-mail address) and, for a child under 15, the guardian.
 */
export async function matchRecipients(tx: DbOrTx, matchId: string, at: Date) {
  const [row] = await tx
    .select({
      match: matches,
      program: programs.name,
      organisation: organisations.name,
      mentor: { name: mentorUser.name, email: mentorUser.email, locale: mentorUser.locale },
      mentee: { name: mentees.name, email: mentees.email, birthDate: mentees.birthDate },
      menteeAccount: { name: menteeUser.name, email: menteeUser.email, locale: menteeUser.locale },
      guardian: { name: guardianUser.name, email: guardianUser.email, locale: guardianUser.locale },
    })
    .from(matches)
    .innerJoin(programs, eq(programs.id, matches.programId))
    .innerJoin(organisations, eq(organisations.id, matches.organisationId))
    .innerJoin(programMentors, eq(programMentors.id, matches.programMentorId))
    .innerJoin(mentorUser, eq(mentorUser.id, programMentors.userId))
    .innerJoin(mentees, eq(mentees.id, matches.menteeId))
    .leftJoin(menteeUser, eq(menteeUser.id, mentees.userId))
    .leftJoin(guardianUser, eq(guardianUser.id, mentees.guardianUserId))
    .where(eq(matches.id, matchId));
  if (!row) throw new Error('no such match');
  const child = ageOn(row.mentee.birthDate, at) < 15;
  const mentee: Recipient | null = row.menteeAccount?.email
    ? row.menteeAccount
    : row.mentee.email
      ? { name: row.mentee.name, email: row.mentee.email, locale: 'da' }
      : null;
  return {
    match: row.match,
    program: row.program,
    organisation: row.organisation,
    mentor: row.mentor as Recipient,
    menteeName: row.mentee.name,
    /** A child under 15 is told through the guardian, who accepts for them. */
    mentee: child ? null : mentee,
    guardian: (row.guardian?.email ? row.guardian : null) as Recipient | null,
  };
}
type Recipients = Awaited<ReturnType<typeof matchRecipients>>;

function mailsTo(
  recipients: Recipients,
  key: string,
  params: (locale: Locale) => Record<string, string>,
): Mail[] {
  const mails: Mail[] = [];
  const add = (to: Recipient | null, body: string, other: string) => {
    if (!to) return;
    const p = {
      ...params(to.locale),
      program: recipients.program,
      organisation: recipients.organisation,
      other,
      child: recipients.menteeName,
    };
    mails.push({
      kind: 'notification',
      organisationId: recipients.match.organisationId,
      to: to.email,
      subject: translate(to.locale, `matching.mail.${key}.subject`, p),
      body: letter(to.locale, to.name, `matching.mail.${key}.${body}`, p),
    });
  };
  add(recipients.mentor, 'bodyMentor', recipients.menteeName);
  add(recipients.mentee, 'bodyMentee', recipients.mentor.name);
  add(recipients.guardian, 'bodyGuardian', recipients.mentor.name);
  return mails;
}

/** "We propose …": to the mentor and to whoever accepts for the mentee. */
export async function proposalMails(tx: DbOrTx, matchId: string, at: Date, publicUrl: string) {
  const recipients = await matchRecipients(tx, matchId, at);
  const child = recipients.mentee === null;
  // For a teenager the guardian is not asked; only a child's guardian accepts.
  const told = child ? recipients : { ...recipients, guardian: null };
  return mailsTo(told, 'proposed', () => ({ link: `${publicUrl}/matches` }));
}

const TIME_ZONE = 'Europe/Copenhagen';

/** The first meeting's date and time in the recipient's language, Danish time. */
export function meetingWhen(locale: Locale, at: Date) {
  const tag = locale === 'da' ? 'da-DK' : 'en-GB';
  return {
    date: new Intl.DateTimeFormat(tag, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: TIME_ZONE,
    }).format(at),
    time: new Intl.DateTimeFormat(tag, {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: TIME_ZONE,
    }).format(at),
  };
}

/** The first meeting: to the mentor, the mentee and (for a child) the guardian. */
export async function firstMeetingMails(
  tx: DbOrTx,
  matchId: string,
  meeting: { at: Date; place: string },
  now: Date,
  publicUrl: string,
) {
  const recipients = await matchRecipients(tx, matchId, now);
  return mailsTo(recipients, 'firstMeeting', (locale) => ({
    ...meetingWhen(locale, meeting.at),
    place: meeting.place,
    link: `${publicUrl}/matches`,
  }));
}
