import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './client';

type Owned = PgTable & { id: PgColumn; organisationId: PgColumn };

/** A scope resolver for the auth plugin: which organisation owns the row with this id. */
export function ownerResolver(table: Owned) {
  return async (db: DbOrTx, id: string): Promise<string | null> => {
    const [row] = await db
      .select({ organisationId: table.organisationId })
      .from(table as PgTable)
      .where(eq(table.id, id));
    return (row?.organisationId as string | undefined) ?? null;
  };
}
