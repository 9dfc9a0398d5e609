import { and, eq, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../db/ids';
import type { Actor, AuthorizedOrgId } from '../../server/lib/access';
import { userIdOf } from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { findUserByEmail } from '../accounts/queries';
import { users } from '../accounts/tables';
import type { Mailer } from '../mail/mailer';
import { inviteMember } from '../organisations/mutations';
import { memberships, organisations } from '../organisations/tables';
import type { ProgramRow } from '../programs/queries';
import { ensureMentorMembership } from './applications';
import { nominationDecidedMail, nominationMail, rejectionMail } from './mails';
import { recordMentorEvent } from './program-mentors';
import type { nominateSchema } from './schemas';
import { nominations, programMentors } from './tables';

const invalid = (path: string, key: string) =>
  AppError.invalid([{ path, messageKey: `recruitment.validation.${key}` }]);

async function organisationName(db: DbOrTx, organisationId: string) {
  const [row] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return row?.name ?? '';
}

/**
 * HR nominates an employee for a program that takes mentors by nomination: an existing
 * member, or someone new by e-mail (invited with the mentor role). The employee gets a
 * mail to accept or decline. Returns the nomination and the stored mail's id.
 */
export async function nominate(
  tx: DbOrTx,
  mailer: Mailer,
  organisationId: AuthorizedOrgId,
  program: ProgramRow,
  input: ReturnType<typeof nominateSchema.parse>,
  actor: Actor,
  at: Date,
  publicUrl: string,
) {
  if (!program.nominationRequired) throw invalid('programId', 'notNominationProgram');
  if (program.status === 'archived') throw new AppError('program_archived');
  const actorId = userIdOf(actor);
  let userId: string;
  let secret: string | null = null;
  if (input.membershipId) {
    const [member] = await tx
      .select()
      .from(memberships)
      .where(
        and(eq(memberships.organisationId, organisationId), eq(memberships.id, input.membershipId)),
      );
    if (!member)
      throw AppError.invalid([{ path: 'membershipId', messageKey: 'validation.unknown_member' }]);
    userId = member.userId;
  } else {
    const email = input.email ?? '';
    const existing = await findUserByEmail(tx, email);
    const [member] = existing
      ? await tx
          .select()
          .from(memberships)
          .where(
            and(
              eq(memberships.organisationId, organisationId),
              eq(memberships.userId, existing.id),
            ),
          )
      : [];
    if (existing && member) {
      userId = existing.id;
    } else {
      const invited = await inviteMember(
        tx,
        organisationId,
        { email, name: input.name ?? email, roles: ['mentor'], locale: input.locale },
        at,
      );
      userId = invited.user.id;
      secret = invited.secret;
    }
  }
  if (userId === actorId)
    throw invalid(input.membershipId ? 'membershipId' : 'email', 'selfNomination');
  const [user] = await tx.select().from(users).where(eq(users.id, userId));
  if (!user) throw new AppError('not_found');
  await ensureMentorMembership(tx, organisationId, user);
  const [candidacy] = await tx
    .insert(programMentors)
    .values({
      id: newId(),
      organisationId,
      programId: program.id,
      userId,
      stage: 'nominated',
      source: 'nomination',
      stageChangedAt: at,
    })
    .onConflictDoNothing()
    .returning({ id: programMentors.id });
  if (!candidacy) {
    throw invalid(input.membershipId ? 'membershipId' : 'email', 'alreadyInProgram');
  }
  const nominationId = newId();
  await tx.insert(nominations).values({
    id: nominationId,
    organisationId,
    programMentorId: candidacy.id,
    nominatedBy: actorId,
    worksWellWithOthers: input.worksWellWithOthers,
    positiveAttitude: input.positiveAttitude,
    performsDuties: input.performsDuties,
    comment: input.comment,
    createdAt: at,
  });
  await recordMentorEvent(tx, organisationId, candidacy.id, 'nominated', at, actorId);
  const mail = nominationMail(user, {
    program: program.name,
    organisation: await organisationName(tx, organisationId),
    nominator: actor.kind === 'person' ? actor.name : 'HR',
    base: publicUrl,
    secret,
  });
  const mailId = await mailer.store(tx, {
    kind: secret ? 'invitation' : 'notification',
    organisationId,
    to: user.email,
    ...mail,
  });
  return { nominationId, programMentorId: candidacy.id, mailId };
}

async function lockNomination(tx: DbOrTx, organisationId: AuthorizedOrgId, nominationId: string) {
  const [row] = await tx
    .select({
      nomination: nominations,
      mentor: programMentors,
      programName: sql<string>`(select name from programs where programs.id = ${programMentors.programId})`,
    })
    .from(nominations)
    .innerJoin(programMentors, eq(programMentors.id, nominations.programMentorId))
    .where(and(eq(nominations.organisationId, organisationId), eq(nominations.id, nominationId)))
    .for('update');
  if (!row) throw new AppError('not_found');
  return row;
}

/**
 * The employee accepts or declines their own nomination (anyone else: 404, so it cannot
 * be probed). Declining withdraws them from the program. Once answered: 409.
 */
export async function respondToNomination(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  nominationId: string,
  userId: string | null,
  accept: boolean,
  at: Date,
) {
  const row = await lockNomination(tx, organisationId, nominationId);
  if (!userId || row.mentor.userId !== userId) throw new AppError('not_found');
  if (row.nomination.response !== 'pending' || row.mentor.stage !== 'nominated') {
    throw new AppError('nomination_not_pending');
  }
  await tx
    .update(nominations)
    .set({ response: accept ? 'accepted' : 'declined', respondedAt: at })
    .where(eq(nominations.id, nominationId));
  if (!accept) {
    await tx
      .update(programMentors)
      .set({ stage: 'withdrawn', stageChangedAt: at, exitReason: 'nomination_declined' })
      .where(eq(programMentors.id, row.mentor.id));
  }
  await recordMentorEvent(
    tx,
    organisationId,
    row.mentor.id,
    accept ? 'nomination_accepted' : 'nomination_declined',
    at,
    userId,
  );
  return { ...row.nomination, response: accept ? ('accepted' as const) : ('declined' as const) };
}

/**
 * Sets the coordinator's decision on a nomination the employee accepted: approved moves
 * them to screening; rejected ends it with the reason. Either way the employee is told.
 * Not accepted yet, or decided already: 409 `nomination_not_pending`.
 */
export async function decideNomination(
  tx: DbOrTx,
  mailer: Mailer,
  organisationId: AuthorizedOrgId,
  nominationId: string,
  input: { approve: boolean; reason?: string },
  actor: Actor,
  at: Date,
  publicUrl: string,
) {
  const row = await lockNomination(tx, organisationId, nominationId);
  if (
    row.nomination.response !== 'accepted' ||
    row.nomination.decision !== 'pending' ||
    row.mentor.stage !== 'nominated'
  ) {
    throw new AppError('nomination_not_pending');
  }
  const actorId = userIdOf(actor);
  await approveOrReject(tx, organisationId, row.nomination.id, row.mentor.id, input, actorId, at);
  const [user] = await tx.select().from(users).where(eq(users.id, row.mentor.userId));
  if (!user) throw new AppError('not_found');
  const context = {
    program: row.programName,
    organisation: await organisationName(tx, organisationId),
  };
  const mail =
    !input.approve && input.reason
      ? rejectionMail(user, { ...context, reason: input.reason })
      : nominationDecidedMail(user, input.approve, { ...context, base: publicUrl });
  const mailId = await mailer.store(tx, {
    kind: 'notification',
    organisationId,
    to: user.email,
    ...mail,
  });
  return {
    nomination: {
      ...row.nomination,
      decision: input.approve ? ('approved' as const) : ('rejected' as const),
    },
    mailId,
  };
}

/** The decision's rows and timeline; shared with the pipeline's bulk advance. */
export async function approveOrReject(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  nominationId: string,
  programMentorId: string,
  input: { approve: boolean; reason?: string },
  actorId: string | null,
  at: Date,
) {
  await tx
    .update(nominations)
    .set({
      decision: input.approve ? 'approved' : 'rejected',
      decidedBy: actorId,
      decidedAt: at,
    })
    .where(eq(nominations.id, nominationId));
  await tx
    .update(programMentors)
    .set(
      input.approve
        ? { stage: 'screening', stageChangedAt: at, exitReason: null }
        : { stage: 'rejected', stageChangedAt: at, exitReason: input.reason ?? null },
    )
    .where(and(eq(programMentors.id, programMentorId), ne(programMentors.stage, 'rejected')));
  await recordMentorEvent(
    tx,
    organisationId,
    programMentorId,
    input.approve ? 'nomination_approved' : 'rejected',
    at,
    actorId,
    input.approve ? null : { reason: input.reason ?? null },
  );
}

/** Members HR may nominate: by name or e-mail, not yet in the program. */
export async function nominationCandidates(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  q: string,
  limit: number,
) {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select({ membershipId: memberships.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        sql`(${users.name} ilike ${pattern} or ${users.email} ilike ${pattern})`,
        sql`not exists (select 1 from ${programMentors} where ${programMentors.programId} = ${programId} and ${programMentors.userId} = ${memberships.userId})`,
      ),
    )
    .orderBy(users.name, memberships.id)
    .limit(limit);
}
