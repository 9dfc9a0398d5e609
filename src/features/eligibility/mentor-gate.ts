import { and, desc, eq, max } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { findProgram } from '../programs/queries';
import { childCertificateRequired } from '../training/rules';
import { certificates, codeOfConductSignatures, enrolments } from '../training/tables';
import { evaluateGate, type GateFacts, type GateResult } from './gate';
import { type ScreeningFacts, screeningFactsFor } from './screening-facts';

/** The gate's screening and child-certificate facts for a program that asks what it asks. */
export function screeningGateFacts(
  program: { childCertificate: GateProgram['childCertificate']; menteeAgeMin: number },
  facts: ScreeningFacts | undefined,
): Pick<GateFacts, 'screening' | 'childCertificate'> {
  return {
    screening: { completedAt: facts?.screeningCompletedAt ?? null },
    childCertificate: {
      required: childCertificateRequired(program),
      validUntil: facts?.childCertificateValidUntil ?? null,
    },
  };
}
type GateProgram = Parameters<typeof childCertificateRequired>[0];

/**
 * The gate's facts about one person as a mentor in one program, from the database:
 * screening from their place in the program, the child certificate from the
 * organisation's record, training from the enrolment and its latest certificate, the
 * latest code-of-conduct signature. A person with no place in the program is refused.
 */
export async function mentorGateFacts(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  userId: string,
): Promise<GateFacts> {
  const program = await findProgram(db, organisationId, programId);
  const screening = screeningGateFacts(
    program ?? { childCertificate: 'always', menteeAgeMin: 0 },
    (await screeningFactsFor(db, organisationId, programId, [userId])).get(userId),
  );
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
      ...screening,
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
    ...screening,
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
