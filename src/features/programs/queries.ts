import { and, desc, eq, inArray, lt } from 'drizzle-orm';
import type { Program, ProgramStatus } from '../../contracts/programs';
import type { DbOrTx } from '../../db/client';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { programs } from './tables';

export type ProgramRow = typeof programs.$inferSelect;

export function presentProgram(row: ProgramRow): Program {
  const { archivedAt: _archivedAt, ...rest } = row;
  return {
    ...rest,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listPrograms(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  options: { statuses: ProgramStatus[]; limit: number; cursor?: string },
) {
  return db
    .select()
    .from(programs)
    .where(
      and(
        eq(programs.organisationId, organisationId),
        inArray(programs.status, options.statuses),
        options.cursor ? lt(programs.id, options.cursor) : undefined,
      ),
    )
    .orderBy(desc(programs.id))
    .limit(options.limit + 1);
}

export async function findProgram(db: DbOrTx, organisationId: AuthorizedOrgId, id: string) {
  const [row] = await db
    .select()
    .from(programs)
    .where(and(eq(programs.organisationId, organisationId), eq(programs.id, id)));
  return row ?? null;
}

export async function organisationOfProgram(db: DbOrTx, programId: string) {
  const [row] = await db
    .select({ organisationId: programs.organisationId })
    .from(programs)
    .where(eq(programs.id, programId));
  return row?.organisationId ?? null;
}
