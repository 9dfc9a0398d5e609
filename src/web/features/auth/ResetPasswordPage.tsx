import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, messageOf } from '../../api/client';
import { useCompletePasswordReset, useSessionStart } from '../../api/session';
import { notifySaved } from '../../components/notify';
import { PublicLayout } from '../../components/PublicLayout';
import { NewPasswordForm } from './NewPasswordForm';

/** Opened from the reset e-mail: choose a new password, then you are signed in. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const complete = useCompletePasswordReset();
  const startSession = useSessionStart();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<{ message: string; linkUsed: boolean } | null>(null);
  useDocumentTitle(`${t('auth.reset.title')} · Mentorpath`);

  const linkBroken = token.length === 0 || problem?.linkUsed;

  return (
    <PublicLayout>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} fz="h2">
            {t('auth.reset.title')}
          </Title>
          {!linkBroken && (
            <Text c="dimmed" size="sm">
              {t('auth.reset.intro')}
            </Text>
          )}
        </Stack>
        {problem && (
          <Alert color="red" variant="light" role="alert">
            {problem.message}
          </Alert>
        )}
        {token.length === 0 && (
          <Alert color="red" variant="light" role="alert">
            {t('auth.reset.noToken')}
          </Alert>
        )}
        {linkBroken ? (
          <Anchor component={Link} to="/forgot-password">
            {t('auth.reset.requestNew')}
          </Anchor>
        ) : (
          <NewPasswordForm
            submitLabel={t('auth.reset.submit')}
            loading={complete.isPending}
            onSubmit={async (password) => {
              setProblem(null);
              try {
                const { user } = await complete.mutateAsync({ token, password });
                await startSession(user);
                notifySaved(t('auth.reset.done'));
                navigate('/', { replace: true });
                return null;
              } catch (error) {
                return error;
              }
            }}
            onOtherError={(error) =>
              setProblem({
                message: messageOf(error),
                linkUsed: error instanceof ApiError && error.code === 'token_invalid',
              })
            }
          />
        )}
        <Anchor component={Link} to="/login" size="sm">
          {t('auth.backToLogin')}
        </Anchor>
      </Stack>
    </PublicLayout>
  );
}
