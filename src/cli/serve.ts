import { performance } from 'node:perf_hooks';
import { type Database, openDatabase } from '../db/client';
import { migrate } from '../db/migrate';
import { DEMO_ORGANISATION, DEMO_PASSWORD, demoLogins, seedDemo } from '../db/seed/demo';
import { createMailer } from '../features/mail/mailer';
import { buildApp } from '../server/app';
import type { Config } from '../server/config';
import type { AppDeps } from '../server/deps';
import { startJobs } from '../server/jobs';
import { buildWebIfStale } from './build-web';

async function open(config: Config): Promise<Database> {
  return openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
}

export async function runMigrate(config: Config): Promise<number> {
  const database = await open(config);
  try {
    await migrate(database);
    process.stdout.write(`Migrations applied (${database.kind}).\n`);
    return 0;
  } finally {
    await database.close();
  }
}

export async function runSeed(config: Config): Promise<number> {
  const database = await open(config);
  try {
    await migrate(database);
    const created = await seedDemo(database.db);
    process.stdout.write(
      created ? `Created ${DEMO_ORGANISATION}.\n` : 'The database is not empty; nothing seeded.\n',
    );
    return 0;
  } finally {
    await database.close();
  }
}

export async function serve(config: Config): Promise<number> {
  const started = performance.now();
  await buildWebIfStale();
  const database = await open(config);
  await migrate(database);
  const seeded = config.demo ? await seedDemo(database.db) : false;
  const mailer = createMailer({ db: database.db, smtpUrl: config.smtpUrl, from: config.mailFrom });
  const deps: AppDeps = { config, database, db: database.db, mailer, now: () => new Date() };
  const app = await buildApp(deps);
  // Reminders and other background work (pg-boss, in the same database).
  const jobs = await startJobs(deps, { log: app.log });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: shutting down`);
    await app.close();
    await jobs.stop().catch((error) => app.log.error({ err: error }, 'stopping jobs'));
    mailer.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await jobs.stop().catch(() => {});
    await database.close();
    throw error;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const lines = [
    '',
    `  Mentorpath is running at ${config.publicUrl}  (started in ${seconds} s)`,
    `  Database: ${database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL'}`,
    `  E-mail: ${config.smtpUrl ? 'SMTP' : 'kept in the outbox (Admin → Outbox); set SMTP_URL to send'}`,
    '  Reminders: checked every 15 minutes (background jobs in the database)',
  ];
  if (config.demo) {
    lines.push(
      '',
      `  ${DEMO_ORGANISATION}${seeded ? ' (created now)' : ''}: sign in with password "${DEMO_PASSWORD}" as`,
      ...demoLogins.map((login) => `    ${login.email.padEnd(24)} ${login.note}`),
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
  return 0;
}
