import { Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { showServerErrors } from '../../components/form-errors';
import { MIN_PASSWORD_LENGTH } from './password-rules';

interface NewPasswordFormProps {
  submitLabel: string;
  loading: boolean;
  /** Resolves with the server's error, if any, so it can land at the field. */
  onSubmit: (password: string) => Promise<unknown>;
  onOtherError: (error: unknown) => void;
}

/** Choosing a password (from an invitation or a reset link): typed twice, checked for length. */
export function NewPasswordForm({
  submitLabel,
  loading,
  onSubmit,
  onOtherError,
}: NewPasswordFormProps) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { password: '', repeat: '' },
    validate: {
      password: (value) =>
        value.length >= MIN_PASSWORD_LENGTH
          ? null
          : t('auth.passwordTooShort', { min: MIN_PASSWORD_LENGTH }),
      repeat: (value, values) => (value === values.password ? null : t('auth.passwordsDiffer')),
    },
  });

  const submit = form.onSubmit(async ({ password }) => {
    const error = await onSubmit(password);
    if (!error) return;
    const rest = showServerErrors(form, error, ['password']);
    if (rest) onOtherError(rest);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <PasswordInput
          label={t('auth.newPassword')}
          description={t('auth.passwordHint', { min: MIN_PASSWORD_LENGTH })}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <PasswordInput
          label={t('auth.repeatPassword')}
          autoComplete="new-password"
          required
          {...form.getInputProps('repeat')}
        />
        <Button type="submit" loading={loading}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
