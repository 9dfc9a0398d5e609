import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can } from '../../contracts/policy';
import {
  childCertificateDecisionSchema,
  childCertificateQueueItemSchema,
  childCertificateSchema,
  childCertificateStepInputSchema,
  interviewInputSchema,
  publicReferenceSchema,
  referenceAnswersSchema,
  referenceRequestInputSchema,
  referenceSchema,
  screeningRequirementsSchema,
  screeningSchema,
  updateScreeningRequirementsSchema,
} from '../../contracts/screening';
import type { DbOrTx } from '../../db/client';
import type { RouteOptions } from '../../server/deps';
import {
  type AuthorizedOrgId,
  type OrgScope,
  orgAccess,
  publicAccess,
  scopeOf,
} from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { pageQuerySchema, pageSchema, toPage } from '../../server/lib/pagination';
import { findProgram } from '../programs/queries';
import { hitRateLimit } from '../rate-limit/rate-limit';
import {
  auditViews,
  decideCertificate,
  listCertificates,
  presentCertificate,
  recordCertificateStep,
  startChildCertificate,
} from './child-certificates';
import {
  answerReference,
  presentReference,
  publicReference,
  requestReference,
  resendReference,
  withdrawReference,
} from './reference-requests';
import {
  findPlace,
  passScreening,
  recordInterview,
  requirementsOf,
  screeningState,
  updateRequirements,
} from './screening';

const tags = ['screening'];
const id = z.string().min(1).max(200);
/** Link secrets are 43 characters of base64url; anything much longer is not one. */
const tokenParams = z.object({ token: z.string().min(1).max(200) });
const HOUR = 3_600_000;
const privacy =
  'Only status, dates and the decision are stored: never the certificate itself or a CPR number.';

/** Screening: checklist, interviews, references, child certificates (issue 4). */
/**
 * The mentor's screening as the caller may see it (the decision's reason only for those who
 * decide), with the view of a child certificate written to the audit log.
 */
async function screeningAnswer(tx: DbOrTx, scope: OrgScope, mentorId: string, at: Date) {
  const place = await findPlace(tx, scope.organisationId, mentorId);
  const state = await screeningState(tx, scope.organisationId, place, at, {
    showDecisionReason: can(scope.roles, 'childCertificates.decide'),
  });
  if (state.certificate) {
    await auditViews(tx, scope.organisationId, scope.actor, at, [state.certificate], 'screening');
  }
  return { screening: state.view };
}

export const screeningRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  const { db, now } = deps;

  async function programOf(organisationId: AuthorizedOrgId, programId: string) {
    const program = await findProgram(db, organisationId, programId);
    if (!program) throw new AppError('not_found');
    return program;
  }

  /* ---------- the program's checklist ---------- */

  app.get('/api/v1/programs/:programId/screening-requirements', {
    config: { access: orgAccess('program', 'programId', 'recruitment.manage') },
    schema: {
      tags,
      summary: 'What the program’s screening asks of a mentor',
      description:
        '`childCertificateRequired` follows from the program’s rule and its mentees’ ages.',
      params: z.object({ programId: id }),
      response: { 200: z.object({ requirements: screeningRequirementsSchema }) },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      const program = await programOf(organisationId, request.params.programId);
      return { requirements: await requirementsOf(db, organisationId, program) };
    },
  });

  app.put('/api/v1/programs/:programId/screening-requirements', {
    config: { access: orgAccess('program', 'programId', 'programs.manage') },
    schema: {
      tags,
      summary: 'Change the program’s screening checklist (interview, number of references)',
      params: z.object({ programId: id }),
      body: updateScreeningRequirementsSchema,
      response: { 200: z.object({ requirements: screeningRequirementsSchema }) },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      const program = await programOf(organisationId, request.params.programId);
      return {
        requirements: await updateRequirements(db, organisationId, program, request.body, now()),
      };
    },
  });

  /* ---------- one mentor's screening ---------- */

  const mentorParams = z.object({ mentorId: id });

  app.get('/api/v1/program-mentors/:mentorId/screening', {
    config: { access: orgAccess('programMentor', 'mentorId', 'recruitment.manage') },
    schema: {
      tags,
      summary: 'A mentor’s screening checklist, each item with its state',
      description: `Showing a child certificate writes \`child_certificate.viewed\` to the audit log. ${privacy}`,
      params: mentorParams,
      response: { 200: z.object({ screening: screeningSchema }) },
    },
    handler: async (request) => {
      const scope = scopeOf(request);
      const at = now();
      return db.transaction((tx) => screeningAnswer(tx, scope, request.params.mentorId, at));
    },
  });

  app.put('/api/v1/program-mentors/:mentorId/interview', {
    config: { access: orgAccess('programMentor', 'mentorId', 'recruitment.manage') },
    schema: {
      tags,
      summary: 'Record the structured screening interview and its outcome',
      description:
        'A mentor at `applied` moves to `screening`. 409 `stage_transition_invalid` for a rejected or withdrawn mentor.',
      params: mentorParams,
      body: interviewInputSchema,
      response: { 200: z.object({ screening: screeningSchema }) },
    },
    handler: async (request) => {
      const scope = scopeOf(request);
      const at = now();
      const { mentorId } = request.params;
      return db.transaction(async (tx) => {
        await recordInterview(tx, scope.organisationId, mentorId, request.body, at, scope.actor);
        return screeningAnswer(tx, scope, mentorId, at);
      });
    },
  });

  app.post('/api/v1/program-mentors/:mentorId/pass-screening', {
    config: { access: orgAccess('programMentor', 'mentorId', 'recruitment.manage') },
    schema: {
      tags,
      summary: 'Pass screening: the mentor moves into training',
      description:
        '409 `screening_requirements_unmet` with `details.missing`; 409 `stage_transition_invalid` from another stage or when already passed.',
      params: mentorParams,
      response: { 200: z.object({ screening: screeningSchema }) },
    },
    handler: async (request) => {
      const scope = scopeOf(request);
      const at = now();
      const { mentorId } = request.params;
      return db.transaction(async (tx) => {
        await passScreening(tx, scope.organisationId, mentorId, at, scope.actor);
        return screeningAnswer(tx, scope, mentorId, at);
      });
    },
  });

  /* ---------- references ---------- */

  const referenceResponse = z.object({ reference: referenceSchema });

  app.post('/api/v1/program-mentors/:mentorId/references', {
    config: { access: orgAccess('programMentor', 'mentorId', 'recruitment.manage') },
    schema: {
      tags,
      summary: 'Ask a referee for a reference: they get an e-mailed link (no account needed)',
      description: 'The link expires after 14 days.',
      params: mentorParams,
      body: referenceRequestInputSchema,
      response: { 201: referenceResponse },
    },
    handler: async (request, reply) => {
      const scope = scopeOf(request);
      const at = now();
      await findPlace(db, scope.organisationId, request.params.mentorId);
      const { row, mailId } = await db.transaction((tx) =>
        requestReference(
          tx,
          deps,
          scope.organisationId,
          request.params.mentorId,
          request.body,
          at,
          scope.actor,
        ),
      );
      await deps.mailer.deliver(mailId);
      return reply.status(201).send({ reference: presentReference(row, at) });
    },
  });

  const referenceParams = z.object({ referenceId: id });

  app.post('/api/v1/reference-requests/:referenceId/resend', {
    config: { access: orgAccess('referenceRequest', 'referenceId', 'recruitment.manage') },
    schema: {
      tags,
      summary: 'Send the referee a new link with a new expiry; the old link stops working',
      description: '409 `reference_answered` once answered.',
      params: referenceParams,
      response: { 200: referenceResponse },
    },
    handler: async (request) => {
      const scope = scopeOf(request);
      const at = now();
      const { row, mailId } = await db.transaction((tx) =>
        resendReference(
          tx,
          deps,
          scope.organisationId,
          request.params.referenceId,
          at,
          scope.actor,
        ),
      );
      await deps.mailer.deliver(mailId);
      return { reference: presentReference(row, at) };
    },
  });

  app.delete('/api/v1/reference-requests/:referenceId', {
    config: { access: orgAccess('referenceRequest', 'referenceId', 'recruitment.manage') },
    schema: {
      tags,
      summary: 'Withdraw a reference request; its link stops working',
      description: '409 `reference_answered` once answered.',
      params: referenceParams,
    },
    handler: async (request, reply) => {
      const scope = scopeOf(request);
      await db.transaction((tx) =>
        withdrawReference(tx, scope.organisationId, request.params.referenceId, now(), scope.actor),
      );
      return reply.status(204).send();
    },
  });

  app.get('/api/v1/public/references/:token', {
    config: { access: publicAccess },
    schema: {
      tags,
      summary: 'No sign-in: what a referee needs to see before answering',
      description: '410 `token_invalid` when the link is unknown, expired or already answered.',
      params: tokenParams,
      response: { 200: z.object({ reference: publicReferenceSchema }) },
    },
    handler: async (request) => {
      const at = now();
      await hitRateLimit(db, { bucket: 'reference_view', max: 60, windowMs: HOUR }, request.ip, at);
      return { reference: await publicReference(db, request.params.token, at) };
    },
  });

  app.post('/api/v1/public/references/:token', {
    config: { access: publicAccess },
    schema: {
      tags,
      summary: 'No sign-in: the referee’s answer',
      description:
        '201 once; 409 `reference_answered` for a second answer; 410 `token_invalid` when expired or unknown; 429 when flooded.',
      params: tokenParams,
      body: referenceAnswersSchema,
      response: { 201: z.object({ ok: z.literal(true) }) },
    },
    handler: async (request, reply) => {
      const at = now();
      await hitRateLimit(
        db,
        { bucket: 'reference_answer', max: 10, windowMs: HOUR },
        request.ip,
        at,
      );
      await db.transaction((tx) => answerReference(tx, request.params.token, request.body, at));
      return reply.status(201).send({ ok: true as const });
    },
  });

  /* ---------- child certificates ---------- */

  const certificateResponse = z.object({ certificate: childCertificateSchema });

  app.post('/api/v1/program-mentors/:mentorId/child-certificate', {
    config: { access: orgAccess('programMentor', 'mentorId', 'childCertificates.record') },
    schema: {
      tags,
      summary: 'Start a child certificate (børneattest): consent is requested',
      description: `The person's consent lapses after 14 days. 409 \`conflict\` while another record is on its way. ${privacy}`,
      params: mentorParams,
      response: { 201: certificateResponse },
    },
    handler: async (request, reply) => {
      const scope = scopeOf(request);
      const at = now();
      const row = await db.transaction((tx) =>
        startChildCertificate(tx, scope.organisationId, request.params.mentorId, at, scope.actor),
      );
      return reply.status(201).send({
        certificate: presentCertificate(row, at, can(scope.roles, 'childCertificates.decide')),
      });
    },
  });

  const certificateParams = z.object({ certificateId: id });

  app.post('/api/v1/child-certificates/:certificateId/steps', {
    config: { access: orgAccess('childCertificate', 'certificateId', 'childCertificates.record') },
    schema: {
      tags,
      summary: 'Record the next step of a child certificate',
      description: `consent_given → ordered → received_blank | received_remarks, in order (409 \`child_certificate_step_invalid\`, also after the consent request lapsed). ${privacy}`,
      params: certificateParams,
      body: childCertificateStepInputSchema,
      response: { 200: certificateResponse },
    },
    handler: async (request) => {
      const scope = scopeOf(request);
      const at = now();
      const row = await db.transaction((tx) =>
        recordCertificateStep(
          tx,
          scope.organisationId,
          request.params.certificateId,
          request.body.step,
          request.body.at ? new Date(request.body.at) : null,
          at,
          scope.actor,
        ),
      );
      return {
        certificate: presentCertificate(row, at, can(scope.roles, 'childCertificates.decide')),
      };
    },
  });

  app.post('/api/v1/child-certificates/:certificateId/decision', {
    config: { access: orgAccess('childCertificate', 'certificateId', 'childCertificates.decide') },
    schema: {
      tags,
      summary: 'Approve or reject a child certificate with remarks, with a written reason',
      description:
        'Only from `received_remarks` (409 `child_certificate_step_invalid`). Written to the audit log.',
      params: certificateParams,
      body: childCertificateDecisionSchema,
      response: { 200: certificateResponse },
    },
    handler: async (request) => {
      const scope = scopeOf(request);
      const at = now();
      const row = await db.transaction((tx) =>
        decideCertificate(
          tx,
          scope.organisationId,
          request.params.certificateId,
          request.body,
          at,
          scope.actor,
        ),
      );
      return { certificate: presentCertificate(row, at, true) };
    },
  });

  app.get('/api/v1/organisations/:orgId/child-certificates', {
    config: { access: orgAccess('organisation', 'orgId', 'childCertificates.decide') },
    schema: {
      tags,
      summary: 'The safeguarding queue: child certificates with remarks to decide',
      description:
        '`status=remarks` (default) or `all`. Every record shown is written to the audit log.',
      params: z.object({ orgId: id }),
      querystring: pageQuerySchema.extend({
        status: z.enum(['remarks', 'all']).default('remarks'),
      }),
      response: { 200: pageSchema(childCertificateQueueItemSchema) },
    },
    handler: async (request) => {
      const scope = scopeOf(request);
      const at = now();
      const { limit, cursor, status } = request.query;
      return db.transaction(async (tx) => {
        const { rows, places } = await listCertificates(tx, scope.organisationId, {
          status,
          limit,
          cursor,
        });
        const page = toPage(
          rows.map((r) => ({ ...r, id: r.cert.id })),
          limit,
        );
        await auditViews(tx, scope.organisationId, scope.actor, at, page.items, 'queue');
        return {
          items: page.items.map((row) => ({
            certificate: presentCertificate(row, at, true),
            programs: places
              .filter((p) => p.userId === row.cert.userId)
              .map((p) => ({ mentorId: p.mentorId, programId: p.programId, name: p.name })),
          })),
          nextCursor: page.nextCursor,
        };
      });
    },
  });
};
