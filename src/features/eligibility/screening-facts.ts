import { and, eq, inArray } from 'drizzle-orm';
import type { ChildCertificateStatus } from '../../contracts/recruitment';
import type { ChildCertificateSummary } from '../../contracts/training';
import type { DbOrTx } from '../../db/client';
import type { AuthorizedOrgId } from '../../server/lib/access';
import {
  breakStart,
  effectiveCertificateStatus,
  validUntilAfterBreak,
} from '../recruitment/screening-rules';
import { childCertificates, programMentors } from '../recruitment/tables';

/** Statuses in which a child certificate counts (until its `validUntil`). */
export const countingChildCertificateStatuses = [
  'received_blank',
  'approved',
] as const satisfies ChildCertificateStatus[];

export interface ScreeningFacts {
  programMentorId: string | null;
  screeningCompletedAt: Date | null;
  /** The latest child certificate of the person in this organisation, counting or not. */
  childCertificate: {
    id: string;
    status: ChildCertificateStatus;
    validUntil: Date | null;
    consentRequestedAt?: Date;
  } | null;
  /**
   * The latest `validUntil` of a certificate that counts; null when none does. A
   * certificate received before a break from mentoring counts at most until the break is
   * CHILD_CERTIFICATE_BREAK_DAYS old (the 6-month rule, screening-rules.ts `breakStart`).
   */
  childCertificateValidUntil: Date | null;
}

const none: ScreeningFacts = {
  programMentorId: null,
  screeningCompletedAt: null,
  childCertificate: null,
  childCertificateValidUntil: null,
};

/**
 * The gate's screening facts for several people in one program, in two queries: whether
 * screening was passed (program_mentors, with the person's other places in the
 * organisation for the break rule) and their child certificates (per organisation).
 */
export async function screeningFactsFor(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  userIds: readonly string[],
): Promise<Map<string, ScreeningFacts>> {
  const facts = new Map<string, ScreeningFacts>();
  if (userIds.length === 0) return facts;
  const ids = [...new Set(userIds)];
  const [candidacies, certificates] = await Promise.all([
    db
      .select({
        id: programMentors.id,
        userId: programMentors.userId,
        programId: programMentors.programId,
        stage: programMentors.stage,
        pausedAt: programMentors.pausedAt,
        stageChangedAt: programMentors.stageChangedAt,
        screeningCompletedAt: programMentors.screeningCompletedAt,
      })
      .from(programMentors)
      .where(
        and(eq(programMentors.organisationId, organisationId), inArray(programMentors.userId, ids)),
      ),
    db
      .select({
        id: childCertificates.id,
        userId: childCertificates.userId,
        status: childCertificates.status,
        consentRequestedAt: childCertificates.consentRequestedAt,
        receivedAt: childCertificates.receivedAt,
        validUntil: childCertificates.validUntil,
        createdAt: childCertificates.createdAt,
      })
      .from(childCertificates)
      .where(
        and(
          eq(childCertificates.organisationId, organisationId),
          inArray(childCertificates.userId, ids),
        ),
      ),
  ]);
  for (const id of ids) facts.set(id, { ...none });
  const placesOf = new Map<string, typeof candidacies>();
  for (const c of candidacies) {
    placesOf.set(c.userId, [...(placesOf.get(c.userId) ?? []), c]);
    if (c.programId !== programId) continue;
    const f = facts.get(c.userId);
    if (f) {
      f.programMentorId = c.id;
      f.screeningCompletedAt = c.screeningCompletedAt;
    }
  }
  const counting = new Set<string>(countingChildCertificateStatuses);
  const ordered = certificates.sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
  );
  for (const cert of ordered) {
    const f = facts.get(cert.userId);
    if (!f) continue;
    f.childCertificate = {
      id: cert.id,
      status: cert.status,
      validUntil: cert.validUntil,
      consentRequestedAt: cert.consentRequestedAt,
    };
    if (counting.has(cert.status) && cert.validUntil) {
      const validUntil = validUntilAfterBreak(
        cert.validUntil,
        cert.receivedAt,
        breakStart(placesOf.get(cert.userId) ?? []),
      );
      const current = f.childCertificateValidUntil;
      if (!current || validUntil > current) f.childCertificateValidUntil = validUntil;
    }
  }
  return facts;
}

/** What the mentors list says about a person's child certificate in a program. */
export function childCertificateSummary(
  required: boolean,
  facts: ScreeningFacts | undefined,
  at: Date,
): ChildCertificateSummary {
  if (!required) return 'not_applicable';
  const validUntil = facts?.childCertificateValidUntil;
  if (validUntil && validUntil > at) return 'valid';
  const latest = facts?.childCertificate;
  if (!latest) return 'missing';
  switch (latest.status) {
    case 'consent_requested':
      return latest.consentRequestedAt &&
        effectiveCertificateStatus(
          { status: latest.status, consentRequestedAt: latest.consentRequestedAt },
          at,
        ) === 'lapsed'
        ? 'missing'
        : 'requested';
    case 'consent_given':
    case 'ordered':
      return 'requested';
    case 'received_remarks':
      return 'remarks';
    case 'rejected':
      return 'rejected';
    case 'lapsed':
      return 'missing';
    default:
      return validUntil ? 'expired' : 'missing';
  }
}
