import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteOptions } from '../../server/deps';

/** Screening: checklist, interviews, references, child certificates (issue 4). */
export const screeningRoutes: FastifyPluginAsyncZod<RouteOptions> = async (_app, _options) => {};
