import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { locales } from '../../contracts/roles';
import type { RouteOptions } from '../../server/deps';
import { translate } from '../../server/i18n/translate';
import { orgAccess, scopeOf, userIdOf } from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { renderCertificatePdf } from './certificate-pdf';
import { enrolmentAccess } from './policy';
import { certificateDocument, findEnrolment, sessionForCalendar } from './queries';
import { trainingSessionIcs } from './session-ics';

const tags = ['training'];
const localeQuery = z.object({ locale: z.enum(locales).optional() });

/** Files people download: the certificate as PDF and an in-person session for their calendar. */
export const trainingDocumentRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { deps },
) => {
  const { db, config } = deps;

  app.get('/api/v1/enrolments/:enrolmentId/certificate.pdf', {
    config: { access: orgAccess('enrolment', 'enrolmentId', 'training.take') },
    schema: {
      tags,
      summary: 'The certificate of an enrolment as a PDF, in the caller’s language',
      description:
        'The mentor’s own, or anyone’s for staff who may see all training. 404 until a ' +
        'certificate has been issued. `?locale=` picks the language of the document.',
      params: z.object({ enrolmentId: z.string() }),
      querystring: localeQuery,
      produces: ['application/pdf'],
    },
    handler: async (request, reply) => {
      const scope = scopeOf(request);
      const enrolment = await findEnrolment(db, scope.organisationId, request.params.enrolmentId);
      const access = enrolment
        ? enrolmentAccess(scope.roles, userIdOf(scope.actor), enrolment.userId, 'read')
        : 'not_found';
      if (access !== 'allowed') throw new AppError('not_found');
      const document = await certificateDocument(
        db,
        scope.organisationId,
        request.params.enrolmentId,
      );
      if (!document) throw new AppError('not_found');
      const locale = request.query.locale ?? request.locale;
      const pdf = await renderCertificatePdf({
        locale,
        mentorName: document.mentorName,
        organisationName: document.organisationName,
        programName: document.programName,
        programType: document.programType,
        curriculumVersion: document.versionNumber,
        issuedAt: document.issuedAt,
        expiresAt: document.expiresAt,
        code: document.code,
        verifyUrl: `${config.publicUrl}/verify/${encodeURIComponent(document.code)}`,
        trainingMinutes: document.trainingMinutes,
      });
      const filename = `${translate(locale, 'documents.certificateFile')}-${document.code}.pdf`;
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="${filename}"`)
        .header('Cache-Control', 'private, no-store')
        .send(Buffer.from(pdf));
    },
  });

  app.get('/api/v1/training-sessions/:sessionId/calendar.ics', {
    config: { access: orgAccess('trainingSession', 'sessionId', 'training.take') },
    schema: {
      tags,
      summary: 'An in-person training session as a calendar file (.ics)',
      params: z.object({ sessionId: z.string() }),
      querystring: localeQuery,
      produces: ['text/calendar'],
    },
    handler: async (request, reply) => {
      const scope = scopeOf(request);
      const session = await sessionForCalendar(db, scope.organisationId, request.params.sessionId);
      if (!session) throw new AppError('not_found');
      const locale = request.query.locale ?? request.locale;
      const ics = trainingSessionIcs({
        uid: `${session.id}@mentorpath`,
        title: translate(locale, 'documents.sessionTitle', { program: session.programName }),
        description: translate(locale, 'documents.sessionDescription', {
          program: session.programName,
          organisation: session.organisationName,
        }),
        location: session.place,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        organiserName: session.organisationName,
        url: `${config.publicUrl}/training`,
        stampedAt: deps.now(),
      });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('Content-Disposition', 'attachment; filename="mentorpath-session.ics"')
        .send(ics);
    },
  });
};
