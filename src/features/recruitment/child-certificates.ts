import { and, desc, eq, inArray, lt } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ChildCertificate, ChildCertificateStep } from '../../contracts/screening';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../db/ids';
import type { Actor, AuthorizedOrgId } from '../../server/lib/access';
import { userIdOf } from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { users } from '../accounts/tables';
import { recordAudit } from '../audit/audit';
import { organisations } from '../organisations/tables';
import { programs } from '../programs/tables';
import { recordMentorEvent } from './program-mentors';
import {
  addMonths,
  certificateCounts,
  consentDeadline,
  effectiveCertificateStatus,
  isOpen,
  nextSteps,
  stepDateColumn,
} from './screening-rules';
import { childCertificates, programMentors } from './tables';

/**
 * The child certificate (børneattest): one record per request, per person per
 * organisation. Only status, dates and the decision are stored: there is no column for the
 * document or a CPR number, and none of these functions takes one.
 */

export type ChildCertificateRow = typeof childCertificates.$inferSelect;

const decider = alias(users, 'decider');

/** Records with the person's and the decider's names. */
function selectCertificates(db: DbOrTx) {
  return db
    .select({ cert: childCertificates, personName: users.name, decidedByName: decider.name })
    .from(childCertificates)
    .innerJoin(users, eq(users.id, childCertificates.userId))
    .leftJoin(decider, eq(decider.id, childCertificates.decidedBy));
}
export type CertificateWithNames = {
  cert: ChildCertificateRow;
  personName: string;
  decidedByName: string | null;
};

export async function findCertificate(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  certificateId: string,
): Promise<CertificateWithNames | null> {
  const [row] = await selectCertificates(db).where(
    and(
      eq(childCertificates.organisationId, organisationId),
      eq(childCertificates.id, certificateId),
    ),
  );
  return row ?? null;
}

/** The person's latest record in the organisation. */
export async function latestCertificateOf(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  userId: string,
): Promise<CertificateWithNames | null> {
  const [row] = await selectCertificates(db)
    .where(
      and(
        eq(childCertificates.organisationId, organisationId),
        eq(childCertificates.userId, userId),
      ),
    )
    .orderBy(desc(childCertificates.createdAt), desc(childCertificates.id))
    .limit(1);
  return row ?? null;
}

/**
 * A record as the API shows it at `at`. The safeguarding lead's written reason goes only
 * to those who decide (`showReason`).
 */
export function presentCertificate(
  row: CertificateWithNames,
  at: Date,
  showReason: boolean,
): ChildCertificate {
  const { cert } = row;
  const status = effectiveCertificateStatus(cert, at);
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    id: cert.id,
    userId: cert.userId,
    personName: row.personName,
    status,
    consentRequestedAt: cert.consentRequestedAt.toISOString(),
    consentDeadline: consentDeadline(cert.consentRequestedAt).toISOString(),
    consentGivenAt: iso(cert.consentGivenAt),
    orderedAt: iso(cert.orderedAt),
    receivedAt: iso(cert.receivedAt),
    decidedAt: iso(cert.decidedAt),
    decidedByName: cert.decidedAt ? row.decidedByName : null,
    decision:
      cert.status === 'approved' ? 'approved' : cert.status === 'rejected' ? 'rejected' : null,
    decisionReason: showReason ? cert.decisionReason : null,
    validUntil: iso(cert.validUntil),
    valid: certificateCounts(cert, at),
    nextSteps: nextSteps(status),
    awaitingDecision: status === 'received_remarks',
  };
}

/** The person's places in the organisation's programs, locked: one change at a time. */
async function lockPlacesOf(tx: DbOrTx, organisationId: AuthorizedOrgId, userId: string) {
  return tx
    .select({ id: programMentors.id })
    .from(programMentors)
    .where(
      and(eq(programMentors.organisationId, organisationId), eq(programMentors.userId, userId)),
    )
    .orderBy(programMentors.id)
    .for('update');
}

/** The certificate's change on the timeline of each of the person's places, and in the log. */
async function recordChange(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  row: CertificateWithNames,
  at: Date,
  actor: Actor | null,
  change: { status: string; decision?: 'approved' | 'rejected' },
) {
  const places = await tx
    .select({ id: programMentors.id })
    .from(programMentors)
    .where(
      and(
        eq(programMentors.organisationId, organisationId),
        eq(programMentors.userId, row.cert.userId),
      ),
    );
  const actorId = actor ? userIdOf(actor) : null;
  for (const place of places) {
    await recordMentorEvent(
      tx,
      organisationId,
      place.id,
      'child_certificate_changed',
      at,
      actorId,
      {
        status: change.status,
      },
    );
  }
  await recordAudit(tx, organisationId, actor, at, {
    action: change.decision ? 'child_certificate.decided' : 'child_certificate.changed',
    subjectType: 'child_certificate',
    subjectId: row.cert.id,
    subjectLabel: row.personName,
    details: change.decision ? { decision: change.decision } : { status: change.status },
  });
}

/** Writes `child_certificate.viewed` for each record shown. */
export async function auditViews(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  actor: Actor | null,
  at: Date,
  rows: CertificateWithNames[],
  context: string,
) {
  await recordAudit(
    db,
    organisationId,
    actor,
    at,
    rows.map((row) => ({
      action: 'child_certificate.viewed' as const,
      subjectType: 'child_certificate' as const,
      subjectId: row.cert.id,
      subjectLabel: row.personName,
      details: { status: effectiveCertificateStatus(row.cert, at), context },
    })),
  );
}

/**
 * Starts a new record at `consent_requested` for the person behind a place in a program;
 * 409 `conflict` while another record is still on its way (requested, consented, ordered,
 * or received with remarks awaiting a decision). A renewal next to a valid one is fine.
 */
export async function startChildCertificate(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  programMentorId: string,
  at: Date,
  actor: Actor | null,
): Promise<CertificateWithNames> {
  const [place] = await tx
    .select({ userId: programMentors.userId })
    .from(programMentors)
    .where(
      and(
        eq(programMentors.organisationId, organisationId),
        eq(programMentors.id, programMentorId),
      ),
    );
  if (!place) throw new AppError('not_found');
  await lockPlacesOf(tx, organisationId, place.userId);
  const existing = await tx
    .select()
    .from(childCertificates)
    .where(
      and(
        eq(childCertificates.organisationId, organisationId),
        eq(childCertificates.userId, place.userId),
      ),
    );
  const open = existing.find((c) => isOpen(effectiveCertificateStatus(c, at)));
  if (open) throw new AppError('conflict', { details: { certificateId: open.id } });
  const id = newId();
  await tx.insert(childCertificates).values({
    id,
    organisationId,
    userId: place.userId,
    status: 'consent_requested',
    consentRequestedAt: at,
    createdAt: at,
    updatedAt: at,
  });
  const row = await findCertificate(tx, organisationId, id);
  if (!row) throw new Error('inserted certificate not found');
  await recordChange(tx, organisationId, row, at, actor, { status: 'consent_requested' });
  return row;
}

async function lockCertificate(tx: DbOrTx, organisationId: AuthorizedOrgId, certificateId: string) {
  const [locked] = await tx
    .select({ userId: childCertificates.userId })
    .from(childCertificates)
    .where(
      and(
        eq(childCertificates.organisationId, organisationId),
        eq(childCertificates.id, certificateId),
      ),
    );
  if (!locked) throw new AppError('not_found');
  await lockPlacesOf(tx, organisationId, locked.userId);
  await tx
    .select({ id: childCertificates.id })
    .from(childCertificates)
    .where(eq(childCertificates.id, certificateId))
    .for('update');
  const row = await findCertificate(tx, organisationId, certificateId);
  if (!row) throw new AppError('not_found');
  return row;
}

async function renewalMonths(tx: DbOrTx, organisationId: AuthorizedOrgId) {
  const [org] = await tx
    .select({ months: organisations.childCertificateRenewalMonths })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return org?.months ?? 24;
}

/** The date of the step before this one (the earliest a step may be dated). */
function previousDate(cert: ChildCertificateRow): Date {
  return cert.orderedAt ?? cert.consentGivenAt ?? cert.consentRequestedAt;
}

/**
 * Records the next step, in order only (409 `child_certificate_step_invalid`), also after
 * a request lapsed. `stepAt` (default now) may not lie in the future nor before the step
 * before it. A blank certificate counts for the organisation's renewal period.
 */
export async function recordCertificateStep(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  certificateId: string,
  step: ChildCertificateStep,
  stepAt: Date | null,
  now: Date,
  actor: Actor | null,
): Promise<CertificateWithNames> {
  const row = await lockCertificate(tx, organisationId, certificateId);
  const status = effectiveCertificateStatus(row.cert, now);
  if (!nextSteps(status).includes(step)) {
    throw new AppError('child_certificate_step_invalid', { details: { status, step } });
  }
  const at = stepAt ?? now;
  if (at > now) {
    throw AppError.invalid([{ path: 'at', messageKey: 'screening.validation.at_future' }]);
  }
  if (at < previousDate(row.cert)) {
    throw AppError.invalid([{ path: 'at', messageKey: 'screening.validation.at_before_previous' }]);
  }
  const validUntil =
    step === 'received_blank' ? addMonths(at, await renewalMonths(tx, organisationId)) : null;
  await tx
    .update(childCertificates)
    .set({ status: step, [stepDateColumn[step]]: at, validUntil, updatedAt: now })
    .where(eq(childCertificates.id, certificateId));
  const updated = await findCertificate(tx, organisationId, certificateId);
  if (!updated) throw new AppError('not_found');
  await recordChange(tx, organisationId, updated, now, actor, { status: step });
  return updated;
}

/**
 * The safeguarding lead's decision on a certificate with remarks, with a written reason
 * (kept in the record, not in the log). Approved, it counts for the renewal period from
 * when it was received; rejected, it never counts.
 */
export async function decideCertificate(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  certificateId: string,
  decision: { approve: boolean; reason: string },
  now: Date,
  actor: Actor | null,
): Promise<CertificateWithNames> {
  const row = await lockCertificate(tx, organisationId, certificateId);
  if (row.cert.status !== 'received_remarks') {
    throw new AppError('child_certificate_step_invalid', {
      details: { status: effectiveCertificateStatus(row.cert, now), step: 'decision' },
    });
  }
  const receivedAt = row.cert.receivedAt ?? now;
  const status = decision.approve ? 'approved' : 'rejected';
  await tx
    .update(childCertificates)
    .set({
      status,
      decidedAt: now,
      decidedBy: actor ? userIdOf(actor) : null,
      decisionReason: decision.reason,
      validUntil: decision.approve
        ? addMonths(receivedAt, await renewalMonths(tx, organisationId))
        : null,
      updatedAt: now,
    })
    .where(eq(childCertificates.id, certificateId));
  const updated = await findCertificate(tx, organisationId, certificateId);
  if (!updated) throw new AppError('not_found');
  await recordChange(tx, organisationId, updated, now, actor, { status, decision: status });
  return updated;
}

/**
 * The safeguarding queue: records with remarks awaiting a decision (or every record),
 * newest first, with the programs in which each person mentors.
 */
export async function listCertificates(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  options: { status: 'remarks' | 'all'; limit: number; cursor?: string },
) {
  const rows = await selectCertificates(db)
    .where(
      and(
        eq(childCertificates.organisationId, organisationId),
        options.status === 'remarks' ? eq(childCertificates.status, 'received_remarks') : undefined,
        options.cursor ? lt(childCertificates.id, options.cursor) : undefined,
      ),
    )
    .orderBy(desc(childCertificates.id))
    .limit(options.limit + 1);
  const userIds = [...new Set(rows.map((r) => r.cert.userId))];
  const places =
    userIds.length === 0
      ? []
      : await db
          .select({
            mentorId: programMentors.id,
            userId: programMentors.userId,
            programId: programs.id,
            name: programs.name,
          })
          .from(programMentors)
          .innerJoin(programs, eq(programs.id, programMentors.programId))
          .where(
            and(
              eq(programMentors.organisationId, organisationId),
              inArray(programMentors.userId, userIds),
            ),
          )
          .orderBy(programs.name);
  return { rows, places };
}
