import type { FastifySchemaCompiler } from 'fastify';
import type { core } from 'zod';
import { locales, type ZodType } from 'zod';
import type { Locale } from '../../contracts/roles';
import { translate } from '../i18n/translate';

/** A request that failed its route schema; keeps zod's issues so they can be translated. */
export class RequestValidationError extends Error {
  statusCode = 400;
  validationContext?: string;
  constructor(readonly issues: core.$ZodIssue[]) {
    super('Request validation failed');
  }
}

export const validatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(result.error.issues) };
  };

const zodLocales = { da: locales.da(), en: locales.en() } as const;

/** Field path and message in the caller's language; the input itself is never echoed. */
export function presentIssues(
  error: RequestValidationError,
  locale: Locale,
): { path: string; message: string }[] {
  const prefix =
    error.validationContext && error.validationContext !== 'body'
      ? `${error.validationContext === 'querystring' ? 'query' : error.validationContext}`
      : '';
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const key = issue.code === 'custom' ? (issue.params?.i18n as string | undefined) : undefined;
    if (key && issue.code === 'custom') {
      return { path, message: translate(locale, key, issue.params?.values ?? {}) };
    }
    const localised = zodLocales[locale].localeError(issue as unknown as core.$ZodRawIssue);
    const message =
      typeof localised === 'string' ? localised : (localised?.message ?? issue.message);
    return { path, message };
  });
}
