import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from '../db/client';
import { migrate } from '../db/migrate';
import { testDatabaseKind } from './harness';

export interface SharedDatabase {
  /**
   * Opens the database as a new server process would: a new PGlite instance on the same
   * data directory (the previous one must be closed first, as PGlite is single-process),
   * or a new connection pool on the same PostgreSQL database.
   */
  open(): Promise<Database>;
  /** Whether two processes may have it open at once (PostgreSQL yes, PGlite no). */
  multiProcess: boolean;
  cleanup(): Promise<void>;
}

/** A database that outlives one app, for restart and several-processes tests. */
export async function createSharedDatabase(): Promise<SharedDatabase> {
  if (testDatabaseKind === 'pglite') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorpath-shared-'));
    return {
      multiProcess: false,
      async open() {
        const database = await openDatabase({ dataDir });
        await migrate(database);
        return database;
      },
      async cleanup() {
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('MENTORPATH_TEST_DB=postgres needs TEST_DATABASE_URL');
  const name = `mentorpath_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    multiProcess: true,
    async open() {
      const database = await openDatabase({ url: url.toString() });
      await migrate(database);
      return database;
    },
    async cleanup() {
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
