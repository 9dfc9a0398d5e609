import { type MentorBlocker, mentorBlockers } from '../../contracts/training';

/**
 * What the gate knows about one mentor in one program at the moment of asking. Every
 * fact is gathered by the caller; the gate itself does no I/O.
 *
 * `screening` and `childCertificate` are optional: absent means "this program has no
 * such requirement yet" (screening arrives with issue 4 and fills them in without
 * changing any caller).
 */
export interface GateFacts {
  training: {
    /** When every required item of the curriculum was passed; null while in training. */
    completedAt: Date | null;
    /** Expiry of the mentor's latest certificate; null when none was issued. */
    certificateExpiresAt: Date | null;
  };
  codeOfConduct: { signedAt: Date | null };
  screening?: { completedAt: Date | null };
  childCertificate?: {
    /** Whether this mentor in this program needs one (program rule and mentees' ages). */
    required: boolean;
    /** When a blank (or accepted) certificate stops counting; null when there is none. */
    validUntil: Date | null;
  };
}

export interface GateResult {
  eligible: boolean;
  /** In the order of `mentorBlockers`: the first is the code of a refused request. */
  blockers: MentorBlocker[];
}

/**
 * Whether a mentor may mentor (be matched, see a mentee's contact details, be contacted):
 * only while training is complete and not expired, screening is complete, a child
 * certificate is valid where one is needed, and the code of conduct is signed.
 */
export function evaluateGate(facts: GateFacts, at: Date): GateResult {
  const found = new Set<MentorBlocker>();
  const time = at.getTime();

  if (facts.screening && !facts.screening.completedAt) found.add('screening_incomplete');

  const child = facts.childCertificate;
  if (child?.required) {
    if (!child.validUntil) found.add('child_certificate_missing');
    else if (child.validUntil.getTime() <= time) found.add('child_certificate_expired');
  }

  const { completedAt, certificateExpiresAt } = facts.training;
  if (!completedAt || completedAt.getTime() > time) found.add('training_incomplete');
  // Completed training counts only with a certificate that has not expired; a missing
  // certificate after completion is treated as expired, never as valid.
  else if (!certificateExpiresAt || certificateExpiresAt.getTime() <= time)
    found.add('certification_expired');

  const signedAt = facts.codeOfConduct.signedAt;
  if (!signedAt || signedAt.getTime() > time) found.add('code_of_conduct_unsigned');

  const blockers = mentorBlockers.filter((b) => found.has(b));
  return { eligible: blockers.length === 0, blockers };
}
