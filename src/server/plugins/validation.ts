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
    if (!result.success) return { error: new RequestValidationError(result.error.issues) };
    const nulAt = pathOfNulCharacter(result.data);
    if (nulAt) {
      const issue = { code: 'custom', path: nulAt, message: 'NUL character', params: nulParams };
      return { error: new RequestValidationError([issue as core.$ZodIssue]) };
    }
    return { value: result.data };
  };

const nulParams = { i18n: 'validation.nul_character' };

/** PostgreSQL text cannot hold U+0000: such input is refused here, not by a failing query. */
function pathOfNulCharacter(value: unknown, path: PropertyKey[] = []): PropertyKey[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = pathOfNulCharacter(item, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return null;
}

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
