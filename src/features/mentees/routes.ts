import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addChildSchema,
  importPreviewSchema,
  importResultSchema,
  MAX_IMPORT_CHARS,
  menteeImportSchema,
  menteeListItemSchema,
  menteeRecordSchema,
  menteeRegistrationSchema,
  myMenteeSchema,
  programIntakeSchema,
  registrationReceiptSchema,
  updateMenteeSchema,
} from '../../contracts/mentee-intake';
import { DIGITAL_CONSENT_AGE, menteeStatuses } from '../../contracts/mentees';
import { can } from '../../contracts/policy';
import type { Locale } from '../../contracts/roles';
import type { DbOrTx } from '../../db/client';
import type { RouteOptions } from '../../server/deps';
import { type TranslateParams, translate } from '../../server/i18n/translate';
import {
  type AuthorizedOrgId,
  orgAccess,
  publicAccess,
  scopeOf,
  userIdOf,
} from '../../server/lib/access';
import { AppError, type FieldIssue } from '../../server/lib/app-error';
import { pageQuerySchema, pageSchema } from '../../server/lib/pagination';
import { INVITATION_DAYS } from '../accounts/mutations';
import { recordAudit } from '../audit/audit';
import { withKnownPlace } from '../gazetteer/gazetteer';
import type { Mail } from '../mail/mailer';
import { organisations } from '../organisations/tables';
import { findProgram } from '../programs/queries';
import { programs } from '../programs/tables';
import { hitRateLimit } from '../rate-limit/rate-limit';
import { countsOf, type ImportPlan, type Message, planImport } from './import';
import {
  applyImport,
  insertMentee,
  registerChild,
  registerSelf,
  updateMentee,
  withdrawMentee,
} from './mutations';
import { presentListItem, presentMine, presentRecord } from './presenters';
import {
  findMentee,
  findMenteeRecord,
  type ListCursor,
  listMentees,
  listMyMentees,
} from './queries';
import { ageAt, childAgeProblem, intakeMode, isChild, selfAgeProblem } from './rules';

const tags = ['mentees'];
const id = z.string().min(1).max(200);
const orgParams = z.object({ orgId: id });
const programParams = z.object({ programId: id });
const menteeParams = z.object({ menteeId: id });
const myMenteeResponse = z.object({ mentee: myMenteeSchema });

/** Registrations from one address: enough for a family, too few for a flood. */
const REGISTRATION_LIMIT = { bucket: 'mentee-registration', max: 10, windowMs: 3_600_000 };

export const menteeRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  const { db, now } = deps;

  /** A published program with its organisation's name, for the public pages. */
  async function publicProgram(programId: string) {
    const [row] = await db
      .select({ program: programs, organisationName: organisations.name })
      .from(programs)
      .innerJoin(organisations, eq(organisations.id, programs.organisationId))
      .where(and(eq(programs.id, programId), eq(programs.status, 'published')));
    if (!row) throw new AppError('not_found');
    return row;
  }

  /** Mails written in the caller's transaction and sent once it has committed. */
  async function storeMails(tx: DbOrTx, mails: Mail[]) {
    const ids: string[] = [];
    for (const mail of mails) ids.push(await deps.mailer.store(tx, mail));
    return ids;
  }
  async function deliver(ids: string[]) {
    for (const mailId of ids) await deps.mailer.deliver(mailId);
  }

  app.get('/api/v1/public/programs/:programId/intake', {
    config: { access: publicAccess },
    schema: {
      tags,
      summary: 'What a published program is, for whom, and who registers a mentee',
      description:
        '`registration` says who registers: `guardian` (children under 15), `self` (15 or ' +
        'older), `guardian_or_self` (by the child’s age), or `employer` (workplace programs: ' +
        'the employer imports its employees; the public form is closed). 404 unless published.',
      params: programParams,
      response: { 200: z.object({ program: programIntakeSchema }) },
    },
    handler: async (request) => {
      const { program, organisationName } = await publicProgram(request.params.programId);
      return {
        program: {
          id: program.id,
          name: program.name,
          description: program.description,
          type: program.type,
          organisationName,
          menteeAgeMin: program.menteeAgeMin,
          menteeAgeMax: program.menteeAgeMax,
          registration: intakeMode(program),
          digitalConsentAge: DIGITAL_CONSENT_AGE,
        },
      };
    },
  });

  app.post('/api/v1/public/programs/:programId/mentee-registrations', {
    config: { access: publicAccess },
    schema: {
      tags,
      summary: 'Register a mentee: a guardian registers a child, a student of 15+ themselves',
      description:
        'No sign-in. The e-mail gets a receipt with a link to choose a password (new) or to ' +
        'sign in (known); the answer is the same either way, so it never tells whether an ' +
        'account exists. Ages outside the program’s range, or a student under 15, are field ' +
        'errors. 404 for a program that is not published; 409 for a workplace program (the ' +
        'employer imports its employees). 429 when one address sends too many.',
      params: programParams,
      body: menteeRegistrationSchema,
      response: { 201: registrationReceiptSchema },
    },
    handler: async (request, reply) => {
      const { program, organisationName } = await publicProgram(request.params.programId);
      const mode = intakeMode(program);
      if (mode === 'employer') throw new AppError('conflict', { details: { registration: mode } });
      const at = now();
      await hitRateLimit(db, REGISTRATION_LIMIT, request.ip, at);
      const receipt = { received: true as const, programName: program.name };
      // A filled-in hidden field: a robot. It is told what a person would be told.
      if (request.body.website) return reply.status(201).send(receipt);
      const body = request.body;
      const orgId = program.organisationId as AuthorizedOrgId;
      const birthDate = body.kind === 'guardian' ? body.child.birthDate : body.birthDate;
      const age = ageAt(birthDate, at);
      const problem =
        body.kind === 'guardian'
          ? childAgeProblem(age, program)
          : mode === 'guardian' && age >= DIGITAL_CONSENT_AGE
            ? { messageKey: 'mentees.validation.ageRange', params: ageParams(program, age) }
            : selfAgeProblem(age, program);
      if (problem) {
        const path = body.kind === 'guardian' ? 'child.birthDate' : 'birthDate';
        throw AppError.invalid([{ path, ...problem }]);
      }
      const base = deps.config.publicUrl;
      const mailIds = await db.transaction(async (tx) => {
        const result =
          body.kind === 'guardian'
            ? await registerChild(tx, orgId, program.id, body, at)
            : await registerSelf(tx, orgId, program.id, body, at);
        const locale: Locale = body.kind === 'guardian' ? body.guardian.locale : body.locale;
        const params = {
          program: program.name,
          organisation: organisationName,
          child: result.mentee.name,
          days: INVITATION_DAYS,
          link: result.secret
            ? `${base}/invitation?token=${encodeURIComponent(result.secret)}`
            : `${base}/login?next=${encodeURIComponent('/children')}`,
        };
        const receiptKey =
          body.kind === 'guardian' ? 'mentees.mail.receiptGuardian' : 'mentees.mail.receiptSelf';
        return storeMails(tx, [
          {
            kind: result.secret ? 'invitation' : 'notification',
            organisationId: orgId,
            to: result.user.email,
            subject: translate(locale, `${receiptKey}.subject`, params),
            body: compose(locale, result.user.name, params, [
              `${receiptKey}.body`,
              result.secret ? 'mentees.mail.choosePassword' : 'mentees.mail.signIn',
            ]),
          },
        ]);
      });
      await deliver(mailIds);
      return reply.status(201).send(receipt);
    },
  });

  app.post('/api/v1/organisations/:orgId/my-children', {
    config: { access: orgAccess('organisation', 'orgId', 'organisation.read') },
    schema: {
      tags,
      summary: 'A signed-in guardian registers another child',
      description: '403 unless the caller holds the guardian role in the organisation.',
      params: orgParams,
      body: addChildSchema.extend({ phone: z.string().trim().max(40).optional() }),
      response: { 201: myMenteeResponse },
    },
    handler: async (request, reply) => {
      const scope = scopeOf(request);
      const userId = userIdOf(scope.actor);
      if (!userId || !scope.roles.includes('guardian')) throw new AppError('forbidden');
      const body = request.body;
      const at = now();
      const program = await findProgram(db, scope.organisationId, body.programId);
      const mode = program && program.status === 'published' ? intakeMode(program) : null;
      if (!program || !mode || mode === 'employer' || mode === 'self') {
        throw AppError.invalid([{ path: 'programId', messageKey: 'mentees.validation.program' }]);
      }
      const problem = childAgeProblem(ageAt(body.birthDate, at), program);
      if (problem) throw AppError.invalid([{ path: 'birthDate', ...problem }]);
      const row = await db.transaction((tx) =>
        insertMentee(
          tx,
          scope.organisationId,
          {
            programId: program.id,
            name: body.name,
            birthDate: body.birthDate,
            source: 'guardian',
            guardianUserId: userId,
            email: scope.actor.kind === 'person' ? scope.actor.email : null,
            phone: body.phone ?? null,
            needs: body.needs,
            profile: withKnownPlace(body.profile, 'profile.place'),
          },
          scope.actor,
          at,
        ),
      );
      return reply
        .status(201)
        .send({ mentee: presentMine({ mentee: row, programName: program.name }, userId, at) });
    },
  });

  app.get('/api/v1/organisations/:orgId/my-mentees', {
    config: { access: orgAccess('organisation', 'orgId', 'organisation.read') },
    schema: {
      tags,
      summary: 'The caller’s children (as guardian) and own mentee records, with their status',
      params: orgParams,
      response: { 200: z.object({ items: z.array(myMenteeSchema) }) },
    },
    handler: async (request) => {
      const scope = scopeOf(request);
      const userId = userIdOf(scope.actor);
      if (!userId) return { items: [] };
      const at = now();
      const rows = await listMyMentees(db, scope.organisationId, userId);
      return { items: rows.map((row) => presentMine(row, userId, at)) };
    },
  });

  /**
   * The mentee, if the caller is its guardian, the mentee themselves, or may manage
   * mentees; anyone else is told it does not exist.
   */
  async function ownMentee(request: FastifyRequest, menteeId: string) {
    const scope = scopeOf(request);
    const row = await findMentee(db, scope.organisationId, menteeId);
    const userId = userIdOf(scope.actor);
    const own = row && userId && (row.guardianUserId === userId || row.userId === userId);
    if (!row || !(own || can(scope.roles, 'mentees.manage'))) throw new AppError('not_found');
    return { scope, row, userId: userId ?? '' };
  }

  async function presentOwn(row: Parameters<typeof presentMine>[0]['mentee'], userId: string) {
    const program = await findProgram(db, row.organisationId as AuthorizedOrgId, row.programId);
    return presentMine({ mentee: row, programName: program?.name ?? '' }, userId, now());
  }

  app.patch('/api/v1/mentees/:menteeId', {
    config: { access: orgAccess('mentee', 'menteeId', 'organisation.read') },
    schema: {
      tags,
      summary: 'Change a mentee’s needs, matching profile or phone',
      description:
        'For the guardian, the mentee themselves, or those who manage mentees; 404 for ' +
        'anyone else. 409 once the mentee has withdrawn or the match is closed.',
      params: menteeParams,
      body: updateMenteeSchema,
      response: { 200: myMenteeResponse },
    },
    handler: async (request) => {
      const { scope, row, userId } = await ownMentee(request, request.params.menteeId);
      const updated = await db.transaction((tx) =>
        updateMentee(tx, scope.organisationId, row, request.body, scope.actor, now()),
      );
      return { mentee: await presentOwn(updated, userId) };
    },
  });

  app.post('/api/v1/mentees/:menteeId/withdraw', {
    config: { access: orgAccess('mentee', 'menteeId', 'organisation.read') },
    schema: {
      tags,
      summary: 'Take a waiting mentee off the waiting list',
      description:
        'For the guardian, the mentee themselves, or those who manage mentees; 404 for ' +
        'anyone else. 409 unless waiting (a match is closed by the coordinator).',
      params: menteeParams,
      response: { 200: myMenteeResponse },
    },
    handler: async (request) => {
      const { scope, row, userId } = await ownMentee(request, request.params.menteeId);
      const updated = await db.transaction((tx) =>
        withdrawMentee(tx, scope.organisationId, row, scope.actor, now()),
      );
      return { mentee: await presentOwn(updated, userId) };
    },
  });

  /** The workplace program an import goes to. */
  async function importProgram(request: FastifyRequest, programId: string) {
    const scope = scopeOf(request);
    const program = await findProgram(db, scope.organisationId, programId);
    if (!program) throw new AppError('not_found');
    if (program.status === 'archived') throw new AppError('program_archived');
    if (program.type !== 'workplace') {
      throw new AppError('conflict', { details: { reason: 'not_workplace' } });
    }
    return { scope, program };
  }

  const importBody = {
    bodyLimit: MAX_IMPORT_CHARS * 2 + 4096,
  };

  app.post('/api/v1/programs/:programId/mentee-imports/preview', {
    ...importBody,
    config: { access: orgAccess('program', 'programId', 'mentees.import') },
    schema: {
      tags,
      summary: 'Preview a CSV import of employees: what each row would do, and its errors',
      description:
        'Workplace programs only (409 otherwise). The CSV has a header row with Danish or ' +
        'English column names (employeeId/medarbejdernummer, name/navn, email, birthDate/' +
        'fødselsdato, languages/sprog, place/by are required), separated by `,` or `;`. Each ' +
        'row is `create`, `update` (same employee id: updated, never duplicated), ' +
        '`unchanged` or `error`, with the errors by column in the caller’s language. Rows ' +
        'count as in a spreadsheet: the header is row 1. Nothing is saved and no mail is sent.',
      params: programParams,
      body: menteeImportSchema,
      response: { 200: importPreviewSchema },
    },
    handler: async (request) => {
      const { program } = await importProgram(request, request.params.programId);
      const plan = await planImport(db, program, request.body.csv, now());
      return presentPlan(plan, request.locale);
    },
  });

  app.post('/api/v1/programs/:programId/mentee-imports', {
    ...importBody,
    config: { access: orgAccess('program', 'programId', 'mentees.import') },
    schema: {
      tags,
      summary: 'Import employees from CSV: all rows or none',
      description:
        'All or nothing: if any row has an error, nothing is saved and the answer is 400 ' +
        '`invalid_request` naming each row and column (path `csv`). Otherwise new employees ' +
        'get a mentee membership and a waiting record, and one mail (an invitation to choose a ' +
        'password, or a note to sign in); known employee ids are updated without mail, so a ' +
        're-import of the same file changes nothing and sends nothing.',
      params: programParams,
      body: menteeImportSchema,
      response: { 200: importResultSchema },
    },
    handler: async (request) => {
      const { scope, program } = await importProgram(request, request.params.programId);
      const at = now();
      const locale = request.locale;
      const base = deps.config.publicUrl;
      const [organisation] = await db
        .select({ name: organisations.name })
        .from(organisations)
        .where(eq(organisations.id, scope.organisationId));
      const { plan, mailIds, invited } = await db.transaction(async (tx) => {
        const plan = await planImport(tx, program, request.body.csv, at);
        const issues = planIssues(plan, locale);
        if (issues.length > 0) throw AppError.invalid(issues);
        const welcomes = await applyImport(
          tx,
          scope.organisationId,
          program.id,
          plan.steps,
          scope.actor,
          at,
        );
        const mails: Mail[] = welcomes.map(({ user, secret }) => {
          const params = {
            program: program.name,
            organisation: organisation?.name ?? '',
            days: INVITATION_DAYS,
            link: secret
              ? `${base}/invitation?token=${encodeURIComponent(secret)}`
              : `${base}/login`,
          };
          return {
            kind: secret ? 'invitation' : 'notification',
            organisationId: scope.organisationId,
            to: user.email,
            subject: translate(user.locale, 'mentees.mail.imported.subject', params),
            body: compose(user.locale, user.name, params, [
              'mentees.mail.imported.body',
              secret ? 'mentees.mail.choosePassword' : 'mentees.mail.signIn',
            ]),
          };
        });
        return {
          plan,
          mailIds: await storeMails(tx, mails),
          invited: welcomes.filter((w) => w.secret).length,
        };
      });
      await deliver(mailIds);
      return { counts: countsOf(plan.rows), invited };
    },
  });

  app.get('/api/v1/programs/:programId/mentees', {
    config: { access: orgAccess('program', 'programId', 'mentees.read') },
    schema: {
      tags,
      summary: 'A program’s mentees, longest waiting first',
      description:
        'Minimal rows (no needs, no contact details) for everyone; the full record is ' +
        '`GET /mentees/{menteeId}`. `q` searches names and employee ids. HR, mentors, ' +
        'mentees and guardians may not read it (403).',
      params: programParams,
      querystring: pageQuerySchema.extend({
        status: z.enum(menteeStatuses).optional(),
        q: z.string().trim().max(100).optional(),
      }),
      response: { 200: pageSchema(menteeListItemSchema) },
    },
    handler: async (request) => {
      const scope = scopeOf(request);
      const { limit, cursor, status, q } = request.query;
      const program = await findProgram(db, scope.organisationId, request.params.programId);
      if (!program) throw new AppError('not_found');
      const rows = await listMentees(db, scope.organisationId, program.id, {
        status,
        q: q || undefined,
        limit,
        cursor: cursor ? decodeCursor(cursor) : undefined,
      });
      const at = now();
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      return {
        items: items.map((row) => presentListItem(row, at)),
        nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
      };
    },
  });

  app.get('/api/v1/mentees/:menteeId', {
    config: { access: orgAccess('mentee', 'menteeId', 'mentees.read') },
    schema: {
      tags,
      summary: 'A mentee’s full record, with needs and contact; a child’s view is audit-logged',
      description:
        'Every view of the record of a mentee under 18 writes `mentee.viewed` to the audit ' +
        'log (who, what, when) before it is answered; `viewLogged` says so.',
      params: menteeParams,
      response: { 200: z.object({ mentee: menteeRecordSchema }) },
    },
    handler: async (request) => {
      const scope = scopeOf(request);
      const at = now();
      const view = await findMenteeRecord(db, scope.organisationId, request.params.menteeId);
      if (!view) throw new AppError('not_found');
      const logged = isChild(view.mentee.birthDate, at);
      if (logged) {
        await recordAudit(db, scope.organisationId, scope.actor, at, {
          action: 'mentee.viewed',
          subjectType: 'mentee',
          subjectId: view.mentee.id,
          subjectLabel: view.mentee.name,
        });
      }
      return { mentee: presentRecord(view, at, logged) };
    },
  });
};

function ageParams(program: { menteeAgeMin: number; menteeAgeMax: number }, age: number) {
  return { min: program.menteeAgeMin, max: program.menteeAgeMax, age: Math.max(age, 0) };
}

/** A mail in the recipient's language: greeting, paragraphs, signature. */
function compose(locale: Locale, name: string, params: TranslateParams, keys: string[]) {
  return [
    `${translate(locale, 'mail.greeting', { name })},`,
    ...keys.map((key) => translate(locale, key, params)),
    translate(locale, 'mail.signature'),
  ].join('\n\n');
}

const say = (locale: Locale, message: Message) => translate(locale, message.key, message.params);

function presentPlan(plan: ImportPlan, locale: Locale) {
  return {
    rows: plan.rows.map((row) => ({
      ...row,
      errors: row.errors.map((e) => ({ column: e.column, message: say(locale, e.message) })),
    })),
    counts: countsOf(plan.rows),
    fileErrors: plan.fileErrors.map((m) => say(locale, m)),
    ignoredColumns: plan.ignoredColumns,
  };
}

/** The plan's problems as field issues on `csv`, the first hundred. */
function planIssues(plan: ImportPlan, locale: Locale): FieldIssue[] {
  const issues: FieldIssue[] = plan.fileErrors.map((m) => ({
    path: 'csv',
    messageKey: m.key,
    params: m.params,
  }));
  for (const row of plan.rows) {
    for (const error of row.errors) {
      issues.push({
        path: 'csv',
        messageKey: 'mentees.import.rowError',
        params: { row: row.row, column: error.column, message: say(locale, error.message) },
      });
    }
  }
  return issues.slice(0, 100);
}

function encodeCursor(row: { waitingSince: Date; id: string }) {
  return Buffer.from(JSON.stringify([row.waitingSince.toISOString(), row.id])).toString(
    'base64url',
  );
}

function decodeCursor(cursor: string): ListCursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const waitingSince = new Date(at);
    if (
      typeof at === 'string' &&
      typeof id === 'string' &&
      !id.includes('\u0000') &&
      !Number.isNaN(waitingSince.getTime())
    ) {
      return { waitingSince, id };
    }
  } catch {
    // fall through
  }
  throw AppError.invalid([{ path: 'query.cursor', messageKey: 'validation.cursor' }]);
}
