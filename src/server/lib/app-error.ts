import type { Locale } from '../../contracts/roles';
import type { TranslateParams } from '../i18n/translate';

export const errorCodes = {
  invalid_request: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  cross_site_request: 403,
  not_found: 404,
  conflict: 409,
  email_taken: 409,
  last_admin: 409,
  program_archived: 409,
  already_enrolled: 409,
  already_signed: 409,
  already_signed_up: 409,
  session_over: 409,
  quiz_passed: 409,
  quiz_attempts_exhausted: 409,
  curriculum_published: 409,
  draft_exists: 409,
  module_not_empty: 409,
  refresher_not_due: 409,
  already_applied: 409,
  stage_transition_invalid: 409,
  screening_requirements_unmet: 409,
  nomination_not_pending: 409,
  reference_answered: 409,
  child_certificate_step_invalid: 409,
  match_not_proposed: 409,
  match_closed: 409,
  token_invalid: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  wrong_password: 422,
  // The gate's blockers about the mentor (contracts/training.ts mentorBlockers).
  screening_incomplete: 422,
  child_certificate_missing: 422,
  child_certificate_expired: 422,
  training_incomplete: 422,
  certification_expired: 422,
  code_of_conduct_unsigned: 422,
  // The gate's blockers about the pair (API-CONTRACT.md).
  mentor_at_capacity: 422,
  mentee_already_matched: 422,
  program_mismatch: 422,
  constraint_violated: 422,
  contact_not_allowed: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;
export type ErrorCode = keyof typeof errorCodes;

/** A field problem found by a business rule; translated when the response is written. */
export interface FieldIssue {
  path: string;
  messageKey: string;
  params?: TranslateParams;
  /** Parameters that are themselves locale keys, translated before they are filled in. */
  paramKeys?: Record<string, string>;
}

export interface AppErrorOptions {
  details?: Record<string, unknown>;
  issues?: FieldIssue[];
  /** Seconds, for 429 and 503. */
  retryAfter?: number;
  /** Parameters of the error's message (`errors.<code>` in the locale files), already in words. */
  messageParams?: (locale: Locale) => TranslateParams;
}

/** The one error type: a closed set of codes, each with its status and a translated message. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly options: AppErrorOptions = {},
  ) {
    super(code);
    this.status = errorCodes[code];
  }

  static invalid(issues: FieldIssue[]): AppError {
    return new AppError('invalid_request', { issues });
  }
}

export const notFound = () => new AppError('not_found');
