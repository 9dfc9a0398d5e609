import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { Database } from './client';

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** An arbitrary, fixed key: two servers starting at once migrate one after the other. */
const MIGRATION_LOCK_KEY = 7_314_159_265;

export async function migrate(database: Database): Promise<void> {
  await database.withAdvisoryLock(MIGRATION_LOCK_KEY, async () => {
    // biome-ignore lint/suspicious/noExplicitAny: each migrator takes its own driver's db type
    const db = database.db as any;
    if (database.kind === 'pglite') await migratePglite(db, { migrationsFolder });
    else await migratePg(db, { migrationsFolder });
  });
}
