import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { messageOf } from '../../api/client';
import { useRequestPasswordReset } from '../../api/session';
import { showServerErrors } from '../../components/form-errors';
import { PublicLayout } from '../../components/PublicLayout';

/** Asks for a reset link; the answer never says whether the address is known. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const request = useRequestPasswordReset();
  const [problem, setProblem] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  useDocumentTitle(`${t('auth.forgot.title')} · Mentorpath`);

  const form = useForm({
    initialValues: { email: params.get('email') ?? '' },
    validate: {
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('auth.emailInvalid')),
    },
  });

  const submit = form.onSubmit(({ email }) => {
    setProblem(null);
    request.mutate(
      { email: email.trim() },
      {
        onSuccess: () => setSentTo(email.trim()),
        onError: (error) => {
          const rest = showServerErrors(form, error, ['email']);
          if (rest) setProblem(messageOf(rest));
        },
      },
    );
  });

  return (
    <PublicLayout>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} fz="h2">
            {t('auth.forgot.title')}
          </Title>
          {!sentTo && (
            <Text c="dimmed" size="sm">
              {t('auth.forgot.intro')}
            </Text>
          )}
        </Stack>
        {sentTo ? (
          <Alert
            color="mentorTeal"
            variant="light"
            role="status"
            title={t('auth.forgot.sentTitle')}
          >
            {t('auth.forgot.sent', { email: sentTo })}
          </Alert>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              {problem && (
                <Alert color="red" variant="light" role="alert">
                  {problem}
                </Alert>
              )}
              <TextInput
                label={t('auth.email')}
                type="email"
                autoComplete="username"
                required
                {...form.getInputProps('email')}
              />
              <Button type="submit" loading={request.isPending}>
                {t('auth.forgot.submit')}
              </Button>
            </Stack>
          </form>
        )}
        <Anchor component={Link} to="/login" size="sm">
          {t('auth.backToLogin')}
        </Anchor>
      </Stack>
    </PublicLayout>
  );
}
