import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../db/ids';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { completedKeys, currentCurriculum, rulesItems } from './queries';
import { CERTIFICATE_VALID_DAYS, computeProgress, DAY_MS, formatCertificateCode } from './rules';
import { certificates, enrolments } from './tables';

/**
 * The named command that ends training: when every required item of the program's current
 * curriculum is passed, it issues a certificate naming that version and makes the mentor
 * `certified`, in the caller's transaction. It locks the enrolment row first, so two
 * items passed at the same moment still issue exactly one certificate. Answers the new
 * certificate, or null when there is nothing to issue.
 */
export async function certificateIssuer(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  enrolmentId: string,
  now: Date,
) {
  const [enrolment] = await tx
    .select()
    .from(enrolments)
    .where(and(eq(enrolments.organisationId, organisationId), eq(enrolments.id, enrolmentId)))
    .for('update');
  // In training, or taking a refresher; a certified mentor has nothing to be issued.
  if (!enrolment || enrolment.status === 'certified') return null;
  const curriculum = await currentCurriculum(tx, organisationId, enrolment.programId);
  if (!curriculum) return null;
  const done = await completedKeys(tx, organisationId, enrolmentId, enrolment.cycleStartedAt);
  if (!computeProgress(rulesItems(curriculum.items), done).complete) return null;
  const [certificate] = await tx
    .insert(certificates)
    .values({
      id: newId(),
      organisationId,
      enrolmentId,
      programId: enrolment.programId,
      userId: enrolment.userId,
      versionId: curriculum.version.id,
      versionNumber: curriculum.version.version,
      code: formatCertificateCode(randomBytes(16)),
      issuedAt: now,
      expiresAt: new Date(now.getTime() + CERTIFICATE_VALID_DAYS * DAY_MS),
    })
    .returning();
  await tx
    .update(enrolments)
    .set({ status: 'certified', completedAt: now })
    .where(eq(enrolments.id, enrolmentId));
  return certificate ?? null;
}
