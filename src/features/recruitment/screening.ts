import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type {
  InterviewInput,
  Screening,
  ScreeningItem,
  ScreeningRequirements,
  UpdateScreeningRequirements,
} from '../../contracts/screening';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../db/ids';
import { translate } from '../../server/i18n/translate';
import type { Actor, AuthorizedOrgId } from '../../server/lib/access';
import { userIdOf } from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { users } from '../accounts/tables';
import { screeningFactsFor } from '../eligibility/screening-facts';
import { memberships } from '../organisations/tables';
import { findProgram } from '../programs/queries';
import { enrolMentor } from '../training/mutations';
import { childCertificateRequired } from '../training/rules';
import { enrolments } from '../training/tables';
import {
  type CertificateWithNames,
  latestCertificateOf,
  presentCertificate,
} from './child-certificates';
import { recordMentorEvent } from './program-mentors';
import { presentReference, referencesOf } from './reference-requests';
import { screeningDefaults } from './rules';
import {
  childCertificateState,
  effectiveCertificateStatus,
  interviewState,
  isOpen,
  mayPassFrom,
  missingItems,
  screeningClosed,
} from './screening-rules';
import { interviews, programMentors, screeningRequirements } from './tables';

type ProgramRow = NonNullable<Awaited<ReturnType<typeof findProgram>>>;

/* ---------- the program's checklist ---------- */

/** The program's checklist; a program without a row falls back to its type's defaults. */
export async function requirementsOf(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  program: ProgramRow,
): Promise<ScreeningRequirements> {
  const [row] = await db
    .select()
    .from(screeningRequirements)
    .where(
      and(
        eq(screeningRequirements.organisationId, organisationId),
        eq(screeningRequirements.programId, program.id),
      ),
    );
  const base = row ?? screeningDefaults[program.type];
  return {
    programId: program.id,
    interviewRequired: base.interviewRequired,
    referencesRequired: base.referencesRequired,
    childCertificateRequired: childCertificateRequired(program),
  };
}

export async function updateRequirements(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  program: ProgramRow,
  input: UpdateScreeningRequirements,
  at: Date,
): Promise<ScreeningRequirements> {
  await db
    .insert(screeningRequirements)
    .values({ programId: program.id, organisationId, ...input, updatedAt: at })
    .onConflictDoUpdate({
      target: screeningRequirements.programId,
      set: { ...input, updatedAt: at },
    });
  return requirementsOf(db, organisationId, program);
}

/* ---------- one mentor's screening ---------- */

export async function findPlace(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programMentorId: string,
  lock = false,
) {
  const query = db
    .select()
    .from(programMentors)
    .where(
      and(
        eq(programMentors.organisationId, organisationId),
        eq(programMentors.id, programMentorId),
      ),
    );
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found');
  return row;
}
export type PlaceRow = Awaited<ReturnType<typeof findPlace>>;

const interviewer = alias(users, 'interviewer');

async function interviewOf(db: DbOrTx, organisationId: AuthorizedOrgId, programMentorId: string) {
  const [row] = await db
    .select({ interview: interviews, interviewerName: interviewer.name })
    .from(interviews)
    .leftJoin(interviewer, eq(interviewer.id, interviews.interviewerId))
    .where(
      and(
        eq(interviews.organisationId, organisationId),
        eq(interviews.programMentorId, programMentorId),
      ),
    );
  return row ?? null;
}

export interface ScreeningState {
  place: PlaceRow;
  requirements: ScreeningRequirements;
  view: Screening;
  /** The latest child certificate record, shown in the view (its viewing is audited). */
  certificate: CertificateWithNames | null;
  missing: ScreeningItem[];
}

/**
 * Everything screening knows about one mentor in one program at `at`: the checklist with
 * each item's state, what is missing, and whether it may be passed now.
 */
export async function screeningState(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  place: PlaceRow,
  at: Date,
  options: { showDecisionReason: boolean },
): Promise<ScreeningState> {
  const program = await findProgram(db, organisationId, place.programId);
  if (!program) throw new AppError('not_found');
  const [requirements, interview, references, certificate, facts, [person]] = await Promise.all([
    requirementsOf(db, organisationId, program),
    interviewOf(db, organisationId, place.id),
    referencesOf(db, organisationId, place.id),
    latestCertificateOf(db, organisationId, place.userId),
    screeningFactsFor(db, organisationId, place.programId, [place.userId]),
    db.select({ name: users.name }).from(users).where(eq(users.id, place.userId)),
  ]);
  const validUntil = facts.get(place.userId)?.childCertificateValidUntil ?? null;
  const answered = references.filter((r) => r.answeredAt !== null).length;
  const outcome = interviewState(interview?.interview ?? null);
  const missing = missingItems(
    {
      interviewRequired: requirements.interviewRequired,
      referencesRequired: requirements.referencesRequired,
      childCertificateRequired: requirements.childCertificateRequired,
      interviewOutcome: outcome,
      referencesAnswered: answered,
      childCertificateValidUntil: validUntil,
    },
    at,
  );
  const rawValidUntil =
    certificate?.cert.validUntil && certificate.cert.validUntil > at
      ? certificate.cert.validUntil
      : null;
  const view: Screening = {
    mentorId: place.id,
    programId: place.programId,
    userId: place.userId,
    personName: person?.name ?? '',
    stage: place.stage,
    screeningCompletedAt: place.screeningCompletedAt?.toISOString() ?? null,
    requirements,
    interview: {
      required: requirements.interviewRequired,
      state: outcome,
      record: interview
        ? {
            interviewedAt: interview.interview.interviewedAt.toISOString(),
            outcome: interview.interview.outcome,
            motivation: interview.interview.motivation,
            availability: interview.interview.availability,
            experience: interview.interview.experience,
            concerns: interview.interview.concerns,
            interviewerName: interview.interviewerName,
            updatedAt: interview.interview.updatedAt.toISOString(),
          }
        : null,
    },
    references: {
      required: requirements.referencesRequired,
      answered,
      items: references.map((r) => presentReference(r, at)),
    },
    childCertificate: {
      required: requirements.childCertificateRequired,
      state: childCertificateState(
        requirements.childCertificateRequired,
        certificate?.cert ?? null,
        validUntil,
        at,
      ),
      record: certificate ? presentCertificate(certificate, at, options.showDecisionReason) : null,
      canStart: !certificate || !isOpen(effectiveCertificateStatus(certificate.cert, at)),
      renewalAfterBreak: rawValidUntil !== null && (validUntil === null || validUntil <= at),
    },
    complete: missing.length === 0,
    missing,
    canPass: mayPassFrom(place.stage, place.screeningCompletedAt),
    privacyNote: true,
  };
  return { place, requirements, view, certificate, missing };
}

/* ---------- the interview ---------- */

/**
 * Records (or corrects) the structured interview. A mentor at `applied` moves to
 * `screening` with it (the interview is where screening starts); other stages stay. A
 * passed or failed outcome may not be dated in the future.
 */
export async function recordInterview(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  programMentorId: string,
  input: InterviewInput,
  at: Date,
  actor: Actor | null,
) {
  const place = await findPlace(tx, organisationId, programMentorId, true);
  if (screeningClosed(place.stage)) throw new AppError('stage_transition_invalid');
  const interviewedAt = new Date(input.interviewedAt);
  if (input.outcome !== 'pending' && interviewedAt > at) {
    throw AppError.invalid([
      { path: 'interviewedAt', messageKey: 'screening.validation.interview_in_future' },
    ]);
  }
  const actorId = actor ? userIdOf(actor) : null;
  const values = {
    interviewedAt,
    interviewerId: actorId,
    motivation: input.motivation,
    availability: input.availability,
    experience: input.experience,
    concerns: input.concerns,
    outcome: input.outcome,
    updatedAt: at,
  };
  await tx
    .insert(interviews)
    .values({ id: newId(), organisationId, programMentorId, ...values })
    .onConflictDoUpdate({ target: interviews.programMentorId, set: values });
  await recordMentorEvent(tx, organisationId, programMentorId, 'interview_recorded', at, actorId, {
    outcome: input.outcome,
  });
  if (place.stage === 'applied') {
    await tx
      .update(programMentors)
      .set({ stage: 'screening', stageChangedAt: at })
      .where(eq(programMentors.id, programMentorId));
    await recordMentorEvent(tx, organisationId, programMentorId, 'stage_changed', at, actorId, {
      from: 'applied',
      to: 'screening',
    });
  }
}

/* ---------- passing screening ---------- */

/**
 * Passes screening for a mentor at `applied` or `screening` (or one staff enrolled in
 * training before screening was passed): checks that every item on the program's
 * checklist is done (interview passed, enough references answered, a valid child
 * certificate where needed), else 409 `screening_requirements_unmet` naming what is
 * missing in the message and `details.missing`; then sets `screeningCompletedAt`, writes
 * the timeline and opens training enrolment (stage `in_training`; an existing enrolment is
 * kept). Another stage, or screening already passed: 409 `stage_transition_invalid`.
 * The pipeline calls it in its own transaction.
 */
export async function passScreening(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  programMentorId: string,
  at: Date,
  actor: Actor | null,
): Promise<void> {
  const place = await findPlace(tx, organisationId, programMentorId, true);
  if (!mayPassFrom(place.stage, place.screeningCompletedAt)) {
    throw new AppError('stage_transition_invalid', {
      details: { mentorId: place.id, stage: place.stage },
    });
  }
  const { missing } = await screeningState(tx, organisationId, place, at, {
    showDecisionReason: false,
  });
  if (missing.length > 0) {
    throw new AppError('screening_requirements_unmet', {
      details: { missing },
      messageParams: (locale) => ({
        missing: missing.map((m) => translate(locale, `screening.missing.${m}`)).join(', '),
      }),
    });
  }
  const actorId = actor ? userIdOf(actor) : null;
  await tx
    .update(programMentors)
    .set({ screeningCompletedAt: at })
    .where(eq(programMentors.id, place.id));
  await recordMentorEvent(tx, organisationId, place.id, 'screening_passed', at, actorId);

  const [enrolled] = await tx
    .select({ id: enrolments.id })
    .from(enrolments)
    .where(
      and(
        eq(enrolments.organisationId, organisationId),
        eq(enrolments.programId, place.programId),
        eq(enrolments.userId, place.userId),
      ),
    );
  if (enrolled) {
    if (place.stage !== 'in_training') {
      await tx
        .update(programMentors)
        .set({ stage: 'in_training', stageChangedAt: at })
        .where(eq(programMentors.id, place.id));
    }
    return;
  }
  const [member] = await tx
    .select({ id: memberships.id, roles: memberships.roles })
    .from(memberships)
    .where(
      and(eq(memberships.organisationId, organisationId), eq(memberships.userId, place.userId)),
    );
  if (!member) throw new AppError('conflict', { details: { reason: 'no_membership' } });
  // Passing screening makes a person a mentor of the organisation, if they were not yet.
  if (!member.roles.includes('mentor')) {
    await tx
      .update(memberships)
      .set({ roles: [...member.roles, 'mentor'] })
      .where(eq(memberships.id, member.id));
  }
  await enrolMentor(tx, organisationId, place.programId, member.id, at, actorId);
}
