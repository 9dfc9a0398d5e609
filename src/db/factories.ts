import { eq } from 'drizzle-orm';
import type { CreateProgramInput } from '../contracts/programs';
import type { Locale, Role } from '../contracts/roles';
import { apiTokens, users } from '../features/accounts/tables';
import { memberships, organisations } from '../features/organisations/tables';
import { createProgram } from '../features/programs/mutations';
import { programs } from '../features/programs/tables';
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
  overrides: Partial<CreateProgramInput> & { status?: 'draft' | 'published' } = {},
) {
  const { status, ...input } = overrides;
  const row = await createProgram(db, organisationId as AuthorizedOrgId, {
    type: 'school',
    name: `Program ${next()}`,
    ...input,
  });
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
