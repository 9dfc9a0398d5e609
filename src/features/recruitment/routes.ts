import { and, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can } from '../../contracts/policy';
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
import { findProgram } from '../programs/queries';
import { hitRateLimit } from '../rate-limit/rate-limit';
import { runPipelineAction, withdrawCandidacy } from './actions';
import {
  APPLICATION_LIMIT,
  findPublishedProgram,
  presentPublicProgram,
  submitApplication,
} from './applications';
import {
  decideNomination,
  nominate,
  nominationCandidates,
  respondToNomination,
} from './nominations';
import {
  findMentorDetails,
  listOwnApplications,
  listOwnNominations,
  listPipeline,
  mentorTimeline,
  pipelineCounts,
  screeningSummaries,
} from './pipeline';
import {
  applicationReceivedSchema,
  applicationSchema,
  decisionSchema,
  mentorDetailsSchema,
  mentorEventSchema,
  myApplicationSchema,
  myNominationSchema,
  nominateSchema,
  nominationCandidateSchema,
  nominationSchema,
  pipelineActionResultSchema,
  pipelineActionSchema,
  pipelineEntrySchema,
  pipelineQuerySchema,
  pipelineSummarySchema,
  publicProgramSchema,
  respondSchema,
  withdrawSchema,
} from './schemas';
import { broadStageOf, nextStepOf, pipelineStageOrder } from './stages';
import { programMentors } from './tables';

const tags = ['recruitment'];
const id = z.string().min(1).max(200);
const orgParams = z.object({ orgId: id });
const programParams = z.object({ programId: id });
const mentorParams = z.object({ mentorId: id });
const nominationParams = z.object({ nominationId: id });
const nominationResponse = z.object({ nomination: nominationSchema });

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Public program pages, applications, nominations and the pipeline (issue 4). */
export const recruitmentRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  const { db, now, mailer } = deps;
  const publicUrl = deps.config.publicUrl;

  const deliver = async (ids: string[]) => {
    for (const mailId of ids) await mailer.deliver(mailId);
  };

  async function programOf(organisationId: AuthorizedOrgId, programId: string) {
    const program = await findProgram(db, organisationId, programId);
    if (!program) throw new AppError('not_found');
    return program;
  }

  /* ---------- the public program page and applications ---------- */

  app.get('/api/v1/public/programs/:programId', {
    config: { access: publicAccess },
    schema: {
      tags,
      summary: 'What a published program is and asks of a mentor (no sign-in)',
      description: '404 when the program is a draft, archived or unknown.',
      params: programParams,
      response: { 200: z.object({ program: publicProgramSchema }) },
    },
    handler: async (request) => {
      const found = await findPublishedProgram(db, request.params.programId);
      if (!found) throw new AppError('not_found');
      return { program: presentPublicProgram(found) };
    },
  });

  app.post('/api/v1/public/programs/:programId/applications', {
    config: { access: publicAccess },
    schema: {
      tags,
      summary: 'A volunteer applies to be a mentor in a published program (no sign-in)',
      description:
        'Creates the applicant (or finds them by e-mail, without telling) at stage `applied` ' +
        'and mails them a link to choose a password (or to sign in) and follow the ' +
        'application. 400 names the fields; 409 `already_applied` for a second application; ' +
        '409 `conflict` with `details.reason: "nomination_required"` where mentors are ' +
        'nominated by HR; 429 after 5 applications an hour from one address.',
      params: programParams,
      body: applicationSchema,
      response: { 201: applicationReceivedSchema },
    },
    handler: async (request, reply) => {
      const at = now();
      await hitRateLimit(db, APPLICATION_LIMIT, request.ip, at);
      const found = await findPublishedProgram(db, request.params.programId);
      if (!found) throw new AppError('not_found');
      if (found.program.nominationRequired) {
        throw new AppError('conflict', { details: { reason: 'nomination_required' } });
      }
      const received = {
        application: { programId: found.program.id, status: 'received' as const },
      };
      // The honeypot: a bot that filled the hidden field is answered as if accepted.
      if (request.body.website) return reply.status(201).send(received);
      const mailId = await db.transaction((tx) =>
        submitApplication(tx, mailer, found, request.body, at, publicUrl),
      );
      await deliver([mailId]);
      return reply.status(201).send(received);
    },
  });

  /* ---------- nominations ---------- */

  app.post('/api/v1/programs/:programId/nominations', {
    config: { access: orgAccess('program', 'programId', 'nominations.create') },
    schema: {
      tags,
      summary: 'HR nominates an employee for a program that takes mentors by nomination',
      description:
        'An existing member (`membershipId`) or someone new (`email`, `name`: invited with ' +
        'the mentor role), rated 1–5 on the three criteria. The employee is mailed to ' +
        'accept or decline. 400 naming `programId` when the program does not take ' +
        'nominations.',
      params: programParams,
      body: nominateSchema,
      response: { 201: nominationResponse },
    },
    handler: async (request, reply) => {
      const scope = scopeOf(request);
      const program = await programOf(scope.organisationId, request.params.programId);
      const at = now();
      const result = await db.transaction((tx) =>
        nominate(
          tx,
          mailer,
          scope.organisationId,
          program,
          request.body,
          scope.actor,
          at,
          publicUrl,
        ),
      );
      await deliver([result.mailId]);
      return reply.status(201).send({
        nomination: {
          id: result.nominationId,
          programMentorId: result.programMentorId,
          response: 'pending',
          decision: 'pending',
        },
      });
    },
  });

  app.get('/api/v1/programs/:programId/nomination-candidates', {
    config: { access: orgAccess('program', 'programId', 'nominations.create') },
    schema: {
      tags,
      summary: 'Members HR may nominate for the program, by name or e-mail (up to 20)',
      params: programParams,
      querystring: z.object({ q: z.string().trim().min(1).max(100) }),
      response: { 200: pageSchema(nominationCandidateSchema) },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      await programOf(organisationId, request.params.programId);
      const items = await nominationCandidates(
        db,
        organisationId,
        request.params.programId,
        request.query.q,
        20,
      );
      return { items, nextCursor: null };
    },
  });

  app.get('/api/v1/organisations/:orgId/my-nominations', {
    config: { access: orgAccess('organisation', 'orgId', 'nominations.create') },
    schema: {
      tags,
      summary: 'The caller’s own nominees: name, program and status in broad terms only',
      params: orgParams,
      querystring: pageQuerySchema,
      response: { 200: pageSchema(myNominationSchema) },
    },
    handler: async (request) => {
      const scope = scopeOf(request);
      const userId = userIdOf(scope.actor);
      if (!userId) return { items: [], nextCursor: null };
      const { limit, cursor } = request.query;
      const page = toPage(
        await listOwnNominations(db, scope.organisationId, userId, { limit, cursor, at: now() }),
        limit,
      );
      return {
        items: page.items.map((row) => ({
          ...row,
          stage: broadStageOf(row.stage),
          createdAt: row.createdAt.toISOString(),
        })),
        nextCursor: page.nextCursor,
      };
    },
  });

  app.get('/api/v1/organisations/:orgId/my-applications', {
    config: { access: orgAccess('organisation', 'orgId', 'organisation.read') },
    schema: {
      tags,
      summary: 'The caller’s own applications and nominations, with what happens next',
      params: orgParams,
      querystring: pageQuerySchema,
      response: { 200: pageSchema(myApplicationSchema) },
    },
    handler: async (request) => {
      const scope = scopeOf(request);
      const userId = userIdOf(scope.actor);
      if (!userId) return { items: [], nextCursor: null };
      const { limit, cursor } = request.query;
      const page = toPage(
        await listOwnApplications(db, scope.organisationId, userId, { limit, cursor, at: now() }),
        limit,
      );
      return {
        items: page.items.map((row) => {
          const nomination =
            row.nominationId && row.response && row.decision
              ? {
                  id: row.nominationId,
                  nominatedByName: row.nominatedByName,
                  response: row.response,
                  decision: row.decision,
                }
              : null;
          return {
            id: row.id,
            programId: row.programId,
            programName: row.programName,
            source: row.source,
            stage: row.stage,
            stageChangedAt: row.stageChangedAt.toISOString(),
            next: nextStepOf(row.stage, nomination),
            nomination,
            createdAt: row.createdAt.toISOString(),
          };
        }),
        nextCursor: page.nextCursor,
      };
    },
  });

  app.post('/api/v1/nominations/:nominationId/respond', {
    config: { access: orgAccess('nomination', 'nominationId', 'organisation.read') },
    schema: {
      tags,
      summary: 'The nominated employee accepts or declines',
      description:
        'Only the nominee; anyone else gets 404. Declining withdraws them. 409 ' +
        '`nomination_not_pending` once answered.',
      params: nominationParams,
      body: respondSchema,
      response: { 200: nominationResponse },
    },
    handler: async (request) => {
      const scope = scopeOf(request);
      const nomination = await db.transaction((tx) =>
        respondToNomination(
          tx,
          scope.organisationId,
          request.params.nominationId,
          userIdOf(scope.actor),
          request.body.accept,
          now(),
        ),
      );
      return {
        nomination: {
          id: nomination.id,
          programMentorId: nomination.programMentorId,
          response: nomination.response,
          decision: nomination.decision,
        },
      };
    },
  });

  app.post('/api/v1/nominations/:nominationId/decision', {
    config: { access: orgAccess('nomination', 'nominationId', 'recruitment.manage') },
    schema: {
      tags,
      summary: 'The coordinator approves (→ screening) or rejects an accepted nomination',
      description: '409 `nomination_not_pending` before the employee accepted, or once decided.',
      params: nominationParams,
      body: decisionSchema,
      response: { 200: nominationResponse },
    },
    handler: async (request) => {
      const scope = scopeOf(request);
      const result = await db.transaction((tx) =>
        decideNomination(
          tx,
          mailer,
          scope.organisationId,
          request.params.nominationId,
          request.body,
          scope.actor,
          now(),
          publicUrl,
        ),
      );
      await deliver([result.mailId]);
      const { nomination } = result;
      return {
        nomination: {
          id: nomination.id,
          programMentorId: nomination.programMentorId,
          response: nomination.response,
          decision: nomination.decision,
        },
      };
    },
  });

  /* ---------- the pipeline ---------- */

  app.get('/api/v1/programs/:programId/pipeline', {
    config: { access: orgAccess('program', 'programId', 'recruitment.manage') },
    schema: {
      tags,
      summary: 'Every mentor of the program by stage, newest first, with screening progress',
      description:
        '`stage` filters by the stage as seen (the enrolment’s status once in training, ' +
        '`active` with an active match); `q` searches name and e-mail.',
      params: programParams,
      querystring: pageQuerySchema.extend(pipelineQuerySchema.shape),
      response: { 200: pageSchema(pipelineEntrySchema) },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      const program = await programOf(organisationId, request.params.programId);
      const { limit, cursor, stage, q } = request.query;
      const page = toPage(
        await listPipeline(db, organisationId, program.id, {
          limit,
          cursor,
          stage,
          q: q || undefined,
          at: now(),
        }),
        limit,
      );
      const screening = await screeningSummaries(db, organisationId, program, page.items);
      return {
        items: page.items.map((row) => {
          const summary = screening.get(row.id);
          if (!summary) throw new Error('no screening summary');
          return {
            id: row.id,
            userId: row.userId,
            name: row.name,
            email: row.email,
            source: row.source,
            stage: row.stage,
            stageChangedAt: row.stageChangedAt.toISOString(),
            exitReason: row.exitReason,
            screening: summary,
            createdAt: row.createdAt.toISOString(),
          };
        }),
        nextCursor: page.nextCursor,
      };
    },
  });

  app.get('/api/v1/programs/:programId/pipeline/summary', {
    config: { access: orgAccess('program', 'programId', 'recruitment.manage') },
    schema: {
      tags,
      summary: 'How many of the program’s mentors are at each stage (for the filter chips)',
      params: programParams,
      querystring: z.object({ q: z.string().trim().max(100).optional() }),
      response: { 200: pipelineSummarySchema },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      const program = await programOf(organisationId, request.params.programId);
      const counts = await pipelineCounts(
        db,
        organisationId,
        program.id,
        request.query.q || undefined,
        now(),
      );
      const all = Object.fromEntries(pipelineStageOrder.map((s) => [s, counts.get(s) ?? 0]));
      return {
        counts: all as Record<(typeof pipelineStageOrder)[number], number>,
        total: [...counts.values()].reduce((a, b) => a + b, 0),
      };
    },
  });

  app.post('/api/v1/programs/:programId/pipeline/actions', {
    config: { access: orgAccess('program', 'programId', 'recruitment.manage') },
    schema: {
      tags,
      summary: 'Advance, reject (with a reason) or message several mentors at once',
      description:
        'All or nothing. advance: applied → screening; nominated (accepted by the employee) ' +
        '→ approved and screening; screening → training when the checklist is complete ' +
        '(409 `screening_requirements_unmet`). reject needs `reason`; message needs ' +
        '`subject` and `message`. A mentor of another program: 400 naming `mentorIds.<i>`; ' +
        'a stage that cannot move so: 409 `stage_transition_invalid` naming the mentor.',
      params: programParams,
      body: pipelineActionSchema,
      response: { 200: pipelineActionResultSchema },
    },
    handler: async (request) => {
      const scope = scopeOf(request);
      const program = await programOf(scope.organisationId, request.params.programId);
      const at = now();
      const mailIds = await db.transaction((tx) =>
        runPipelineAction(tx, mailer, scope.organisationId, program, request.body, scope.actor, at),
      );
      await deliver(mailIds);
      const mentors = await Promise.all(
        request.body.mentorIds.map(async (mentorId) => {
          const found = await findMentorDetails(db, scope.organisationId, mentorId, now());
          return { id: mentorId, stage: found?.seen ?? 'withdrawn' };
        }),
      );
      return { mentors };
    },
  });

  app.get('/api/v1/program-mentors/:mentorId', {
    config: { access: orgAccess('programMentor', 'mentorId', 'recruitment.manage') },
    schema: {
      tags,
      summary: 'A mentor’s application: answers, profile, stage, screening and nomination',
      params: mentorParams,
      response: { 200: z.object({ mentor: mentorDetailsSchema }) },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      const found = await findMentorDetails(db, organisationId, request.params.mentorId, now());
      if (!found) throw new AppError('not_found');
      const { mentor, program, nomination } = found;
      const summary = (await screeningSummaries(db, organisationId, program, [mentor])).get(
        mentor.id,
      );
      if (!summary) throw new Error('no screening summary');
      return {
        mentor: {
          id: mentor.id,
          programId: program.id,
          programName: program.name,
          userId: mentor.userId,
          name: found.name,
          email: found.email,
          phone: mentor.phone,
          birthYear: mentor.birthYear,
          motivation: mentor.motivation,
          experience: mentor.experience,
          profile: mentor.profile,
          capacity: mentor.capacity,
          source: mentor.source,
          stage: found.seen,
          stageChangedAt: mentor.stageChangedAt.toISOString(),
          exitReason: mentor.exitReason,
          consentAt: iso(mentor.consentAt),
          screening: summary,
          nomination: nomination
            ? {
                id: nomination.nomination.id,
                nominatedByName: nomination.nominatedByName,
                worksWellWithOthers: nomination.nomination.worksWellWithOthers,
                positiveAttitude: nomination.nomination.positiveAttitude,
                performsDuties: nomination.nomination.performsDuties,
                comment: nomination.nomination.comment,
                response: nomination.nomination.response,
                respondedAt: iso(nomination.nomination.respondedAt),
                decision: nomination.nomination.decision,
                decidedAt: iso(nomination.nomination.decidedAt),
              }
            : null,
          createdAt: mentor.createdAt.toISOString(),
        },
      };
    },
  });

  app.get('/api/v1/program-mentors/:mentorId/timeline', {
    config: { access: orgAccess('programMentor', 'mentorId', 'recruitment.manage') },
    schema: {
      tags,
      summary: 'What happened to the mentor in the program, when and by whom (oldest first)',
      params: mentorParams,
      response: { 200: z.object({ items: z.array(mentorEventSchema) }) },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      const events = await mentorTimeline(db, organisationId, request.params.mentorId);
      return {
        items: events.map((e) => ({
          id: e.id,
          kind: e.kind,
          at: e.at.toISOString(),
          actorName: e.actorName,
          details: e.details,
        })),
      };
    },
  });

  app.post('/api/v1/program-mentors/:mentorId/withdraw', {
    config: { access: orgAccess('programMentor', 'mentorId', 'organisation.read') },
    schema: {
      tags,
      summary: 'Withdraw an application or nomination (before training)',
      description:
        'The person themselves, or a coordinator recording it for them; anyone else gets ' +
        '404. After screening: 409 `stage_transition_invalid`.',
      params: mentorParams,
      body: withdrawSchema.optional(),
      response: {
        200: z.object({ mentor: z.object({ id: z.string(), stage: z.literal('withdrawn') }) }),
      },
    },
    handler: async (request) => {
      const scope = scopeOf(request);
      const userId = userIdOf(scope.actor);
      const [mentor] = await db
        .select()
        .from(programMentors)
        .where(eqMentor(scope.organisationId, request.params.mentorId));
      const own = mentor && userId !== null && mentor.userId === userId;
      if (!mentor || (!own && !can(scope.roles, 'recruitment.manage'))) {
        throw new AppError('not_found');
      }
      await db.transaction((tx) =>
        withdrawCandidacy(tx, scope.organisationId, mentor, request.body?.reason, userId, now()),
      );
      return { mentor: { id: mentor.id, stage: 'withdrawn' as const } };
    },
  });
};

function eqMentor(organisationId: AuthorizedOrgId, mentorId: string) {
  return and(eq(programMentors.organisationId, organisationId), eq(programMentors.id, mentorId));
}
