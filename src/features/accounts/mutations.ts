import { and, eq, isNull, lt, ne } from 'drizzle-orm';
import type { Locale } from '../../contracts/roles';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../db/ids';
import { AppError } from '../../server/lib/app-error';
import { hashPassword, hashSecret, newSecret, verifyPassword } from '../../server/lib/secrets';
import { memberships } from '../organisations/tables';
import {
  countRecentLoginFailures,
  countRecentResetRequests,
  findUsableOneTimeToken,
  findUserByEmail,
  SESSION_DAYS,
} from './queries';
import { loginFailures, oneTimeTokens, sessions, users } from './tables';

/** Five wrong passwords for one e-mail, or fifty from one address, in this window → 429. */
export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 50;
export const RESET_LINK_MINUTES = 60;
export const INVITATION_DAYS = 7;

export async function createSession(db: DbOrTx, userId: string, now: Date) {
  const { secret, hash } = newSecret();
  await db.insert(sessions).values({
    idHash: hash,
    userId,
    expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000),
  });
  return secret;
}

export async function deleteSession(db: DbOrTx, cookie: string) {
  await db.delete(sessions).where(eq(sessions.idHash, hashSecret(cookie)));
}

/** Checks a password, counting failures so guessing is stopped across all server processes. */
export async function authenticate(
  db: DbOrTx,
  input: { email: string; password: string; ip: string },
  now: Date,
) {
  const email = input.email.trim().toLowerCase();
  const since = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000);
  // The attempt counts as a failure before it is checked, so guesses sent in parallel
  // cannot all pass the limit; a success clears it, a refused attempt takes it back.
  const attempt = newId();
  await db.insert(loginFailures).values({ id: attempt, email, ip: input.ip, at: now });
  const failures = await countRecentLoginFailures(db, email, input.ip, since);
  if (failures.byEmail > MAX_FAILURES_PER_EMAIL || failures.byIp > MAX_FAILURES_PER_IP) {
    await db.delete(loginFailures).where(eq(loginFailures.id, attempt));
    throw new AppError('rate_limited', { retryAfter: LOGIN_WINDOW_MINUTES * 60 });
  }
  const user = await findUserByEmail(db, email);
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !ok) throw new AppError('invalid_credentials');
  await db.delete(loginFailures).where(eq(loginFailures.email, email));
  // Old failures of everyone else are not needed once the window has passed.
  await db.delete(loginFailures).where(lt(loginFailures.at, since));
  return user;
}

/** Makes a single-use link secret for a person; returns the secret to put in the link. */
export async function createOneTimeToken(
  db: DbOrTx,
  input: {
    userId: string;
    purpose: 'password_reset' | 'invitation';
    organisationId?: string;
    createdAt?: Date;
    expiresAt: Date;
  },
) {
  const { secret, hash } = newSecret();
  await db.insert(oneTimeTokens).values({ tokenHash: hash, ...input });
  return secret;
}

/** At most three reset links an hour per person; returns null when nothing should be sent. */
export async function requestPasswordReset(db: DbOrTx, email: string, now: Date) {
  const user = await findUserByEmail(db, email);
  if (!user) return null;
  const recent = await countRecentResetRequests(db, user.id, new Date(now.getTime() - 3_600_000));
  if (recent >= 3) return null;
  const secret = await createOneTimeToken(db, {
    userId: user.id,
    purpose: 'password_reset',
    // The app's clock, as the limit above counts by it (not the database's now()).
    createdAt: now,
    expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * 60_000),
  });
  return { user, secret };
}

/** Uses a reset or invitation link once: sets the password and signs every other session out. */
export async function setPasswordWithToken(
  db: DbOrTx,
  input: { token: string; password: string; purpose: 'password_reset' | 'invitation' },
  now: Date,
) {
  const tokenHash = hashSecret(input.token);
  const token = await findUsableOneTimeToken(db, tokenHash, input.purpose, now);
  if (!token) throw new AppError('token_invalid');
  const claimed = await db
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(and(eq(oneTimeTokens.tokenHash, tokenHash), isNull(oneTimeTokens.usedAt)))
    .returning({ tokenHash: oneTimeTokens.tokenHash });
  if (claimed.length === 0) throw new AppError('token_invalid');
  // Other reset links sent earlier stop working too: the password they would reset is gone.
  await db
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(oneTimeTokens.userId, token.userId),
        eq(oneTimeTokens.purpose, 'password_reset'),
        isNull(oneTimeTokens.usedAt),
      ),
    );
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(input.password) })
    .where(eq(users.id, token.userId));
  await db.delete(sessions).where(eq(sessions.userId, token.userId));
  if (input.purpose === 'invitation' && token.organisationId) {
    await db
      .update(memberships)
      .set({ status: 'active' })
      .where(
        and(
          eq(memberships.userId, token.userId),
          eq(memberships.organisationId, token.organisationId),
        ),
      );
  }
  return token;
}

export async function updateProfile(
  db: DbOrTx,
  userId: string,
  input: { name?: string; locale?: Locale },
) {
  const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  // An empty change is no change (and an UPDATE without columns is not SQL).
  const [row] =
    Object.keys(changes).length === 0
      ? await db.select().from(users).where(eq(users.id, userId))
      : await db.update(users).set(changes).where(eq(users.id, userId)).returning();
  if (!row) throw new AppError('not_found');
  return row;
}

export async function changePassword(
  db: DbOrTx,
  input: {
    userId: string;
    currentPassword: string;
    newPassword: string;
    keepSessionCookie: string;
  },
) {
  const [user] = await db.select().from(users).where(eq(users.id, input.userId));
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('wrong_password', {
      issues: [{ path: 'currentPassword', messageKey: 'errors.wrong_password' }],
    });
  }
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(input.newPassword) })
    .where(eq(users.id, input.userId));
  // Other devices are signed out; this one stays signed in.
  await db
    .delete(sessions)
    .where(
      and(
        eq(sessions.userId, input.userId),
        ne(sessions.idHash, hashSecret(input.keepSessionCookie)),
      ),
    );
}
