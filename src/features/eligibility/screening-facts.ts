import { and, eq, inArray } from 'drizzle-orm';
import type { ChildCertificateStatus } from '../../contracts/recruitment';
import type { ChildCertificateSummary } from '../../contracts/training';
import type { DbOrTx } from '../../db/client';
import type { AuthorizedOrgId } from '../../server/lib/access';
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
  } | null;
  /** The latest `validUntil` of a certificate that counts; null when none does. */
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
 * screening was passed (program_mentors) and their child certificates (per organisation).
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
        screeningCompletedAt: programMentors.screeningCompletedAt,
      })
      .from(programMentors)
      .where(
        and(
          eq(programMentors.organisationId, organisationId),
          eq(programMentors.programId, programId),
          inArray(programMentors.userId, ids),
        ),
      ),
    db
      .select({
        id: childCertificates.id,
        userId: childCertificates.userId,
        status: childCertificates.status,
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
  for (const c of candidacies) {
    const f = facts.get(c.userId);
    if (f) {
      f.programMentorId = c.id;
      f.screeningCompletedAt = c.screeningCompletedAt;
    }
  }
  const counting = new Set<string>(countingChildCertificateStatuses);
  for (const cert of certificates.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    const f = facts.get(cert.userId);
    if (!f) continue;
    f.childCertificate = { id: cert.id, status: cert.status, validUntil: cert.validUntil };
    if (counting.has(cert.status) && cert.validUntil) {
      const current = f.childCertificateValidUntil;
      if (!current || cert.validUntil > current) f.childCertificateValidUntil = cert.validUntil;
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
