import { ApiError } from '../api/client';

interface FormWithErrors {
  setFieldError: (path: string, error: string) => void;
}

/**
 * Puts the server's field messages at the named fields and moves focus to the first one.
 * Returns the error when part of it belongs to no field, for a notification or an alert.
 */
export function showServerErrors(
  form: FormWithErrors,
  error: unknown,
  fields: readonly string[],
): unknown {
  if (!(error instanceof ApiError)) return error;
  const atFields = error.issues.filter((issue) => fields.includes(issue.path));
  for (const issue of atFields) form.setFieldError(issue.path, issue.message);
  if (atFields.length > 0) {
    // After React renders the messages, so aria-invalid is already set.
    requestAnimationFrame(() => {
      const scope = document.querySelector('[role="dialog"]') ?? document.querySelector('main');
      scope?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    });
  }
  const elsewhere = error.issues.filter((issue) => !fields.includes(issue.path));
  if (atFields.length > 0 && elsewhere.length === 0) return null;
  if (elsewhere.length > 0) {
    return new ApiError(
      error.status,
      error.code,
      elsewhere.map((issue) => issue.message).join(' '),
      elsewhere,
    );
  }
  return error;
}
