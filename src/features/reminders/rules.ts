import type { EnrolmentStatus } from '../../contracts/training';
import { DAY_MS } from '../training/rules';

/** Pure reminder rules: which reminders are due at a moment. No I/O. */

export const reminderKinds = ['deadline', 'certificate_expiry'] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/** A mentor still in training hears about the deadline this many days before it. */
export const DEADLINE_REMINDER_DAYS = 3;
/** …and not once it has passed by more than this: no reminders for long-overdue training. */
export const DEADLINE_OVERDUE_DAYS = 1;
/** A certified mentor hears about the certificate's expiry this many days before it. */
export const EXPIRY_REMINDER_DAYS = 30;

export interface ReminderFacts {
  /** The enrolment's stored status: `recertification_due` means a refresher has started. */
  status: EnrolmentStatus;
  deadline: Date;
  /** Start of the current round of training; a deadline reminder is sent once per round. */
  cycleStartedAt: Date;
  /** The latest certificate; an expiry reminder is sent once per certificate. */
  latestCertificate: { id: string; expiresAt: Date } | null;
}

export interface DueReminder {
  kind: ReminderKind;
  /** Identifies the occasion, so it is reminded of once: the round's start or the certificate. */
  occasion: string;
  /** The deadline or the expiry the reminder names. */
  date: Date;
}

/**
 * Reminders due at `at`, whether or not they were sent already (the caller records each
 * occasion once):
 * - `deadline`: the mentor is in training (first round or a refresher) and the deadline is
 *   at most 3 days ahead, or passed less than a day ago;
 * - `certificate_expiry`: the mentor is certified, no refresher has started, and the latest
 *   certificate expires within 30 days (and has not expired yet).
 */
export function dueReminders(facts: ReminderFacts, at: Date): DueReminder[] {
  const now = at.getTime();
  const due: DueReminder[] = [];
  if (facts.status !== 'certified') {
    const deadline = facts.deadline.getTime();
    if (
      now >= deadline - DEADLINE_REMINDER_DAYS * DAY_MS &&
      now <= deadline + DEADLINE_OVERDUE_DAYS * DAY_MS
    ) {
      due.push({
        kind: 'deadline',
        occasion: facts.cycleStartedAt.toISOString(),
        date: facts.deadline,
      });
    }
  }
  const certificate = facts.latestCertificate;
  if (facts.status === 'certified' && certificate) {
    const expires = certificate.expiresAt.getTime();
    if (now >= expires - EXPIRY_REMINDER_DAYS * DAY_MS && now < expires) {
      due.push({
        kind: 'certificate_expiry',
        occasion: certificate.id,
        date: certificate.expiresAt,
      });
    }
  }
  return due;
}

/**
 * The window a query must look in so that `dueReminders` sees every candidate: deadlines
 * from a day ago to 3 days ahead, expiries from now to 30 days ahead.
 */
export function reminderWindows(at: Date) {
  const now = at.getTime();
  return {
    deadlineFrom: new Date(now - DEADLINE_OVERDUE_DAYS * DAY_MS),
    deadlineTo: new Date(now + DEADLINE_REMINDER_DAYS * DAY_MS),
    expiryFrom: at,
    expiryTo: new Date(now + EXPIRY_REMINDER_DAYS * DAY_MS),
  };
}
