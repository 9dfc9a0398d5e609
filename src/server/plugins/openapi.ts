import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

const errorResponse: Record<string, unknown> = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string', description: "In the caller's language" },
        details: { type: 'object', additionalProperties: true },
      },
    },
  },
};

/** `/api/openapi.json` from the route schemas, and `/api/docs` to read it. */
export const openapiPlugin = fp(async (app: FastifyInstance, options: { version: string }) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Mentorpath API',
        version: options.version,
        description:
          'Run mentoring programs. Authenticate with the session cookie from ' +
          '`POST /api/v1/auth/login` or `Authorization: Bearer <API token>`. Errors are ' +
          '`{ "error": { "code", "message", "details" } }` with the message in the ' +
          "caller's language (Accept-Language, else the user's setting, else Danish).",
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'mp_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
        // biome-ignore lint/suspicious/noExplicitAny: a plain JSON schema
        schemas: { Error: errorResponse as any },
      },
    },
    transform: (input) => {
      const result = jsonSchemaTransform(input);
      const access = input.route.config?.access;
      const schema = result.schema as Record<string, unknown>;
      schema['x-access'] = access;
      if (access && access.kind !== 'public') {
        schema.security =
          access.kind === 'person' ? [{ session: [] }] : [{ session: [] }, { bearer: [] }];
      } else {
        schema.security = [];
      }
      return result;
    },
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
});
