import { and, asc, desc, eq, gt, gte, inArray, isNotNull, lt, ne, or, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { EnrolmentStatus, ItemState } from '../../contracts/training';
import type { DbOrTx } from '../../db/client';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { users } from '../accounts/tables';
import { organisations } from '../organisations/tables';
import { programs } from '../programs/tables';
import { presentLastAttempt } from './presenters';
import {
  computeProgress,
  effectiveStatus,
  type ItemForRules,
  itemState,
  type Progress,
  resumeItem,
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

export type VersionRow = typeof curriculumVersions.$inferSelect;
export type ModuleRow = typeof curriculumModules.$inferSelect;
export type ItemRow = typeof curriculumItems.$inferSelect;
export type CertificateRow = typeof certificates.$inferSelect;

/* ---------- scope resolvers: which organisation owns an id ---------- */

type OwnedTable =
  | typeof enrolments
  | typeof trainingSessions
  | typeof sessionSignups
  | typeof reflections
  | typeof curriculumVersions
  | typeof curriculumModules
  | typeof curriculumItems;

function resolver(table: OwnedTable) {
  return async (db: DbOrTx, id: string) => {
    const [row] = await db
      .select({ organisationId: table.organisationId })
      // Drizzle's from() takes one table type; every OwnedTable has id and organisation_id.
      .from(table as typeof enrolments)
      .where(eq(table.id, id));
    return row?.organisationId ?? null;
  };
}
export const organisationOfEnrolment = resolver(enrolments);
export const organisationOfTrainingSession = resolver(trainingSessions);
export const organisationOfSignup = resolver(sessionSignups);
export const organisationOfReflection = resolver(reflections);
export const organisationOfCurriculumVersion = resolver(curriculumVersions);
export const organisationOfCurriculumModule = resolver(curriculumModules);
export const organisationOfCurriculumItem = resolver(curriculumItems);

/* ---------- curricula ---------- */

/** The latest published version of each of these programs, in one query. */
export async function currentVersions(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programIds: string[],
): Promise<Map<string, VersionRow>> {
  if (programIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([curriculumVersions.programId])
    .from(curriculumVersions)
    .where(
      and(
        eq(curriculumVersions.organisationId, organisationId),
        inArray(curriculumVersions.programId, programIds),
        eq(curriculumVersions.status, 'published'),
      ),
    )
    .orderBy(curriculumVersions.programId, desc(curriculumVersions.version));
  return new Map(rows.map((r) => [r.programId, r]));
}

export interface Curriculum {
  version: VersionRow;
  modules: (ModuleRow & { items: ItemRow[] })[];
  /** Every item in curriculum order. */
  items: ItemRow[];
}

/** Modules and items of these versions, in order: two queries whatever the count. */
export async function curriculaOf(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  versions: VersionRow[],
): Promise<Map<string, Curriculum>> {
  const ids = versions.map((v) => v.id);
  if (ids.length === 0) return new Map();
  const [moduleRows, itemRows] = await Promise.all([
    db
      .select()
      .from(curriculumModules)
      .where(
        and(
          eq(curriculumModules.organisationId, organisationId),
          inArray(curriculumModules.versionId, ids),
        ),
      )
      .orderBy(asc(curriculumModules.position), asc(curriculumModules.id)),
    db
      .select()
      .from(curriculumItems)
      .where(
        and(
          eq(curriculumItems.organisationId, organisationId),
          inArray(curriculumItems.versionId, ids),
        ),
      )
      .orderBy(asc(curriculumItems.position), asc(curriculumItems.id)),
  ]);
  const result = new Map<string, Curriculum>();
  for (const version of versions) {
    const modules = moduleRows
      .filter((m) => m.versionId === version.id)
      .map((m) => ({ ...m, items: itemRows.filter((i) => i.moduleId === m.id) }));
    result.set(version.id, { version, modules, items: modules.flatMap((m) => m.items) });
  }
  return result;
}

export async function findVersion(db: DbOrTx, organisationId: AuthorizedOrgId, id: string) {
  const [row] = await db
    .select()
    .from(curriculumVersions)
    .where(
      and(eq(curriculumVersions.organisationId, organisationId), eq(curriculumVersions.id, id)),
    );
  return row ?? null;
}

export async function findCurriculum(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  versionId: string,
): Promise<Curriculum | null> {
  const version = await findVersion(db, organisationId, versionId);
  if (!version) return null;
  return (await curriculaOf(db, organisationId, [version])).get(version.id) ?? null;
}

/** The program's current (latest published) curriculum, or null before one is published. */
export async function currentCurriculum(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
): Promise<Curriculum | null> {
  const version = (await currentVersions(db, organisationId, [programId])).get(programId);
  if (!version) return null;
  return (await curriculaOf(db, organisationId, [version])).get(version.id) ?? null;
}

export async function listVersions(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  options: { limit: number; cursor?: string },
) {
  return db
    .select()
    .from(curriculumVersions)
    .where(
      and(
        eq(curriculumVersions.organisationId, organisationId),
        eq(curriculumVersions.programId, programId),
        options.cursor ? lt(curriculumVersions.id, options.cursor) : undefined,
      ),
    )
    .orderBy(desc(curriculumVersions.id))
    .limit(options.limit + 1);
}

export function rulesItems(items: ItemRow[]): ItemForRules[] {
  return items.map((i) => ({
    key: i.key,
    moduleId: i.moduleId,
    kind: i.kind,
    minutes: i.minutes,
    required: i.required,
  }));
}

/* ---------- enrolments and progress ---------- */

const enrolmentColumns = {
  id: enrolments.id,
  organisationId: enrolments.organisationId,
  programId: enrolments.programId,
  programName: programs.name,
  userId: enrolments.userId,
  name: users.name,
  status: enrolments.status,
  enrolledAt: enrolments.enrolledAt,
  deadline: enrolments.deadline,
  completedAt: enrolments.completedAt,
  cycleStartedAt: enrolments.cycleStartedAt,
  lastItemKey: enrolments.lastItemKey,
};
export type EnrolmentRow = {
  id: string;
  organisationId: string;
  programId: string;
  programName: string;
  userId: string;
  name: string;
  status: EnrolmentStatus;
  enrolledAt: Date;
  deadline: Date;
  completedAt: Date | null;
  cycleStartedAt: Date;
  lastItemKey: string | null;
};

function enrolmentsQuery(db: DbOrTx) {
  return db
    .select(enrolmentColumns)
    .from(enrolments)
    .innerJoin(programs, eq(programs.id, enrolments.programId))
    .innerJoin(users, eq(users.id, enrolments.userId));
}

export async function findEnrolment(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  id: string,
): Promise<EnrolmentRow | null> {
  const [row] = await enrolmentsQuery(db).where(
    and(eq(enrolments.organisationId, organisationId), eq(enrolments.id, id)),
  );
  return row ?? null;
}

/** One person's enrolments in the organisation, newest first. */
export async function listEnrolmentsOfUser(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  userId: string,
  options: { limit: number; cursor?: string },
) {
  return enrolmentsQuery(db)
    .where(
      and(
        eq(enrolments.organisationId, organisationId),
        eq(enrolments.userId, userId),
        options.cursor ? lt(enrolments.id, options.cursor) : undefined,
      ),
    )
    .orderBy(desc(enrolments.id))
    .limit(options.limit + 1);
}

/** A program's enrolments by mentor name; the cursor is the last row's name and id. */
export async function listEnrolmentsOfProgram(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  options: { limit: number; cursor?: { name: string; id: string } },
) {
  const { cursor } = options;
  return enrolmentsQuery(db)
    .where(
      and(
        eq(enrolments.organisationId, organisationId),
        eq(enrolments.programId, programId),
        cursor
          ? or(
              gt(users.name, cursor.name),
              and(eq(users.name, cursor.name), gt(enrolments.id, cursor.id)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(users.name), asc(enrolments.id))
    .limit(options.limit + 1);
}

export interface TrainingView {
  enrolment: EnrolmentRow;
  status: EnrolmentStatus;
  curriculum: Curriculum | null;
  progress: Progress;
  states: Map<string, ItemState>;
  resumeItemKey: string | null;
  certificate: CertificateRow | null;
  codeOfConductSignedAt: Date | null;
}

/**
 * Everything the training views show for a page of enrolments, in a fixed number of
 * queries (no query per enrolment): versions, curricula, progress, failed quizzes,
 * reflections, sign-ups, certificates, signatures.
 */
export async function trainingViews(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  rows: EnrolmentRow[],
  at: Date,
): Promise<TrainingView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const versions = await currentVersions(db, organisationId, [
    ...new Set(rows.map((r) => r.programId)),
  ]);
  const inOrg = (table: { organisationId: AnyPgColumn }) =>
    eq(table.organisationId, organisationId);
  const [curricula, progressRows, failedRows, reflectionRows, signupRows, certRows, signatureRows] =
    await Promise.all([
      curriculaOf(db, organisationId, [...versions.values()]),
      db
        .select()
        .from(itemProgress)
        .where(and(inOrg(itemProgress), inArray(itemProgress.enrolmentId, ids))),
      db
        .selectDistinct({
          enrolmentId: quizAttempts.enrolmentId,
          itemKey: quizAttempts.itemKey,
          submittedAt: sql<Date>`max(${quizAttempts.submittedAt})`.mapWith(
            quizAttempts.submittedAt,
          ),
        })
        .from(quizAttempts)
        .where(
          and(
            inOrg(quizAttempts),
            inArray(quizAttempts.enrolmentId, ids),
            eq(quizAttempts.passed, false),
          ),
        )
        .groupBy(quizAttempts.enrolmentId, quizAttempts.itemKey),
      db
        .selectDistinctOn([reflections.enrolmentId, reflections.itemKey], {
          enrolmentId: reflections.enrolmentId,
          itemKey: reflections.itemKey,
          status: reflections.status,
          submittedAt: reflections.submittedAt,
        })
        .from(reflections)
        .where(and(inOrg(reflections), inArray(reflections.enrolmentId, ids)))
        .orderBy(reflections.enrolmentId, reflections.itemKey, desc(reflections.submittedAt)),
      db
        .select({
          enrolmentId: sessionSignups.enrolmentId,
          itemKey: trainingSessions.itemKey,
          status: sessionSignups.status,
          createdAt: sessionSignups.createdAt,
        })
        .from(sessionSignups)
        .innerJoin(trainingSessions, eq(trainingSessions.id, sessionSignups.sessionId))
        .where(
          and(
            inOrg(sessionSignups),
            inArray(sessionSignups.enrolmentId, ids),
            ne(sessionSignups.status, 'cancelled'),
            sql`${sessionSignups.attendance} is distinct from 'absent'`,
            sql`${sessionSignups.attendance} is distinct from 'excused'`,
          ),
        ),
      db
        .selectDistinctOn([certificates.enrolmentId])
        .from(certificates)
        .where(and(inOrg(certificates), inArray(certificates.enrolmentId, ids)))
        .orderBy(certificates.enrolmentId, desc(certificates.issuedAt)),
      db
        .select({
          enrolmentId: codeOfConductSignatures.enrolmentId,
          signedAt: sql<Date>`max(${codeOfConductSignatures.signedAt})`.mapWith(
            codeOfConductSignatures.signedAt,
          ),
        })
        .from(codeOfConductSignatures)
        .where(
          and(inOrg(codeOfConductSignatures), inArray(codeOfConductSignatures.enrolmentId, ids)),
        )
        .groupBy(codeOfConductSignatures.enrolmentId),
    ]);

  // Group once by enrolment (and item), so a page costs no more than its rows.
  const key = (enrolmentId: string, itemKey: string) => `${enrolmentId}\u0000${itemKey}`;
  const groupBy = <T>(list: T[], keyOf: (row: T) => string) => {
    const map = new Map<string, T[]>();
    for (const row of list) {
      const k = keyOf(row);
      const group = map.get(k);
      if (group) group.push(row);
      else map.set(k, [row]);
    }
    return map;
  };
  const byEnrolment = <T extends { enrolmentId: string }>(list: T[]) =>
    groupBy(list, (row) => row.enrolmentId);
  const byItem = <T extends { enrolmentId: string; itemKey: string }>(list: T[]) =>
    groupBy(list, (row) => key(row.enrolmentId, row.itemKey));
  const progressByEnrolment = byEnrolment(progressRows);
  const failedByItem = byItem(failedRows);
  const reflectionByItem = byItem(reflectionRows);
  const signupsByItem = byItem(signupRows);
  const certificateByEnrolment = new Map(certRows.map((c) => [c.enrolmentId, c]));
  const signedAtByEnrolment = new Map(signatureRows.map((r) => [r.enrolmentId, r.signedAt]));

  return rows.map((enrolment) => {
    const version = versions.get(enrolment.programId);
    const curriculum = version ? (curricula.get(version.id) ?? null) : null;
    const items = curriculum ? rulesItems(curriculum.items) : [];
    // Only what happened in the current round counts (a refresher starts a new one).
    const cycle = enrolment.cycleStartedAt.getTime();
    const inCycle = (d: Date | null) => d !== null && d.getTime() >= cycle;
    const mine = progressByEnrolment.get(enrolment.id) ?? [];
    const completed = new Set(mine.filter((p) => inCycle(p.completedAt)).map((p) => p.itemKey));
    const opened = new Set(mine.filter((p) => inCycle(p.openedAt)).map((p) => p.itemKey));
    const progress = computeProgress(items, completed);
    const states = new Map<string, ItemState>();
    for (const item of items) {
      const k = key(enrolment.id, item.key);
      const reflection = reflectionByItem.get(k)?.find((r) => inCycle(r.submittedAt));
      const signups = (signupsByItem.get(k) ?? []).filter((x) => inCycle(x.createdAt));
      const signup =
        signups.find((x) => x.status === 'signed_up') ??
        signups.find((x) => x.status === 'waitlisted');
      states.set(
        item.key,
        itemState({
          completed: completed.has(item.key),
          opened: opened.has(item.key),
          quizFailed: (failedByItem.get(k) ?? []).some((f) => inCycle(f.submittedAt)),
          reflection: reflection?.status ?? null,
          signup: signup && signup.status !== 'cancelled' ? signup.status : null,
        }),
      );
    }
    const certificate = certificateByEnrolment.get(enrolment.id) ?? null;
    return {
      enrolment,
      status: effectiveStatus(enrolment.status, certificate?.expiresAt ?? null, at),
      curriculum,
      progress,
      states,
      resumeItemKey: resumeItem(items, completed, enrolment.lastItemKey),
      certificate,
      codeOfConductSignedAt: signedAtByEnrolment.get(enrolment.id) ?? null,
    };
  });
}

export async function progressOf(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  enrolmentId: string,
  itemKey: string,
) {
  const [row] = await db
    .select()
    .from(itemProgress)
    .where(
      and(
        eq(itemProgress.organisationId, organisationId),
        eq(itemProgress.enrolmentId, enrolmentId),
        eq(itemProgress.itemKey, itemKey),
      ),
    );
  return row ?? null;
}

/** Items passed in the current round (since `cycleStartedAt`). */
export async function completedKeys(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  enrolmentId: string,
  cycleStartedAt: Date,
): Promise<Set<string>> {
  const rows = await db
    .select({ itemKey: itemProgress.itemKey })
    .from(itemProgress)
    .where(
      and(
        eq(itemProgress.organisationId, organisationId),
        eq(itemProgress.enrolmentId, enrolmentId),
        gte(itemProgress.completedAt, cycleStartedAt),
      ),
    );
  return new Set(rows.map((r) => r.itemKey));
}

/** Attempts in the current round: a refresher gives a quiz's attempts anew. */
export async function quizAttemptsOf(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  enrolmentId: string,
  itemKey: string,
  cycleStartedAt: Date,
) {
  return db
    .select()
    .from(quizAttempts)
    .where(
      and(
        eq(quizAttempts.organisationId, organisationId),
        eq(quizAttempts.enrolmentId, enrolmentId),
        eq(quizAttempts.itemKey, itemKey),
        gte(quizAttempts.submittedAt, cycleStartedAt),
      ),
    )
    .orderBy(asc(quizAttempts.submittedAt), asc(quizAttempts.id));
}

/** A quiz item's questions as stored in one version of the curriculum. */
async function quizOfVersion(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  versionId: string,
  itemKey: string,
) {
  const [row] = await db
    .select({ content: curriculumItems.content })
    .from(curriculumItems)
    .where(
      and(
        eq(curriculumItems.organisationId, organisationId),
        eq(curriculumItems.versionId, versionId),
        eq(curriculumItems.key, itemKey),
      ),
    );
  return row?.content.quiz ?? null;
}

export async function feedbackOf(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  enrolmentId: string,
  itemKey: string,
) {
  const [row] = await db
    .select()
    .from(lessonFeedback)
    .where(
      and(
        eq(lessonFeedback.organisationId, organisationId),
        eq(lessonFeedback.enrolmentId, enrolmentId),
        eq(lessonFeedback.itemKey, itemKey),
      ),
    );
  return row ?? null;
}

/** The mentor's latest reflection on an item in the current round. */
export async function latestReflection(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  enrolmentId: string,
  itemKey: string,
  cycleStartedAt: Date,
) {
  const [row] = await db
    .select()
    .from(reflections)
    .where(
      and(
        eq(reflections.organisationId, organisationId),
        eq(reflections.enrolmentId, enrolmentId),
        eq(reflections.itemKey, itemKey),
        gte(reflections.submittedAt, cycleStartedAt),
      ),
    )
    .orderBy(desc(reflections.submittedAt), desc(reflections.id))
    .limit(1);
  return row ?? null;
}

/* ---------- sessions ---------- */

const signupCounts = {
  signedUp: sql<number>`count(*) filter (where ${sessionSignups.status} = 'signed_up')`.mapWith(
    Number,
  ),
  waitlisted: sql<number>`count(*) filter (where ${sessionSignups.status} = 'waitlisted')`.mapWith(
    Number,
  ),
};

/** Sessions with their sign-up counts, by start time; the cursor is the last start and id. */
export async function listSessions(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  options: {
    limit: number;
    cursor?: { startsAt: Date; id: string };
    itemKey?: string;
    from?: Date;
  },
) {
  const { cursor } = options;
  return db
    .select({
      id: trainingSessions.id,
      programId: trainingSessions.programId,
      itemKey: trainingSessions.itemKey,
      startsAt: trainingSessions.startsAt,
      endsAt: trainingSessions.endsAt,
      place: trainingSessions.place,
      capacity: trainingSessions.capacity,
      ...signupCounts,
    })
    .from(trainingSessions)
    .leftJoin(sessionSignups, eq(sessionSignups.sessionId, trainingSessions.id))
    .where(
      and(
        eq(trainingSessions.organisationId, organisationId),
        eq(trainingSessions.programId, programId),
        options.itemKey ? eq(trainingSessions.itemKey, options.itemKey) : undefined,
        options.from ? gte(trainingSessions.endsAt, options.from) : undefined,
        cursor
          ? or(
              gt(trainingSessions.startsAt, cursor.startsAt),
              and(
                eq(trainingSessions.startsAt, cursor.startsAt),
                gt(trainingSessions.id, cursor.id),
              ),
            )
          : undefined,
      ),
    )
    .groupBy(trainingSessions.id)
    .orderBy(asc(trainingSessions.startsAt), asc(trainingSessions.id))
    .limit(options.limit + 1);
}

export async function findSession(db: DbOrTx, organisationId: AuthorizedOrgId, id: string) {
  const [row] = await db
    .select()
    .from(trainingSessions)
    .where(and(eq(trainingSessions.organisationId, organisationId), eq(trainingSessions.id, id)));
  return row ?? null;
}

export async function signupsOfEnrolment(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  enrolmentId: string,
  sessionIds: string[],
) {
  if (sessionIds.length === 0) return [];
  return db
    .select()
    .from(sessionSignups)
    .where(
      and(
        eq(sessionSignups.organisationId, organisationId),
        eq(sessionSignups.enrolmentId, enrolmentId),
        inArray(sessionSignups.sessionId, sessionIds),
        ne(sessionSignups.status, 'cancelled'),
      ),
    );
}

export async function listSignups(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  sessionId: string,
  options: { limit: number; cursor?: string; only?: string },
) {
  return db
    .select({
      id: sessionSignups.id,
      sessionId: sessionSignups.sessionId,
      enrolmentId: sessionSignups.enrolmentId,
      name: users.name,
      status: sessionSignups.status,
      attendance: sessionSignups.attendance,
      createdAt: sessionSignups.createdAt,
    })
    .from(sessionSignups)
    .innerJoin(enrolments, eq(enrolments.id, sessionSignups.enrolmentId))
    .innerJoin(users, eq(users.id, enrolments.userId))
    .where(
      and(
        eq(sessionSignups.organisationId, organisationId),
        eq(sessionSignups.sessionId, sessionId),
        options.only ? eq(sessionSignups.id, options.only) : undefined,
        options.cursor ? gt(sessionSignups.id, options.cursor) : undefined,
      ),
    )
    .orderBy(asc(sessionSignups.id))
    .limit(options.limit + 1);
}

export async function findSignup(db: DbOrTx, organisationId: AuthorizedOrgId, id: string) {
  const [row] = await db
    .select({ signup: sessionSignups, ownerId: enrolments.userId })
    .from(sessionSignups)
    .innerJoin(enrolments, eq(enrolments.id, sessionSignups.enrolmentId))
    .where(and(eq(sessionSignups.organisationId, organisationId), eq(sessionSignups.id, id)));
  return row ?? null;
}

/* ---------- reflections ---------- */

const reflectionColumns = {
  id: reflections.id,
  enrolmentId: reflections.enrolmentId,
  name: users.name,
  itemKey: reflections.itemKey,
  text: reflections.text,
  status: reflections.status,
  reviewComment: reflections.reviewComment,
  submittedAt: reflections.submittedAt,
  reviewedAt: reflections.reviewedAt,
};

export async function listReflections(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  options: { limit: number; cursor?: string; status?: 'submitted' | 'approved' | 'returned' },
) {
  return db
    .select(reflectionColumns)
    .from(reflections)
    .innerJoin(enrolments, eq(enrolments.id, reflections.enrolmentId))
    .innerJoin(users, eq(users.id, enrolments.userId))
    .where(
      and(
        eq(reflections.organisationId, organisationId),
        eq(reflections.programId, programId),
        options.status ? eq(reflections.status, options.status) : undefined,
        options.cursor ? gt(reflections.id, options.cursor) : undefined,
      ),
    )
    .orderBy(asc(reflections.id))
    .limit(options.limit + 1);
}

export async function findReflection(db: DbOrTx, organisationId: AuthorizedOrgId, id: string) {
  const [row] = await db
    .select(reflectionColumns)
    .from(reflections)
    .innerJoin(enrolments, eq(enrolments.id, reflections.enrolmentId))
    .innerJoin(users, eq(users.id, enrolments.userId))
    .where(and(eq(reflections.organisationId, organisationId), eq(reflections.id, id)));
  return row ?? null;
}

/* ---------- lesson feedback for authors ---------- */

/** Counts per lesson and the latest comments (at most `comments` per lesson), two queries. */
export async function feedbackSummary(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  itemKeys: string[],
  comments: number,
) {
  if (itemKeys.length === 0) return { counts: [], latest: [] };
  const where = and(
    eq(lessonFeedback.organisationId, organisationId),
    eq(lessonFeedback.programId, programId),
    inArray(lessonFeedback.itemKey, itemKeys),
  );
  const counts = await db
    .select({
      itemKey: lessonFeedback.itemKey,
      responses: sql<number>`count(*)`.mapWith(Number),
      helpful: sql<number>`count(*) filter (where ${lessonFeedback.helpful})`.mapWith(Number),
    })
    .from(lessonFeedback)
    .where(where)
    .groupBy(lessonFeedback.itemKey);
  const ranked = db
    .select({
      itemKey: lessonFeedback.itemKey,
      helpful: lessonFeedback.helpful,
      comment: lessonFeedback.comment,
      createdAt: lessonFeedback.createdAt,
      rank: sql<number>`row_number() over (partition by ${lessonFeedback.itemKey} order by ${lessonFeedback.createdAt} desc, ${lessonFeedback.id} desc)`.as(
        'rank',
      ),
    })
    .from(lessonFeedback)
    .where(and(where, isNotNull(lessonFeedback.comment)))
    .as('ranked');
  const latest = await db
    .select({
      itemKey: ranked.itemKey,
      helpful: ranked.helpful,
      comment: ranked.comment,
      createdAt: ranked.createdAt,
    })
    .from(ranked)
    .where(sql`${ranked.rank} <= ${comments}`)
    .orderBy(desc(ranked.createdAt));
  return { counts, latest };
}

/* ---------- certificates ---------- */

export async function findCertificateByCode(db: DbOrTx, code: string) {
  const [row] = await db
    .select({
      name: users.name,
      programName: programs.name,
      issuedAt: certificates.issuedAt,
      expiresAt: certificates.expiresAt,
    })
    .from(certificates)
    .innerJoin(users, eq(users.id, certificates.userId))
    .innerJoin(programs, eq(programs.id, certificates.programId))
    .where(eq(certificates.code, code));
  return row ?? null;
}

/**
 * One item as the mentor sees it: a quiz without its answers (they come back only from
 * a submission), the mentor's own feedback, reflection and session sign-ups.
 */
export async function mentorItemView(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  enrolment: EnrolmentRow,
  itemKey: string,
  at: Date,
) {
  const [view] = await trainingViews(db, organisationId, [enrolment], at);
  const item = view?.curriculum?.items.find((i) => i.key === itemKey);
  if (!view || !item) return null;
  const state = view.states.get(item.key) ?? 'not_started';
  const base = {
    key: item.key,
    kind: item.kind,
    title: item.title,
    body: item.body,
    minutes: item.minutes,
    required: item.required,
    state,
    quiz: null,
    feedback: null,
    reflection: null,
    sessions: null,
  };
  switch (item.kind) {
    case 'quiz': {
      const quiz = item.content.quiz;
      if (!quiz) return base;
      const attempts = await quizAttemptsOf(
        db,
        organisationId,
        enrolment.id,
        item.key,
        enrolment.cycleStartedAt,
      );
      const left =
        quiz.maxAttempts === null ? null : Math.max(0, quiz.maxAttempts - attempts.length);
      const last = attempts.at(-1);
      // The attempt is explained against the quiz it was taken on (perhaps an earlier version).
      const lastQuiz =
        !last || last.versionId === item.versionId
          ? quiz
          : await quizOfVersion(db, organisationId, last.versionId, item.key);
      return {
        ...base,
        quiz: {
          passMark: quiz.passMark,
          maxAttempts: quiz.maxAttempts,
          attemptsUsed: attempts.length,
          attemptsLeft: left,
          questions: quiz.questions.map((q) => ({
            id: q.id,
            prompt: q.prompt,
            multiple: q.multiple,
            options: q.options.map((o) => ({ text: o.text })),
          })),
          attempts: attempts.map((a) => ({
            score: a.score,
            passed: a.passed,
            submittedAt: a.submittedAt.toISOString(),
          })),
          lastAttempt: last && lastQuiz ? presentLastAttempt(last, lastQuiz, left) : null,
        },
      };
    }
    case 'lesson': {
      const feedback = await feedbackOf(db, organisationId, enrolment.id, item.key);
      return {
        ...base,
        feedback: feedback ? { helpful: feedback.helpful, comment: feedback.comment } : null,
      };
    }
    case 'reflection': {
      const r = await latestReflection(
        db,
        organisationId,
        enrolment.id,
        item.key,
        enrolment.cycleStartedAt,
      );
      return {
        ...base,
        reflection: r
          ? { id: r.id, text: r.text, status: r.status, reviewComment: r.reviewComment }
          : null,
      };
    }
    case 'in_person': {
      const sessions = (
        await listSessions(db, organisationId, enrolment.programId, {
          limit: 50,
          itemKey: item.key,
          from: at,
        })
      ).slice(0, 50);
      const mine = await signupsOfEnrolment(
        db,
        organisationId,
        enrolment.id,
        sessions.map((s) => s.id),
      );
      return {
        ...base,
        sessions: sessions.map((s) => {
          const signup = mine.find((m) => m.sessionId === s.id);
          return {
            id: s.id,
            startsAt: s.startsAt.toISOString(),
            endsAt: s.endsAt.toISOString(),
            place: s.place,
            capacity: s.capacity,
            signedUp: s.signedUp,
            mySignup: signup
              ? { id: signup.id, status: signup.status, attendance: signup.attendance }
              : null,
          };
        }),
      };
    }
    default:
      return base;
  }
}

/** What the certificate document prints: the enrolment's latest certificate and its names. */
export async function certificateDocument(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  enrolmentId: string,
) {
  const [row] = await db
    .select({
      code: certificates.code,
      issuedAt: certificates.issuedAt,
      expiresAt: certificates.expiresAt,
      versionNumber: certificates.versionNumber,
      mentorName: users.name,
      programName: programs.name,
      programType: programs.type,
      trainingMinutes: programs.trainingMinutes,
      organisationName: organisations.name,
    })
    .from(certificates)
    .innerJoin(users, eq(users.id, certificates.userId))
    .innerJoin(programs, eq(programs.id, certificates.programId))
    .innerJoin(organisations, eq(organisations.id, certificates.organisationId))
    .where(
      and(
        eq(certificates.organisationId, organisationId),
        eq(certificates.enrolmentId, enrolmentId),
      ),
    )
    .orderBy(desc(certificates.issuedAt))
    .limit(1);
  return row ?? null;
}

/** A session with its program's name, for the calendar file. */
export async function sessionForCalendar(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  sessionId: string,
) {
  const [row] = await db
    .select({
      id: trainingSessions.id,
      startsAt: trainingSessions.startsAt,
      endsAt: trainingSessions.endsAt,
      place: trainingSessions.place,
      itemKey: trainingSessions.itemKey,
      programName: programs.name,
      organisationName: organisations.name,
    })
    .from(trainingSessions)
    .innerJoin(programs, eq(programs.id, trainingSessions.programId))
    .innerJoin(organisations, eq(organisations.id, trainingSessions.organisationId))
    .where(
      and(eq(trainingSessions.organisationId, organisationId), eq(trainingSessions.id, sessionId)),
    );
  return row ?? null;
}
