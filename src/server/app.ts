import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import packageJson from '../../package.json' with { type: 'json' };
import { organisationOfApiToken } from '../features/accounts/queries';
import { accountRoutes } from '../features/accounts/routes';
import { auditRoutes } from '../features/audit/routes';
import { matchRoutes } from '../features/matches/routes';
import { organisationOfMatch } from '../features/matches/scopes';
import { suggestionRoutes } from '../features/matches/suggestion-routes';
import { menteeRoutes } from '../features/mentees/routes';
import { organisationOfMentee } from '../features/mentees/scopes';
import { organisationExists, organisationOfMembership } from '../features/organisations/queries';
import { organisationRoutes } from '../features/organisations/routes';
import { organisationOfProgram } from '../features/programs/queries';
import { programRoutes } from '../features/programs/routes';
import { recruitmentRoutes } from '../features/recruitment/routes';
import {
  organisationOfChildCertificate,
  organisationOfNomination,
  organisationOfProgramMentor,
  organisationOfReferenceRequest,
} from '../features/recruitment/scopes';
import { screeningRoutes } from '../features/recruitment/screening-routes';
import { checkInRoutes } from '../features/relationships/checkin-routes';
import { closureRoutes } from '../features/relationships/closure-routes';
import { concernRoutes } from '../features/relationships/concern-routes';
import { messageRoutes } from '../features/relationships/message-routes';
import { notificationRoutes } from '../features/relationships/notification-routes';
import { relationshipRoutes } from '../features/relationships/routes';
import {
  organisationOfConcern,
  organisationOfContactRequest,
  organisationOfGoal,
  organisationOfHelpRequest,
  organisationOfMeeting,
} from '../features/relationships/scopes';
import { trainingDocumentRoutes } from '../features/training/document-routes';
import {
  organisationOfCurriculumItem,
  organisationOfCurriculumModule,
  organisationOfCurriculumVersion,
  organisationOfEnrolment,
  organisationOfReflection,
  organisationOfSignup,
  organisationOfTrainingSession,
} from '../features/training/queries';
import { trainingRoutes } from '../features/training/routes';
import type { AppDeps } from './deps';
import { publicAccess } from './lib/access';
import { AppError } from './lib/app-error';
import { authPlugin } from './plugins/auth';
import { errorsPlugin } from './plugins/errors';
import { openapiPlugin } from './plugins/openapi';
import { validatorCompiler } from './plugins/validation';
import { webPlugin } from './plugins/web';

export const version = packageJson.version;
const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

/** Secrets travel in URLs of single-use links; they must never reach a log. */
export function redactUrl(url: string): string {
  return url
    .replace(/([?&]token=)[^&#]*/gi, '$1[redacted]')
    .replace(/(\/invitations\/)(?!accept\b)[^/?#]+/, '$1[redacted]')
    .replace(/(\/public\/references\/)[^/?#]+/, '$1[redacted]');
}

export function loggerOptions(
  level: string,
  stream?: BuildOptions['logStream'],
): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    serializers: {
      req: (req) => ({ method: req.method, url: redactUrl(req.url), remoteAddress: req.ip }),
    },
  };
}

export interface BuildOptions {
  web?: boolean;
  /** Where log lines go instead of stdout (tests read them). */
  logStream?: { write(line: string): void };
}

export async function buildApp(deps: AppDeps, options: BuildOptions = {}) {
  const app = Fastify({
    logger: loggerOptions(deps.config.logLevel, options.logStream),
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1_048_576,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON bodies only: a cross-site form post (text/plain, urlencoded) is refused with 415.
  app.removeContentTypeParser(['text/plain']);

  await app.register(errorsPlugin);
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets style attributes at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        // Only behind https; on plain http it would break every request.
        upgradeInsecureRequests: deps.config.secureCookies ? [] : null,
      },
    },
    strictTransportSecurity: deps.config.secureCookies,
  });
  await app.register(authPlugin, {
    db: deps.db,
    now: deps.now,
    publicUrl: deps.config.publicUrl,
    scopes: {
      organisation: organisationExists,
      program: organisationOfProgram,
      membership: organisationOfMembership,
      apiToken: organisationOfApiToken,
      enrolment: organisationOfEnrolment,
      trainingSession: organisationOfTrainingSession,
      sessionSignup: organisationOfSignup,
      reflection: organisationOfReflection,
      curriculumVersion: organisationOfCurriculumVersion,
      curriculumModule: organisationOfCurriculumModule,
      curriculumItem: organisationOfCurriculumItem,
      programMentor: organisationOfProgramMentor,
      nomination: organisationOfNomination,
      referenceRequest: organisationOfReferenceRequest,
      childCertificate: organisationOfChildCertificate,
      mentee: organisationOfMentee,
      match: organisationOfMatch,
      meeting: organisationOfMeeting,
      goal: organisationOfGoal,
      concern: organisationOfConcern,
      helpRequest: organisationOfHelpRequest,
      contactRequest: organisationOfContactRequest,
    },
  });
  await app.register(openapiPlugin, { version });

  app.get('/api/health', {
    config: { access: publicAccess },
    schema: {
      tags: ['system'],
      summary: 'Whether the server and its database answer',
      response: {
        200: z.object({
          status: z.literal('ok'),
          database: z.enum(['pglite', 'postgresql']),
          version: z.string(),
        }),
      },
    },
    handler: async () => {
      if (!(await deps.database.ping())) throw new AppError('unavailable', { retryAfter: 5 });
      return { status: 'ok' as const, database: deps.database.kind, version };
    },
  });

  await app.register(accountRoutes, { deps });
  await app.register(organisationRoutes, { deps });
  await app.register(programRoutes, { deps });
  await app.register(trainingRoutes, { deps });
  await app.register(trainingDocumentRoutes, { deps });
  await app.register(recruitmentRoutes, { deps });
  await app.register(screeningRoutes, { deps });
  await app.register(menteeRoutes, { deps });
  await app.register(auditRoutes, { deps });
  await app.register(matchRoutes, { deps });
  await app.register(relationshipRoutes, { deps });
  await app.register(checkInRoutes, { deps });
  await app.register(closureRoutes, { deps });
  await app.register(concernRoutes, { deps });
  await app.register(messageRoutes, { deps });
  await app.register(notificationRoutes, { deps });
  await app.register(suggestionRoutes, { deps });

  if (options.web !== false) await app.register(webPlugin, { root: webRoot });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
