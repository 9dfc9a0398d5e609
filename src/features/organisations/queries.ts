import { and, asc, count, desc, eq, gt, lt, or, sql } from 'drizzle-orm';
import type { Role } from '../../contracts/roles';
import type { DbOrTx } from '../../db/client';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { apiTokens, users } from '../accounts/tables';
import { outboundMail } from '../mail/tables';
import { programs } from '../programs/tables';
import { memberships, organisations } from './tables';

export async function findOrganisation(db: DbOrTx, id: AuthorizedOrgId) {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row ?? null;
}

const memberColumns = {
  id: memberships.id,
  userId: memberships.userId,
  name: users.name,
  email: users.email,
  roles: memberships.roles,
  status: memberships.status,
  createdAt: memberships.createdAt,
};

export function presentMember(row: {
  id: string;
  userId: string;
  name: string;
  email: string;
  roles: string[];
  status: 'invited' | 'active';
  createdAt: Date;
}) {
  return { ...row, roles: row.roles as Role[], createdAt: row.createdAt.toISOString() };
}

/** Members by name; the cursor is the last member's name and id, so pages never skip anyone. */
export async function listMembers(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  options: {
    limit: number;
    cursor?: { name: string; id: string };
    search?: string;
    role?: Role;
    status?: 'invited' | 'active';
  },
) {
  const { cursor, search, role, status } = options;
  return db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        role ? sql`${role} = any(${memberships.roles})` : undefined,
        status ? eq(memberships.status, status) : undefined,
        search
          ? sql`(${users.name} ilike ${`%${escapeLike(search)}%`} or ${users.email} ilike ${`%${escapeLike(search)}%`})`
          : undefined,
        cursor
          ? or(
              gt(users.name, cursor.name),
              and(eq(users.name, cursor.name), gt(memberships.id, cursor.id)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(users.name), asc(memberships.id))
    .limit(options.limit + 1);
}

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function findMember(db: DbOrTx, organisationId: AuthorizedOrgId, id: string) {
  const [row] = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.id, id)));
  return row ?? null;
}

export async function countAdmins(db: DbOrTx, organisationId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(memberships)
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        eq(memberships.status, 'active'),
        sql`'admin' = any(${memberships.roles})`,
      ),
    );
  return row?.n ?? 0;
}

export async function organisationOfMembership(db: DbOrTx, membershipId: string) {
  const [row] = await db
    .select({ organisationId: memberships.organisationId })
    .from(memberships)
    .where(eq(memberships.id, membershipId));
  return row?.organisationId ?? null;
}

export async function organisationExists(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, id));
  return row?.id ?? null;
}

export async function listApiTokens(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  options: { limit: number; cursor?: string },
) {
  return db
    .select()
    .from(apiTokens)
    .where(
      and(
        eq(apiTokens.organisationId, organisationId),
        options.cursor ? lt(apiTokens.id, options.cursor) : undefined,
      ),
    )
    .orderBy(desc(apiTokens.id))
    .limit(options.limit + 1);
}

export async function listOutboundMail(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  options: { limit: number; cursor?: string },
) {
  return db
    .select()
    .from(outboundMail)
    .where(
      and(
        eq(outboundMail.organisationId, organisationId),
        options.cursor ? lt(outboundMail.id, options.cursor) : undefined,
      ),
    )
    .orderBy(desc(outboundMail.id))
    .limit(options.limit + 1);
}

/** The counts behind the home page's "what you can act on now", in one round trip. */
export async function homeCounts(db: DbOrTx, organisationId: AuthorizedOrgId) {
  const [row] = await db
    .select({
      invitationsPending:
        sql<number>`(select count(*) from ${memberships} where ${memberships.organisationId} = ${organisationId} and ${memberships.status} = 'invited')`.mapWith(
          Number,
        ),
      programsDraft:
        sql<number>`(select count(*) from ${programs} where ${programs.organisationId} = ${organisationId} and ${programs.status} = 'draft')`.mapWith(
          Number,
        ),
      programsPublished:
        sql<number>`(select count(*) from ${programs} where ${programs.organisationId} = ${organisationId} and ${programs.status} = 'published')`.mapWith(
          Number,
        ),
      outboxWaiting:
        sql<number>`(select count(*) from ${outboundMail} where ${outboundMail.organisationId} = ${organisationId} and ${outboundMail.status} <> 'sent')`.mapWith(
          Number,
        ),
    })
    .from(sql`(select 1) as one`);
  return row ?? { invitationsPending: 0, programsDraft: 0, programsPublished: 0, outboxWaiting: 0 };
}
