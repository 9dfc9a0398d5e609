import { eq } from 'drizzle-orm';
import type { CreateProgramInput } from '../contracts/programs';
import type { Locale, Role } from '../contracts/roles';
import { apiTokens, users } from '../features/accounts/tables';
import { memberships, organisations } from '../features/organisations/tables';
import { createProgram } from '../features/programs/mutations';
import { programs } from '../features/programs/tables';
import type { CurriculumModule } from '../features/training/content/types';
import {
  createDraft,
  createSession,
  enrolMentor,
  signUp,
  submitReflection,
} from '../features/training/mutations';
import { curriculumItems, curriculumModules, itemProgress } from '../features/training/tables';
import { testCurriculum } from '../features/training/test-curriculum';
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

/** A mentor enrolled in a (career) program that has the test curriculum published. */
export async function buildEnrolment(
  db: DbOrTx,
  organisationId: string,
  overrides: { programId?: string; membershipId?: string; now?: Date } = {},
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
  return { enrolment, programId };
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
