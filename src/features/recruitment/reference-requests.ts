import { and, asc, eq } from 'drizzle-orm';
import { REFERENCE_LINK_DAYS } from '../../contracts/recruitment';
import type { Locale } from '../../contracts/roles';
import type {
  PublicReference,
  Reference,
  ReferenceAnswers,
  ReferenceRequestInput,
} from '../../contracts/screening';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../db/ids';
import type { AppDeps } from '../../server/deps';
import { letter, translate } from '../../server/i18n/translate';
import type { Actor, AuthorizedOrgId } from '../../server/lib/access';
import { userIdOf } from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { hashSecret, newSecret } from '../../server/lib/secrets';
import { users } from '../accounts/tables';
import type { Mail } from '../mail/mailer';
import { organisations } from '../organisations/tables';
import { programs } from '../programs/tables';
import { recordMentorEvent } from './program-mentors';
import { addDays, referenceStatus, screeningClosed } from './screening-rules';
import { programMentors, referenceRequests } from './tables';

/**
 * References: a referee gets an e-mailed link and answers without an account. Only the
 * sha256 of the link's secret is stored; a new link (resend) kills the old one, and a link
 * works until it expires or is answered.
 */

export type ReferenceRow = typeof referenceRequests.$inferSelect;
const timeZone = 'Europe/Copenhagen';
/** Referees get the mail in the organisation's language; the form has a language switch. */
const REFEREE_LOCALE: Locale = 'da';

export function presentReference(row: ReferenceRow, at: Date): Reference {
  return {
    id: row.id,
    refereeName: row.refereeName,
    refereeEmail: row.refereeEmail,
    relation: row.relation,
    status: referenceStatus(row, at),
    requestedAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
    answers: (row.answers as ReferenceAnswers | null) ?? null,
  };
}

export async function referencesOf(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programMentorId: string,
) {
  return db
    .select()
    .from(referenceRequests)
    .where(
      and(
        eq(referenceRequests.organisationId, organisationId),
        eq(referenceRequests.programMentorId, programMentorId),
      ),
    )
    .orderBy(asc(referenceRequests.createdAt), asc(referenceRequests.id));
}

/** Who the reference is about, where: the candidate, the program, the organisation. */
async function contextOf(db: DbOrTx, programMentorId: string) {
  const [row] = await db
    .select({
      stage: programMentors.stage,
      candidateName: users.name,
      programName: programs.name,
      organisationName: organisations.name,
    })
    .from(programMentors)
    .innerJoin(users, eq(users.id, programMentors.userId))
    .innerJoin(programs, eq(programs.id, programMentors.programId))
    .innerJoin(organisations, eq(organisations.id, programMentors.organisationId))
    .where(eq(programMentors.id, programMentorId));
  if (!row) throw new AppError('not_found');
  return row;
}

function referenceMail(
  context: { candidateName: string; programName: string; organisationName: string },
  referee: { refereeName: string; refereeEmail: string },
  secret: string,
  expiresAt: Date,
  publicUrl: string,
  organisationId: string,
): Mail {
  const locale = REFEREE_LOCALE;
  const params = {
    candidate: context.candidateName,
    program: context.programName,
    organisation: context.organisationName,
    link: `${publicUrl}/reference?token=${encodeURIComponent(secret)}`,
    date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(expiresAt),
  };
  return {
    kind: 'notification',
    organisationId,
    to: referee.refereeEmail,
    subject: translate(locale, 'screening.mail.referenceRequest.subject', params),
    body: letter(locale, referee.refereeName, 'screening.mail.referenceRequest.body', params),
  };
}

type MailDeps = Pick<AppDeps, 'mailer' | 'config'>;

/** Asks a referee for a reference: the row and its mail in one transaction. */
export async function requestReference(
  tx: DbOrTx,
  deps: MailDeps,
  organisationId: AuthorizedOrgId,
  programMentorId: string,
  input: ReferenceRequestInput,
  at: Date,
  actor: Actor | null,
): Promise<{ row: ReferenceRow; mailId: string }> {
  const context = await contextOf(tx, programMentorId);
  if (screeningClosed(context.stage)) throw new AppError('stage_transition_invalid');
  const { secret, hash } = newSecret();
  const expiresAt = addDays(at, REFERENCE_LINK_DAYS);
  const [row] = await tx
    .insert(referenceRequests)
    .values({
      id: newId(),
      organisationId,
      programMentorId,
      refereeName: input.refereeName,
      refereeEmail: input.refereeEmail,
      relation: input.relation,
      tokenHash: hash,
      expiresAt,
      requestedBy: actor ? userIdOf(actor) : null,
      createdAt: at,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await recordMentorEvent(
    tx,
    organisationId,
    programMentorId,
    'reference_requested',
    at,
    actor ? userIdOf(actor) : null,
    { referee: input.refereeName },
  );
  const mailId = await deps.mailer.store(
    tx,
    referenceMail(context, input, secret, expiresAt, deps.config.publicUrl, organisationId),
  );
  return { row, mailId };
}

async function lockReference(tx: DbOrTx, organisationId: AuthorizedOrgId, referenceId: string) {
  const [row] = await tx
    .select()
    .from(referenceRequests)
    .where(
      and(
        eq(referenceRequests.organisationId, organisationId),
        eq(referenceRequests.id, referenceId),
      ),
    )
    .for('update');
  if (!row) throw new AppError('not_found');
  return row;
}

/** A new link with a new expiry; the old link stops working. 409 once answered. */
export async function resendReference(
  tx: DbOrTx,
  deps: MailDeps,
  organisationId: AuthorizedOrgId,
  referenceId: string,
  at: Date,
  actor: Actor | null,
): Promise<{ row: ReferenceRow; mailId: string }> {
  const current = await lockReference(tx, organisationId, referenceId);
  if (current.answeredAt) throw new AppError('reference_answered');
  const context = await contextOf(tx, current.programMentorId);
  if (screeningClosed(context.stage)) throw new AppError('stage_transition_invalid');
  const { secret, hash } = newSecret();
  const expiresAt = addDays(at, REFERENCE_LINK_DAYS);
  const [row] = await tx
    .update(referenceRequests)
    .set({ tokenHash: hash, expiresAt })
    .where(eq(referenceRequests.id, referenceId))
    .returning();
  if (!row) throw new AppError('not_found');
  await recordMentorEvent(
    tx,
    organisationId,
    current.programMentorId,
    'reference_requested',
    at,
    actor ? userIdOf(actor) : null,
    { referee: current.refereeName, resent: true },
  );
  const mailId = await deps.mailer.store(
    tx,
    referenceMail(context, current, secret, expiresAt, deps.config.publicUrl, organisationId),
  );
  return { row, mailId };
}

/** Withdraws an unanswered request: the link stops working. 409 once answered. */
export async function withdrawReference(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  referenceId: string,
  at: Date,
  actor: Actor | null,
) {
  const current = await lockReference(tx, organisationId, referenceId);
  if (current.answeredAt) throw new AppError('reference_answered');
  await tx.delete(referenceRequests).where(eq(referenceRequests.id, referenceId));
  await recordMentorEvent(
    tx,
    organisationId,
    current.programMentorId,
    'reference_requested',
    at,
    actor ? userIdOf(actor) : null,
    { referee: current.refereeName, withdrawn: true },
  );
}

/** The request behind a link, whatever its state; null when the link is unknown. */
async function byToken(db: DbOrTx, token: string, lock: boolean) {
  const query = db
    .select()
    .from(referenceRequests)
    .where(eq(referenceRequests.tokenHash, hashSecret(token)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** What the referee sees; 410 `token_invalid` for an unknown, expired or answered link. */
export async function publicReference(
  db: DbOrTx,
  token: string,
  at: Date,
): Promise<PublicReference> {
  const row = await byToken(db, token, false);
  if (!row || row.answeredAt || row.expiresAt <= at) throw new AppError('token_invalid');
  const context = await contextOf(db, row.programMentorId);
  if (screeningClosed(context.stage)) throw new AppError('token_invalid');
  return {
    candidateName: context.candidateName,
    programName: context.programName,
    organisationName: context.organisationName,
    refereeName: row.refereeName,
    expiresAt: row.expiresAt.toISOString(),
  };
}

/**
 * The referee's answer, once: 409 `reference_answered` for a second answer, 410
 * `token_invalid` for an unknown or expired link.
 */
export async function answerReference(
  tx: DbOrTx,
  token: string,
  answers: ReferenceAnswers,
  at: Date,
) {
  const row = await byToken(tx, token, true);
  if (!row) throw new AppError('token_invalid');
  if (row.answeredAt) throw new AppError('reference_answered');
  if (row.expiresAt <= at) throw new AppError('token_invalid');
  const context = await contextOf(tx, row.programMentorId);
  if (screeningClosed(context.stage)) throw new AppError('token_invalid');
  await tx
    .update(referenceRequests)
    .set({ answers, answeredAt: at })
    .where(eq(referenceRequests.id, row.id));
  await recordMentorEvent(
    tx,
    row.organisationId as AuthorizedOrgId,
    row.programMentorId,
    'reference_answered',
    at,
    null,
    { referee: row.refereeName, wouldRecommend: answers.wouldRecommend },
  );
}
