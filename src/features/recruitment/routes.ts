import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteOptions } from '../../server/deps';

/** Public program pages, applications, nominations and the pipeline (issue 4). */
export const recruitmentRoutes: FastifyPluginAsyncZod<RouteOptions> = async (_app, _options) => {};
