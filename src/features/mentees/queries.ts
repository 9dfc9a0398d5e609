import { and, asc, eq, gt, ilike, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { MenteeStatus } from '../../contracts/mentees';
import type { DbOrTx } from '../../db/client';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { users } from '../accounts/tables';
import { programs } from '../programs/tables';
import { mentees } from './tables';

export type MenteeRow = typeof mentees.$inferSelect;

/** A mentee with the program's name and the guardian's name and e-mail, for the full record. */
export async function findMenteeRecord(db: DbOrTx, organisationId: AuthorizedOrgId, id: string) {
  const [row] = await db
    .select({
      mentee: mentees,
      programName: programs.name,
      guardianName: users.name,
      guardianEmail: users.email,
    })
    .from(mentees)
    .innerJoin(programs, eq(programs.id, mentees.programId))
    .leftJoin(users, eq(users.id, mentees.guardianUserId))
    .where(and(eq(mentees.organisationId, organisationId), eq(mentees.id, id)));
  return row ?? null;
}

export async function findMentee(db: DbOrTx, organisationId: AuthorizedOrgId, id: string) {
  const [row] = await db
    .select()
    .from(mentees)
    .where(and(eq(mentees.organisationId, organisationId), eq(mentees.id, id)));
  return row ?? null;
}

/** Page cursor of the waiting list: (waitingSince, id), the order it is read in. */
export interface ListCursor {
  waitingSince: Date;
  id: string;
}

/** A program's mentees, longest waiting first; `q` searches names. */
export async function listMentees(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  options: { status?: MenteeStatus; q?: string; limit: number; cursor?: ListCursor },
) {
  const { cursor } = options;
  const pattern = options.q ? `%${options.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return db
    .select()
    .from(mentees)
    .where(
      and(
        eq(mentees.organisationId, organisationId),
        eq(mentees.programId, programId),
        options.status ? eq(mentees.status, options.status) : undefined,
        pattern ? or(ilike(mentees.name, pattern), ilike(mentees.externalRef, pattern)) : undefined,
        cursor
          ? or(
              gt(mentees.waitingSince, cursor.waitingSince),
              and(eq(mentees.waitingSince, cursor.waitingSince), gt(mentees.id, cursor.id)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(mentees.waitingSince), asc(mentees.id))
    .limit(options.limit + 1);
}

/** The caller's own children (as guardian) and own mentee records, with program names. */
export async function listMyMentees(db: DbOrTx, organisationId: AuthorizedOrgId, userId: string) {
  return db
    .select({ mentee: mentees, programName: programs.name })
    .from(mentees)
    .innerJoin(programs, eq(programs.id, mentees.programId))
    .where(
      and(
        eq(mentees.organisationId, organisationId),
        or(eq(mentees.guardianUserId, userId), eq(mentees.userId, userId)),
      ),
    )
    .orderBy(asc(mentees.createdAt), asc(mentees.id));
}

/** The program's imported mentees with these employee ids. */
export async function importedByRef(db: DbOrTx, programId: string, refs: string[]) {
  if (refs.length === 0) return [];
  const rows: MenteeRow[] = [];
  // In chunks, so a large file stays under the parameter limit.
  for (let i = 0; i < refs.length; i += 500) {
    rows.push(
      ...(await db
        .select()
        .from(mentees)
        .where(
          and(
            eq(mentees.programId, programId),
            isNotNull(mentees.externalRef),
            inArray(mentees.externalRef, refs.slice(i, i + 500)),
          ),
        )),
    );
  }
  return rows;
}

/** A waiting or matched record of the same child (guardian, name, birth date) in the program. */
export async function findSameChild(
  db: DbOrTx,
  input: { programId: string; guardianUserId: string; name: string; birthDate: string },
) {
  const [row] = await db
    .select()
    .from(mentees)
    .where(
      and(
        eq(mentees.programId, input.programId),
        eq(mentees.guardianUserId, input.guardianUserId),
        sql`lower(${mentees.name}) = ${input.name.toLowerCase()}`,
        eq(mentees.birthDate, input.birthDate),
        inArray(mentees.status, ['waiting', 'matched']),
      ),
    );
  return row ?? null;
}

/** The person's own waiting or matched record in the program. */
export async function findOwnRecord(db: DbOrTx, programId: string, userId: string) {
  const [row] = await db
    .select()
    .from(mentees)
    .where(
      and(
        eq(mentees.programId, programId),
        eq(mentees.userId, userId),
        inArray(mentees.status, ['waiting', 'matched']),
      ),
    );
  return row ?? null;
}
