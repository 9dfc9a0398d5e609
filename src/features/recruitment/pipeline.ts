import { and, asc, count, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { MentorStage } from '../../contracts/recruitment';
import type { DbOrTx } from '../../db/client';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { users } from '../accounts/tables';
import { matches } from '../matches/tables';
import type { ProgramRow } from '../programs/queries';
import { programs } from '../programs/tables';
import { childCertificateRequired } from '../training/rules';
import { certificates, enrolments } from '../training/tables';
import { screeningDefaults } from './rules';
import type { ScreeningSummary } from './schemas';
import {
  childCertificates,
  interviews,
  mentorEvents,
  nominations,
  programMentors,
  referenceRequests,
  screeningRequirements,
} from './tables';

/**
 * Reads for the pipeline, a mentor's page and timeline, and a person's own applications.
 * The stage people see is computed in SQL (see `seenStage` in stages.ts for the rule).
 */

const inProgram = sql`${programMentors.stage} in ('in_training', 'certified', 'recertification_due', 'active')`;
const hasActiveMatch = sql`exists (select 1 from ${matches} where ${matches.programMentorId} = ${programMentors.id} and ${matches.status} = 'active')`;

/**
 * The stage as seen at `at`: `active` with an active match, the enrolment's status once
 * enrolled (a certificate expired by then makes it `recertification_due`, as in training).
 */
export function seenStage(at: Date) {
  const expired = sql`(select max(${certificates.expiresAt}) from ${certificates} where ${certificates.enrolmentId} = ${enrolments.id}) <= ${at.toISOString()}::timestamptz`;
  return sql<MentorStage>`(case
  when ${inProgram} and ${hasActiveMatch} then 'active'
  when ${inProgram} and ${enrolments.status} = 'certified' and ${expired} then 'recertification_due'
  when ${inProgram} and ${enrolments.status} is not null then ${enrolments.status}
  else ${programMentors.stage} end)`;
}

const enrolmentJoin = and(
  eq(enrolments.programId, programMentors.programId),
  eq(enrolments.userId, programMentors.userId),
);

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function searchCondition(q: string | undefined) {
  if (!q) return undefined;
  const pattern = `%${escapeLike(q)}%`;
  return sql`(${users.name} ilike ${pattern} or ${users.email} ilike ${pattern})`;
}

export interface PipelineRow {
  id: string;
  userId: string;
  name: string;
  email: string;
  source: (typeof programMentors.$inferSelect)['source'];
  stage: MentorStage;
  stageChangedAt: Date;
  exitReason: string | null;
  screeningCompletedAt: Date | null;
  createdAt: Date;
}

const pipelineColumns = (at: Date) => ({
  id: programMentors.id,
  userId: programMentors.userId,
  name: users.name,
  email: users.email,
  source: programMentors.source,
  stage: seenStage(at),
  stageChangedAt: programMentors.stageChangedAt,
  exitReason: programMentors.exitReason,
  screeningCompletedAt: programMentors.screeningCompletedAt,
  createdAt: programMentors.createdAt,
});

/** One page of a program's mentors, newest first, by seen stage and a search of name/e-mail. */
export async function listPipeline(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  options: { stage?: MentorStage; q?: string; limit: number; cursor?: string; at: Date },
): Promise<PipelineRow[]> {
  return db
    .select(pipelineColumns(options.at))
    .from(programMentors)
    .innerJoin(users, eq(users.id, programMentors.userId))
    .leftJoin(enrolments, enrolmentJoin)
    .where(
      and(
        eq(programMentors.organisationId, organisationId),
        eq(programMentors.programId, programId),
        options.stage ? sql`${seenStage(options.at)} = ${options.stage}` : undefined,
        searchCondition(options.q),
        options.cursor ? lt(programMentors.id, options.cursor) : undefined,
      ),
    )
    .orderBy(desc(programMentors.id))
    .limit(options.limit + 1);
}

/** How many of the program's mentors are at each seen stage (with the same search). */
export async function pipelineCounts(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  q: string | undefined,
  at: Date,
): Promise<Map<MentorStage, number>> {
  const stage = seenStage(at);
  const rows = await db
    .select({ stage, n: count() })
    .from(programMentors)
    .innerJoin(users, eq(users.id, programMentors.userId))
    .leftJoin(enrolments, enrolmentJoin)
    .where(
      and(
        eq(programMentors.organisationId, organisationId),
        eq(programMentors.programId, programId),
        searchCondition(q),
      ),
    )
    // By position: the expression carries a parameter, so it cannot be repeated as is.
    .groupBy(sql`1`);
  return new Map(rows.map((r) => [r.stage, Number(r.n)]));
}

/** What the program's screening asks for: its own row, else the type's defaults. */
export async function requirementsOf(db: DbOrTx, program: ProgramRow) {
  const [row] = await db
    .select()
    .from(screeningRequirements)
    .where(eq(screeningRequirements.programId, program.id));
  return {
    interviewRequired: row?.interviewRequired ?? screeningDefaults[program.type].interviewRequired,
    referencesRequired:
      row?.referencesRequired ?? screeningDefaults[program.type].referencesRequired,
    childCertificateRequired: childCertificateRequired(program),
  };
}

/** Screening progress of several mentors of one program, in a few queries. */
export async function screeningSummaries(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  program: ProgramRow,
  rows: { id: string; userId: string; screeningCompletedAt: Date | null }[],
): Promise<Map<string, ScreeningSummary>> {
  const result = new Map<string, ScreeningSummary>();
  if (rows.length === 0) return result;
  const ids = rows.map((r) => r.id);
  const userIds = [...new Set(rows.map((r) => r.userId))];
  const [requirements, interviewRows, referenceRows, certificateRows] = await Promise.all([
    requirementsOf(db, program),
    db
      .select({ programMentorId: interviews.programMentorId, outcome: interviews.outcome })
      .from(interviews)
      .where(
        and(
          eq(interviews.organisationId, organisationId),
          inArray(interviews.programMentorId, ids),
        ),
      ),
    db
      .select({
        programMentorId: referenceRequests.programMentorId,
        answered: sql<number>`count(${referenceRequests.answeredAt})`,
      })
      .from(referenceRequests)
      .where(
        and(
          eq(referenceRequests.organisationId, organisationId),
          inArray(referenceRequests.programMentorId, ids),
        ),
      )
      .groupBy(referenceRequests.programMentorId),
    db
      .selectDistinctOn([childCertificates.userId], {
        userId: childCertificates.userId,
        status: childCertificates.status,
      })
      .from(childCertificates)
      .where(
        and(
          eq(childCertificates.organisationId, organisationId),
          inArray(childCertificates.userId, userIds),
        ),
      )
      .orderBy(
        childCertificates.userId,
        desc(childCertificates.createdAt),
        desc(childCertificates.id),
      ),
  ]);
  const interviewBy = new Map(interviewRows.map((r) => [r.programMentorId, r.outcome]));
  const answeredBy = new Map(referenceRows.map((r) => [r.programMentorId, Number(r.answered)]));
  const certificateBy = new Map(certificateRows.map((r) => [r.userId, r.status]));
  for (const row of rows) {
    result.set(row.id, {
      interviewRequired: requirements.interviewRequired,
      interview: interviewBy.get(row.id) ?? 'none',
      referencesRequired: requirements.referencesRequired,
      referencesAnswered: answeredBy.get(row.id) ?? 0,
      childCertificateRequired: requirements.childCertificateRequired,
      childCertificate: certificateBy.get(row.userId) ?? 'none',
      completedAt: row.screeningCompletedAt?.toISOString() ?? null,
    });
  }
  return result;
}

/** Program mentors of a program by id, locked for a change (with their stored stage). */
export async function lockProgramMentors(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  ids: string[],
) {
  return db
    .select()
    .from(programMentors)
    .where(and(eq(programMentors.organisationId, organisationId), inArray(programMentors.id, ids)))
    .orderBy(asc(programMentors.id))
    .for('update');
}

const nominator = alias(users, 'nominator');

/** One program mentor with the person, the program, the seen stage and any nomination. */
export async function findMentorDetails(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  id: string,
  at: Date,
) {
  const [row] = await db
    .select({
      mentor: programMentors,
      seen: seenStage(at),
      name: users.name,
      email: users.email,
      locale: users.locale,
      program: programs,
    })
    .from(programMentors)
    .innerJoin(users, eq(users.id, programMentors.userId))
    .innerJoin(programs, eq(programs.id, programMentors.programId))
    .leftJoin(enrolments, enrolmentJoin)
    .where(and(eq(programMentors.organisationId, organisationId), eq(programMentors.id, id)));
  if (!row) return null;
  const [nomination] = await db
    .select({ nomination: nominations, nominatedByName: nominator.name })
    .from(nominations)
    .leftJoin(nominator, eq(nominator.id, nominations.nominatedBy))
    .where(
      and(eq(nominations.organisationId, organisationId), eq(nominations.programMentorId, id)),
    );
  return { ...row, nomination: nomination ?? null };
}

/** The mentor's timeline, oldest first, with who did each thing. */
export async function mentorTimeline(db: DbOrTx, organisationId: AuthorizedOrgId, id: string) {
  return db
    .select({
      id: mentorEvents.id,
      kind: mentorEvents.kind,
      at: mentorEvents.at,
      actorName: users.name,
      details: mentorEvents.details,
    })
    .from(mentorEvents)
    .leftJoin(users, eq(users.id, mentorEvents.actorId))
    .where(
      and(eq(mentorEvents.organisationId, organisationId), eq(mentorEvents.programMentorId, id)),
    )
    .orderBy(asc(mentorEvents.at), asc(mentorEvents.id));
}

/** A person's own applications and nominations in the organisation, newest first. */
export async function listOwnApplications(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  userId: string,
  options: { limit: number; cursor?: string; at: Date },
) {
  return db
    .select({
      id: programMentors.id,
      programId: programMentors.programId,
      programName: programs.name,
      source: programMentors.source,
      stage: seenStage(options.at),
      stageChangedAt: programMentors.stageChangedAt,
      createdAt: programMentors.createdAt,
      nominationId: nominations.id,
      nominatedByName: nominator.name,
      response: nominations.response,
      decision: nominations.decision,
    })
    .from(programMentors)
    .innerJoin(programs, eq(programs.id, programMentors.programId))
    .leftJoin(enrolments, enrolmentJoin)
    .leftJoin(nominations, eq(nominations.programMentorId, programMentors.id))
    .leftJoin(nominator, eq(nominator.id, nominations.nominatedBy))
    .where(
      and(
        eq(programMentors.organisationId, organisationId),
        eq(programMentors.userId, userId),
        options.cursor ? lt(programMentors.id, options.cursor) : undefined,
      ),
    )
    .orderBy(desc(programMentors.id))
    .limit(options.limit + 1);
}

/** The nominations one person made, newest first: for HR's own list. */
export async function listOwnNominations(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  nominatedBy: string,
  options: { limit: number; cursor?: string; at: Date },
) {
  return db
    .select({
      id: nominations.id,
      nomineeName: users.name,
      programId: programs.id,
      programName: programs.name,
      response: nominations.response,
      decision: nominations.decision,
      stage: seenStage(options.at),
      createdAt: nominations.createdAt,
    })
    .from(nominations)
    .innerJoin(programMentors, eq(programMentors.id, nominations.programMentorId))
    .innerJoin(users, eq(users.id, programMentors.userId))
    .innerJoin(programs, eq(programs.id, programMentors.programId))
    .leftJoin(enrolments, enrolmentJoin)
    .where(
      and(
        eq(nominations.organisationId, organisationId),
        eq(nominations.nominatedBy, nominatedBy),
        options.cursor ? lt(nominations.id, options.cursor) : undefined,
      ),
    )
    .orderBy(desc(nominations.id))
    .limit(options.limit + 1);
}
