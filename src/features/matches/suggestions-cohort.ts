import { and, count, desc, eq, inArray, max } from 'drizzle-orm';
import { defaultWeights, matchingTerms, type Weights } from '../../contracts/match-suggestions';
import type { DbOrTx } from '../../db/client';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { users } from '../accounts/tables';
import { evaluateGate } from '../eligibility/gate';
import { screeningGateFacts } from '../eligibility/mentor-gate';
import { screeningFactsFor } from '../eligibility/screening-facts';
import { mentees } from '../mentees/tables';
import { findProgram } from '../programs/queries';
import { programMentors } from '../recruitment/tables';
import { certificates, codeOfConductSignatures, enrolments } from '../training/tables';
import { ageOn } from './rules';
import type { Cohort, CohortMentor } from './suggestions';
import { matchExclusions, matches, matchingSettings } from './tables';

const open = ['proposed', 'active'] as const;
/** Mentors from enrolment on: the ones a coordinator expects to see (eligible or why not). */
const mentorStagesInCohort = ['in_training', 'certified', 'recertification_due', 'active'] as const;

/** The program's saved weights, each term 1 unless the coordinator set it. */
export async function programWeights(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
): Promise<Weights> {
  const [row] = await db
    .select({ weights: matchingSettings.weights })
    .from(matchingSettings)
    .where(
      and(
        eq(matchingSettings.organisationId, organisationId),
        eq(matchingSettings.programId, programId),
      ),
    );
  const saved = row?.weights ?? {};
  const weights = { ...defaultWeights };
  for (const term of matchingTerms) {
    const value = saved[term];
    if (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 3) {
      weights[term] = value as number;
    }
  }
  return weights;
}

export async function saveProgramWeights(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  weights: Weights,
  at: Date,
) {
  await db
    .insert(matchingSettings)
    .values({ programId, organisationId, weights, updatedAt: at })
    .onConflictDoUpdate({ target: matchingSettings.programId, set: { weights, updatedAt: at } });
}

/**
 * The gate for every mentor of a program at once, in a handful of queries (the same facts
 * as `mentorGate`, which costs five queries per mentor).
 */
async function gateOfMentors(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  program: NonNullable<Awaited<ReturnType<typeof findProgram>>>,
  userIds: string[],
  at: Date,
) {
  const screening = await screeningFactsFor(db, organisationId, program.id, userIds);
  const rows =
    userIds.length === 0
      ? []
      : await db
          .select({
            id: enrolments.id,
            userId: enrolments.userId,
            completedAt: enrolments.completedAt,
          })
          .from(enrolments)
          .where(
            and(
              eq(enrolments.organisationId, organisationId),
              eq(enrolments.programId, program.id),
              inArray(enrolments.userId, userIds),
            ),
          );
  const enrolmentIds = rows.map((r) => r.id);
  const [certificateRows, signatureRows] =
    enrolmentIds.length === 0
      ? [[], []]
      : await Promise.all([
          db
            .select({ enrolmentId: certificates.enrolmentId, expiresAt: certificates.expiresAt })
            .from(certificates)
            .where(
              and(
                eq(certificates.organisationId, organisationId),
                inArray(certificates.enrolmentId, enrolmentIds),
              ),
            )
            .orderBy(desc(certificates.issuedAt)),
          db
            .select({
              enrolmentId: codeOfConductSignatures.enrolmentId,
              signedAt: max(codeOfConductSignatures.signedAt),
            })
            .from(codeOfConductSignatures)
            .where(
              and(
                eq(codeOfConductSignatures.organisationId, organisationId),
                inArray(codeOfConductSignatures.enrolmentId, enrolmentIds),
              ),
            )
            .groupBy(codeOfConductSignatures.enrolmentId),
        ]);
  const latestCertificate = new Map<string, Date>();
  for (const c of certificateRows) {
    if (!latestCertificate.has(c.enrolmentId)) latestCertificate.set(c.enrolmentId, c.expiresAt);
  }
  const signed = new Map(signatureRows.map((s) => [s.enrolmentId, s.signedAt]));
  const enrolmentOf = new Map(rows.map((r) => [r.userId, r]));
  return new Map(
    userIds.map((userId) => {
      const enrolment = enrolmentOf.get(userId);
      const gate = evaluateGate(
        {
          ...screeningGateFacts(program, screening.get(userId)),
          training: {
            completedAt: enrolment?.completedAt ?? null,
            certificateExpiresAt: enrolment ? (latestCertificate.get(enrolment.id) ?? null) : null,
          },
          codeOfConduct: { signedAt: enrolment ? (signed.get(enrolment.id) ?? null) : null },
        },
        at,
      );
      return [userId, gate.blockers] as const;
    }),
  );
}

/** Everything the suggestions are made from, read in one go. */
export async function loadCohort(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  at: Date,
): Promise<Cohort> {
  const program = await findProgram(db, organisationId, programId);
  if (!program) throw new AppError('not_found');
  const [mentorRows, openRows, menteeRows, exclusionRows] = await Promise.all([
    db
      .select({
        id: programMentors.id,
        userId: programMentors.userId,
        name: users.name,
        profile: programMentors.profile,
        birthYear: programMentors.birthYear,
        capacity: programMentors.capacity,
      })
      .from(programMentors)
      .innerJoin(users, eq(users.id, programMentors.userId))
      .where(
        and(
          eq(programMentors.organisationId, organisationId),
          eq(programMentors.programId, programId),
          inArray(programMentors.stage, mentorStagesInCohort),
        ),
      )
      .orderBy(users.name, programMentors.id),
    db
      .select({ mentorId: matches.programMentorId, n: count() })
      .from(matches)
      .where(
        and(
          eq(matches.organisationId, organisationId),
          eq(matches.programId, programId),
          inArray(matches.status, open),
        ),
      )
      .groupBy(matches.programMentorId),
    db
      .select({
        id: mentees.id,
        name: mentees.name,
        profile: mentees.profile,
        birthDate: mentees.birthDate,
      })
      .from(mentees)
      .where(
        and(
          eq(mentees.organisationId, organisationId),
          eq(mentees.programId, programId),
          eq(mentees.status, 'waiting'),
        ),
      )
      .orderBy(mentees.waitingSince, mentees.id),
    db
      .select({ mentorId: matchExclusions.programMentorId, menteeId: matchExclusions.menteeId })
      .from(matchExclusions)
      .where(
        and(
          eq(matchExclusions.organisationId, organisationId),
          eq(matchExclusions.programId, programId),
        ),
      ),
  ]);
  const blockers = await gateOfMentors(
    db,
    organisationId,
    program,
    mentorRows.map((m) => m.userId),
    at,
  );
  const openOf = new Map(openRows.map((r) => [r.mentorId, r.n]));
  const mentors: CohortMentor[] = mentorRows.map((m) => ({
    ...m,
    openMatches: openOf.get(m.id) ?? 0,
    blockers: blockers.get(m.userId) ?? [],
  }));
  return {
    program: { menteeAgeMin: program.menteeAgeMin, menteeAgeMax: program.menteeAgeMax },
    mentors,
    mentees: menteeRows.map((m) => ({
      id: m.id,
      name: m.name,
      profile: m.profile,
      age: ageOn(m.birthDate, at),
    })),
    exclusions: exclusionRows,
    at,
  };
}
