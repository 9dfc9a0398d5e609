import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import type { Actor, AuthorizedOrgId } from '../../server/lib/access';
import { userIdOf } from '../../server/lib/access';
import { AppError, type FieldIssue } from '../../server/lib/app-error';
import { users } from '../accounts/tables';
import type { Mailer } from '../mail/mailer';
import { organisations } from '../organisations/tables';
import type { ProgramRow } from '../programs/queries';
import { pipelineMessageMail, rejectionMail } from './mails';
import { approveOrReject } from './nominations';
import { lockProgramMentors } from './pipeline';
import { recordMentorEvent } from './program-mentors';
import type { pipelineActionSchema } from './schemas';
import { passScreening } from './screening';
import { openRecruitmentStages } from './stages';
import { nominations, programMentors } from './tables';

type ActionInput = ReturnType<typeof pipelineActionSchema.parse>;

const required = (path: string, key: string): FieldIssue => ({
  path,
  messageKey: `recruitment.validation.${key}`,
});

function transitionInvalid(mentorId: string, name: string, stage: string) {
  return new AppError('stage_transition_invalid', { details: { mentorId, name, stage } });
}

/**
 * A coordinator's action on several of a program's mentors at once, all or nothing:
 * advance (applied → screening; an accepted nomination → approved and screening;
 * screening → training through `passScreening`), reject with a reason (and a kind mail),
 * or a message by mail. Every change goes on the mentor's timeline. Mails are stored in
 * the transaction; the caller delivers them after the commit. Returns the mails' ids.
 */
export async function runPipelineAction(
  tx: DbOrTx,
  mailer: Mailer,
  organisationId: AuthorizedOrgId,
  program: ProgramRow,
  input: ActionInput,
  actor: Actor,
  at: Date,
): Promise<string[]> {
  const issues: FieldIssue[] = [];
  if (input.action === 'reject' && !input.reason) issues.push(required('reason', 'reasonRequired'));
  if (input.action === 'message') {
    if (!input.subject) issues.push(required('subject', 'subjectRequired'));
    if (!input.message) issues.push(required('message', 'messageRequired'));
  }
  const rows = await lockProgramMentors(tx, organisationId, input.mentorIds);
  const byId = new Map(rows.map((r) => [r.id, r]));
  input.mentorIds.forEach((id, i) => {
    if (byId.get(id)?.programId !== program.id) {
      issues.push(required(`mentorIds.${i}`, 'unknownMentor'));
    }
  });
  if (issues.length > 0) throw AppError.invalid(issues);

  const people = await tx
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(
      inArray(
        users.id,
        rows.map((r) => r.userId),
      ),
    );
  const personOf = new Map(people.map((p) => [p.id, p]));
  const [organisation] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  const context = { program: program.name, organisation: organisation?.name ?? '' };
  const actorId = userIdOf(actor);
  const mailIds: string[] = [];

  for (const id of input.mentorIds) {
    const mentor = byId.get(id);
    const person = mentor && personOf.get(mentor.userId);
    if (!mentor || !person) throw new AppError('not_found');
    if (input.action === 'advance') {
      await advance(tx, organisationId, mentor, person.name, actor, at);
    } else if (input.action === 'reject') {
      if (!openRecruitmentStages.includes(mentor.stage)) {
        throw transitionInvalid(mentor.id, person.name, mentor.stage);
      }
      const reason = input.reason ?? '';
      await tx
        .update(programMentors)
        .set({ stage: 'rejected', stageChangedAt: at, exitReason: reason })
        .where(eq(programMentors.id, mentor.id));
      await tx
        .update(nominations)
        .set({ decision: 'rejected', decidedBy: actorId, decidedAt: at })
        .where(
          and(eq(nominations.programMentorId, mentor.id), eq(nominations.decision, 'pending')),
        );
      await recordMentorEvent(tx, organisationId, mentor.id, 'rejected', at, actorId, {
        from: mentor.stage,
        reason,
      });
      mailIds.push(
        await mailer.store(tx, {
          kind: 'notification',
          organisationId,
          to: person.email,
          ...rejectionMail(person, { ...context, reason }),
        }),
      );
    } else {
      const subject = input.subject ?? '';
      mailIds.push(
        await mailer.store(tx, {
          kind: 'notification',
          organisationId,
          to: person.email,
          ...pipelineMessageMail(person, { ...context, subject, message: input.message ?? '' }),
        }),
      );
      await recordMentorEvent(tx, organisationId, mentor.id, 'message_sent', at, actorId, {
        subject,
      });
    }
  }
  return mailIds;
}

async function advance(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  mentor: typeof programMentors.$inferSelect,
  name: string,
  actor: Actor,
  at: Date,
) {
  const actorId = userIdOf(actor);
  if (mentor.stage === 'applied') {
    await tx
      .update(programMentors)
      .set({ stage: 'screening', stageChangedAt: at })
      .where(eq(programMentors.id, mentor.id));
    await recordMentorEvent(tx, organisationId, mentor.id, 'stage_changed', at, actorId, {
      from: 'applied',
      to: 'screening',
    });
    return;
  }
  if (mentor.stage === 'nominated') {
    const [nomination] = await tx
      .select()
      .from(nominations)
      .where(eq(nominations.programMentorId, mentor.id));
    // Only once the employee has accepted; advancing is then the coordinator's approval.
    if (nomination?.response !== 'accepted' || nomination.decision === 'rejected') {
      throw transitionInvalid(mentor.id, name, mentor.stage);
    }
    await approveOrReject(
      tx,
      organisationId,
      nomination.id,
      mentor.id,
      { approve: true },
      actorId,
      at,
    );
    return;
  }
  if (mentor.stage === 'screening') {
    try {
      await passScreening(tx, organisationId, mentor.id, at, actor);
    } catch (error) {
      // Say whose screening is not done, when several were advanced at once.
      if (error instanceof AppError) {
        throw new AppError(error.code, {
          ...error.options,
          details: { ...error.options.details, mentorId: mentor.id, name },
        });
      }
      throw error;
    }
    return;
  }
  throw transitionInvalid(mentor.id, name, mentor.stage);
}

/**
 * The person withdraws their own application or nomination (or a coordinator records
 * that they did). Only before training: later stages answer 409.
 */
export async function withdrawCandidacy(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  mentor: typeof programMentors.$inferSelect,
  reason: string | undefined,
  actorId: string | null,
  at: Date,
) {
  const [locked] = await lockProgramMentors(tx, organisationId, [mentor.id]);
  if (!locked) throw new AppError('not_found');
  if (!openRecruitmentStages.includes(locked.stage)) {
    throw new AppError('stage_transition_invalid', {
      details: { mentorId: locked.id, stage: locked.stage },
    });
  }
  await tx
    .update(programMentors)
    .set({ stage: 'withdrawn', stageChangedAt: at, exitReason: reason ?? null })
    .where(eq(programMentors.id, locked.id));
  await recordMentorEvent(tx, organisationId, locked.id, 'withdrawn', at, actorId, {
    from: locked.stage,
  });
}
