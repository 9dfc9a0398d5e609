import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteOptions } from '../../server/deps';

/** The audit log, for admins (issue 4). */
export const auditRoutes: FastifyPluginAsyncZod<RouteOptions> = async (_app, _options) => {};
