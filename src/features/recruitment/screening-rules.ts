import {
  CHILD_CERTIFICATE_BREAK_DAYS,
  CHILD_CERTIFICATE_CONSENT_DAYS,
  type ChildCertificateStatus,
  type MentorStage,
} from '../../contracts/recruitment';
import type {
  ChildCertificateState,
  ChildCertificateStep,
  InterviewState,
  ReferenceStatus,
  ScreeningItem,
} from '../../contracts/screening';

/** Pure screening rules: no I/O, tested without a database. */

const DAY_MS = 86_400_000;

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** The same day of the month `months` later (the last day when that month is shorter). */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(
    Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0),
  ).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

export interface CertificateFacts {
  status: ChildCertificateStatus;
  consentRequestedAt: Date;
  validUntil: Date | null;
}

/** When a consent request that was not answered lapses. */
export function consentDeadline(consentRequestedAt: Date): Date {
  return addDays(consentRequestedAt, CHILD_CERTIFICATE_CONSENT_DAYS);
}

/** The status as of `at`: a request without consent reads `lapsed` after 14 days. */
export function effectiveCertificateStatus(
  cert: Pick<CertificateFacts, 'status' | 'consentRequestedAt'>,
  at: Date,
): ChildCertificateStatus {
  if (cert.status === 'consent_requested' && at >= consentDeadline(cert.consentRequestedAt)) {
    return 'lapsed';
  }
  return cert.status;
}

/** Statuses of a record still on its way: a second one may not be started meanwhile. */
const openStatuses: ChildCertificateStatus[] = [
  'consent_requested',
  'consent_given',
  'ordered',
  'received_remarks',
];
export function isOpen(status: ChildCertificateStatus): boolean {
  return openStatuses.includes(status);
}

/** consent_requested → consent_given → ordered → received_blank | received_remarks. */
const stepsFrom: Partial<Record<ChildCertificateStatus, ChildCertificateStep[]>> = {
  consent_requested: ['consent_given'],
  consent_given: ['ordered'],
  ordered: ['received_blank', 'received_remarks'],
};
export function nextSteps(status: ChildCertificateStatus): ChildCertificateStep[] {
  return stepsFrom[status] ?? [];
}

/** The date column each step sets. */
export const stepDateColumn = {
  consent_given: 'consentGivenAt',
  ordered: 'orderedAt',
  received_blank: 'receivedAt',
  received_remarks: 'receivedAt',
} as const satisfies Record<ChildCertificateStep, string>;

/** Whether a record counts at `at`: blank or approved, and before its `validUntil`. */
export function certificateCounts(cert: CertificateFacts, at: Date): boolean {
  return (
    (cert.status === 'received_blank' || cert.status === 'approved') &&
    cert.validUntil !== null &&
    cert.validUntil > at
  );
}

/** The checklist's word for the child certificate, from the latest record. */
export function childCertificateState(
  required: boolean,
  latest: CertificateFacts | null,
  /** The latest `validUntil` of any record that counts (after the break rule). */
  validUntil: Date | null,
  at: Date,
): ChildCertificateState {
  if (validUntil && validUntil > at) return 'valid';
  if (!latest) return required ? 'missing' : 'not_required';
  const status = effectiveCertificateStatus(latest, at);
  switch (status) {
    case 'consent_requested':
    case 'consent_given':
    case 'ordered':
      return 'in_progress';
    case 'received_remarks':
      return 'awaiting_decision';
    case 'rejected':
      return 'rejected';
    case 'lapsed':
      return 'lapsed';
    default:
      return required ? 'expired' : 'not_required';
  }
}

/** Stages in which a person is out of mentoring; a long one needs a new certificate. */
const breakStages: MentorStage[] = ['paused', 'alumni', 'withdrawn', 'rejected'];
/** Stages in which a person mentors or trains to (the break has not begun or is over). */
const mentoringStages: MentorStage[] = [
  'in_training',
  'certified',
  'recertification_due',
  'active',
];

/**
 * The 6-month rule: when none of the person's places in the organisation's programs is in
 * mentoring and at least one has ended (paused, alumni, withdrawn, rejected), their break
 * began with the latest of those; a certificate received before it stops counting once the
 * break reaches CHILD_CERTIFICATE_BREAK_DAYS. Answers when the break began, or null.
 */
export function breakStart(
  places: { stage: MentorStage; pausedAt: Date | null; stageChangedAt: Date }[],
): Date | null {
  if (places.some((p) => mentoringStages.includes(p.stage))) return null;
  let start: Date | null = null;
  for (const p of places) {
    if (!breakStages.includes(p.stage)) continue;
    const since = p.pausedAt ?? p.stageChangedAt;
    if (!start || since > start) start = since;
  }
  return start;
}

/** A certificate received before a break counts until the break is 6 months old at most. */
export function validUntilAfterBreak(
  validUntil: Date,
  receivedAt: Date | null,
  started: Date | null,
): Date {
  if (!started || (receivedAt && receivedAt > started)) return validUntil;
  const cap = addDays(started, CHILD_CERTIFICATE_BREAK_DAYS);
  return cap < validUntil ? cap : validUntil;
}

export function interviewState(interview: { outcome: InterviewState } | null): InterviewState {
  return interview ? interview.outcome : 'not_recorded';
}

export function referenceStatus(
  ref: { answeredAt: Date | null; expiresAt: Date },
  at: Date,
): ReferenceStatus {
  if (ref.answeredAt) return 'answered';
  return ref.expiresAt <= at ? 'expired' : 'pending';
}

export interface ChecklistFacts {
  interviewRequired: boolean;
  referencesRequired: number;
  childCertificateRequired: boolean;
  interviewOutcome: InterviewState;
  referencesAnswered: number;
  /** The certificate's `validUntil` after the break rule; null when none counts. */
  childCertificateValidUntil: Date | null;
}

/** What the checklist still needs at `at`, in a fixed order; empty when complete. */
export function missingItems(facts: ChecklistFacts, at: Date): ScreeningItem[] {
  const missing: ScreeningItem[] = [];
  if (facts.interviewRequired && facts.interviewOutcome !== 'passed') missing.push('interview');
  if (facts.referencesAnswered < facts.referencesRequired) missing.push('references');
  if (
    facts.childCertificateRequired &&
    !(facts.childCertificateValidUntil && facts.childCertificateValidUntil > at)
  ) {
    missing.push('child_certificate');
  }
  return missing;
}

/**
 * Whether screening may be passed from this stage: from `applied` and `screening`, and for
 * someone staff enrolled in training directly before screening was passed. Never twice.
 */
export function mayPassFrom(stage: MentorStage, screeningCompletedAt: Date | null): boolean {
  if (screeningCompletedAt) return false;
  return stage === 'applied' || stage === 'screening' || stage === 'in_training';
}

/** Stages after which screening work (interview, references) is no longer recorded. */
export function screeningClosed(stage: MentorStage): boolean {
  return stage === 'rejected' || stage === 'withdrawn';
}
