import type { TFunction } from 'i18next';
import { ApiError } from '../../../api/client';
import type { LocalText } from '../../../api/training';
import type { DraftIssue } from './quiz-draft';

/** Field messages by path (`title.da`, `quiz.questions.0.prompt.en`, …). */
export type FieldErrors = Record<string, string | undefined>;

/** The title is required in both languages. */
export function titleIssues(title: LocalText): DraftIssue[] {
  return (['da', 'en'] as const)
    .filter((lang) => !title[lang].trim())
    .map((lang): DraftIssue => ({ path: `title.${lang}`, problem: 'required' }));
}

/** The messages of the form's own checks; the first problem at a field is the one shown. */
export function translateIssues(issues: DraftIssue[], t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    if (errors[issue.path]) continue;
    errors[issue.path] =
      issue.problem === 'required' ? t('common.required') : t(`authoring.error.${issue.problem}`);
  }
  return errors;
}

/**
 * The server's field messages at the fields the form shows; the rest (or an error that is
 * not about fields) as one message for the form.
 */
export function serverErrors(
  error: unknown,
  fields: readonly string[],
): { atFields: FieldErrors; elsewhere: string | null } {
  if (!(error instanceof ApiError) || error.issues.length === 0) {
    return { atFields: {}, elsewhere: error instanceof Error ? error.message : String(error) };
  }
  const atFields: FieldErrors = {};
  const rest: string[] = [];
  for (const issue of error.issues) {
    if (fields.includes(issue.path)) atFields[issue.path] ??= issue.message;
    else rest.push(issue.message);
  }
  return { atFields, elsewhere: rest.length > 0 ? rest.join(' ') : null };
}

/** After React has drawn the messages: focus the first field marked invalid in the dialog. */
export function focusFirstInvalid(): void {
  requestAnimationFrame(() => {
    const scope = document.querySelector('[role="dialog"]') ?? document.querySelector('main');
    scope?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
}
