import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteOptions } from '../../server/deps';

/** Mentee intake: guardians, students, CSV import; the mentees list (issue 4). */
export const menteeRoutes: FastifyPluginAsyncZod<RouteOptions> = async (_app, _options) => {};
