import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { type TranslateParams, translate } from '../i18n/translate';
import { AppError, type ErrorCode } from '../lib/app-error';
import { presentIssues, RequestValidationError } from './validation';

/** Fastify's own client errors, in our codes. */
function codeForClientError(error: FastifyError): ErrorCode {
  switch (error.statusCode) {
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 429:
      return 'rate_limited';
    default:
      return 'invalid_request';
  }
}

/** Fastify's own messages are English; say the same in the caller's language. */
function clientErrorKey(error: FastifyError): string {
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return 'validation.empty_body';
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
    return 'validation.invalid_json';
  }
  return 'validation.bad_request';
}

/** One handler writes every error as `{ error: { code, message, details } }` in the caller's language. */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const locale = request.locale;
    if (error instanceof RequestValidationError) {
      return send(reply, 400, 'invalid_request', request, {
        issues: presentIssues(error, locale),
      });
    }
    if (error instanceof AppError) {
      if (error.options.retryAfter) reply.header('Retry-After', String(error.options.retryAfter));
      const details: Record<string, unknown> = { ...error.options.details };
      if (error.options.issues) {
        details.issues = error.options.issues.map((issue) => ({
          path: issue.path,
          message: translate(locale, issue.messageKey, {
            ...issue.params,
            ...Object.fromEntries(
              Object.entries(issue.paramKeys ?? {}).map(([k, key]) => [k, translate(locale, key)]),
            ),
          }),
        }));
      }
      return send(
        reply,
        error.status,
        error.code,
        request,
        details,
        error.options.messageParams?.(locale),
      );
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Malformed JSON, an empty body with a JSON content type, a body too large…
      const code = codeForClientError(error);
      const details =
        code === 'invalid_request'
          ? { issues: [{ path: '', message: translate(locale, clientErrorKey(error)) }] }
          : undefined;
      return send(reply, status, code, request, details);
    }
    request.log.error({ err: error }, 'request failed');
    return send(reply, 500, 'internal', request);
  });

  app.setNotFoundHandler((request, reply) => send(reply, 404, 'not_found', request));
});

function send(
  reply: FastifyReply,
  status: number,
  code: ErrorCode,
  request: FastifyRequest,
  details?: Record<string, unknown>,
  messageParams?: TranslateParams,
) {
  const hasDetails = details && Object.keys(details).length > 0;
  return reply
    .status(status)
    .type('application/json; charset=utf-8')
    .send({
      error: {
        code,
        message: translate(request.locale, `errors.${code}`, messageParams),
        ...(hasDetails ? { details } : {}),
      },
    });
}
