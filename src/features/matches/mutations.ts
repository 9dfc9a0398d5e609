import { and, count, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { MentorBlocker } from '../../contracts/training';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../db/ids';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { mentorGate } from '../eligibility/mentor-gate';
import { mentees } from '../mentees/tables';
import { programs } from '../programs/tables';
import { programMentors } from '../recruitment/tables';
import { ageOn, brokenPairRules, type PairRule } from './rules';

/** A hard rule broken, or the pair kept out of matching. */
type PairProblem = PairRule | 'excluded';

import { matchExclusions, matches } from './tables';

/** The contract's 422 codes for a pair, after the mentor's own blockers. */
export type PairBlocker =
  | 'mentor_at_capacity'
  | 'mentee_already_matched'
  | 'program_mismatch'
  | 'constraint_violated';
export type MatchBlocker = MentorBlocker | PairBlocker;

const pairOrder: PairBlocker[] = [
  'program_mismatch',
  'mentee_already_matched',
  'mentor_at_capacity',
  'constraint_violated',
];

const open = ['proposed', 'active'] as const;

/**
 * Everything that stands between this mentor and this mentee in this program now: the
 * gate's blockers about the mentor, then the pair's (program, the mentee's open match,
 * the mentor's capacity, the program's hard rules). Row locks on the mentor's place and
 * the mentee make concurrent attempts on the same people wait for each other.
 */
export async function matchBlockers(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  ids: { mentorId: string; menteeId: string },
  at: Date,
) {
  const [mentor] = await tx
    .select()
    .from(programMentors)
    .where(
      and(eq(programMentors.organisationId, organisationId), eq(programMentors.id, ids.mentorId)),
    )
    .for('update');
  const [mentee] = await tx
    .select()
    .from(mentees)
    .where(and(eq(mentees.organisationId, organisationId), eq(mentees.id, ids.menteeId)))
    .for('update');
  if (!mentor)
    throw AppError.invalid([{ path: 'mentorId', messageKey: 'validation.unknown_mentor' }]);
  if (!mentee)
    throw AppError.invalid([{ path: 'menteeId', messageKey: 'validation.unknown_mentee' }]);

  const pair = new Set<PairBlocker>();
  let rules: PairProblem[] = [];
  if (mentor.programId !== programId || mentee.programId !== programId)
    pair.add('program_mismatch');
  const gate = await mentorGate(tx, organisationId, mentor.programId, mentor.userId, at);

  const [menteeOpen] = await tx
    .select({ n: count() })
    .from(matches)
    .where(and(eq(matches.menteeId, mentee.id), inArray(matches.status, open)));
  if ((menteeOpen?.n ?? 0) > 0 || mentee.status !== 'waiting') pair.add('mentee_already_matched');

  const [mentorOpen] = await tx
    .select({ n: count() })
    .from(matches)
    .where(and(eq(matches.programMentorId, mentor.id), inArray(matches.status, open)));
  if ((mentorOpen?.n ?? 0) >= mentor.capacity) pair.add('mentor_at_capacity');

  const [program] = await tx
    .select({
      menteeAgeMin: programs.menteeAgeMin,
      menteeAgeMax: programs.menteeAgeMax,
      meetingCadence: programs.meetingCadence,
      commitmentMonths: programs.commitmentMonths,
    })
    .from(programs)
    .where(eq(programs.id, programId));
  rules = brokenPairRules({
    mentor: { profile: mentor.profile ?? null, birthYear: mentor.birthYear },
    mentee: { profile: mentee.profile, age: ageOn(mentee.birthDate, at) },
    program,
    at,
  });
  // Kept out of matching: the pair (a side declined) or either person (the coordinator).
  const [excluded] = await tx
    .select({ n: count() })
    .from(matchExclusions)
    .where(
      and(
        eq(matchExclusions.programId, programId),
        or(
          and(
            eq(matchExclusions.programMentorId, mentor.id),
            eq(matchExclusions.menteeId, mentee.id),
          ),
          and(eq(matchExclusions.programMentorId, mentor.id), isNull(matchExclusions.menteeId)),
          and(isNull(matchExclusions.programMentorId), eq(matchExclusions.menteeId, mentee.id)),
        ),
      ),
    );
  if ((excluded?.n ?? 0) > 0) rules.push('excluded');
  if (rules.length > 0) pair.add('constraint_violated');

  const blockers: MatchBlocker[] = [...gate.blockers, ...pairOrder.filter((b) => pair.has(b))];
  return { blockers, rules, mentor, mentee, program };
}

/** Refuses with 422: the first blocker as the code, all of them (and broken rules) in details. */
function refuse(blockers: MatchBlocker[], rules: PairProblem[]): never {
  const [first] = blockers;
  if (!first) throw new Error('refuse() without blockers');
  throw new AppError(first, { details: { blockers, ...(rules.length ? { rules } : {}) } });
}

/**
 * A coordinator's match of one mentor and one mentee: only through the gate and the
 * program's rules (422 otherwise). The match starts as `proposed`; the people accept it.
 */
export async function createMatch(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  ids: { mentorId: string; menteeId: string },
  at: Date,
  actorId: string | null,
  suggestion: { score: number; reasons: string[] } | null = null,
) {
  const { blockers, rules, mentor, mentee, program } = await matchBlockers(
    tx,
    organisationId,
    programId,
    ids,
    at,
  );
  if (blockers.length > 0) refuse(blockers, rules);
  const [row] = await tx
    .insert(matches)
    .values({
      id: newId(),
      organisationId,
      programId,
      programMentorId: mentor.id,
      menteeId: mentee.id,
      status: 'proposed',
      createdBy: actorId,
      score: suggestion?.score ?? null,
      reasons: suggestion?.reasons ?? null,
      proposedAt: at,
      // What both sides accept with the match: the program's rhythm and the mentee's goals.
      agreement: program
        ? {
            cadence: program.meetingCadence,
            lengthMonths: program.commitmentMonths,
            goals: mentee.profile.goals,
          }
        : null,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await tx
    .update(mentees)
    .set({ status: 'matched', updatedAt: at })
    .where(eq(mentees.id, mentee.id));
  return row;
}

export type MatchRow = typeof matches.$inferSelect;
export type Party = 'mentor' | 'mentee' | 'guardian';

/**
 * One side accepts a proposed match. When every side that must accept has (the mentor,
 * and the mentee — or the guardian for a child under 15), it becomes active — but only
 * if the gate still holds for the mentor at that moment (422 with the blockers otherwise).
 */
export async function acceptMatch(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  match: MatchRow,
  parties: Party[],
  at: Date,
) {
  if (match.status !== 'proposed') throw new AppError('match_not_proposed');
  const [mentee] = await tx.select().from(mentees).where(eq(mentees.id, match.menteeId));
  const [mentor] = await tx
    .select()
    .from(programMentors)
    .where(eq(programMentors.id, match.programMentorId));
  if (!mentee || !mentor) throw new AppError('not_found');
  const set: Partial<MatchRow> = {};
  if (parties.includes('mentor')) set.mentorAcceptedAt = match.mentorAcceptedAt ?? at;
  if (parties.includes('mentee')) set.menteeAcceptedAt = match.menteeAcceptedAt ?? at;
  if (parties.includes('guardian')) set.guardianAcceptedAt = match.guardianAcceptedAt ?? at;
  const next = { ...match, ...set };
  const childNeedsGuardian = ageOn(mentee.birthDate, at) < 15;
  const menteeSide = childNeedsGuardian ? next.guardianAcceptedAt : next.menteeAcceptedAt;
  if (next.mentorAcceptedAt && menteeSide) {
    const gate = await mentorGate(tx, organisationId, mentor.programId, mentor.userId, at);
    if (!gate.eligible) refuse(gate.blockers, []);
    set.status = 'active';
    set.startedAt = at;
    await tx
      .update(programMentors)
      .set({ stage: 'active', stageChangedAt: at })
      .where(and(eq(programMentors.id, mentor.id), sql`${programMentors.stage} <> 'active'`));
  }
  const [row] = await tx.update(matches).set(set).where(eq(matches.id, match.id)).returning();
  if (!row) throw new Error('update returned nothing');
  return row;
}

/** One side declines: the pair is not proposed again and the mentee waits for a new match. */
export async function declineMatch(tx: DbOrTx, match: MatchRow, at: Date, actorId: string | null) {
  if (match.status !== 'proposed') throw new AppError('match_not_proposed');
  await tx.insert(matchExclusions).values({
    id: newId(),
    organisationId: match.organisationId,
    programId: match.programId,
    programMentorId: match.programMentorId,
    menteeId: match.menteeId,
    reason: 'declined',
    createdBy: actorId,
    createdAt: at,
  });
  const [row] = await tx
    .update(matches)
    .set({ status: 'declined', closedAt: at })
    .where(eq(matches.id, match.id))
    .returning();
  await tx
    .update(mentees)
    .set({ status: 'waiting', waitingSince: at, updatedAt: at })
    .where(eq(mentees.id, match.menteeId));
  return row ?? match;
}
