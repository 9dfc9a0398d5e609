/**
 * Recruitment and screening (issue 4): how a mentor enters a program and is screened
 * before training and matching. PRODUCT.md, "The lifecycle".
 */

/**
 * A mentor's stage in one program. `applied | nominated → screening → in_training →
 * certified → active → alumni`, side exits `withdrawn`, `rejected`, `paused`, and
 * `certified` lapses to `recertification_due`.
 */
export const mentorStages = [
  'applied',
  'nominated',
  'screening',
  'in_training',
  'certified',
  'recertification_due',
  'active',
  'alumni',
  'withdrawn',
  'rejected',
  'paused',
] as const;
export type MentorStage = (typeof mentorStages)[number];
export const exitStages = ['withdrawn', 'rejected', 'paused'] as const satisfies MentorStage[];

/** How the mentor came in: a volunteer's application, an HR nomination, or added by staff. */
export const candidacySources = ['application', 'nomination', 'direct'] as const;
export type CandidacySource = (typeof candidacySources)[number];

/** The three criteria in the source for choosing workplace mentors, rated 1–5 by HR. */
export const nominationCriteria = [
  'worksWellWithOthers',
  'positiveAttitude',
  'performsDuties',
] as const;
export type NominationCriterion = (typeof nominationCriteria)[number];
export const nominationResponses = ['pending', 'accepted', 'declined'] as const;
export const nominationDecisions = ['pending', 'approved', 'rejected'] as const;

export const interviewOutcomes = ['pending', 'passed', 'failed'] as const;
export type InterviewOutcome = (typeof interviewOutcomes)[number];

/** Days a referee's link stays open. */
export const REFERENCE_LINK_DAYS = 14;

/**
 * The child certificate (børneattest). Stored: status, dates and the decision; never the
 * document, never a CPR number.
 *
 * consent_requested → consent_given → ordered → received_blank | received_remarks →
 * (remarks) approved | rejected. A request without consent lapses after 14 days.
 */
export const childCertificateStatuses = [
  'consent_requested',
  'consent_given',
  'ordered',
  'received_blank',
  'received_remarks',
  'approved',
  'rejected',
  'lapsed',
] as const;
export type ChildCertificateStatus = (typeof childCertificateStatuses)[number];
export const CHILD_CERTIFICATE_CONSENT_DAYS = 14;
/** A break from mentoring this long requires a new certificate. */
export const CHILD_CERTIFICATE_BREAK_DAYS = 183;
export const DEFAULT_CHILD_CERTIFICATE_RENEWAL_MONTHS = 24;
export const DEFAULT_REJECTED_RETENTION_DAYS = 180;

/** Kinds of entry on a mentor's timeline. */
export const mentorEventKinds = [
  'applied',
  'nominated',
  'nomination_accepted',
  'nomination_declined',
  'nomination_approved',
  'added',
  'stage_changed',
  'interview_recorded',
  'reference_requested',
  'reference_answered',
  'child_certificate_changed',
  'screening_passed',
  'enrolled',
  'certified',
  'rejected',
  'withdrawn',
  'message_sent',
] as const;
export type MentorEventKind = (typeof mentorEventKinds)[number];
