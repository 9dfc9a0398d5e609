import { and, asc, desc, eq, gte, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  Attendance,
  addItemSchema,
  addModuleSchema,
  ItemKind,
  reorderSchema,
  updateItemSchema,
  updateModuleSchema,
} from '../../contracts/training';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../db/ids';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { AppError, type FieldIssue } from '../../server/lib/app-error';
import { memberships } from '../organisations/tables';
import { findProgram } from '../programs/queries';
import { programMentorForEnrolment } from '../recruitment/program-mentors';
import { certificateIssuer } from './certificate-issuer';
import {
  type Curriculum,
  currentCurriculum,
  findCurriculum,
  findSession,
  findVersion,
  type ItemRow,
  latestReflection,
  quizAttemptsOf,
} from './queries';
import {
  answerIssues,
  attemptsLeft,
  DAY_MS,
  gradeQuiz,
  publishIssues,
  type QuizAnswer,
  refresherAvailable,
} from './rules';
import {
  certificates,
  codeOfConductSignatures,
  curriculumItems,
  curriculumModules,
  curriculumVersions,
  enrolments,
  itemProgress,
  lessonFeedback,
  quizAttempts,
  reflections,
  sessionSignups,
  trainingSessions,
} from './tables';

const invalid = (path: string, messageKey: string, params?: FieldIssue['params']) =>
  AppError.invalid([{ path, messageKey, ...(params ? { params } : {}) }]);

/* ---------- enrolment ---------- */

/** A coordinator enrols a member who holds the mentor role; the deadline follows the window. */
export async function enrolMentor(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  membershipId: string,
  now: Date,
  actorId: string | null = null,
) {
  const program = await findProgram(tx, organisationId, programId);
  if (!program) throw new AppError('not_found');
  if (program.status === 'archived') throw new AppError('program_archived');
  const [member] = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.id, membershipId)));
  if (!member) throw invalid('membershipId', 'validation.unknown_member');
  if (!member.roles.includes('mentor')) throw invalid('membershipId', 'validation.not_a_mentor');
  const [row] = await tx
    .insert(enrolments)
    .values({
      id: newId(),
      organisationId,
      programId,
      userId: member.userId,
      status: 'in_training',
      enrolledAt: now,
      cycleStartedAt: now,
      deadline: new Date(now.getTime() + program.trainingWindowDays * DAY_MS),
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new AppError('already_enrolled');
  await programMentorForEnrolment(tx, organisationId, programId, member.userId, now, actorId);
  return row;
}

/**
 * Every change to a mentor's progress takes the enrolment's row lock first, so actions on
 * one enrolment run one after the other (and the certificate is issued once).
 */
async function lockEnrolment(tx: DbOrTx, organisationId: AuthorizedOrgId, enrolmentId: string) {
  const [row] = await tx
    .select()
    .from(enrolments)
    .where(and(eq(enrolments.organisationId, organisationId), eq(enrolments.id, enrolmentId)))
    .for('update');
  if (!row) throw new AppError('not_found');
  return row;
}

/** The item of the program's current curriculum with this key and one of these kinds. */
async function currentItem(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  itemKey: string,
  kinds: ItemKind[],
): Promise<{ curriculum: Curriculum; item: ItemRow }> {
  const curriculum = await currentCurriculum(tx, organisationId, programId);
  const item = curriculum?.items.find((i) => i.key === itemKey);
  if (!curriculum || !item) throw invalid('itemKey', 'validation.unknown_item');
  if (!kinds.includes(item.kind)) {
    throw invalid('itemKey', 'validation.item_kind', { kind: kinds.join(', ') });
  }
  return { curriculum, item };
}

/**
 * Opening keeps the first time in the round, passing keeps the first pass in the round;
 * a time from before the round started (before a refresher) is replaced.
 */
async function upsertProgress(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  enrolment: { id: string; cycleStartedAt: Date },
  itemKey: string,
  set: { openedAt?: Date; completedAt?: Date | null },
) {
  const cycle = enrolment.cycleStartedAt.toISOString();
  const keepInCycle = (column: typeof itemProgress.openedAt, excluded: string) =>
    sql`case when ${column} >= ${cycle}::timestamptz then ${column} else ${sql.raw(`excluded.${excluded}`)} end`;
  await tx
    .insert(itemProgress)
    .values({ id: newId(), organisationId, enrolmentId: enrolment.id, itemKey, ...set })
    .onConflictDoUpdate({
      target: [itemProgress.enrolmentId, itemProgress.itemKey],
      set: {
        ...(set.openedAt ? { openedAt: keepInCycle(itemProgress.openedAt, 'opened_at') } : {}),
        ...(set.completedAt === null
          ? { completedAt: null }
          : set.completedAt
            ? { completedAt: keepInCycle(itemProgress.completedAt, 'completed_at') }
            : {}),
      },
    });
}

/** Marks an item passed (once) and issues the certificate when it was the last one. */
async function completeItem(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  enrolment: { id: string; cycleStartedAt: Date },
  itemKey: string,
  now: Date,
) {
  await upsertProgress(tx, organisationId, enrolment, itemKey, { completedAt: now });
  return certificateIssuer(tx, organisationId, enrolment.id, now);
}

/**
 * Starts a refresher: a new round of the current curriculum with a new deadline, in which
 * only new passes count; the certificate it ends with replaces the expiring one. The old
 * certificate stays valid until it expires, so a refresher begun early loses no time.
 */
export async function startRefresher(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  enrolmentId: string,
  now: Date,
) {
  const enrolment = await lockEnrolment(tx, organisationId, enrolmentId);
  const [latest] = await tx
    .select({ expiresAt: certificates.expiresAt })
    .from(certificates)
    .where(
      and(
        eq(certificates.organisationId, organisationId),
        eq(certificates.enrolmentId, enrolmentId),
      ),
    )
    .orderBy(desc(certificates.issuedAt))
    .limit(1);
  if (!refresherAvailable(enrolment.status, latest?.expiresAt ?? null, now)) {
    throw new AppError('refresher_not_due');
  }
  const program = await findProgram(tx, organisationId, enrolment.programId);
  if (!program) throw new AppError('not_found');
  await tx
    .update(enrolments)
    .set({
      status: 'recertification_due',
      cycleStartedAt: now,
      deadline: new Date(now.getTime() + program.trainingWindowDays * DAY_MS),
      lastItemKey: null,
    })
    .where(eq(enrolments.id, enrolmentId));
}

/**
 * Remembers where the mentor is, to resume there; only items of the current curriculum
 * (an unknown key changes nothing). Answers the enrolment's last item key.
 */
export async function openItem(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  enrolment: { id: string; programId: string; lastItemKey: string | null; cycleStartedAt: Date },
  itemKey: string,
  now: Date,
) {
  const curriculum = await currentCurriculum(db, organisationId, enrolment.programId);
  if (!curriculum?.items.some((i) => i.key === itemKey)) return enrolment.lastItemKey;
  await upsertProgress(db, organisationId, enrolment, itemKey, { openedAt: now });
  await db
    .update(enrolments)
    .set({ lastItemKey: itemKey })
    .where(and(eq(enrolments.organisationId, organisationId), eq(enrolments.id, enrolment.id)));
  return itemKey;
}

export async function markLessonRead(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  enrolmentId: string,
  itemKey: string,
  now: Date,
) {
  const enrolment = await lockEnrolment(tx, organisationId, enrolmentId);
  await currentItem(tx, organisationId, enrolment.programId, itemKey, ['lesson']);
  await upsertProgress(tx, organisationId, enrolment, itemKey, { openedAt: now });
  return completeItem(tx, organisationId, enrolment, itemKey, now);
}

/** "Did this help you?": one answer per mentor and lesson; answering again replaces it. */
export async function saveLessonFeedback(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  enrolmentId: string,
  input: { itemKey: string; helpful: boolean; comment?: string },
  now: Date,
) {
  const enrolment = await lockEnrolment(tx, organisationId, enrolmentId);
  await currentItem(tx, organisationId, enrolment.programId, input.itemKey, ['lesson']);
  const comment = input.comment ? input.comment : null;
  await tx
    .insert(lessonFeedback)
    .values({
      id: newId(),
      organisationId,
      programId: enrolment.programId,
      enrolmentId,
      itemKey: input.itemKey,
      helpful: input.helpful,
      comment,
      createdAt: now,
    })
    .onConflictDoUpdate({
      target: [lessonFeedback.enrolmentId, lessonFeedback.itemKey],
      set: { helpful: input.helpful, comment, createdAt: now },
    });
  return { helpful: input.helpful, comment };
}

/** Grades a quiz on the server; the answers with explanations go back only now. */
export async function submitQuiz(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  enrolmentId: string,
  input: { itemKey: string; answers: QuizAnswer[] },
  now: Date,
) {
  const enrolment = await lockEnrolment(tx, organisationId, enrolmentId);
  const { curriculum, item } = await currentItem(
    tx,
    organisationId,
    enrolment.programId,
    input.itemKey,
    ['quiz'],
  );
  const quiz = item.content.quiz;
  if (!quiz) throw new Error(`quiz ${item.id} has no questions`);
  const issues = answerIssues(quiz, input.answers);
  if (issues.length > 0) throw AppError.invalid(issues);
  const previous = await quizAttemptsOf(
    tx,
    organisationId,
    enrolmentId,
    item.key,
    enrolment.cycleStartedAt,
  );
  if (previous.some((a) => a.passed)) throw new AppError('quiz_passed');
  if (attemptsLeft(quiz, previous.length) === 0) throw new AppError('quiz_attempts_exhausted');
  const grade = gradeQuiz(quiz, input.answers);
  const id = newId();
  await tx.insert(quizAttempts).values({
    id,
    organisationId,
    enrolmentId,
    itemKey: item.key,
    versionId: curriculum.version.id,
    answers: input.answers,
    score: grade.score,
    passed: grade.passed,
    submittedAt: now,
  });
  await upsertProgress(tx, organisationId, enrolment, item.key, { openedAt: now });
  const certificate = grade.passed
    ? await completeItem(tx, organisationId, enrolment, item.key, now)
    : null;
  return {
    attemptId: id,
    quiz,
    grade,
    attemptsLeft: attemptsLeft(quiz, previous.length + 1),
    certificate,
  };
}

export async function signCodeOfConduct(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  enrolmentId: string,
  itemKey: string,
  signedName: string,
  now: Date,
) {
  const enrolment = await lockEnrolment(tx, organisationId, enrolmentId);
  const { curriculum } = await currentItem(tx, organisationId, enrolment.programId, itemKey, [
    'code_of_conduct',
  ]);
  // Once per round of training: a signature keeps the date it was given.
  const [signed] = await tx
    .select({ id: codeOfConductSignatures.id })
    .from(codeOfConductSignatures)
    .where(
      and(
        eq(codeOfConductSignatures.organisationId, organisationId),
        eq(codeOfConductSignatures.enrolmentId, enrolmentId),
        eq(codeOfConductSignatures.itemKey, itemKey),
        gte(codeOfConductSignatures.signedAt, enrolment.cycleStartedAt),
      ),
    )
    .limit(1);
  if (signed) throw new AppError('already_signed');
  await tx.insert(codeOfConductSignatures).values({
    id: newId(),
    organisationId,
    enrolmentId,
    itemKey,
    versionId: curriculum.version.id,
    signedName,
    signedAt: now,
  });
  return completeItem(tx, organisationId, enrolment, itemKey, now);
}

/** A reflection waits for a trainer; while it waits the mentor may still change the text. */
export async function submitReflection(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  enrolmentId: string,
  input: { itemKey: string; text: string },
  now: Date,
) {
  const enrolment = await lockEnrolment(tx, organisationId, enrolmentId);
  await currentItem(tx, organisationId, enrolment.programId, input.itemKey, ['reflection']);
  const latest = await latestReflection(
    tx,
    organisationId,
    enrolmentId,
    input.itemKey,
    enrolment.cycleStartedAt,
  );
  if (latest?.status === 'approved') throw new AppError('conflict');
  await upsertProgress(tx, organisationId, enrolment, input.itemKey, { openedAt: now });
  if (latest?.status === 'submitted') {
    await tx
      .update(reflections)
      .set({ text: input.text, submittedAt: now })
      .where(eq(reflections.id, latest.id));
    return latest.id;
  }
  const id = newId();
  await tx.insert(reflections).values({
    id,
    organisationId,
    programId: enrolment.programId,
    enrolmentId,
    itemKey: input.itemKey,
    text: input.text,
    status: 'submitted',
    submittedAt: now,
  });
  return id;
}

export async function reviewReflection(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  reflectionId: string,
  input: { decision: 'approve' | 'return'; comment?: string },
  reviewerId: string | null,
  now: Date,
) {
  const [current] = await tx
    .select()
    .from(reflections)
    .where(and(eq(reflections.organisationId, organisationId), eq(reflections.id, reflectionId)));
  if (!current) throw new AppError('not_found');
  const enrolment = await lockEnrolment(tx, organisationId, current.enrolmentId);
  const [updated] = await tx
    .update(reflections)
    .set({
      status: input.decision === 'approve' ? 'approved' : 'returned',
      reviewComment: input.comment ? input.comment : null,
      reviewerId,
      reviewedAt: now,
    })
    .where(and(eq(reflections.id, reflectionId), eq(reflections.status, 'submitted')))
    .returning();
  if (!updated) throw new AppError('conflict');
  if (input.decision === 'approve') {
    await completeItem(tx, organisationId, enrolment, current.itemKey, now);
  }
  return updated;
}

/* ---------- in-person sessions ---------- */

export async function createSession(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  input: { itemKey: string; startsAt: string; endsAt: string; place: string; capacity: number },
  createdBy: string | null,
) {
  await currentItem(tx, organisationId, programId, input.itemKey, ['in_person']);
  const [row] = await tx
    .insert(trainingSessions)
    .values({
      id: newId(),
      organisationId,
      programId,
      itemKey: input.itemKey,
      startsAt: new Date(input.startsAt),
      endsAt: new Date(input.endsAt),
      place: input.place,
      capacity: input.capacity,
      createdBy,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** Lock the session so that places are counted by one sign-up or cancellation at a time. */
async function lockSession(tx: DbOrTx, organisationId: AuthorizedOrgId, sessionId: string) {
  const [row] = await tx
    .select()
    .from(trainingSessions)
    .where(
      and(eq(trainingSessions.organisationId, organisationId), eq(trainingSessions.id, sessionId)),
    )
    .for('update');
  return row ?? null;
}

/** A place while there is one, else the waiting list. */
export async function signUp(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  enrolmentId: string,
  sessionId: string,
  now: Date,
) {
  const enrolment = await lockEnrolment(tx, organisationId, enrolmentId);
  const session = await lockSession(tx, organisationId, sessionId);
  if (!session || session.programId !== enrolment.programId) {
    throw invalid('sessionId', 'validation.unknown_session');
  }
  if (session.endsAt <= now) throw new AppError('session_over');
  const [taken] = await tx
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(sessionSignups)
    .where(and(eq(sessionSignups.sessionId, sessionId), eq(sessionSignups.status, 'signed_up')));
  const status = (taken?.n ?? 0) < session.capacity ? 'signed_up' : 'waitlisted';
  const [row] = await tx
    .insert(sessionSignups)
    .values({
      id: newId(),
      organisationId,
      sessionId,
      enrolmentId,
      status,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new AppError('already_signed_up');
  return row;
}

/** Cancelling a place gives it to the first on the waiting list. */
export async function cancelSignup(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  signupId: string,
  now: Date,
) {
  const [current] = await tx
    .select()
    .from(sessionSignups)
    .where(and(eq(sessionSignups.organisationId, organisationId), eq(sessionSignups.id, signupId)));
  if (!current) throw new AppError('not_found');
  await lockSession(tx, organisationId, current.sessionId);
  const [cancelled] = await tx
    .update(sessionSignups)
    .set({ status: 'cancelled', updatedAt: now })
    .where(
      and(
        eq(sessionSignups.id, signupId),
        ne(sessionSignups.status, 'cancelled'),
        isNull(sessionSignups.attendance),
      ),
    )
    .returning();
  if (!cancelled) throw new AppError('conflict');
  let promoted: string | null = null;
  if (current.status === 'signed_up') {
    const [next] = await tx
      .select({ id: sessionSignups.id })
      .from(sessionSignups)
      .where(
        and(
          eq(sessionSignups.sessionId, current.sessionId),
          eq(sessionSignups.status, 'waitlisted'),
        ),
      )
      .orderBy(asc(sessionSignups.createdAt), asc(sessionSignups.id))
      .limit(1);
    if (next) {
      await tx
        .update(sessionSignups)
        .set({ status: 'signed_up', updatedAt: now })
        .where(eq(sessionSignups.id, next.id));
      promoted = next.id;
    }
  }
  return { signup: cancelled, promotedSignupId: promoted };
}

/**
 * Present or late passes the session's item; absent or excused does not (and takes back a
 * pass given by mistake, as long as no certificate was issued on it).
 */
export async function setAttendance(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  signupId: string,
  attendance: Attendance,
  now: Date,
) {
  const [current] = await tx
    .select()
    .from(sessionSignups)
    .where(and(eq(sessionSignups.organisationId, organisationId), eq(sessionSignups.id, signupId)));
  if (!current) throw new AppError('not_found');
  const enrolment = await lockEnrolment(tx, organisationId, current.enrolmentId);
  if (current.status !== 'signed_up') throw new AppError('conflict');
  const session = await findSession(tx, organisationId, current.sessionId);
  if (!session) throw new AppError('not_found');
  const [updated] = await tx
    .update(sessionSignups)
    .set({ attendance, updatedAt: now })
    .where(eq(sessionSignups.id, signupId))
    .returning();
  let certificate = null;
  if (attendance === 'present' || attendance === 'late') {
    certificate = await completeItem(tx, organisationId, enrolment, session.itemKey, now);
  } else if (enrolment.status !== 'certified') {
    const [otherAttended] = await tx
      .select({ id: sessionSignups.id })
      .from(sessionSignups)
      .innerJoin(trainingSessions, eq(trainingSessions.id, sessionSignups.sessionId))
      .where(
        and(
          eq(sessionSignups.enrolmentId, enrolment.id),
          eq(trainingSessions.itemKey, session.itemKey),
          inArray(sessionSignups.attendance, ['present', 'late']),
          gte(sessionSignups.createdAt, enrolment.cycleStartedAt),
        ),
      )
      .limit(1);
    if (!otherAttended) {
      await upsertProgress(tx, organisationId, enrolment, session.itemKey, {
        completedAt: null,
      });
    }
  }
  return { signup: updated, certificate };
}

/* ---------- curriculum drafts ---------- */

async function requireDraft(tx: DbOrTx, organisationId: AuthorizedOrgId, versionId: string) {
  const version = await findVersion(tx, organisationId, versionId);
  if (!version) throw new AppError('not_found');
  if (version.status !== 'draft') throw new AppError('curriculum_published');
  return version;
}

/** A new draft starts as a copy of the latest version; item keys carry over, so does progress. */
export async function createDraft(tx: DbOrTx, organisationId: AuthorizedOrgId, programId: string) {
  const program = await findProgram(tx, organisationId, programId);
  if (!program) throw new AppError('not_found');
  const [latest] = await tx
    .select()
    .from(curriculumVersions)
    .where(
      and(
        eq(curriculumVersions.organisationId, organisationId),
        eq(curriculumVersions.programId, programId),
      ),
    )
    .orderBy(desc(curriculumVersions.version))
    .limit(1);
  if (latest?.status === 'draft') throw new AppError('draft_exists');
  const versionId = newId();
  const [created] = await tx
    .insert(curriculumVersions)
    .values({
      id: versionId,
      organisationId,
      programId,
      version: (latest?.version ?? 0) + 1,
      status: 'draft',
    })
    .onConflictDoNothing()
    .returning();
  if (!created) throw new AppError('draft_exists');
  const base = latest ? await findCurriculum(tx, organisationId, latest.id) : null;
  if (base && base.modules.length > 0) {
    const moduleIds = new Map(base.modules.map((m) => [m.id, newId()]));
    await tx.insert(curriculumModules).values(
      base.modules.map((m) => ({
        id: moduleIds.get(m.id) ?? newId(),
        organisationId,
        versionId,
        key: m.key,
        position: m.position,
        title: m.title,
        summary: m.summary,
      })),
    );
    if (base.items.length > 0) {
      await tx.insert(curriculumItems).values(
        base.items.map((i) => ({
          id: newId(),
          organisationId,
          versionId,
          moduleId: moduleIds.get(i.moduleId) ?? '',
          key: i.key,
          position: i.position,
          kind: i.kind,
          title: i.title,
          body: i.body,
          minutes: i.minutes,
          required: i.required,
          content: i.content,
        })),
      );
    }
  }
  return created;
}

async function nextPosition(
  tx: DbOrTx,
  table: typeof curriculumModules | typeof curriculumItems,
  where: ReturnType<typeof eq>,
) {
  const [row] = await tx
    .select({ max: sql<number | null>`max(${table.position})` })
    .from(table)
    .where(where);
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

export async function addModule(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  versionId: string,
  input: z.output<typeof addModuleSchema>,
) {
  await requireDraft(tx, organisationId, versionId);
  const position = await nextPosition(
    tx,
    curriculumModules,
    eq(curriculumModules.versionId, versionId),
  );
  const [row] = await tx
    .insert(curriculumModules)
    .values({ id: newId(), organisationId, versionId, position, ...input })
    .onConflictDoNothing()
    .returning();
  if (!row) throw invalid('key', 'validation.key_taken');
  return row;
}

async function draftModule(tx: DbOrTx, organisationId: AuthorizedOrgId, moduleId: string) {
  const [module] = await tx
    .select()
    .from(curriculumModules)
    .where(
      and(eq(curriculumModules.organisationId, organisationId), eq(curriculumModules.id, moduleId)),
    );
  if (!module) throw new AppError('not_found');
  await requireDraft(tx, organisationId, module.versionId);
  return module;
}

export async function updateModule(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  moduleId: string,
  input: z.output<typeof updateModuleSchema>,
) {
  const module = await draftModule(tx, organisationId, moduleId);
  const [row] = await tx
    .update(curriculumModules)
    .set({ title: input.title ?? module.title, summary: input.summary ?? module.summary })
    .where(eq(curriculumModules.id, moduleId))
    .returning();
  return row ?? module;
}

/** Only an empty module can go: items are removed one by one, on purpose. */
export async function removeModule(tx: DbOrTx, organisationId: AuthorizedOrgId, moduleId: string) {
  await draftModule(tx, organisationId, moduleId);
  const [item] = await tx
    .select({ id: curriculumItems.id })
    .from(curriculumItems)
    .where(eq(curriculumItems.moduleId, moduleId))
    .limit(1);
  if (item) throw new AppError('module_not_empty');
  await tx.delete(curriculumModules).where(eq(curriculumModules.id, moduleId));
}

export async function addItem(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  versionId: string,
  input: z.output<typeof addItemSchema>,
) {
  await requireDraft(tx, organisationId, versionId);
  const [module] = await tx
    .select()
    .from(curriculumModules)
    .where(
      and(
        eq(curriculumModules.organisationId, organisationId),
        eq(curriculumModules.versionId, versionId),
        eq(curriculumModules.id, input.moduleId),
      ),
    );
  if (!module) throw invalid('moduleId', 'validation.unknown_module');
  if (input.kind === 'quiz' && !input.quiz) throw invalid('quiz', 'validation.quiz_required');
  if (input.kind !== 'quiz' && input.quiz) throw invalid('quiz', 'validation.quiz_only');
  const position = await nextPosition(tx, curriculumItems, eq(curriculumItems.moduleId, module.id));
  const [row] = await tx
    .insert(curriculumItems)
    .values({
      id: newId(),
      organisationId,
      versionId,
      moduleId: module.id,
      key: input.key,
      position,
      kind: input.kind,
      title: input.title,
      body: input.body,
      minutes: input.minutes,
      required: input.required,
      content: input.quiz ? { quiz: input.quiz } : {},
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw invalid('key', 'validation.key_taken');
  return row;
}

async function draftItem(tx: DbOrTx, organisationId: AuthorizedOrgId, itemId: string) {
  const [item] = await tx
    .select()
    .from(curriculumItems)
    .where(and(eq(curriculumItems.organisationId, organisationId), eq(curriculumItems.id, itemId)));
  if (!item) throw new AppError('not_found');
  await requireDraft(tx, organisationId, item.versionId);
  return item;
}

export async function updateItem(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  itemId: string,
  input: z.output<typeof updateItemSchema>,
) {
  const item = await draftItem(tx, organisationId, itemId);
  if (input.quiz && item.kind !== 'quiz') throw invalid('quiz', 'validation.quiz_only');
  const [row] = await tx
    .update(curriculumItems)
    .set({
      title: input.title ?? item.title,
      body: input.body ?? item.body,
      minutes: input.minutes ?? item.minutes,
      required: input.required ?? item.required,
      content: input.quiz ? { quiz: input.quiz } : item.content,
    })
    .where(eq(curriculumItems.id, itemId))
    .returning();
  return row ?? item;
}

export async function removeItem(tx: DbOrTx, organisationId: AuthorizedOrgId, itemId: string) {
  await draftItem(tx, organisationId, itemId);
  await tx.delete(curriculumItems).where(eq(curriculumItems.id, itemId));
}

/** The whole order at once: every module and every item of the draft, each exactly once. */
export async function reorderDraft(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  versionId: string,
  order: z.output<typeof reorderSchema>,
) {
  await requireDraft(tx, organisationId, versionId);
  const curriculum = await findCurriculum(tx, organisationId, versionId);
  if (!curriculum) throw new AppError('not_found');
  const givenModules = order.modules.map((m) => m.moduleId);
  const givenItems = order.modules.flatMap((m) => m.itemIds);
  const same = (a: string[], b: string[]) =>
    a.length === b.length && new Set(a).size === a.length && a.every((x) => b.includes(x));
  if (
    !same(
      givenModules,
      curriculum.modules.map((m) => m.id),
    ) ||
    !same(
      givenItems,
      curriculum.items.map((i) => i.id),
    )
  ) {
    throw invalid('modules', 'validation.order_mismatch');
  }
  // Bounded by the size of one curriculum; two statements whatever its size.
  const moduleCases = order.modules.map((m, i) => sql`when ${m.moduleId} then ${i}::integer`);
  await tx
    .update(curriculumModules)
    .set({ position: sql`case ${curriculumModules.id} ${sql.join(moduleCases, sql` `)} end` })
    .where(eq(curriculumModules.versionId, versionId));
  if (givenItems.length > 0) {
    const placed = order.modules.flatMap((m) =>
      m.itemIds.map((itemId, position) => ({ itemId, moduleId: m.moduleId, position })),
    );
    await tx
      .update(curriculumItems)
      .set({
        position: sql`case ${curriculumItems.id} ${sql.join(
          placed.map((p) => sql`when ${p.itemId} then ${p.position}::integer`),
          sql` `,
        )} end`,
        moduleId: sql`case ${curriculumItems.id} ${sql.join(
          placed.map((p) => sql`when ${p.itemId} then ${p.moduleId}::text`),
          sql` `,
        )} end`,
      })
      .where(eq(curriculumItems.versionId, versionId));
  }
}

/** Publishing freezes the draft; it refuses a curriculum that falls short of the program. */
export async function publishDraft(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  versionId: string,
  now: Date,
) {
  const version = await requireDraft(tx, organisationId, versionId);
  const program = await findProgram(tx, organisationId, version.programId);
  const curriculum = await findCurriculum(tx, organisationId, versionId);
  if (!program || !curriculum) throw new AppError('not_found');
  const issues = publishIssues(curriculum.items, program);
  if (issues.length > 0) throw AppError.invalid(issues);
  const [row] = await tx
    .update(curriculumVersions)
    .set({ status: 'published', publishedAt: now })
    .where(eq(curriculumVersions.id, versionId))
    .returning();
  if (!row) throw new AppError('not_found');
  return row;
}
