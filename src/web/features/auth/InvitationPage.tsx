import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { messageOf } from '../../api/client';
import { useAcceptInvitation, useInvitation, useSessionStart } from '../../api/session';
import { notifySaved } from '../../components/notify';
import { PageLoader } from '../../components/PageLoader';
import { PublicLayout } from '../../components/PublicLayout';
import { currentLocale, setLocale, storedLocale } from '../../i18n/i18n';
import { NewPasswordForm } from './NewPasswordForm';

/** Opened from the invitation e-mail: greets the invitee, who chooses a password. */
export function InvitationPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation();
  const startSession = useSessionStart();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string | null>(null);
  useDocumentTitle(`${t('auth.invitation.title')} · Mentorpath`);

  const details = invitation.data?.invitation;
  // Open in the language the admin chose for the invitee, unless this device already has one.
  useEffect(() => {
    if (details && !storedLocale() && details.locale !== currentLocale()) {
      void setLocale(details.locale);
    }
  }, [details]);
  const unusable = token.length === 0 || invitation.isError;

  return (
    <PublicLayout>
      <Stack gap="lg">
        <Title order={1} fz="h2">
          {t('auth.invitation.title')}
        </Title>
        {invitation.isLoading && <PageLoader />}
        {unusable && (
          <>
            <Alert color="red" variant="light" role="alert">
              {token.length === 0 ? t('auth.invitation.noToken') : messageOf(invitation.error)}
            </Alert>
            <Text size="sm">{t('auth.invitation.askAgain')}</Text>
          </>
        )}
        {details && (
          <>
            <Text>
              {details.organisationName
                ? t('auth.invitation.greeting', {
                    name: details.name,
                    organisation: details.organisationName,
                  })
                : t('auth.invitation.greetingNoOrganisation', { name: details.name })}
            </Text>
            <Text size="sm" c="dimmed" className="break-anywhere">
              {t('auth.invitation.signInWith', { email: details.email })}
            </Text>
            {problem && (
              <Alert color="red" variant="light" role="alert">
                {problem}
              </Alert>
            )}
            <NewPasswordForm
              submitLabel={t('auth.invitation.submit')}
              loading={accept.isPending}
              onSubmit={async (password) => {
                setProblem(null);
                try {
                  const { user } = await accept.mutateAsync({ token, password });
                  await startSession(user);
                  notifySaved(t('auth.invitation.done'));
                  navigate('/', { replace: true });
                  return null;
                } catch (error) {
                  return error;
                }
              }}
              onOtherError={(error) => setProblem(messageOf(error))}
            />
          </>
        )}
        <Anchor component={Link} to="/login" size="sm">
          {t('auth.invitation.haveAccount')}
        </Anchor>
      </Stack>
    </PublicLayout>
  );
}
