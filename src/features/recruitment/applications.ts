import { and, eq } from 'drizzle-orm';
import type { Role } from '../../contracts/roles';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../db/ids';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { createOneTimeToken, INVITATION_DAYS } from '../accounts/mutations';
import { findUserByEmail } from '../accounts/queries';
import { users } from '../accounts/tables';
import { withKnownPlace } from '../gazetteer/gazetteer';
import type { Mailer } from '../mail/mailer';
import { memberships, organisations } from '../organisations/tables';
import { programs } from '../programs/tables';
import { childCertificateRequired } from '../training/rules';
import { applicationReceivedMail } from './mails';
import { recordMentorEvent } from './program-mentors';
import type { applicationSchema, PublicProgram } from './schemas';
import { programMentors } from './tables';

/** Applications from one address in this window, at most `max` (then 429). */
export const APPLICATION_LIMIT = { bucket: 'public-application', max: 5, windowMs: 3_600_000 };

/** A published program with its organisation's name, or null (drafts and archived too). */
export async function findPublishedProgram(db: DbOrTx, programId: string) {
  const [row] = await db
    .select({ program: programs, organisationName: organisations.name })
    .from(programs)
    .innerJoin(organisations, eq(organisations.id, programs.organisationId))
    .where(and(eq(programs.id, programId), eq(programs.status, 'published')));
  return row ?? null;
}

export function presentPublicProgram(
  row: NonNullable<Awaited<ReturnType<typeof findPublishedProgram>>>,
): PublicProgram {
  const { program } = row;
  return {
    id: program.id,
    name: program.name,
    description: program.description,
    type: program.type,
    organisationName: row.organisationName,
    trainingMinutes: program.trainingMinutes,
    inPersonSessionRequired: program.inPersonSessionRequired,
    commitmentMonths: program.commitmentMonths,
    meetingCadence: program.meetingCadence,
    childCertificateRequired: childCertificateRequired(program),
    nominationRequired: program.nominationRequired,
    menteeAgeMin: program.menteeAgeMin,
    menteeAgeMax: program.menteeAgeMax,
  };
}

/**
 * The person's membership in the organisation with the mentor role: created (invited
 * until a password is chosen) when they had none, the role added when they had others.
 */
export async function ensureMentorMembership(
  tx: DbOrTx,
  organisationId: string,
  user: { id: string; passwordHash: string | null },
) {
  const [existing] = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, user.id)))
    .for('update');
  if (existing) {
    if (!existing.roles.includes('mentor')) {
      await tx
        .update(memberships)
        .set({ roles: [...(existing.roles as Role[]), 'mentor'] })
        .where(eq(memberships.id, existing.id));
    }
    return existing;
  }
  const [created] = await tx
    .insert(memberships)
    .values({
      id: newId(),
      organisationId,
      userId: user.id,
      roles: ['mentor'],
      status: user.passwordHash ? 'active' : 'invited',
    })
    .returning();
  if (!created) throw new Error('insert returned nothing');
  return created;
}

/**
 * A volunteer's application, in one transaction: the person (found by e-mail, or new
 * without a password), their membership with the mentor role, the candidacy at `applied`
 * with the answers and consent, the timeline, and the mail (stored here, sent after the
 * commit by the caller). Whether the e-mail already had an account is not told: both
 * get the same answer; a new person gets a link to choose a password, someone with an
 * account a link to sign in. A second application to the program: 409 `already_applied`.
 */
export async function submitApplication(
  tx: DbOrTx,
  mailer: Mailer,
  found: NonNullable<Awaited<ReturnType<typeof findPublishedProgram>>>,
  input: ReturnType<typeof applicationSchema.parse>,
  at: Date,
  publicUrl: string,
): Promise<string> {
  const { program } = found;
  const organisationId = program.organisationId as AuthorizedOrgId;
  const profile = withKnownPlace(input.profile, 'profile.place');
  const user =
    (await findUserByEmail(tx, input.email)) ??
    (
      await tx
        .insert(users)
        .values({ id: newId(), email: input.email, name: input.name, locale: input.locale })
        .onConflictDoNothing()
        .returning()
    )[0] ??
    (await findUserByEmail(tx, input.email));
  if (!user) throw new Error('insert returned nothing');
  await ensureMentorMembership(tx, organisationId, user);
  const [candidacy] = await tx
    .insert(programMentors)
    .values({
      id: newId(),
      organisationId,
      programId: program.id,
      userId: user.id,
      stage: 'applied',
      source: 'application',
      motivation: input.motivation,
      experience: input.experience,
      phone: input.phone,
      birthYear: input.birthYear,
      profile,
      capacity: input.capacity,
      consentAt: at,
      stageChangedAt: at,
    })
    .onConflictDoNothing()
    .returning({ id: programMentors.id });
  if (!candidacy) throw new AppError('already_applied');
  await recordMentorEvent(tx, organisationId, candidacy.id, 'applied', at, user.id);
  const secret = user.passwordHash
    ? null
    : await createOneTimeToken(tx, {
        userId: user.id,
        purpose: 'invitation',
        organisationId,
        expiresAt: new Date(at.getTime() + INVITATION_DAYS * 86_400_000),
      });
  // The applicant's chosen language, and the name they gave (not one stored before).
  const mail = applicationReceivedMail(
    { email: user.email, name: input.name, locale: input.locale },
    {
      program: program.name,
      organisation: found.organisationName,
      base: publicUrl,
      secret,
    },
  );
  return mailer.store(tx, {
    kind: secret ? 'invitation' : 'notification',
    organisationId,
    to: user.email,
    ...mail,
  });
}
