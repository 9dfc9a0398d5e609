import { and, desc, eq, max } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { certificates, codeOfConductSignatures, enrolments } from '../training/tables';
import { evaluateGate, type GateFacts, type GateResult } from './gate';

/**
 * The gate's facts about one person as a mentor in one program, from the database:
 * training from the enrolment and its latest certificate, the latest code-of-conduct
 * signature. Screening (issue 4) adds its facts here; callers do not change.
 */
export async function mentorGateFacts(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  userId: string,
): Promise<GateFacts> {
  const [enrolment] = await db
    .select({ id: enrolments.id, completedAt: enrolments.completedAt })
    .from(enrolments)
    .where(
      and(
        eq(enrolments.organisationId, organisationId),
        eq(enrolments.programId, programId),
        eq(enrolments.userId, userId),
      ),
    );
  if (!enrolment) {
    return {
      training: { completedAt: null, certificateExpiresAt: null },
      codeOfConduct: { signedAt: null },
    };
  }
  const [[certificate], [signature]] = await Promise.all([
    db
      .select({ expiresAt: certificates.expiresAt })
      .from(certificates)
      .where(
        and(
          eq(certificates.organisationId, organisationId),
          eq(certificates.enrolmentId, enrolment.id),
        ),
      )
      .orderBy(desc(certificates.issuedAt))
      .limit(1),
    db
      .select({ signedAt: max(codeOfConductSignatures.signedAt) })
      .from(codeOfConductSignatures)
      .where(
        and(
          eq(codeOfConductSignatures.organisationId, organisationId),
          eq(codeOfConductSignatures.enrolmentId, enrolment.id),
        ),
      ),
  ]);
  return {
    training: {
      completedAt: enrolment.completedAt,
      certificateExpiresAt: certificate?.expiresAt ?? null,
    },
    codeOfConduct: { signedAt: signature?.signedAt ?? null },
  };
}

/** Whether this person may mentor in this program now, with every blocker. */
export async function mentorGate(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  userId: string,
  at: Date,
): Promise<GateResult> {
  return evaluateGate(await mentorGateFacts(db, organisationId, programId, userId), at);
}

/**
 * For every path that could put a mentor in contact with a mentee (creating a match,
 * revealing contact details, messaging): refuses with 422, the first blocker as the code
 * and all of them in `details.blockers` (API-CONTRACT.md).
 */
export function assertMayMentor(result: GateResult): void {
  const [first] = result.blockers;
  if (first) throw new AppError(first, { details: { blockers: result.blockers } });
}
