import { and, eq } from 'drizzle-orm';
import type { MenteeSource } from '../../contracts/mentees';
import type { Profile } from '../../contracts/profile';
import type { Locale, Role } from '../../contracts/roles';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../db/ids';
import type { Actor, AuthorizedOrgId } from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { createOneTimeToken, INVITATION_DAYS } from '../accounts/mutations';
import { findUserByEmail } from '../accounts/queries';
import { users } from '../accounts/tables';
import { recordAudit } from '../audit/audit';
import { withKnownPlace } from '../gazetteer/gazetteer';
import { memberships } from '../organisations/tables';
import { findOwnRecord, findSameChild, type MenteeRow } from './queries';
import { type ImportedEmployee, type ImportField, isChild } from './rules';
import { mentees } from './tables';

type UserRow = typeof users.$inferSelect;

/**
 * The person behind an e-mail in the organisation, with `role` on their membership: an
 * account is made for someone new (no password yet), a membership for someone who has an
 * account elsewhere, and the role added for a member. Answers an invitation link secret
 * when the person still has to choose a password, so the mail can carry it.
 */
export async function ensureMemberWithRole(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  input: { email: string; name: string; locale: Locale },
  role: Role,
  now: Date,
  options: { invite: boolean } = { invite: true },
): Promise<{ user: UserRow; secret: string | null; created: boolean }> {
  let user: UserRow | undefined = (await findUserByEmail(tx, input.email)) ?? undefined;
  let created = false;
  if (!user) {
    [user] = await tx
      .insert(users)
      .values({ id: newId(), email: input.email, name: input.name, locale: input.locale })
      .onConflictDoNothing()
      .returning();
    created = Boolean(user);
    user ??= (await findUserByEmail(tx, input.email)) ?? undefined;
  }
  if (!user) throw new Error('insert returned nothing');
  const [membership] = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, user.id)));
  if (!membership) {
    await tx.insert(memberships).values({
      id: newId(),
      organisationId,
      userId: user.id,
      roles: [role],
      status: user.passwordHash ? 'active' : 'invited',
    });
  } else if (!membership.roles.includes(role)) {
    await tx
      .update(memberships)
      .set({ roles: [...membership.roles, role] })
      .where(eq(memberships.id, membership.id));
  }
  const secret =
    options.invite && !user.passwordHash
      ? await createOneTimeToken(tx, {
          userId: user.id,
          purpose: 'invitation',
          organisationId,
          expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
        })
      : null;
  return { user, secret, created };
}

/** An actor for the audit log: a person registering on the public page is named. */
function personActor(user: UserRow): Actor {
  return {
    kind: 'person',
    userId: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    memberships: [],
  };
}

interface NewMentee {
  programId: string;
  name: string;
  birthDate: string;
  source: MenteeSource;
  userId?: string | null;
  guardianUserId?: string | null;
  email?: string | null;
  phone?: string | null;
  needs: string;
  profile: Profile;
  externalRef?: string | null;
  department?: string | null;
  startDate?: string | null;
}

export async function insertMentee(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  input: NewMentee,
  actor: Actor | null,
  now: Date,
): Promise<MenteeRow> {
  const [row] = await tx
    .insert(mentees)
    .values({
      id: newId(),
      organisationId,
      programId: input.programId,
      name: input.name,
      birthDate: input.birthDate,
      status: 'waiting',
      source: input.source,
      userId: input.userId ?? null,
      guardianUserId: input.guardianUserId ?? null,
      email: input.email ?? null,
      phone: input.phone || null,
      needs: input.needs,
      profile: input.profile,
      consentAt: now,
      externalRef: input.externalRef ?? null,
      department: input.department ?? null,
      startDate: input.startDate ?? null,
      waitingSince: now,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await recordAudit(tx, organisationId, actor, now, {
    action: 'mentee.created',
    subjectType: 'mentee',
    subjectId: row.id,
    subjectLabel: row.name,
    details: { source: row.source, child: isChild(row.birthDate, now) },
  });
  return row;
}

/**
 * A guardian registers a child on the public page. The same child registered twice by the
 * same guardian is not added again (the answer is the same, so nothing is revealed).
 */
export async function registerChild(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  input: {
    guardian: { name: string; email: string; phone: string; locale: Locale };
    child: { name: string; birthDate: string; needs: string; profile: Profile };
  },
  now: Date,
) {
  const profile = withKnownPlace(input.child.profile, 'child.profile.place');
  const account = await ensureMemberWithRole(tx, organisationId, input.guardian, 'guardian', now);
  const existing = await findSameChild(tx, {
    programId,
    guardianUserId: account.user.id,
    name: input.child.name,
    birthDate: input.child.birthDate,
  });
  const mentee =
    existing ??
    (await insertMentee(
      tx,
      organisationId,
      {
        programId,
        ...input.child,
        profile,
        source: 'guardian',
        guardianUserId: account.user.id,
        email: account.user.email,
        phone: input.guardian.phone,
      },
      personActor(account.user),
      now,
    ));
  return { ...account, mentee };
}

/** A student of 15 or older registers on the public page; a second registration adds nothing. */
export async function registerSelf(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  input: {
    name: string;
    email: string;
    phone: string;
    locale: Locale;
    birthDate: string;
    needs: string;
    profile: Profile;
  },
  now: Date,
) {
  const profile = withKnownPlace(input.profile, 'profile.place');
  const account = await ensureMemberWithRole(tx, organisationId, input, 'mentee', now);
  const existing = await findOwnRecord(tx, programId, account.user.id);
  const mentee =
    existing ??
    (await insertMentee(
      tx,
      organisationId,
      {
        programId,
        name: input.name,
        birthDate: input.birthDate,
        source: 'self',
        userId: account.user.id,
        email: account.user.email,
        phone: input.phone,
        needs: input.needs,
        profile,
      },
      personActor(account.user),
      now,
    ));
  return { ...account, mentee };
}

/** Changes needs, profile or phone; only while the mentee is waiting or matched. */
export async function updateMentee(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  mentee: MenteeRow,
  input: { needs?: string; profile?: Profile; phone?: string },
  actor: Actor,
  now: Date,
) {
  if (mentee.status === 'withdrawn' || mentee.status === 'closed') throw new AppError('conflict');
  const changes = Object.fromEntries(
    Object.entries({
      needs: input.needs,
      profile: input.profile && withKnownPlace(input.profile, 'profile.place'),
      phone: input.phone === undefined ? undefined : input.phone || null,
    }).filter(([, v]) => v !== undefined),
  );
  if (Object.keys(changes).length === 0) return mentee;
  const [row] = await tx
    .update(mentees)
    .set({ ...changes, updatedAt: now })
    .where(and(eq(mentees.organisationId, organisationId), eq(mentees.id, mentee.id)))
    .returning();
  if (!row) throw new AppError('not_found');
  await recordAudit(tx, organisationId, actor, now, {
    action: 'mentee.updated',
    subjectType: 'mentee',
    subjectId: row.id,
    subjectLabel: row.name,
    details: { fields: Object.keys(changes).join(',') },
  });
  return row;
}

/**
 * Takes a waiting mentee off the list. A matched mentee's match is closed by the
 * coordinator first (closure asks for a reason and an exit survey).
 */
export async function withdrawMentee(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  mentee: MenteeRow,
  actor: Actor,
  now: Date,
) {
  if (mentee.status !== 'waiting') throw new AppError('conflict');
  const [row] = await tx
    .update(mentees)
    .set({ status: 'withdrawn', updatedAt: now })
    .where(and(eq(mentees.id, mentee.id), eq(mentees.status, 'waiting')))
    .returning();
  if (!row) throw new AppError('conflict');
  await recordAudit(tx, organisationId, actor, now, {
    action: 'mentee.updated',
    subjectType: 'mentee',
    subjectId: row.id,
    subjectLabel: row.name,
    details: { status: 'withdrawn' },
  });
  return row;
}

/** One row of an import plan: a new employee, or an imported one whose fields change. */
export type ImportStep =
  | { action: 'create'; employee: ImportedEmployee }
  | { action: 'update'; employee: ImportedEmployee; existing: MenteeRow; changes: ImportField[] };

/**
 * Applies an import plan: new employees get a `mentee` membership (an account if needed) and
 * a waiting record; known employee ids are updated in place (never duplicated). Answers the
 * invitation secrets of the people created, for their mails.
 */
export async function applyImport(
  tx: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  steps: ImportStep[],
  actor: Actor,
  now: Date,
) {
  const welcomes: { user: UserRow; secret: string | null }[] = [];
  for (const step of steps) {
    const { employee } = step;
    if (step.action === 'create') {
      const account = await ensureMemberWithRole(
        tx,
        organisationId,
        { email: employee.email, name: employee.name, locale: employee.locale },
        'mentee',
        now,
      );
      await insertMentee(
        tx,
        organisationId,
        {
          programId,
          name: employee.name,
          birthDate: employee.birthDate,
          source: 'import',
          userId: account.user.id,
          email: employee.email,
          phone: employee.phone,
          needs: employee.needs,
          profile: employee.profile,
          externalRef: employee.employeeId,
          department: employee.department,
          startDate: employee.startDate,
        },
        actor,
        now,
      );
      welcomes.push(account);
      continue;
    }
    let userId = step.existing.userId;
    if (step.changes.includes('email')) {
      // A new address is a new person to reach: their account (no mail on an update).
      const account = await ensureMemberWithRole(
        tx,
        organisationId,
        { email: employee.email, name: employee.name, locale: employee.locale },
        'mentee',
        now,
        { invite: false },
      );
      userId = account.user.id;
    }
    await tx
      .update(mentees)
      .set({
        name: employee.name,
        email: employee.email,
        birthDate: employee.birthDate,
        phone: employee.phone,
        needs: employee.needs,
        profile: employee.profile,
        department: employee.department,
        startDate: employee.startDate,
        userId,
        updatedAt: now,
      })
      .where(eq(mentees.id, step.existing.id));
    await recordAudit(tx, organisationId, actor, now, {
      action: 'mentee.updated',
      subjectType: 'mentee',
      subjectId: step.existing.id,
      subjectLabel: employee.name,
      details: { fields: step.changes.join(','), source: 'import' },
    });
  }
  return welcomes;
}
