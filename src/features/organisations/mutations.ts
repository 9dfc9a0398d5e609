import { and, eq, isNull } from 'drizzle-orm';
import type { Locale, Role } from '../../contracts/roles';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../db/ids';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { newSecret } from '../../server/lib/secrets';
import { createOneTimeToken, INVITATION_DAYS } from '../accounts/mutations';
import { findUserByEmail } from '../accounts/queries';
import { apiTokens, oneTimeTokens, users } from '../accounts/tables';
import { countAdmins, findMember } from './queries';
import { memberships, organisations } from './tables';

/**
 * Adds a person to the organisation. Someone new gets an account without a password
 * and an invitation link; someone who already has an account is simply added.
 */
export async function inviteMember(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  input: { email: string; name: string; roles: Role[]; locale?: Locale },
  now: Date,
) {
  const user =
    (await findUserByEmail(db, input.email)) ??
    (
      await db
        .insert(users)
        .values({ id: newId(), email: input.email, name: input.name, locale: input.locale ?? 'da' })
        .onConflictDoNothing()
        .returning()
    )[0] ??
    // Invited at the same moment by someone else: their new account is the one.
    (await findUserByEmail(db, input.email));
  if (!user) throw new Error('insert returned nothing');
  const needsPassword = !user.passwordHash;
  const [membership] = await db
    .insert(memberships)
    .values({
      id: newId(),
      organisationId,
      userId: user.id,
      roles: input.roles,
      status: needsPassword ? 'invited' : 'active',
    })
    .onConflictDoNothing()
    .returning();
  if (!membership) throw new AppError('email_taken');
  const secret = needsPassword ? await newInvitation(db, organisationId, user.id, now) : null;
  return { user, membership, secret };
}

async function newInvitation(db: DbOrTx, organisationId: string, userId: string, now: Date) {
  return createOneTimeToken(db, {
    userId,
    purpose: 'invitation',
    organisationId,
    expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
  });
}

/** A fresh invitation link for someone who has not accepted yet; earlier links stop working. */
export async function renewInvitation(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  membershipId: string,
  now: Date,
) {
  const member = await findMember(db, organisationId, membershipId);
  if (!member) throw new AppError('not_found');
  if (member.status !== 'invited') throw new AppError('conflict');
  await db
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(oneTimeTokens.userId, member.userId),
        eq(oneTimeTokens.organisationId, organisationId),
        eq(oneTimeTokens.purpose, 'invitation'),
        isNull(oneTimeTokens.usedAt),
      ),
    );
  const [user] = await db.select().from(users).where(eq(users.id, member.userId));
  if (!user) throw new AppError('not_found');
  return { user, secret: await newInvitation(db, organisationId, member.userId, now) };
}

export async function updateMemberRoles(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  membershipId: string,
  roles: Role[],
) {
  await lockAdminChanges(db, organisationId);
  const member = await findMember(db, organisationId, membershipId);
  if (!member) throw new AppError('not_found');
  await db
    .update(memberships)
    .set({ roles })
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.id, membershipId)));
  await ensureAnAdminRemains(db, organisationId);
  return { ...member, roles };
}

export async function removeMember(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  membershipId: string,
) {
  await lockAdminChanges(db, organisationId);
  const deleted = await db
    .delete(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.id, membershipId)))
    .returning({ id: memberships.id, userId: memberships.userId });
  const [removed] = deleted;
  if (!removed) throw new AppError('not_found');
  await ensureAnAdminRemains(db, organisationId);
  // An invitation to an organisation one no longer belongs to must not work.
  await db
    .delete(oneTimeTokens)
    .where(
      and(
        eq(oneTimeTokens.userId, removed.userId),
        eq(oneTimeTokens.organisationId, organisationId),
        eq(oneTimeTokens.purpose, 'invitation'),
      ),
    );
}

/**
 * Changes that may remove an admin take turns per organisation (a row lock held to the
 * end of the caller's transaction): otherwise two admins demoting each other at once
 * would each still see the other and leave the organisation without one.
 */
async function lockAdminChanges(db: DbOrTx, organisationId: string) {
  await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .for('update');
}

/** Runs inside the caller's transaction, so a refused change is rolled back. */
async function ensureAnAdminRemains(db: DbOrTx, organisationId: string) {
  if ((await countAdmins(db, organisationId)) === 0) throw new AppError('last_admin');
}

export async function createApiToken(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  input: { name: string; roles: Role[]; createdBy: string | null },
) {
  const { secret, hash } = newSecret('mp_');
  const [row] = await db
    .insert(apiTokens)
    .values({
      id: newId(),
      organisationId,
      name: input.name,
      roles: input.roles,
      tokenHash: hash,
      prefix: secret.slice(0, 10),
      createdBy: input.createdBy,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  return { row, secret };
}

export async function revokeApiToken(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  tokenId: string,
  now: Date,
) {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.organisationId, organisationId), eq(apiTokens.id, tokenId)))
    .returning();
  if (!row) throw new AppError('not_found');
  return row;
}
