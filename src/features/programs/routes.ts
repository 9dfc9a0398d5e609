import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can } from '../../contracts/policy';
import {
  childCertificateRules,
  createProgramSchema,
  programSchema,
  programSettingsSchema,
  programStatuses,
  programTypes,
  updateProgramSchema,
} from '../../contracts/programs';
import type { RouteOptions } from '../../server/deps';
import { orgAccess, publicAccess, scopeOf } from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { pageQuerySchema, pageSchema, toPage } from '../../server/lib/pagination';
import { createProgram, setProgramArchived, updateProgram } from './mutations';
import { findProgram, listPrograms, presentProgram } from './queries';
import { typeDefaults, typeFloors } from './rules';

const tags = ['programs'];
const orgParams = z.object({ orgId: z.string() });
const programParams = z.object({ programId: z.string() });
const programResponse = z.object({ program: programSchema });

const programTypeSchema = z.object({
  type: z.enum(programTypes),
  defaults: programSettingsSchema,
  floor: z.object({
    trainingMinutes: z.number().int(),
    inPersonSessionRequired: z.boolean(),
    childCertificate: z.enum(childCertificateRules),
    nominationRequired: z.boolean(),
  }),
});

export const programRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  const { db, now } = deps;

  app.get('/api/v1/program-types', {
    config: { access: publicAccess },
    schema: {
      tags,
      summary: 'The program types with their defaults and the floor no program may go below',
      response: { 200: z.object({ items: z.array(programTypeSchema) }) },
    },
    handler: async () => ({
      items: programTypes.map((type) => ({
        type,
        defaults: typeDefaults[type],
        floor: typeFloors[type],
      })),
    }),
  });

  app.get('/api/v1/organisations/:orgId/programs', {
    config: { access: orgAccess('organisation', 'orgId', 'organisation.read') },
    schema: {
      tags,
      summary: "List the organisation's programs",
      description:
        'Coordinators and staff see drafts and, with `status=archived`, archived programs; ' +
        'mentors, mentees and guardians see published programs only.',
      params: orgParams,
      querystring: pageQuerySchema.extend({
        status: z.enum(programStatuses).optional(),
      }),
      response: { 200: pageSchema(programSchema) },
    },
    handler: async (request) => {
      const scope = scopeOf(request);
      const { limit, cursor, status } = request.query;
      const statuses = can(scope.roles, 'programs.readAll')
        ? status
          ? [status]
          : (['draft', 'published'] as const)
        : (['published'] as const);
      if (status && !statuses.includes(status as never)) return { items: [], nextCursor: null };
      const rows = await listPrograms(db, scope.organisationId, {
        statuses: [...statuses],
        limit,
        cursor,
      });
      const page = toPage(rows, limit);
      return { items: page.items.map(presentProgram), nextCursor: page.nextCursor };
    },
  });

  app.post('/api/v1/organisations/:orgId/programs', {
    config: { access: orgAccess('organisation', 'orgId', 'programs.manage') },
    schema: {
      tags,
      summary: 'Create a program; settings not given take the type’s defaults',
      params: orgParams,
      body: createProgramSchema,
      response: { 201: programResponse },
    },
    handler: async (request, reply) => {
      const row = await db.transaction((tx) =>
        createProgram(tx, scopeOf(request).organisationId, request.body, { now: now() }),
      );
      return reply.status(201).send({ program: presentProgram(row) });
    },
  });

  app.get('/api/v1/programs/:programId', {
    config: { access: orgAccess('program', 'programId', 'organisation.read') },
    schema: {
      tags,
      summary: 'Read a program',
      params: programParams,
      response: { 200: programResponse },
    },
    handler: async (request) => {
      const scope = scopeOf(request);
      const row = await findProgram(db, scope.organisationId, request.params.programId);
      const visible = row && (row.status === 'published' || can(scope.roles, 'programs.readAll'));
      if (!row || !visible) throw new AppError('not_found');
      return { program: presentProgram(row) };
    },
  });

  app.patch('/api/v1/programs/:programId', {
    config: { access: orgAccess('program', 'programId', 'programs.manage') },
    schema: {
      tags,
      summary: 'Edit a program; settings may be raised but not taken below the type’s floor',
      params: programParams,
      body: updateProgramSchema,
      response: { 200: programResponse },
    },
    handler: async (request) => {
      const row = await db.transaction((tx) =>
        updateProgram(
          tx,
          scopeOf(request).organisationId,
          request.params.programId,
          request.body,
          now(),
        ),
      );
      return { program: presentProgram(row) };
    },
  });

  for (const [action, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    app.post(`/api/v1/programs/:programId/${action}`, {
      config: { access: orgAccess('program', 'programId', 'programs.manage') },
      schema: {
        tags,
        summary: archived ? 'Archive a program' : 'Restore an archived program as a draft',
        params: programParams,
        response: { 200: programResponse },
      },
      handler: async (request) => {
        const row = await setProgramArchived(
          db,
          scopeOf(request).organisationId,
          request.params.programId,
          archived,
          now(),
        );
        return { program: presentProgram(row) };
      },
    });
  }
};
