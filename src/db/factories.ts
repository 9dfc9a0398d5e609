import { and, desc, eq } from 'drizzle-orm';
import type { MenteeSource, MenteeStatus } from '../contracts/mentees';
import type { Profile } from '../contracts/profile';
import type { CreateProgramInput } from '../contracts/programs';
import type {
  CandidacySource,
  ChildCertificateStatus,
  MentorStage,
} from '../contracts/recruitment';
import type { Locale, Role } from '../contracts/roles';
import { apiTokens, users } from '../features/accounts/tables';
import { matches } from '../features/matches/tables';
import { mentees } from '../features/mentees/tables';
import { memberships, organisations } from '../features/organisations/tables';
import { createProgram } from '../features/programs/mutations';
import { programs } from '../features/programs/tables';
import {
  childCertificates,
  nominations,
  programMentors,
  referenceRequests,
} from '../features/recruitment/tables';
import {
  concerns,
  contactRequests,
  helpRequests,
  matchGoals,
  meetings,
} from '../features/relationships/tables';
import { certificateIssuer } from '../features/training/certificate-issuer';
import type { CurriculumModule } from '../features/training/content/types';
import {
  createDraft,
  createSession,
  enrolMentor,
  signUp,
  submitReflection,
} from '../features/training/mutations';
import {
  codeOfConductSignatures,
  curriculumItems,
  curriculumModules,
  curriculumVersions,
  itemProgress,
} from '../features/training/tables';
import { testCurriculum, testCurriculumKeys } from '../features/training/test-curriculum';
import type { AuthorizedOrgId } from '../server/lib/access';
import { hashPassword, newSecret } from '../server/lib/secrets';
import type { DbOrTx } from './client';
import { newId } from './ids';

/**
 * Test and demo data. Each factory takes overrides and builds what it needs; the demo
 * seed uses the same functions, so the demo is what the tests test.
 */
let sequence = 0;
const next = () => ++sequence;

export async function buildOrganisation(db: DbOrTx, overrides: { name?: string } = {}) {
  const [row] = await db
    .insert(organisations)
    .values({ id: newId(), name: overrides.name ?? `Organisation ${next()}` })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  return { ...row, id: row.id as AuthorizedOrgId };
}

/** Password hashing is slow on purpose; reuse one hash for people who share a password. */
const hashes = new Map<string, Promise<string>>();
export function passwordHashFor(password: string) {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}

export const DEFAULT_PASSWORD = 'correct horse battery';

export async function buildUser(
  db: DbOrTx,
  overrides: { email?: string; name?: string; password?: string | null; locale?: Locale } = {},
) {
  const n = next();
  const password = overrides.password === undefined ? DEFAULT_PASSWORD : overrides.password;
  const [row] = await db
    .insert(users)
    .values({
      id: newId(),
      email: overrides.email ?? `person${n}@example.test`,
      name: overrides.name ?? `Person ${n}`,
      locale: overrides.locale ?? 'da',
      passwordHash: password === null ? null : await passwordHashFor(password),
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function buildMember(
  db: DbOrTx,
  organisationId: string,
  overrides: Parameters<typeof buildUser>[1] & {
    roles?: Role[];
    status?: 'invited' | 'active';
  } = {},
) {
  const { roles = ['mentor'], status = 'active', ...userOverrides } = overrides;
  const user = await buildUser(db, userOverrides);
  const [membership] = await db
    .insert(memberships)
    .values({ id: newId(), organisationId, userId: user.id, roles, status })
    .returning();
  if (!membership) throw new Error('insert returned nothing');
  return { user, membership };
}

export async function buildProgram(
  db: DbOrTx,
  organisationId: string,
  overrides: Partial<CreateProgramInput> & {
    status?: 'draft' | 'published';
    /** Instead of the type's shipped default curriculum. */
    curriculum?: readonly CurriculumModule[];
  } = {},
) {
  const { status, curriculum, ...input } = overrides;
  const row = await createProgram(
    db,
    organisationId as AuthorizedOrgId,
    { type: 'school', name: `Program ${next()}`, ...input },
    { curriculum },
  );
  if (!status || status === 'draft') return row;
  const [published] = await db
    .update(programs)
    .set({ status })
    .where(eq(programs.id, row.id))
    .returning();
  return published ?? row;
}

export async function buildApiToken(db: DbOrTx, organisationId: string, roles: Role[]) {
  const { secret, hash } = newSecret('mp_');
  await db.insert(apiTokens).values({
    id: newId(),
    organisationId,
    name: `Token ${next()}`,
    roles,
    tokenHash: hash,
    prefix: secret.slice(0, 10),
  });
  return secret;
}

/**
 * A mentor enrolled in a (career) program that has the test curriculum published. Unless
 * `screened: false`, screening was passed at enrolment (as for a mentor who came through
 * the pipeline), so the gate is down to training.
 */
export async function buildEnrolment(
  db: DbOrTx,
  organisationId: string,
  overrides: { programId?: string; membershipId?: string; now?: Date; screened?: boolean } = {},
) {
  const orgId = organisationId as AuthorizedOrgId;
  const now = overrides.now ?? new Date();
  const programId =
    overrides.programId ??
    (
      await buildProgram(db, organisationId, {
        type: 'career',
        status: 'published',
        curriculum: testCurriculum(),
      })
    ).id;
  const membershipId =
    overrides.membershipId ??
    (await buildMember(db, organisationId, { roles: ['mentor'] })).membership.id;
  const enrolment = await enrolMentor(db, orgId, programId, membershipId, now);
  if (overrides.screened !== false) {
    await db
      .update(programMentors)
      .set({ screeningCompletedAt: now })
      .where(
        and(eq(programMentors.programId, programId), eq(programMentors.userId, enrolment.userId)),
      );
  }
  return { enrolment, programId };
}

/** A person's place in a program at a recruitment stage (or later, with `screened`). */
export async function buildProgramMentor(
  db: DbOrTx,
  organisationId: string,
  programId: string,
  overrides: {
    userId?: string;
    stage?: MentorStage;
    source?: CandidacySource;
    screenedAt?: Date | null;
    profile?: Profile;
    now?: Date;
  } = {},
) {
  const now = overrides.now ?? new Date();
  const userId =
    overrides.userId ?? (await buildMember(db, organisationId, { roles: ['mentor'] })).user.id;
  const [row] = await db
    .insert(programMentors)
    .values({
      id: newId(),
      organisationId,
      programId,
      userId,
      stage: overrides.stage ?? 'applied',
      source: overrides.source ?? 'application',
      profile: overrides.profile ?? testProfile(),
      consentAt: now,
      screeningCompletedAt: overrides.screenedAt ?? null,
      stageChangedAt: now,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** A child certificate at a step; `received_blank` counts for two years by default. */
export async function buildChildCertificate(
  db: DbOrTx,
  organisationId: string,
  userId: string,
  overrides: { status?: ChildCertificateStatus; validUntil?: Date | null; now?: Date } = {},
) {
  const now = overrides.now ?? new Date();
  const status = overrides.status ?? 'received_blank';
  const counts = status === 'received_blank' || status === 'approved';
  const [row] = await db
    .insert(childCertificates)
    .values({
      id: newId(),
      organisationId,
      userId,
      status,
      consentRequestedAt: now,
      consentGivenAt: status === 'consent_requested' ? null : now,
      orderedAt: ['consent_requested', 'consent_given'].includes(status) ? null : now,
      receivedAt: counts || status === 'received_remarks' || status === 'rejected' ? now : null,
      validUntil:
        overrides.validUntil !== undefined
          ? overrides.validUntil
          : counts
            ? new Date(now.getTime() + 730 * 24 * 3600 * 1000)
            : null,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** A matching profile that fits most test programs. */
export function testProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    languages: ['da'],
    interests: ['football', 'reading'],
    goals: ['homework'],
    availability: ['tue_afternoon', 'thu_afternoon'],
    place: 'Aarhus',
    maxTravelKm: 15,
    gender: null,
    genderPreference: null,
    ...overrides,
  };
}

/** A mentee waiting in a program; a child unless `age` says otherwise. */
export async function buildMentee(
  db: DbOrTx,
  organisationId: string,
  programId: string,
  overrides: {
    name?: string;
    age?: number;
    guardianUserId?: string | null;
    userId?: string | null;
    source?: MenteeSource;
    status?: MenteeStatus;
    profile?: Partial<Profile>;
    now?: Date;
  } = {},
) {
  const now = overrides.now ?? new Date();
  const age = overrides.age ?? 10;
  const birth = new Date(now);
  birth.setUTCFullYear(birth.getUTCFullYear() - age, birth.getUTCMonth(), 1);
  const [row] = await db
    .insert(mentees)
    .values({
      id: newId(),
      organisationId,
      programId,
      name: overrides.name ?? `Mentee ${next()}`,
      birthDate: birth.toISOString().slice(0, 10),
      status: overrides.status ?? 'waiting',
      source: overrides.source ?? (age < 15 ? 'guardian' : 'self'),
      userId: overrides.userId ?? null,
      guardianUserId: overrides.guardianUserId ?? null,
      profile: testProfile(overrides.profile),
      consentAt: now,
      waitingSince: now,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** Marks items passed for an enrolment (without the certificate: see certificateIssuer). */
export async function buildProgress(
  db: DbOrTx,
  organisationId: string,
  enrolmentId: string,
  itemKeys: string[],
  at = new Date(),
) {
  if (itemKeys.length === 0) return;
  await db
    .insert(itemProgress)
    .values(
      itemKeys.map((itemKey) => ({
        id: newId(),
        organisationId,
        enrolmentId,
        itemKey,
        openedAt: at,
        completedAt: at,
      })),
    )
    // An item already opened (a reflection waiting for review, say) counts as passed now.
    .onConflictDoUpdate({
      target: [itemProgress.enrolmentId, itemProgress.itemKey],
      set: { completedAt: at },
    });
}

/**
 * One of every training resource in the organisation, by the scope name that finds its
 * organisation, for tests that walk every route; `itemKey` is an item of the enrolment's
 * curriculum. The draft version (with its module and item) is editable.
 */
export async function buildTrainingFixtures(db: DbOrTx, organisationId: string) {
  const orgId = organisationId as AuthorizedOrgId;
  const now = new Date();
  const { enrolment, programId } = await buildEnrolment(db, organisationId, { now });
  const day = 86_400_000;
  const session = await createSession(
    db,
    orgId,
    programId,
    {
      itemKey: 'workshop',
      startsAt: new Date(now.getTime() + 7 * day).toISOString(),
      endsAt: new Date(now.getTime() + 7 * day + 7_200_000).toISOString(),
      place: 'Room 1',
      capacity: 10,
    },
    null,
  );
  const signup = await signUp(db, orgId, enrolment.id, session.id, now);
  const reflectionId = await submitReflection(
    db,
    orgId,
    enrolment.id,
    { itemKey: 'reflect', text: 'I will listen first.' },
    now,
  );
  const draft = await createDraft(db, orgId, programId);
  const [module] = await db
    .select()
    .from(curriculumModules)
    .where(eq(curriculumModules.versionId, draft.id))
    .orderBy(curriculumModules.position)
    .limit(1);
  const [item] = await db
    .select()
    .from(curriculumItems)
    .where(eq(curriculumItems.versionId, draft.id))
    .orderBy(curriculumItems.position)
    .limit(1);
  if (!module || !item) throw new Error('draft without modules');
  return {
    ids: {
      enrolment: enrolment.id,
      trainingSession: session.id,
      sessionSignup: signup.id,
      reflection: reflectionId,
      curriculumVersion: draft.id,
      curriculumModule: module.id,
      curriculumItem: item.id,
    },
    programId,
    itemKey: 'welcome',
  };
}

/**
 * One of each recruitment record in an organisation, for the security walker and the
 * fuzzer: a mentor in screening in a workplace program with a nomination, a reference
 * request and a child certificate, and a waiting mentee.
 */
export async function buildRecruitmentFixtures(db: DbOrTx, organisationId: string) {
  const program = await buildProgram(db, organisationId, { type: 'school', status: 'published' });
  const workplace = await buildProgram(db, organisationId, {
    type: 'workplace',
    status: 'published',
  });
  const mentor = await buildProgramMentor(db, organisationId, program.id, { stage: 'screening' });
  const nominee = await buildProgramMentor(db, organisationId, workplace.id, {
    stage: 'nominated',
    source: 'nomination',
  });
  const nominationId = newId();
  await db.insert(nominations).values({
    id: nominationId,
    organisationId,
    programMentorId: nominee.id,
    worksWellWithOthers: 4,
    positiveAttitude: 5,
    performsDuties: 4,
  });
  const referenceId = newId();
  await db.insert(referenceRequests).values({
    id: referenceId,
    organisationId,
    programMentorId: mentor.id,
    refereeName: 'Referee',
    refereeEmail: `referee${next()}@example.test`,
    tokenHash: newId(),
    expiresAt: new Date(Date.now() + 14 * 86_400_000),
  });
  const certificate = await buildChildCertificate(db, organisationId, mentor.userId, {
    status: 'received_remarks',
  });
  const mentee = await buildMentee(db, organisationId, program.id);
  const matchId = newId();
  // Written directly: the fixture needs a match to exist, not a mentor who passed the gate.
  await db.insert(matches).values({
    id: matchId,
    organisationId,
    programId: program.id,
    programMentorId: mentor.id,
    menteeId: mentee.id,
    status: 'proposed',
    proposedAt: new Date(),
  });
  const meetingId = newId();
  await db.insert(meetings).values({
    id: meetingId,
    organisationId,
    matchId,
    date: new Date(),
    durationMinutes: 60,
    kind: 'homework',
  });
  const goalId = newId();
  await db.insert(matchGoals).values({ id: goalId, organisationId, matchId, title: 'Lektier' });
  const concernId = newId();
  await db.insert(concerns).values({
    id: concernId,
    organisationId,
    programId: program.id,
    category: 'wellbeing',
    urgency: 'medium',
    description: 'Virker ked af det efter møderne.',
    status: 'received',
  });
  const helpRequestId = newId();
  await db
    .insert(helpRequests)
    .values({ id: helpRequestId, organisationId, programId: program.id, subject: 'Hjælp' });
  const contactRequestId = newId();
  await db
    .insert(contactRequests)
    .values({ id: contactRequestId, organisationId, matchId, message: 'Hej igen' });
  return {
    ids: {
      match: matchId,
      meeting: meetingId,
      goal: goalId,
      concern: concernId,
      helpRequest: helpRequestId,
      contactRequest: contactRequestId,
      programMentor: mentor.id,
      nomination: nominationId,
      referenceRequest: referenceId,
      childCertificate: certificate.id,
      mentee: mentee.id,
    },
    programId: program.id,
    workplaceProgramId: workplace.id,
  };
}

/**
 * A mentor who may mentor now: screened, trained (every item of the test curriculum passed,
 * the code of conduct signed, the certificate issued), with a blank child certificate.
 */
export async function buildCertifiedMentor(
  db: DbOrTx,
  organisationId: string,
  overrides: { programId?: string; now?: Date; profile?: Partial<Profile>; capacity?: number } = {},
) {
  const orgId = organisationId as AuthorizedOrgId;
  const now = overrides.now ?? new Date();
  const member = await buildMember(db, organisationId, { roles: ['mentor'] });
  const { enrolment, programId } = await buildEnrolment(db, organisationId, {
    programId: overrides.programId,
    membershipId: member.membership.id,
    now,
  });
  const [version] = await db
    .select({ id: curriculumVersions.id })
    .from(curriculumVersions)
    .where(eq(curriculumVersions.programId, programId))
    .orderBy(desc(curriculumVersions.version))
    .limit(1);
  await db.insert(codeOfConductSignatures).values({
    id: newId(),
    organisationId,
    enrolmentId: enrolment.id,
    itemKey: 'code',
    versionId: version?.id ?? '',
    signedName: member.user.name,
    signedAt: now,
  });
  await buildProgress(db, organisationId, enrolment.id, testCurriculumKeys, now);
  await certificateIssuer(db, orgId, enrolment.id, now);
  await buildChildCertificate(db, organisationId, member.user.id, { now });
  const [placed] = await db
    .update(programMentors)
    .set({
      profile: testProfile(overrides.profile),
      birthYear: now.getUTCFullYear() - 35,
      capacity: overrides.capacity ?? 1,
    })
    .where(and(eq(programMentors.programId, programId), eq(programMentors.userId, member.user.id)))
    .returning();
  if (!placed) throw new Error('no place in the program');
  return { member, enrolment, programId, mentorId: placed.id };
}
