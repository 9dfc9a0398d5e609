import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../db/client';
import { migrate } from '../db/migrate';
import { createSession } from '../features/accounts/mutations';
import { createMailer } from '../features/mail/mailer';
import { type App, buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import type { AppDeps } from '../server/deps';
import { loadPgliteTemplate } from './pglite-template';

/** Which database API tests run on: set per Vitest project (see vitest.config.ts). */
export const testDatabaseKind =
  process.env.MENTORPATH_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

export interface TestClock {
  now: () => Date;
  advance(ms: number): void;
}

export function testClock(start = Date.now()): TestClock {
  let offset = 0;
  return {
    now: () => new Date(start + offset),
    advance(ms) {
      offset += ms;
    },
  };
}

/**
 * An empty database for one test file: in-memory PGlite, or a fresh PostgreSQL database
 * made from TEST_DATABASE_URL and dropped afterwards.
 */
export async function openTestDatabase(): Promise<{
  database: Database;
  drop: () => Promise<void>;
}> {
  if (testDatabaseKind === 'pglite') {
    const database = await openDatabase({ template: loadPgliteTemplate() });
    await migrate(database);
    return { database, drop: () => database.close() };
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
  const database = await openDatabase({ url: url.toString() });
  await migrate(database);
  return {
    database,
    drop: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export interface TestApp {
  app: App;
  deps: AppDeps;
  db: AppDeps['db'];
  clock: TestClock;
  /** Headers that carry a fresh session for this user, as the browser would send them. */
  as(userId: string): Promise<Record<string, string>>;
  close(): Promise<void>;
}

export async function startTestApp(
  options: { env?: NodeJS.ProcessEnv; database?: Database } = {},
): Promise<TestApp> {
  const opened = options.database ? null : await openTestDatabase();
  const database = options.database ?? (opened as { database: Database }).database;
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://mentorpath.test',
    ...options.env,
  });
  const clock = testClock();
  const mailer = createMailer({ db: database.db, smtpUrl: config.smtpUrl, from: config.mailFrom });
  const deps: AppDeps = { config, database, db: database.db, mailer, now: clock.now };
  const app = await buildApp(deps, { web: false });
  await app.ready();
  return {
    app,
    deps,
    db: database.db,
    clock,
    async as(userId) {
      const secret = await createSession(database.db, userId, clock.now());
      return { cookie: `mp_session=${secret}`, origin: 'http://mentorpath.test' };
    },
    async close() {
      await app.close();
      mailer.close();
      await opened?.drop();
    },
  };
}
