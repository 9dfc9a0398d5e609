import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { placeSchema } from '../../contracts/match-suggestions';
import type { RouteOptions } from '../../server/deps';
import { publicAccess } from '../../server/lib/access';
import { hitRateLimit } from '../rate-limit/rate-limit';
import { gazetteerSource, searchPlaces } from './gazetteer';

/** Autocompletion is many small requests; a flood from one address is refused. */
const PLACE_LIMIT = { bucket: 'places', max: 600, windowMs: 600_000 };

export const placeRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  app.get('/api/v1/places', {
    config: { access: publicAccess },
    schema: {
      tags: ['places'],
      summary: 'Danish places by the first letters of their name, for autocompletion',
      description:
        'No sign-in (the public application and intake forms use it); at most 600 look-ups ' +
        'per 10 minutes from one address (429). Places from GeoNames, CC BY 4.0: only a ' +
        'place in this list can be matched by distance.',
      querystring: z.object({
        q: z.string().max(80).default(''),
        limit: z.coerce.number().int().min(1).max(20).default(10),
      }),
      response: {
        200: z.object({ items: z.array(placeSchema), source: z.string() }),
      },
    },
    handler: async (request) => {
      await hitRateLimit(deps.db, PLACE_LIMIT, request.ip, deps.now());
      const items = searchPlaces(request.query.q, request.query.limit).map(
        ({ name, municipality, label }) => ({ name, municipality, label }),
      );
      return { items, source: gazetteerSource };
    },
  });
};
