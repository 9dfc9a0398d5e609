/**
 * Training benchmark: `npm run bench:training`.
 *
 * Makes its own PostgreSQL database from BENCH_DATABASE_URL, migrates it, seeds one organisation
 * with two school programs on the shipped default curriculum, 5,000 mentors enrolled in the first
 * (full progress records: certificates, signatures, quiz attempts, reflections, sessions with
 * sign-ups, lesson feedback) and 2,000 of them also in the second (the cohort a trainer looks at),
 * then starts the real app on 127.0.0.1 in this process and loads it from this process:
 * `/api/health` (the ceiling), "My training" as many different mentors, and the trainer's cohort
 * view (the first page the Training tab loads, and walking all pages at the largest page size).
 * Prints a table and, with EXPLAIN (ANALYZE, BUFFERS), every query behind one request of each
 * view. Asserts nothing; the database is dropped at the end, on failure and on Ctrl-C.
 *
 * Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres),
 * BENCH_MENTORS (5000), BENCH_COHORT (2000), BENCH_SECONDS per run (8), BENCH_CONCURRENCY
 * (16,64), BENCH_WALK_CONCURRENCY (2,8), BENCH_SESSIONS mentors signed in (1000),
 * BENCH_EXPLAIN (1; 0 skips it, "verbose" prints whole plans).
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { type Database, type Db, openDatabase } from '../src/db/client';
import {
  buildOrganisation,
  buildProgram,
  DEFAULT_PASSWORD,
  passwordHashFor,
} from '../src/db/factories';
import { newId } from '../src/db/ids';
import { migrate } from '../src/db/migrate';
import * as schema from '../src/db/schema';
import { createSession } from '../src/features/accounts/mutations';
import { actorFromSession } from '../src/features/accounts/queries';
import { createMailer, type Mailer } from '../src/features/mail/mailer';
import { organisationExists } from '../src/features/organisations/queries';
import { organisationOfProgram } from '../src/features/programs/queries';
import {
  currentVersions,
  curriculaOf,
  listEnrolmentsOfProgram,
  listEnrolmentsOfUser,
  trainingViews,
} from '../src/features/training/queries';
import { formatCertificateCode } from '../src/features/training/rules';
import { type App, buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import type { AppDeps } from '../src/server/deps';
import type { AuthorizedOrgId } from '../src/server/lib/access';
import { hashSecret } from '../src/server/lib/secrets';

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const MENTORS = Math.max(10, Number(process.env.BENCH_MENTORS ?? 5000));
const COHORT = Math.min(MENTORS, Math.max(1, Number(process.env.BENCH_COHORT ?? 2000)));
const SECONDS = Math.max(1, Number(process.env.BENCH_SECONDS ?? 8));
const list = (value: string) =>
  value
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
const CONCURRENCY = list(process.env.BENCH_CONCURRENCY ?? '16,64');
const WALK_CONCURRENCY = list(process.env.BENCH_WALK_CONCURRENCY ?? '2,8');
const SIGNED_IN = Math.min(MENTORS, Math.max(1, Number(process.env.BENCH_SESSIONS ?? 1000)));
const EXPLAIN = process.env.BENCH_EXPLAIN ?? '1';
/** What the Training tab asks for (PAGE_SIZE in src/web/api/training.ts), and the API's maximum. */
const SCREEN_PAGE = 50;
const MAX_PAGE = 200;
const REQUEST_TIMEOUT_MS = 30_000;
const DAY = 86_400_000;

const log = (line: string) => process.stderr.write(`${line}\n`);
const since = (started: number) => performance.now() - started;

/* ---------- the database: made here, dropped at the end whatever happens ---------- */

const dbName = `mentorpath_bench_${randomBytes(5).toString('hex')}`;
let database: Database | null = null;
let app: App | null = null;
let mailer: Mailer | null = null;
let created = false;
let cleaning: Promise<void> | null = null;

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<void>((resolve) => setTimeout(resolve, ms).unref())]);

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    await withTimeout(app?.close().catch(() => {}) ?? Promise.resolve(), 5000);
    mailer?.close();
    await withTimeout(database?.close().catch(() => {}) ?? Promise.resolve(), 5000);
    if (!created) return;
    const admin = new pg.Client({ connectionString: adminUrl });
    try {
      await admin.connect();
      await admin.query(`drop database if exists ${dbName} with (force)`);
      log(`dropped ${dbName}`);
    } catch (error) {
      log(`could not drop ${dbName}: ${(error as Error).message}`);
    } finally {
      await admin.end().catch(() => {});
    }
  })();
  return cleaning;
}

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.once(signal, () => {
    log(`\n${signal}: stopping and dropping ${dbName}…`);
    void cleanup().finally(() => process.exit(code));
  });
}

async function createDatabase(): Promise<{ url: string; serverVersion: string }> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${dbName}`);
    created = true;
    const { rows } = await admin.query<{ v: string }>(
      "select current_setting('server_version') as v",
    );
    const url = new URL(adminUrl);
    url.pathname = `/${dbName}`;
    return { url: url.toString(), serverVersion: rows[0]?.v ?? '?' };
  } finally {
    await admin.end();
  }
}

/* ---------- seeding: a deterministic mix, inserted with unnest() in a few statements ---------- */

/** mulberry32: the same data every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20240601);
const between = (lo: number, hi: number) => lo + random() * (hi - lo);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;

// biome-ignore format: a list of names
const FIRST = [
  'Anne', 'Mette', 'Kirsten', 'Hanne', 'Helle', 'Susanne', 'Lene', 'Camilla', 'Sofie', 'Ida',
  'Freja', 'Emma', 'Maja', 'Astrid', 'Søren', 'Peter', 'Jens', 'Lars', 'Henrik', 'Thomas',
  'Mikkel', 'Rasmus', 'Frederik', 'Mads', 'Jesper', 'Niels', 'Bjørn', 'Ahmad', 'Fatima', 'Yasmin',
] as const;
// biome-ignore format: a list of names
const LAST = [
  'Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen',
  'Rasmussen', 'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Poulsen',
  'Johansen', 'Møller', 'Mortensen', 'Knudsen', 'Jakobsen', 'Mikkelsen', 'Østergaard', 'Ali',
  'Holm', 'Lund', 'Dam', 'Bach', 'Kjær', 'Winther',
] as const;

type Cell = string | number | boolean | Date | null;
/** Rows of one table, with each column's PostgreSQL type for unnest(). */
class Rows {
  readonly rows: Cell[][] = [];
  constructor(
    readonly table: string,
    readonly columns: readonly (readonly [string, string])[],
  ) {}
  add(...row: Cell[]) {
    this.rows.push(row);
  }
}

async function insertAll(client: pg.Client, rows: Rows, chunk = 10_000) {
  const names = rows.columns.map(([name]) => name).join(', ');
  const arrays = rows.columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const text = `insert into ${rows.table} (${names}) select * from unnest(${arrays})`;
  for (let start = 0; start < rows.rows.length; start += chunk) {
    const part = rows.rows.slice(start, start + chunk);
    await client.query(
      text,
      rows.columns.map((_, c) => part.map((row) => row[c] ?? null)),
    );
  }
}

interface Item {
  key: string;
  kind: 'lesson' | 'quiz' | 'in_person' | 'code_of_conduct' | 'reflection';
  questionIds: string[];
}
interface ProgramInfo {
  id: string;
  name: string;
  versionId: string;
  items: Item[];
}

async function curriculumOf(client: pg.Client, programId: string): Promise<ProgramInfo> {
  const { rows } = await client.query<{
    name: string;
    version_id: string;
    key: string;
    kind: Item['kind'];
    content: { quiz?: { questions: { id: string }[] } };
  }>(
    `select p.name, v.id as version_id, i.key, i.kind, i.content
       from programs p
       join curriculum_versions v on v.program_id = p.id and v.status = 'published'
       join curriculum_items i on i.version_id = v.id
       join curriculum_modules m on m.id = i.module_id
      where p.id = $1
      order by m.position, i.position`,
    [programId],
  );
  const first = rows[0];
  if (!first) throw new Error(`program ${programId} has no published curriculum`);
  return {
    id: programId,
    name: first.name,
    versionId: first.version_id,
    items: rows.map((r) => ({
      key: r.key,
      kind: r.kind,
      questionIds: r.content.quiz?.questions.map((q) => q.id) ?? [],
    })),
  };
}

interface Seeded {
  orgId: AuthorizedOrgId;
  programs: ProgramInfo[];
  mentorIds: string[];
  trainerId: string;
  counts: Record<string, number>;
  mix: Record<string, number>;
}

async function seed(db: Db, client: pg.Client, now: Date): Promise<Seeded> {
  const org = await buildOrganisation(db, { name: 'Bench Mentornetværk' });
  const orgId = org.id;
  const programA = await buildProgram(db, orgId, {
    type: 'school',
    name: 'Lektiecafé (alle mentorer)',
    status: 'published',
  });
  const programB = await buildProgram(db, orgId, {
    type: 'school',
    name: 'Læsevenner (kohorte)',
    status: 'published',
  });
  const programs = [
    await curriculumOf(client, programA.id),
    await curriculumOf(client, programB.id),
  ];
  const hash = await passwordHashFor(DEFAULT_PASSWORD);

  const users = new Rows('users', [
    ['id', 'text'],
    ['email', 'text'],
    ['name', 'text'],
    ['password_hash', 'text'],
    ['locale', 'text'],
  ]);
  const memberships = new Rows('memberships', [
    ['id', 'text'],
    ['organisation_id', 'text'],
    ['user_id', 'text'],
    ['roles', 'text'],
    ['status', 'text'],
  ]);
  const mentorIds: string[] = [];
  const names = new Map<string, string>();
  const addPerson = (email: string, name: string, role: string) => {
    const id = newId(now.getTime() - 400 * DAY);
    users.add(id, email, name, hash, random() < 0.8 ? 'da' : 'en');
    memberships.add(newId(), orgId, id, role, 'active');
    names.set(id, name);
    return id;
  };
  const trainerId = addPerson('trainer@bench.test', 'Tove Træner', 'trainer');
  for (let n = 1; n <= MENTORS; n++) {
    const name = `${pick(FIRST)} ${String.fromCharCode(65 + Math.floor(random() * 26))}. ${pick(LAST)}`;
    mentorIds.push(addPerson(`mentor${n}@bench.test`, name, 'mentor'));
  }

  const enrolments = new Rows('training_enrolments', [
    ['id', 'text'],
    ['organisation_id', 'text'],
    ['program_id', 'text'],
    ['user_id', 'text'],
    ['status', 'text'],
    ['enrolled_at', 'timestamptz'],
    ['deadline', 'timestamptz'],
    ['completed_at', 'timestamptz'],
    ['cycle_started_at', 'timestamptz'],
    ['last_item_key', 'text'],
  ]);
  const progress = new Rows('training_item_progress', [
    ['id', 'text'],
    ['organisation_id', 'text'],
    ['enrolment_id', 'text'],
    ['item_key', 'text'],
    ['opened_at', 'timestamptz'],
    ['completed_at', 'timestamptz'],
  ]);
  const attempts = new Rows('training_quiz_attempts', [
    ['id', 'text'],
    ['organisation_id', 'text'],
    ['enrolment_id', 'text'],
    ['item_key', 'text'],
    ['version_id', 'text'],
    ['answers', 'jsonb'],
    ['score', 'real'],
    ['passed', 'boolean'],
    ['submitted_at', 'timestamptz'],
  ]);
  const signatures = new Rows('training_code_of_conduct_signatures', [
    ['id', 'text'],
    ['organisation_id', 'text'],
    ['enrolment_id', 'text'],
    ['item_key', 'text'],
    ['version_id', 'text'],
    ['signed_name', 'text'],
    ['signed_at', 'timestamptz'],
  ]);
  const reflections = new Rows('training_reflections', [
    ['id', 'text'],
    ['organisation_id', 'text'],
    ['program_id', 'text'],
    ['enrolment_id', 'text'],
    ['item_key', 'text'],
    ['text', 'text'],
    ['status', 'text'],
    ['reviewer_id', 'text'],
    ['review_comment', 'text'],
    ['submitted_at', 'timestamptz'],
    ['reviewed_at', 'timestamptz'],
  ]);
  const sessions = new Rows('training_sessions', [
    ['id', 'text'],
    ['organisation_id', 'text'],
    ['program_id', 'text'],
    ['item_key', 'text'],
    ['starts_at', 'timestamptz'],
    ['ends_at', 'timestamptz'],
    ['place', 'text'],
    ['capacity', 'int'],
    ['created_by', 'text'],
  ]);
  const signups = new Rows('training_session_signups', [
    ['id', 'text'],
    ['organisation_id', 'text'],
    ['session_id', 'text'],
    ['enrolment_id', 'text'],
    ['status', 'text'],
    ['attendance', 'text'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ]);
  const certificates = new Rows('training_certificates', [
    ['id', 'text'],
    ['organisation_id', 'text'],
    ['enrolment_id', 'text'],
    ['program_id', 'text'],
    ['user_id', 'text'],
    ['version_id', 'text'],
    ['version_number', 'int'],
    ['code', 'text'],
    ['issued_at', 'timestamptz'],
    ['expires_at', 'timestamptz'],
  ]);
  const feedback = new Rows('training_lesson_feedback', [
    ['id', 'text'],
    ['organisation_id', 'text'],
    ['program_id', 'text'],
    ['enrolment_id', 'text'],
    ['item_key', 'text'],
    ['helpful', 'boolean'],
    ['comment', 'text'],
    ['created_at', 'timestamptz'],
  ]);

  /** Sessions of 30 places (and 5 on the waiting list), opened as sign-ups fill them. */
  const CAPACITY = 30;
  const WAITING = 5;
  const sessionPools = new Map<string, { id: string; taken: number }>();
  const places = ['Lokale 1, Biblioteket', 'Medborgerhuset, sal 2', 'Skolen, mødelokale B'];
  const sessionFor = (program: ProgramInfo, itemKey: string, past: boolean) => {
    const poolKey = `${program.id}:${past}`;
    let pool = sessionPools.get(poolKey);
    if (!pool || pool.taken >= CAPACITY + (past ? 0 : WAITING)) {
      const startsAt = new Date(now.getTime() + (past ? -between(1, 700) : between(2, 30)) * DAY);
      startsAt.setUTCHours(15, 0, 0, 0);
      pool = { id: newId(startsAt.getTime() - 20 * DAY), taken: 0 };
      sessionPools.set(poolKey, pool);
      sessions.add(
        pool.id,
        orgId,
        program.id,
        itemKey,
        startsAt,
        new Date(startsAt.getTime() + 2 * 3_600_000),
        pick(places),
        CAPACITY,
        trainerId,
      );
    }
    pool.taken += 1;
    return { id: pool.id, waitlisted: pool.taken > CAPACITY };
  };

  const answersFor = (item: Item, right: number) =>
    JSON.stringify(
      item.questionIds.map((questionId, q) => ({
        questionId,
        optionIndexes: [q < right ? 0 : 1],
      })),
    );

  const mix: Record<string, number> = { certified: 0, expired: 0, inTraining: 0, pastDeadline: 0 };

  /** One mentor in one program: a certified mentor, or one somewhere in training. */
  const enrol = (program: ProgramInfo, userId: string) => {
    const items = program.items;
    const enrolmentId = newId();
    const certified = random() < 0.3;
    let enrolledAt: Date;
    let done: number;
    if (certified) {
      // A few certified long enough ago that the certificate has expired or soon will.
      const daysAgo = random() < 0.1 ? between(690, 800) : between(20, 680);
      enrolledAt = new Date(now.getTime() - daysAgo * DAY);
      done = items.length;
    } else {
      // Within the 14-day window, or past the deadline (most of those are behind).
      const daysAgo = random() < 0.6 ? between(0, 14) : between(14, 45);
      enrolledAt = new Date(now.getTime() - daysAgo * DAY);
      done = Math.floor(random() * items.length);
      if (daysAgo >= 14) mix.pastDeadline = (mix.pastDeadline ?? 0) + 1;
    }
    const deadline = new Date(enrolledAt.getTime() + 14 * DAY);
    const span = Math.max(
      3_600_000,
      (certified ? between(2, 14) * DAY : now.getTime() - enrolledAt.getTime()) * 0.95,
    );
    const at = (k: number) =>
      new Date(enrolledAt.getTime() + (span * (k + random() * 0.9)) / Math.max(1, items.length));
    let completedAt: Date | null = null;

    items.forEach((item, k) => {
      if (k < done) {
        const when = at(k);
        completedAt = when;
        progress.add(
          newId(),
          orgId,
          enrolmentId,
          item.key,
          new Date(when.getTime() - 600_000),
          when,
        );
        switch (item.kind) {
          case 'quiz': {
            if (random() < 0.25) {
              attempts.add(
                newId(),
                orgId,
                enrolmentId,
                item.key,
                program.versionId,
                answersFor(item, 2),
                2 / Math.max(1, item.questionIds.length),
                false,
                new Date(when.getTime() - 300_000),
              );
            }
            const right = random() < 0.5 ? item.questionIds.length : item.questionIds.length - 1;
            attempts.add(
              newId(),
              orgId,
              enrolmentId,
              item.key,
              program.versionId,
              answersFor(item, right),
              right / Math.max(1, item.questionIds.length),
              true,
              when,
            );
            break;
          }
          case 'in_person': {
            const session = sessionFor(program, item.key, true);
            signups.add(
              newId(),
              orgId,
              session.id,
              enrolmentId,
              'signed_up',
              random() < 0.9 ? 'present' : 'late',
              new Date(when.getTime() - 10 * DAY),
              when,
            );
            break;
          }
          case 'code_of_conduct':
            signatures.add(
              newId(),
              orgId,
              enrolmentId,
              item.key,
              program.versionId,
              names.get(userId) ?? '',
              when,
            );
            break;
          case 'reflection':
            reflections.add(
              newId(),
              orgId,
              program.id,
              enrolmentId,
              item.key,
              'Jeg vil lytte først og lade eleven sætte tempoet. Jeg aftaler tydeligt, hvornår vi ses.',
              'approved',
              trainerId,
              null,
              new Date(when.getTime() - DAY),
              when,
            );
            break;
          case 'lesson':
            if (random() < 0.3) {
              feedback.add(
                newId(),
                orgId,
                program.id,
                enrolmentId,
                item.key,
                random() < 0.8,
                random() < 0.1 ? 'Gode eksempler, tak.' : null,
                when,
              );
            }
            break;
        }
      }
    });

    // Where an unfinished mentor stands: the next item opened, failed, submitted or signed up.
    const current = items[done];
    let lastItemKey: string | null = null;
    if (current && random() < 0.7) {
      const when = at(done);
      lastItemKey = current.key;
      progress.add(newId(), orgId, enrolmentId, current.key, when, null);
      if (current.kind === 'quiz' && random() < 0.4) {
        attempts.add(
          newId(),
          orgId,
          enrolmentId,
          current.key,
          program.versionId,
          answersFor(current, 1),
          1 / Math.max(1, current.questionIds.length),
          false,
          when,
        );
      } else if (current.kind === 'reflection' && random() < 0.6) {
        const returned = random() < 0.2;
        reflections.add(
          newId(),
          orgId,
          program.id,
          enrolmentId,
          current.key,
          'Jeg vil gerne være en god voksen for eleven.',
          returned ? 'returned' : 'submitted',
          returned ? trainerId : null,
          returned ? 'Skriv lidt mere om grænser.' : null,
          when,
          returned ? new Date(when.getTime() + DAY / 2) : null,
        );
      } else if (current.kind === 'in_person' && random() < 0.7) {
        const session = sessionFor(program, current.key, false);
        signups.add(
          newId(),
          orgId,
          session.id,
          enrolmentId,
          session.waitlisted ? 'waitlisted' : 'signed_up',
          null,
          when,
          when,
        );
      }
    }

    let status = 'in_training';
    if (certified && completedAt) {
      const issuedAt: Date = completedAt;
      status = 'certified';
      const expiresAt = new Date(issuedAt.getTime() + 730 * DAY);
      certificates.add(
        newId(),
        orgId,
        enrolmentId,
        program.id,
        userId,
        program.versionId,
        1,
        formatCertificateCode(randomBytes(16)),
        issuedAt,
        expiresAt,
      );
      if (expiresAt <= now) mix.expired = (mix.expired ?? 0) + 1;
      else mix.certified = (mix.certified ?? 0) + 1;
    } else mix.inTraining = (mix.inTraining ?? 0) + 1;
    enrolments.add(
      enrolmentId,
      orgId,
      program.id,
      userId,
      status,
      enrolledAt,
      deadline,
      status === 'certified' ? completedAt : null,
      enrolledAt,
      lastItemKey,
    );
  };

  const [first, second] = programs as [ProgramInfo, ProgramInfo];
  for (const userId of mentorIds) enrol(first, userId);
  // The cohort: a spread of the mentors (every k-th), also enrolled in the second program.
  const step = MENTORS / COHORT;
  for (let k = 0; k < COHORT; k++) enrol(second, mentorIds[Math.floor(k * step)] as string);

  const tables = [
    users,
    memberships,
    enrolments,
    sessions,
    progress,
    attempts,
    signatures,
    reflections,
    signups,
    certificates,
    feedback,
  ];
  await client.query('begin');
  for (const rows of tables) {
    // memberships.roles is text[]: one role each, so the array is built in SQL
    if (rows === memberships) {
      await client.query(
        `insert into memberships (id, organisation_id, user_id, roles, status)
           select id, org, uid, array[role], st
             from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
               as t(id, org, uid, role, st)`,
        rows.columns.map((_, c) => rows.rows.map((row) => row[c])),
      );
    } else await insertAll(client, rows);
  }
  await client.query('commit');
  const counts = Object.fromEntries(tables.map((t) => [t.table, t.rows.length]));
  return { orgId, programs, mentorIds, trainerId, counts, mix };
}

/* ---------- load: N workers on keep-alive connections, each request timed ---------- */

interface Target {
  path: string;
  headers: Record<string, string>;
}
interface Result {
  scenario: string;
  concurrency: number;
  latencies: number[];
  errors: number;
  seconds: number;
  bytes: number;
  note?: string;
}

function send(
  agent: http.Agent,
  port: number,
  target: Target,
): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: target.path, headers: target.headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

/**
 * `concurrency` workers, each running `job` back to back until `seconds` have passed (a job
 * started before then finishes). A job returns its own latency samples and errors.
 */
async function load(
  scenario: string,
  concurrency: number,
  seconds: number,
  job: (
    agent: http.Agent,
    n: number,
  ) => Promise<{ latencies: number[]; errors: number; bytes: number }>,
): Promise<Result> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  let counter = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const outcome = await job(agent, counter++);
        latencies.push(...outcome.latencies);
        errors += outcome.errors;
        bytes += outcome.bytes;
      }
    }),
  );
  const elapsed = since(started) / 1000;
  agent.destroy();
  return { scenario, concurrency, latencies, errors, seconds: elapsed, bytes };
}

/** One request per job, to targets taken in turn. */
const single = (port: number, targets: Target[]) => async (agent: http.Agent, n: number) => {
  const target = targets[n % targets.length] as Target;
  const started = performance.now();
  try {
    const { status, body } = await send(agent, port, target);
    return { latencies: [since(started)], errors: status >= 300 ? 1 : 0, bytes: body.length };
  } catch {
    return { latencies: [since(started)], errors: 1, bytes: 0 };
  }
};

/** A trainer's screen read to the end: every page of the cohort, following nextCursor. */
function walk(port: number, path: string, headers: Record<string, string>, pages: Result) {
  return async (agent: http.Agent) => {
    const started = performance.now();
    let cursor: string | null = null;
    let errors = 0;
    let bytes = 0;
    let entries = 0;
    do {
      const pageStarted = performance.now();
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      try {
        const { status, body } = await send(agent, port, { path: `${path}${query}`, headers });
        pages.latencies.push(since(pageStarted));
        bytes += body.length;
        if (status >= 300) {
          errors += 1;
          break;
        }
        const page = JSON.parse(body.toString('utf8')) as {
          items: unknown[];
          nextCursor: string | null;
        };
        entries += page.items.length;
        cursor = page.nextCursor;
      } catch {
        errors += 1;
        break;
      }
    } while (cursor);
    pages.errors += errors;
    pages.bytes += bytes;
    if (errors === 0 && entries !== COHORT) errors += 1; // a walk that lost or repeated rows
    return { latencies: [since(started)], errors, bytes };
  };
}

/* ---------- EXPLAIN (ANALYZE, BUFFERS) of every query behind one request ---------- */

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  'Sort Method'?: string;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

function label(sqlText: string): string {
  const from = /from "(\w+)"/i.exec(sqlText)?.[1] ?? '?';
  const joins = [...sqlText.matchAll(/join "(\w+)"/gi)].map((m) => m[1]);
  const verb = /^\s*(\w+)/.exec(sqlText)?.[1]?.toLowerCase() ?? '';
  return `${verb === 'select' ? '' : `${verb} `}${from}${joins.length ? ` ⋈ ${joins.join(' ⋈ ')}` : ''}`;
}

async function explainAll(
  client: pg.Client,
  title: string,
  captured: { sql: string; params: unknown[] }[],
): Promise<string[][]> {
  const rows: string[][] = [];
  for (const query of captured) {
    const { rows: result } = await client.query<{ 'QUERY PLAN': unknown }>(
      `explain (analyze, buffers, format json) ${query.sql}`,
      query.params,
    );
    const [plan] = (result[0]?.['QUERY PLAN'] ?? []) as [
      { Plan: PlanNode; 'Execution Time': number; 'Planning Time': number },
    ];
    const all = nodes(plan.Plan);
    const seq = all
      .filter((n) => n['Node Type'] === 'Seq Scan')
      .map(
        (n) =>
          `${n['Relation Name']}(${(n['Actual Rows'] ?? 0) * (n['Actual Loops'] ?? 1)} kept, ${
            n['Rows Removed by Filter'] ?? 0
          } removed)`,
      );
    const sorts = all
      .filter((n) => n['Node Type'] === 'Sort')
      .map((n) => `sort ${n['Actual Rows'] ?? 0} rows (${n['Sort Method'] ?? '?'})`);
    const indexes = [
      ...new Set(all.map((n) => n['Index Name']).filter((n): n is string => Boolean(n))),
    ];
    rows.push([
      title,
      label(query.sql),
      plan['Execution Time'].toFixed(2),
      String((plan.Plan['Shared Hit Blocks'] ?? 0) + (plan.Plan['Shared Read Blocks'] ?? 0)),
      indexes.join(', ') || '-',
      [...seq, ...sorts].join('; ') || '-',
    ]);
    if (EXPLAIN === 'verbose') {
      const { rows: text } = await client.query<{ 'QUERY PLAN': string }>(
        `explain (analyze, buffers) ${query.sql}`,
        query.params,
      );
      log(
        `\n-- ${title}: ${label(query.sql)}\n${query.sql}\n${text.map((r) => r['QUERY PLAN']).join('\n')}`,
      );
    }
  }
  return rows;
}

/* ---------- output ---------- */

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

/** Like table(), but only the `numeric` columns are right-aligned and the last is not padded. */
function textTable(rows: string[][], numeric: number[]): string {
  const widths = (rows[0] as string[]).map((_, c) =>
    Math.max(...rows.map((row) => (row[c] as string).length)),
  );
  return rows
    .map((row, r) => {
      const line = row
        .map((cell, c) =>
          c === row.length - 1
            ? cell
            : numeric.includes(c)
              ? cell.padStart(widths[c] as number)
              : cell.padEnd(widths[c] as number),
        )
        .join('  ')
        .trimEnd();
      return r === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

function table(rows: string[][]): string {
  const widths = (rows[0] as string[]).map((_, c) =>
    Math.max(...rows.map((row) => (row[c] as string).length)),
  );
  return rows
    .map((row, r) => {
      const line = row
        .map((cell, c) =>
          c === 0 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number),
        )
        .join('  ');
      return r === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

function resultRow(result: Result): string[] {
  const sorted = [...result.latencies].sort((a, b) => a - b);
  const count = sorted.length;
  const ms = (v: number) => v.toFixed(v < 10 ? 2 : 1);
  return [
    result.scenario,
    String(result.concurrency),
    String(count),
    (count / result.seconds).toFixed(1),
    ms(percentile(sorted, 50)),
    ms(percentile(sorted, 95)),
    ms(percentile(sorted, 99)),
    String(result.errors),
    count === 0 ? '-' : (result.bytes / count / 1024).toFixed(1),
  ];
}

/* ---------- the run ---------- */

async function main() {
  const runStarted = performance.now();
  const { url, serverVersion } = await createDatabase();
  database = await openDatabase({ url });
  await migrate(database);
  const db = database.db;
  const now = new Date();

  log(`seeding ${MENTORS} mentors (cohort ${COHORT}) into ${dbName}…`);
  const seedStarted = performance.now();
  const seedClient = new pg.Client({ connectionString: url });
  await seedClient.connect();
  let seeded: Seeded;
  let vacuumMs: number;
  try {
    seeded = await seed(db, seedClient, now);
    const vacuumStarted = performance.now();
    await seedClient.query('vacuum analyze');
    vacuumMs = since(vacuumStarted);
  } finally {
    await seedClient.end();
  }
  const seedMs = since(seedStarted);
  const { orgId, programs, mentorIds, trainerId } = seeded;
  const [programA, programB] = programs as [ProgramInfo, ProgramInfo];
  const totalRows = Object.values(seeded.counts).reduce((a, b) => a + b, 0);
  log(`seeded ${totalRows} rows in ${(seedMs / 1000).toFixed(1)} s`);

  // Sessions made the way the tests make them, for a spread of mentors and the trainer.
  const cookieOf = (secret: string) => ({ cookie: `mp_session=${secret}` });
  const sessionStarted = performance.now();
  const signedIn: { userId: string; secret: string }[] = [];
  const spread = MENTORS / SIGNED_IN;
  for (let start = 0; start < SIGNED_IN; start += 20) {
    const batch = Array.from(
      { length: Math.min(20, SIGNED_IN - start) },
      (_, k) => mentorIds[Math.floor((start + k) * spread)] as string,
    );
    signedIn.push(
      ...(await Promise.all(
        batch.map(async (userId) => ({ userId, secret: await createSession(db, userId, now) })),
      )),
    );
  }
  const trainerSecret = await createSession(db, trainerId, now);
  const sessionsMs = since(sessionStarted);

  // The real app on loopback, quiet, as the tests build it.
  const config = loadConfig({ LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: '0' });
  mailer = createMailer({ db, smtpUrl: config.smtpUrl, from: config.mailFrom });
  const deps: AppDeps = { config, database, db, mailer, now: () => new Date() };
  app = await buildApp(deps, { web: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as AddressInfo).port;

  const myTrainingPath = `/api/v1/organisations/${orgId}/my-training`;
  const mentorTargets: Target[] = signedIn.map((s) => ({
    path: myTrainingPath,
    headers: cookieOf(s.secret),
  }));
  const trainer = cookieOf(trainerSecret);
  const cohortPath = (limit: number) => `/api/v1/programs/${programB.id}/cohort?limit=${limit}`;
  const healthTargets: Target[] = [{ path: '/api/health', headers: {} }];
  const cohortFirst: Target[] = [{ path: cohortPath(SCREEN_PAGE), headers: trainer }];

  // Sanity: each view answers, with what we seeded.
  {
    const agent = new http.Agent({ keepAlive: false });
    const mine = await send(agent, port, mentorTargets[0] as Target);
    const page = await send(agent, port, cohortFirst[0] as Target);
    if (mine.status !== 200 || page.status !== 200) {
      throw new Error(
        `views do not answer 200: my-training ${mine.status} ${mine.body.toString().slice(0, 200)}; cohort ${page.status} ${page.body.toString().slice(0, 200)}`,
      );
    }
    agent.destroy();
  }

  // Warm-up (JIT, connection pool, PostgreSQL caches): not measured.
  log('warming up…');
  for (const targets of [healthTargets, mentorTargets, cohortFirst]) {
    await load('warm-up', 8, 1.5, single(port, targets));
  }

  const results: Result[] = [];
  const run = async (result: Promise<Result>) => {
    const r = await result;
    log(`  ${r.scenario} c=${r.concurrency}: ${r.latencies.length} samples`);
    results.push(r);
  };
  const healthSeconds = Math.max(1, Math.round(SECONDS * 0.6));
  for (const c of CONCURRENCY) {
    await run(load('GET /api/health (ceiling)', c, healthSeconds, single(port, healthTargets)));
  }
  for (const c of CONCURRENCY) {
    await run(load(`my-training (${SIGNED_IN} mentors)`, c, SECONDS, single(port, mentorTargets)));
  }
  for (const c of CONCURRENCY) {
    await run(
      load(`cohort ${COHORT}: page 1, limit ${SCREEN_PAGE}`, c, SECONDS, single(port, cohortFirst)),
    );
  }
  for (const c of WALK_CONCURRENCY) {
    const pages: Result = {
      scenario: `cohort ${COHORT}: each page, limit ${MAX_PAGE}`,
      concurrency: c,
      latencies: [],
      errors: 0,
      seconds: 0,
      bytes: 0,
    };
    const walks = await load(
      `cohort ${COHORT}: whole walk (${Math.ceil(COHORT / MAX_PAGE)} pages)`,
      c,
      SECONDS,
      walk(port, cohortPath(MAX_PAGE), trainer, pages),
    );
    pages.seconds = walks.seconds;
    log(`  cohort walk c=${c}: ${walks.latencies.length} walks`);
    results.push(pages, walks);
  }

  // The queries behind one request of each view, captured from the same code the routes run.
  const explainRows: string[][] = [];
  let curriculumNote = '';
  if (EXPLAIN !== '0') {
    log('explaining…');
    const captured: { sql: string; params: unknown[] }[] = [];
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    const capturing = drizzle(pool, {
      schema,
      logger: { logQuery: (sqlText, params) => captured.push({ sql: sqlText, params }) },
    }) as unknown as Db;
    const explainClient = new pg.Client({ connectionString: url });
    await explainClient.connect();
    try {
      const at = new Date();
      const both =
        signedIn.find((s) => s.userId === mentorIds[0]) ??
        (signedIn[0] as (typeof signedIn)[number]);
      const take = async (title: string, fn: () => Promise<unknown>) => {
        captured.length = 0;
        await fn();
        explainRows.push(...(await explainAll(explainClient, title, [...captured])));
      };
      await take('auth (every request)', async () => {
        await actorFromSession(capturing, hashSecret(both.secret), at);
        await organisationExists(capturing, orgId);
        await organisationOfProgram(capturing, programB.id);
      });
      await take('my-training', async () => {
        const rows = await listEnrolmentsOfUser(capturing, orgId, both.userId, { limit: 50 });
        await trainingViews(capturing, orgId, rows.slice(0, 50), at);
      });
      await take(`cohort p1 (${SCREEN_PAGE})`, async () => {
        const rows = await listEnrolmentsOfProgram(capturing, orgId, programB.id, {
          limit: SCREEN_PAGE,
        });
        await trainingViews(capturing, orgId, rows.slice(0, SCREEN_PAGE), at);
      });
      await take(`cohort last page (${MAX_PAGE})`, async () => {
        const all = await listEnrolmentsOfProgram(db, orgId, programB.id, { limit: COHORT });
        const last = all[Math.max(0, COHORT - MAX_PAGE - 1)];
        captured.length = 0;
        const rows = await listEnrolmentsOfProgram(capturing, orgId, programB.id, {
          limit: MAX_PAGE,
          cursor: last ? { name: last.name, id: last.id } : undefined,
        });
        await trainingViews(capturing, orgId, rows.slice(0, MAX_PAGE), at);
      });

      // What every view reads of the curriculum, and how much of it the responses use.
      const { rows: size } = await explainClient.query<{
        items: number;
        all_kb: number;
        body_content_kb: number;
      }>(
        `select count(*)::int as items,
                round(sum(octet_length(row_to_json(i)::text)) / 1024.0)::int as all_kb,
                round(sum(octet_length(body::text) + octet_length(content::text)) / 1024.0)::int
                  as body_content_kb
           from curriculum_items i where version_id = any($1)`,
        [[programA.versionId, programB.versionId]],
      );
      const versions = [...(await currentVersions(db, orgId, [programA.id, programB.id])).values()];
      const timeIt = async (fn: () => Promise<unknown>) => {
        for (let k = 0; k < 20; k++) await fn();
        const runs: number[] = [];
        for (let k = 0; k < 100; k++) {
          const started = performance.now();
          await fn();
          runs.push(since(started));
        }
        return percentile(
          runs.sort((a, b) => a - b),
          50,
        );
      };
      const full = await timeIt(() => curriculaOf(db, orgId, versions));
      const slim = await timeIt(() =>
        pool.query(
          `select id, version_id, module_id, key, position, kind, title, minutes, required
             from curriculum_items where organisation_id = $1 and version_id = any($2)
            order by position, id`,
          [orgId, versions.map((v) => v.id)],
        ),
      );
      const oneVersion = await timeIt(() =>
        curriculaOf(
          db,
          orgId,
          versions.filter((v) => v.programId === programB.id),
        ),
      );
      const myViews = await timeIt(async () => {
        const rows = await listEnrolmentsOfUser(db, orgId, both.userId, { limit: 50 });
        await trainingViews(db, orgId, rows.slice(0, 50), new Date());
      });
      const cohortViews = await timeIt(async () => {
        const rows = await listEnrolmentsOfProgram(db, orgId, programB.id, {
          limit: SCREEN_PAGE,
        });
        await trainingViews(db, orgId, rows.slice(0, SCREEN_PAGE), new Date());
      });
      const s = size[0];
      curriculumNote =
        `In process, one at a time on the app's pool (median of 100): list + trainingViews() ` +
        `${myViews.toFixed(2)} ms for my-training (2 enrolments), ${cohortViews.toFixed(2)} ms ` +
        `for cohort page 1 (${SCREEN_PAGE}); curriculaOf() alone ${full.toFixed(2)} ms for 2 ` +
        `versions, ${oneVersion.toFixed(2)} ms for 1.\n`;
      curriculumNote +=
        `curriculaOf() for the 2 versions a two-program mentor needs: ${s?.items} items, ` +
        `${s?.all_kb} KB of rows of which ${s?.body_content_kb} KB is lesson bodies and quiz ` +
        `content that neither my-training nor the cohort view puts in its response; ` +
        `median ${full.toFixed(2)} ms as is vs ${slim.toFixed(2)} ms for the item query without ` +
        `body/content (modules query not included), one at a time, idle server.`;
    } finally {
      await explainClient.end();
      await pool.end();
    }
  }

  const load1 = loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  const out: string[] = [];
  out.push(
    `Mentorpath training benchmark (node ${process.version}, PostgreSQL ${serverVersion}, ` +
      `${cpus().length} CPUs, load average ${load1})`,
    `Seed: ${MENTORS} mentors, ${programs.length} school programs on the shipped curriculum ` +
      `(${programA.items.length} items each), ${MENTORS} enrolments + ${COHORT} in the cohort ` +
      `program; ${totalRows} rows in ${(seedMs / 1000).toFixed(1)} s ` +
      `(incl. vacuum analyze ${(vacuumMs / 1000).toFixed(1)} s; migrate not counted).`,
    `  rows: ${Object.entries(seeded.counts)
      .map(([t, n]) => `${t.replace('training_', '')} ${n}`)
      .join(', ')}`,
    `  enrolments: ${seeded.mix.certified} certified, ${seeded.mix.expired} with an expired ` +
      `certificate, ${seeded.mix.inTraining} in training (${seeded.mix.pastDeadline} past the ` +
      `deadline); ${SIGNED_IN} mentor sessions via createSession in ${(sessionsMs / 1000).toFixed(1)} s.`,
    `Load: the app (buildApp, pg pool of 10) and the load generator (node:http keep-alive, ` +
      `one connection per worker) share this one Node process; each run ${SECONDS} s ` +
      `(health ${healthSeconds} s) after a warm-up. my-training rotates over ${SIGNED_IN} ` +
      `mentors' cookies (${Math.round((100 * COHORT) / MENTORS)} % of them have 2 enrolments). ` +
      `The Training tab loads cohort page 1 at limit ${SCREEN_PAGE} and shows only that page ` +
      `(useCohort never fetches the next); the walk follows nextCursor at limit ${MAX_PAGE} to ` +
      `the end, as a full list would. Latencies in ms; "whole walk" rows count walks.`,
    '',
    table([
      ['scenario', 'conc', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'KB/resp'],
      ...results.map(resultRow),
    ]),
  );
  if (explainRows.length > 0) {
    out.push(
      '',
      'EXPLAIN (ANALYZE, BUFFERS) of each query behind one request (a mentor with 2 enrolments):',
      '',
      textTable(
        [
          ['view', 'query', 'exec ms', 'buffers', 'indexes used', 'seq scans / sorts'],
          ...explainRows,
        ],
        [2, 3],
      ),
    );
  }
  if (curriculumNote) out.push('', curriculumNote);
  out.push('', `total run ${(since(runStarted) / 1000).toFixed(0)} s`);
  process.stdout.write(`${out.join('\n')}\n`);
}

try {
  await main();
} catch (error) {
  // after Ctrl-C the seed or the load fails on purpose: nothing to report
  if (!cleaning) log(`benchmark failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
