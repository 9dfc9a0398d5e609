import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Role } from '../../contracts/roles';
import type { DbOrTx } from '../../db/client';
import type { Actor, Membership } from '../../server/lib/access';
import { memberships, organisations } from '../organisations/tables';
import { apiTokens, loginFailures, oneTimeTokens, sessions, users } from './tables';

export const SESSION_DAYS = 30;

export async function membershipsOf(db: DbOrTx, userId: string): Promise<Membership[]> {
  const rows = await db
    .select({
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      roles: memberships.roles,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, userId), eq(memberships.status, 'active')))
    .orderBy(organisations.name);
  return rows.map((row) => ({ ...row, roles: row.roles as Role[] }));
}

/** The person behind a session cookie; extends a session that is past half its life. */
export async function actorFromSession(
  db: DbOrTx,
  idHash: string,
  now: Date,
): Promise<Extract<Actor, { kind: 'person' }> | null> {
  const [row] = await db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now)));
  if (!row) return null;
  const halfLife = (SESSION_DAYS / 2) * 86_400_000;
  if (row.expiresAt.getTime() - now.getTime() < halfLife) {
    await db
      .update(sessions)
      .set({ expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000) })
      .where(eq(sessions.idHash, idHash));
  }
  return {
    kind: 'person',
    userId: row.userId,
    email: row.email,
    name: row.name,
    locale: row.locale,
    memberships: await membershipsOf(db, row.userId),
  };
}

export async function actorFromApiToken(
  db: DbOrTx,
  tokenHash: string,
): Promise<Extract<Actor, { kind: 'token' }> | null> {
  const [row] = await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .returning({
      id: apiTokens.id,
      organisationId: apiTokens.organisationId,
      roles: apiTokens.roles,
    });
  if (!row) return null;
  return {
    kind: 'token',
    tokenId: row.id,
    organisationId: row.organisationId,
    roles: row.roles as Role[],
  };
}

export async function findUserByEmail(db: DbOrTx, email: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
  return user ?? null;
}

export async function countRecentLoginFailures(
  db: DbOrTx,
  email: string,
  ip: string,
  since: Date,
): Promise<{ byEmail: number; byIp: number }> {
  const [row] = await db
    .select({
      byEmail: sql<number>`count(*) filter (where ${loginFailures.email} = ${email})`.mapWith(
        Number,
      ),
      byIp: sql<number>`count(*) filter (where ${loginFailures.ip} = ${ip})`.mapWith(Number),
    })
    .from(loginFailures)
    .where(
      and(
        gt(loginFailures.at, since),
        sql`(${loginFailures.email} = ${email} or ${loginFailures.ip} = ${ip})`,
      ),
    );
  return { byEmail: row?.byEmail ?? 0, byIp: row?.byIp ?? 0 };
}

export async function findUsableOneTimeToken(
  db: DbOrTx,
  tokenHash: string,
  purpose: 'password_reset' | 'invitation',
  now: Date,
) {
  const [row] = await db
    .select({
      tokenHash: oneTimeTokens.tokenHash,
      userId: oneTimeTokens.userId,
      organisationId: oneTimeTokens.organisationId,
      email: users.email,
      name: users.name,
      locale: users.locale,
      organisationName: organisations.name,
    })
    .from(oneTimeTokens)
    .innerJoin(users, eq(users.id, oneTimeTokens.userId))
    .leftJoin(organisations, eq(organisations.id, oneTimeTokens.organisationId))
    .where(
      and(
        eq(oneTimeTokens.tokenHash, tokenHash),
        eq(oneTimeTokens.purpose, purpose),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, now),
      ),
    );
  return row ?? null;
}

export async function countRecentResetRequests(db: DbOrTx, userId: string, since: Date) {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(oneTimeTokens)
    .where(
      and(
        eq(oneTimeTokens.userId, userId),
        eq(oneTimeTokens.purpose, 'password_reset'),
        gt(oneTimeTokens.createdAt, since),
      ),
    );
  return row?.n ?? 0;
}

export async function organisationOfApiToken(db: DbOrTx, tokenId: string) {
  const [row] = await db
    .select({ organisationId: apiTokens.organisationId })
    .from(apiTokens)
    .where(eq(apiTokens.id, tokenId));
  return row?.organisationId ?? null;
}
