import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can } from '../../contracts/policy';
import {
  addItemSchema,
  addModuleSchema,
  attendanceBody,
  certificateSchema,
  cohortEntrySchema,
  createSessionSchema,
  curriculumSchema,
  curriculumVersionSchema,
  enrolMentorSchema,
  enrolmentSchema,
  itemKeyBody,
  lessonFeedbackSchema,
  lessonFeedbackSummarySchema,
  mentorItemSchema,
  programMentorSchema,
  publicCertificateSchema,
  quizResultSchema,
  quizSubmissionSchema,
  reflectionSchema,
  reflectionStatuses,
  reflectionSubmissionSchema,
  reorderSchema,
  reviewReflectionSchema,
  signupBody,
  signupSchema,
  trainingSessionSchema,
  updateItemSchema,
  updateModuleSchema,
} from '../../contracts/training';
import type { RouteOptions } from '../../server/deps';
import {
  type AuthorizedOrgId,
  orgAccess,
  publicAccess,
  scopeOf,
  userIdOf,
} from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { pageQuerySchema, pageSchema, toPage } from '../../server/lib/pagination';
import { screeningFactsFor } from '../eligibility/screening-facts';
import { findProgram } from '../programs/queries';
import {
  addItem,
  addModule,
  cancelSignup,
  createDraft,
  createSession,
  enrolMentor,
  markLessonRead,
  openItem,
  publishDraft,
  removeItem,
  removeModule,
  reorderDraft,
  reviewReflection,
  saveLessonFeedback,
  setAttendance,
  signCodeOfConduct,
  signUp,
  startRefresher,
  submitQuiz,
  submitReflection,
  updateItem,
  updateModule,
} from './mutations';
import { enrolmentAccess } from './policy';
import {
  presentCertificate,
  presentCohortEntry,
  presentCurriculum,
  presentEnrolment,
  presentProgramMentor,
  presentQuizResult,
} from './presenters';
import {
  currentCurriculum,
  curriculaOf,
  type EnrolmentRow,
  feedbackSummary,
  findCertificateByCode,
  findCurriculum,
  findEnrolment,
  findReflection,
  findSession,
  findSignup,
  listEnrolmentsOfProgram,
  listEnrolmentsOfUser,
  listReflections,
  listSessions,
  listSignups,
  listVersions,
  mentorItemView,
  trainingViews,
} from './queries';

const tags = ['training'];
const id = z.string().min(1).max(200);
const orgParams = z.object({ orgId: id });
const programParams = z.object({ programId: id });
const enrolmentParams = z.object({ enrolmentId: id });
const versionParams = z.object({ versionId: id });
const moduleParams = z.object({ moduleId: id });
const itemParams = z.object({ itemId: id });
const signupParams = z.object({ signupId: id });
const sessionParams = z.object({ sessionId: id });
const reflectionParams = z.object({ reflectionId: id });
const enrolmentResponse = z.object({ enrolment: enrolmentSchema });
const curriculumResponse = z.object({ curriculum: curriculumSchema });
const certificateResponse = z.object({ certificate: certificateSchema.nullable() });

function encodeCursor(parts: string[]) {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}
function decodeCursor(cursor: string, length: number): string[] {
  try {
    const parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parts) &&
      parts.length === length &&
      parts.every((p) => typeof p === 'string' && !p.includes('\u0000'))
    ) {
      return parts;
    }
  } catch {
    // fall through
  }
  throw AppError.invalid([{ path: 'query.cursor', messageKey: 'validation.cursor' }]);
}

export const trainingRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  const { db, now } = deps;

  /** The enrolment in the caller's organisation, if the caller may read it or act on it. */
  async function enrolmentFor(
    request: FastifyRequest,
    enrolmentId: string,
    mode: 'read' | 'act',
  ): Promise<EnrolmentRow> {
    const scope = scopeOf(request);
    const row = await findEnrolment(db, scope.organisationId, enrolmentId);
    if (!row) throw new AppError('not_found');
    const access = enrolmentAccess(scope.roles, userIdOf(scope.actor), row.userId, mode);
    if (access === 'not_found') throw new AppError('not_found');
    if (access === 'forbidden') throw new AppError('forbidden');
    return row;
  }

  async function programOf(organisationId: AuthorizedOrgId, programId: string) {
    const program = await findProgram(db, organisationId, programId);
    if (!program) throw new AppError('not_found');
    return program;
  }

  /* ---------- enrolments, progress and the mentors list ---------- */

  app.post('/api/v1/programs/:programId/enrolments', {
    config: { access: orgAccess('program', 'programId', 'training.enrol') },
    schema: {
      tags,
      summary: 'Enrol a member with the mentor role in the program’s training',
      description:
        'The deadline follows from the program’s training window. 409 `already_enrolled`.',
      params: programParams,
      body: enrolMentorSchema,
      response: { 201: enrolmentResponse },
    },
    handler: async (request, reply) => {
      const { organisationId } = scopeOf(request);
      const at = now();
      const row = await db.transaction((tx) =>
        enrolMentor(
          tx,
          organisationId,
          request.params.programId,
          request.body.membershipId,
          at,
          userIdOf(scopeOf(request).actor),
        ),
      );
      const enrolment = await findEnrolment(db, organisationId, row.id);
      if (!enrolment) throw new AppError('not_found');
      const [view] = await trainingViews(db, organisationId, [enrolment], at);
      if (!view) throw new AppError('not_found');
      return reply.status(201).send({ enrolment: presentEnrolment(view, at) });
    },
  });

  app.get('/api/v1/organisations/:orgId/my-training', {
    config: { access: orgAccess('organisation', 'orgId', 'training.take') },
    schema: {
      tags,
      summary:
        'My training: the signed-in person’s enrolments with progress, deadline and certificate',
      params: orgParams,
      querystring: pageQuerySchema,
      response: { 200: pageSchema(enrolmentSchema) },
    },
    handler: async (request) => {
      const scope = scopeOf(request);
      const userId = userIdOf(scope.actor);
      if (!userId) return { items: [], nextCursor: null };
      const { limit, cursor } = request.query;
      const rows = await listEnrolmentsOfUser(db, scope.organisationId, userId, { limit, cursor });
      const page = toPage(rows, limit);
      const at = now();
      const views = await trainingViews(db, scope.organisationId, page.items, at);
      return { items: views.map((v) => presentEnrolment(v, at)), nextCursor: page.nextCursor };
    },
  });

  app.get('/api/v1/enrolments/:enrolmentId', {
    config: { access: orgAccess('enrolment', 'enrolmentId', 'training.take') },
    schema: {
      tags,
      summary: 'One enrolment’s progress: overall and per module, deadline, where to resume',
      description: 'Mentors see only their own enrolments; others answer 404.',
      params: enrolmentParams,
      response: { 200: enrolmentResponse },
    },
    handler: async (request) => {
      const enrolment = await enrolmentFor(request, request.params.enrolmentId, 'read');
      const at = now();
      const [view] = await trainingViews(db, scopeOf(request).organisationId, [enrolment], at);
      if (!view) throw new AppError('not_found');
      return { enrolment: presentEnrolment(view, at) };
    },
  });

  app.post('/api/v1/enrolments/:enrolmentId/refresher', {
    config: { access: orgAccess('enrolment', 'enrolmentId', 'training.take') },
    schema: {
      tags,
      summary: 'Start a refresher: the curriculum again, for a new certificate',
      description:
        'From 60 days before the certificate expires (409 `refresher_not_due` before). The ' +
        'mentor, or a coordinator or trainer for them. Only passes from now on count.',
      params: enrolmentParams,
      response: { 200: enrolmentResponse },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      const enrolment = await enrolmentFor(request, request.params.enrolmentId, 'read');
      const at = now();
      await db.transaction((tx) => startRefresher(tx, organisationId, enrolment.id, at));
      const fresh = await findEnrolment(db, organisationId, enrolment.id);
      const [view] = fresh ? await trainingViews(db, organisationId, [fresh], at) : [];
      if (!view) throw new AppError('not_found');
      return { enrolment: presentEnrolment(view, at) };
    },
  });

  app.get('/api/v1/enrolments/:enrolmentId/items/:itemKey', {
    config: { access: orgAccess('enrolment', 'enrolmentId', 'training.take') },
    schema: {
      tags,
      summary: 'Read an item of the current curriculum (a quiz comes without its answers)',
      params: enrolmentParams.extend({ itemKey: id }),
      response: { 200: z.object({ item: mentorItemSchema }) },
    },
    handler: async (request) => {
      const { organisationId, actor } = scopeOf(request);
      const enrolment = await enrolmentFor(request, request.params.enrolmentId, 'read');
      const at = now();
      const { itemKey } = request.params;
      const own = userIdOf(actor) === enrolment.userId;
      // Opening an item remembers it as the place to resume (the mentor's own only).
      const opened = own
        ? {
            ...enrolment,
            lastItemKey: await db.transaction((tx) =>
              openItem(tx, organisationId, enrolment, itemKey, at),
            ),
          }
        : enrolment;
      const item = await mentorItemView(db, organisationId, opened, itemKey, at);
      if (!item) throw new AppError('not_found');
      return { item };
    },
  });

  app.post('/api/v1/enrolments/:enrolmentId/lesson-reads', {
    config: { access: orgAccess('enrolment', 'enrolmentId', 'training.take') },
    schema: {
      tags,
      summary: 'Mark a lesson read (the mentor’s own enrolment)',
      params: enrolmentParams,
      body: itemKeyBody,
      response: { 200: certificateResponse },
    },
    handler: async (request) => {
      const enrolment = await enrolmentFor(request, request.params.enrolmentId, 'act');
      const at = now();
      const certificate = await db.transaction((tx) =>
        markLessonRead(tx, scopeOf(request).organisationId, enrolment.id, request.body.itemKey, at),
      );
      return { certificate: presentCertificate(certificate, at) };
    },
  });

  app.put('/api/v1/enrolments/:enrolmentId/lesson-feedback', {
    config: { access: orgAccess('enrolment', 'enrolmentId', 'training.take') },
    schema: {
      tags,
      summary: '“Did this help you?” on a lesson: yes or no, with an optional comment',
      params: enrolmentParams,
      body: lessonFeedbackSchema,
      response: { 200: z.object({ helpful: z.boolean(), comment: z.string().nullable() }) },
    },
    handler: async (request) => {
      const enrolment = await enrolmentFor(request, request.params.enrolmentId, 'act');
      return db.transaction((tx) =>
        saveLessonFeedback(tx, scopeOf(request).organisationId, enrolment.id, request.body, now()),
      );
    },
  });

  app.post('/api/v1/enrolments/:enrolmentId/quiz-attempts', {
    config: { access: orgAccess('enrolment', 'enrolmentId', 'training.take') },
    schema: {
      tags,
      summary: 'Submit a quiz; it is graded on the server and the answers are explained',
      description:
        'Each answer names a question and the chosen option indexes. 409 `quiz_passed` after ' +
        'a pass, `quiz_attempts_exhausted` when no attempts are left.',
      params: enrolmentParams,
      body: quizSubmissionSchema,
      response: { 201: z.object({ result: quizResultSchema }) },
    },
    handler: async (request, reply) => {
      const enrolment = await enrolmentFor(request, request.params.enrolmentId, 'act');
      const at = now();
      const result = await db.transaction((tx) =>
        submitQuiz(tx, scopeOf(request).organisationId, enrolment.id, request.body, at),
      );
      return reply.status(201).send({ result: presentQuizResult(result, at) });
    },
  });

  app.post('/api/v1/enrolments/:enrolmentId/code-of-conduct-signatures', {
    config: { access: orgAccess('enrolment', 'enrolmentId', 'training.take') },
    schema: {
      tags,
      summary: 'Sign the code of conduct',
      params: enrolmentParams,
      body: itemKeyBody,
      response: { 201: z.object({ signedAt: z.iso.datetime() }).merge(certificateResponse) },
    },
    handler: async (request, reply) => {
      const enrolment = await enrolmentFor(request, request.params.enrolmentId, 'act');
      const at = now();
      const certificate = await db.transaction((tx) =>
        signCodeOfConduct(
          tx,
          scopeOf(request).organisationId,
          enrolment.id,
          request.body.itemKey,
          enrolment.name,
          at,
        ),
      );
      return reply
        .status(201)
        .send({ signedAt: at.toISOString(), certificate: presentCertificate(certificate, at) });
    },
  });

  app.post('/api/v1/enrolments/:enrolmentId/reflections', {
    config: { access: orgAccess('enrolment', 'enrolmentId', 'training.take') },
    schema: {
      tags,
      summary: 'Submit a reflection for a trainer to approve (replaces one still waiting)',
      params: enrolmentParams,
      body: reflectionSubmissionSchema,
      response: { 201: z.object({ reflection: reflectionSchema }) },
    },
    handler: async (request, reply) => {
      const { organisationId } = scopeOf(request);
      const enrolment = await enrolmentFor(request, request.params.enrolmentId, 'act');
      const reflectionId = await db.transaction((tx) =>
        submitReflection(tx, organisationId, enrolment.id, request.body, now()),
      );
      const reflection = await findReflection(db, organisationId, reflectionId);
      if (!reflection) throw new AppError('not_found');
      return reply.status(201).send({ reflection: presentReflection(reflection) });
    },
  });

  app.post('/api/v1/enrolments/:enrolmentId/session-signups', {
    config: { access: orgAccess('enrolment', 'enrolmentId', 'training.take') },
    schema: {
      tags,
      summary:
        'Sign up for an in-person session: a place while there is one, else the waiting list',
      params: enrolmentParams,
      body: signupBody,
      response: { 201: z.object({ signup: signupSchema }) },
    },
    handler: async (request, reply) => {
      const enrolment = await enrolmentFor(request, request.params.enrolmentId, 'act');
      const row = await db.transaction((tx) =>
        signUp(tx, scopeOf(request).organisationId, enrolment.id, request.body.sessionId, now()),
      );
      return reply.status(201).send({ signup: presentSignup({ ...row, name: enrolment.name }) });
    },
  });

  app.post('/api/v1/session-signups/:signupId/cancel', {
    config: { access: orgAccess('sessionSignup', 'signupId', 'training.take') },
    schema: {
      tags,
      summary: 'Cancel a sign-up; the first on the waiting list moves up',
      params: signupParams,
      response: {
        200: z.object({ signup: signupSchema, promotedSignupId: z.string().nullable() }),
      },
    },
    handler: async (request) => {
      const scope = scopeOf(request);
      const found = await findSignup(db, scope.organisationId, request.params.signupId);
      if (!found) throw new AppError('not_found');
      const own = userIdOf(scope.actor) === found.ownerId;
      if (!own && !can(scope.roles, 'training.deliver')) throw new AppError('not_found');
      const result = await db.transaction((tx) =>
        cancelSignup(tx, scope.organisationId, found.signup.id, now()),
      );
      const [listed] = await listSignups(db, scope.organisationId, found.signup.sessionId, {
        limit: 1,
        cursor: undefined,
        only: found.signup.id,
      });
      if (!listed) throw new AppError('not_found');
      return { signup: presentSignup(listed), promotedSignupId: result.promotedSignupId };
    },
  });

  app.post('/api/v1/session-signups/:signupId/attendance', {
    config: { access: orgAccess('sessionSignup', 'signupId', 'training.deliver') },
    schema: {
      tags,
      summary: 'Take attendance: present or late passes the session, absent or excused does not',
      params: signupParams,
      body: attendanceBody,
      response: { 200: z.object({ signup: signupSchema }).merge(certificateResponse) },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      const at = now();
      const result = await db.transaction((tx) =>
        setAttendance(tx, organisationId, request.params.signupId, request.body.attendance, at),
      );
      const [listed] = await listSignups(db, organisationId, result.signup?.sessionId ?? '', {
        limit: 1,
        only: request.params.signupId,
      });
      if (!listed) throw new AppError('not_found');
      return {
        signup: presentSignup(listed),
        certificate: presentCertificate(result.certificate, at),
      };
    },
  });

  app.post('/api/v1/programs/:programId/training-sessions', {
    config: { access: orgAccess('program', 'programId', 'training.deliver') },
    schema: {
      tags,
      summary: 'Schedule an in-person session for one of the curriculum’s in-person items',
      params: programParams,
      body: createSessionSchema,
      response: { 201: z.object({ session: trainingSessionSchema }) },
    },
    handler: async (request, reply) => {
      const scope = scopeOf(request);
      const row = await db.transaction((tx) =>
        createSession(
          tx,
          scope.organisationId,
          request.params.programId,
          request.body,
          userIdOf(scope.actor),
        ),
      );
      return reply.status(201).send({
        session: presentSession({ ...row, signedUp: 0, waitlisted: 0 }),
      });
    },
  });

  app.get('/api/v1/programs/:programId/training-sessions', {
    config: { access: orgAccess('program', 'programId', 'training.take') },
    schema: {
      tags,
      summary: 'The program’s in-person sessions by start time, with places taken',
      description: 'By default sessions that have not ended; `from` sets another start.',
      params: programParams,
      querystring: pageQuerySchema.extend({ from: z.iso.datetime({ offset: true }).optional() }),
      response: { 200: pageSchema(trainingSessionSchema) },
    },
    handler: async (request) => {
      const { limit, cursor, from } = request.query;
      const decoded = cursor ? decodeCursor(cursor, 2) : undefined;
      const startsAt = decoded ? new Date(decoded[0] ?? '') : undefined;
      if (startsAt && Number.isNaN(startsAt.getTime())) throw decodeFailure();
      const rows = await listSessions(
        db,
        scopeOf(request).organisationId,
        request.params.programId,
        {
          limit,
          from: from ? new Date(from) : now(),
          cursor: decoded && startsAt ? { startsAt, id: decoded[1] ?? '' } : undefined,
        },
      );
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      return {
        items: items.map(presentSession),
        nextCursor:
          rows.length > limit && last ? encodeCursor([last.startsAt.toISOString(), last.id]) : null,
      };
    },
  });

  app.get('/api/v1/training-sessions/:sessionId/signups', {
    config: { access: orgAccess('trainingSession', 'sessionId', 'training.deliver') },
    schema: {
      tags,
      summary: 'Who signed up for a session, in sign-up order, with attendance',
      params: sessionParams,
      querystring: pageQuerySchema,
      response: { 200: pageSchema(signupSchema) },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      const session = await findSession(db, organisationId, request.params.sessionId);
      if (!session) throw new AppError('not_found');
      const { limit, cursor } = request.query;
      const rows = await listSignups(db, organisationId, session.id, { limit, cursor });
      const page = toPage(rows, limit);
      return { items: page.items.map(presentSignup), nextCursor: page.nextCursor };
    },
  });

  /* ---------- reflections ---------- */

  app.get('/api/v1/programs/:programId/reflections', {
    config: { access: orgAccess('program', 'programId', 'training.deliver') },
    schema: {
      tags,
      summary: 'Reflections to review (or by status), oldest first',
      params: programParams,
      querystring: pageQuerySchema.extend({ status: z.enum(reflectionStatuses).optional() }),
      response: { 200: pageSchema(reflectionSchema) },
    },
    handler: async (request) => {
      const { limit, cursor, status } = request.query;
      const rows = await listReflections(
        db,
        scopeOf(request).organisationId,
        request.params.programId,
        { limit, cursor, status },
      );
      const page = toPage(rows, limit);
      return { items: page.items.map(presentReflection), nextCursor: page.nextCursor };
    },
  });

  app.post('/api/v1/reflections/:reflectionId/review', {
    config: { access: orgAccess('reflection', 'reflectionId', 'training.deliver') },
    schema: {
      tags,
      summary: 'Approve a reflection (passes the item) or return it with a comment',
      params: reflectionParams,
      body: reviewReflectionSchema,
      response: { 200: z.object({ reflection: reflectionSchema }) },
    },
    handler: async (request) => {
      const scope = scopeOf(request);
      await db.transaction((tx) =>
        reviewReflection(
          tx,
          scope.organisationId,
          request.params.reflectionId,
          request.body,
          userIdOf(scope.actor),
          now(),
        ),
      );
      const reflection = await findReflection(
        db,
        scope.organisationId,
        request.params.reflectionId,
      );
      if (!reflection) throw new AppError('not_found');
      return { reflection: presentReflection(reflection) };
    },
  });

  /* ---------- trainer and coordinator views ---------- */

  app.get('/api/v1/programs/:programId/cohort', {
    config: { access: orgAccess('program', 'programId', 'training.viewAll') },
    schema: {
      tags,
      summary: 'The training cohort: who is behind and why, with the items in the way',
      description:
        'Behind means past the deadline, or less progress than the share of the training ' +
        'window that has passed.',
      params: programParams,
      querystring: pageQuerySchema,
      response: { 200: pageSchema(cohortEntrySchema) },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      const page = await programEnrolmentPage(
        organisationId,
        request.params.programId,
        request.query,
      );
      const at = now();
      const views = await trainingViews(db, organisationId, page.items, at);
      return { items: views.map((v) => presentCohortEntry(v, at)), nextCursor: page.nextCursor };
    },
  });

  app.get('/api/v1/programs/:programId/mentors', {
    config: { access: orgAccess('program', 'programId', 'mentors.read') },
    schema: {
      tags: ['programs'],
      summary: 'The program’s mentors with training, child certificate and the gate’s verdict',
      description:
        '`blockers` are the gate’s codes in a fixed order (API-CONTRACT.md); a mentor is ' +
        'eligible to mentor only with none.',
      params: programParams,
      querystring: pageQuerySchema,
      response: { 200: pageSchema(programMentorSchema) },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      const program = await programOf(organisationId, request.params.programId);
      const page = await programEnrolmentPage(organisationId, program.id, request.query);
      const at = now();
      const [views, screening] = await Promise.all([
        trainingViews(db, organisationId, page.items, at),
        screeningFactsFor(
          db,
          organisationId,
          program.id,
          page.items.map((e) => e.userId),
        ),
      ]);
      return {
        items: views.map((v) =>
          presentProgramMentor(v, program, screening.get(v.enrolment.userId), at),
        ),
        nextCursor: page.nextCursor,
      };
    },
  });

  async function programEnrolmentPage(
    organisationId: AuthorizedOrgId,
    programId: string,
    query: { limit: number; cursor?: string },
  ) {
    const decoded = query.cursor ? decodeCursor(query.cursor, 2) : undefined;
    const rows = await listEnrolmentsOfProgram(db, organisationId, programId, {
      limit: query.limit,
      cursor: decoded ? { name: decoded[0] ?? '', id: decoded[1] ?? '' } : undefined,
    });
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items,
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.name, last.id]) : null,
    };
  }

  app.get('/api/v1/programs/:programId/lesson-feedback', {
    config: { access: orgAccess('program', 'programId', 'curriculum.edit') },
    schema: {
      tags,
      summary: 'For authors: each lesson’s “helpful” share and the latest comments',
      params: programParams,
      querystring: pageQuerySchema,
      response: { 200: pageSchema(lessonFeedbackSummarySchema) },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      const { limit, cursor } = request.query;
      const curriculum = await currentCurriculum(db, organisationId, request.params.programId);
      const lessons = (curriculum?.items ?? []).filter((i) => i.kind === 'lesson');
      const start = cursor ? lessons.findIndex((l) => l.key === cursor) + 1 : 0;
      if (cursor && start === 0) throw decodeFailure();
      const pageItems = lessons.slice(start, start + limit);
      const { counts, latest } = await feedbackSummary(
        db,
        organisationId,
        request.params.programId,
        pageItems.map((l) => l.key),
        20,
      );
      return {
        items: pageItems.map((lesson) => {
          const c = counts.find((x) => x.itemKey === lesson.key);
          const responses = c?.responses ?? 0;
          const helpful = c?.helpful ?? 0;
          return {
            itemKey: lesson.key,
            title: lesson.title,
            responses,
            helpful,
            helpfulShare: responses === 0 ? null : helpful / responses,
            comments: latest
              .filter((l) => l.itemKey === lesson.key)
              .map((l) => ({
                helpful: l.helpful,
                comment: l.comment ?? '',
                createdAt: l.createdAt.toISOString(),
              })),
          };
        }),
        nextCursor: start + limit < lessons.length ? (pageItems.at(-1)?.key ?? null) : null,
      };
    },
  });

  /* ---------- curriculum versions ---------- */

  app.get('/api/v1/programs/:programId/curriculum-versions', {
    config: { access: orgAccess('program', 'programId', 'curriculum.edit') },
    schema: {
      tags,
      summary: 'The program’s curriculum versions, newest first',
      params: programParams,
      querystring: pageQuerySchema,
      response: { 200: pageSchema(curriculumVersionSchema) },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      const { limit, cursor } = request.query;
      const rows = await listVersions(db, organisationId, request.params.programId, {
        limit,
        cursor,
      });
      const page = toPage(rows, limit);
      const curricula = await curriculaOf(db, organisationId, page.items);
      return {
        items: page.items.flatMap((v) => {
          const c = curricula.get(v.id);
          if (!c) return [];
          const { modules: _modules, ...version } = presentCurriculum(c);
          return [version];
        }),
        nextCursor: page.nextCursor,
      };
    },
  });

  app.post('/api/v1/programs/:programId/curriculum-versions', {
    config: { access: orgAccess('program', 'programId', 'curriculum.edit') },
    schema: {
      tags,
      summary: 'Start a new draft as a copy of the latest version (409 `draft_exists`)',
      params: programParams,
      response: { 201: curriculumResponse },
    },
    handler: async (request, reply) => {
      const { organisationId } = scopeOf(request);
      const version = await db.transaction((tx) =>
        createDraft(tx, organisationId, request.params.programId),
      );
      return reply.status(201).send({ curriculum: await curriculumOf(organisationId, version.id) });
    },
  });

  async function curriculumOf(organisationId: AuthorizedOrgId, versionId: string) {
    const curriculum = await findCurriculum(db, organisationId, versionId);
    if (!curriculum) throw new AppError('not_found');
    return presentCurriculum(curriculum);
  }

  app.get('/api/v1/curriculum-versions/:versionId', {
    config: { access: orgAccess('curriculumVersion', 'versionId', 'curriculum.edit') },
    schema: {
      tags,
      summary: 'A curriculum version with its modules and items, answers included (authors)',
      params: versionParams,
      response: { 200: curriculumResponse },
    },
    handler: async (request) => ({
      curriculum: await curriculumOf(scopeOf(request).organisationId, request.params.versionId),
    }),
  });

  app.post('/api/v1/curriculum-versions/:versionId/modules', {
    config: { access: orgAccess('curriculumVersion', 'versionId', 'curriculum.edit') },
    schema: {
      tags,
      summary: 'Add a module at the end of a draft',
      params: versionParams,
      body: addModuleSchema,
      response: { 201: curriculumResponse },
    },
    handler: async (request, reply) => {
      const { organisationId } = scopeOf(request);
      await db.transaction((tx) =>
        addModule(tx, organisationId, request.params.versionId, request.body),
      );
      return reply
        .status(201)
        .send({ curriculum: await curriculumOf(organisationId, request.params.versionId) });
    },
  });

  app.patch('/api/v1/curriculum-modules/:moduleId', {
    config: { access: orgAccess('curriculumModule', 'moduleId', 'curriculum.edit') },
    schema: {
      tags,
      summary: 'Edit a draft module’s title and summary (Danish and English)',
      params: moduleParams,
      body: updateModuleSchema,
      response: { 200: curriculumResponse },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      const module = await db.transaction((tx) =>
        updateModule(tx, organisationId, request.params.moduleId, request.body),
      );
      return { curriculum: await curriculumOf(organisationId, module.versionId) };
    },
  });

  app.delete('/api/v1/curriculum-modules/:moduleId', {
    config: { access: orgAccess('curriculumModule', 'moduleId', 'curriculum.edit') },
    schema: {
      tags,
      summary: 'Remove an empty module from a draft (409 `module_not_empty`)',
      params: moduleParams,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await db.transaction((tx) =>
        removeModule(tx, scopeOf(request).organisationId, request.params.moduleId),
      );
      return reply.status(204).send(null);
    },
  });

  app.post('/api/v1/curriculum-versions/:versionId/items', {
    config: { access: orgAccess('curriculumVersion', 'versionId', 'curriculum.edit') },
    schema: {
      tags,
      summary: 'Add an item at the end of one of a draft’s modules',
      params: versionParams,
      body: addItemSchema,
      response: { 201: curriculumResponse },
    },
    handler: async (request, reply) => {
      const { organisationId } = scopeOf(request);
      await db.transaction((tx) =>
        addItem(tx, organisationId, request.params.versionId, request.body),
      );
      return reply
        .status(201)
        .send({ curriculum: await curriculumOf(organisationId, request.params.versionId) });
    },
  });

  app.patch('/api/v1/curriculum-items/:itemId', {
    config: { access: orgAccess('curriculumItem', 'itemId', 'curriculum.edit') },
    schema: {
      tags,
      summary: 'Edit a draft item: title and text in Danish and English, minutes, questions',
      params: itemParams,
      body: updateItemSchema,
      response: { 200: curriculumResponse },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      const item = await db.transaction((tx) =>
        updateItem(tx, organisationId, request.params.itemId, request.body),
      );
      return { curriculum: await curriculumOf(organisationId, item.versionId) };
    },
  });

  app.delete('/api/v1/curriculum-items/:itemId', {
    config: { access: orgAccess('curriculumItem', 'itemId', 'curriculum.edit') },
    schema: {
      tags,
      summary: 'Remove an item from a draft (progress on it is kept by its key)',
      params: itemParams,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await db.transaction((tx) =>
        removeItem(tx, scopeOf(request).organisationId, request.params.itemId),
      );
      return reply.status(204).send(null);
    },
  });

  app.put('/api/v1/curriculum-versions/:versionId/order', {
    config: { access: orgAccess('curriculumVersion', 'versionId', 'curriculum.edit') },
    schema: {
      tags,
      summary: 'Reorder a draft’s modules and items (items may move between modules)',
      params: versionParams,
      body: reorderSchema,
      response: { 200: curriculumResponse },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      await db.transaction((tx) =>
        reorderDraft(tx, organisationId, request.params.versionId, request.body),
      );
      return { curriculum: await curriculumOf(organisationId, request.params.versionId) };
    },
  });

  app.post('/api/v1/curriculum-versions/:versionId/publish', {
    config: { access: orgAccess('curriculumVersion', 'versionId', 'curriculum.edit') },
    schema: {
      tags,
      summary: 'Publish a draft; mentors continue on it with the progress they have',
      description:
        '400 when the required items fall short of the program’s training minutes (naming ' +
        'the shortfall), or lack a code of conduct or a required in-person session.',
      params: versionParams,
      response: { 200: curriculumResponse },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      await db.transaction((tx) =>
        publishDraft(tx, organisationId, request.params.versionId, now()),
      );
      return { curriculum: await curriculumOf(organisationId, request.params.versionId) };
    },
  });

  /* ---------- public verification ---------- */

  app.get('/api/v1/public/certificates/:code', {
    config: { access: publicAccess },
    schema: {
      tags,
      summary:
        'Verify a training certificate by its code (no sign-in; shows only what confirms it)',
      params: z.object({ code: z.string().min(1).max(40) }),
      response: { 200: z.object({ certificate: publicCertificateSchema }) },
    },
    handler: async (request) => {
      const code = request.params.code.trim().toUpperCase();
      const row = await findCertificateByCode(db, code);
      if (!row) throw new AppError('not_found');
      return {
        certificate: {
          name: row.name,
          programName: row.programName,
          validFrom: row.issuedAt.toISOString(),
          validUntil: row.expiresAt.toISOString(),
          status: row.expiresAt > now() ? ('valid' as const) : ('expired' as const),
        },
      };
    },
  });
};

function decodeFailure() {
  return AppError.invalid([{ path: 'query.cursor', messageKey: 'validation.cursor' }]);
}

function presentReflection(r: {
  id: string;
  enrolmentId: string;
  name: string;
  itemKey: string;
  text: string;
  status: 'submitted' | 'approved' | 'returned';
  reviewComment: string | null;
  submittedAt: Date;
  reviewedAt: Date | null;
}) {
  return {
    ...r,
    submittedAt: r.submittedAt.toISOString(),
    reviewedAt: r.reviewedAt ? r.reviewedAt.toISOString() : null,
  };
}

function presentSignup(s: {
  id: string;
  sessionId: string;
  enrolmentId: string;
  name: string;
  status: 'signed_up' | 'waitlisted' | 'cancelled';
  attendance: 'present' | 'late' | 'absent' | 'excused' | null;
  createdAt: Date;
}) {
  return {
    id: s.id,
    sessionId: s.sessionId,
    enrolmentId: s.enrolmentId,
    name: s.name,
    status: s.status,
    attendance: s.attendance,
    createdAt: s.createdAt.toISOString(),
  };
}

function presentSession(s: {
  id: string;
  programId: string;
  itemKey: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  capacity: number;
  signedUp: number;
  waitlisted: number;
}) {
  return {
    id: s.id,
    programId: s.programId,
    itemKey: s.itemKey,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    place: s.place,
    capacity: s.capacity,
    signedUp: s.signedUp,
    waitlisted: s.waitlisted,
  };
}
