import {
  Alert,
  Anchor,
  Button,
  Group,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import { messageOf } from '../../api/client';
import { useLogin, useMe, useSessionStart } from '../../api/session';
import { showServerErrors } from '../../components/form-errors';
import { PublicLayout } from '../../components/PublicLayout';
import { safeNextPath } from './next-path';

/** Sign-in: the one page in the first download, so it stays small. */
export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const location = useLocation();
  const next = safeNextPath(params.get('next'));
  const me = useMe();
  const login = useLogin();
  const startSession = useSessionStart();
  const [problem, setProblem] = useState<string | null>(null);
  useDocumentTitle(`${t('auth.login.title')} · Mentorpath`);

  // Plain state rather than @mantine/form: two fields do not justify its weight here.
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});
  const form = {
    setFieldError: (path: string, message: string) =>
      setErrors((current) => ({ ...current, [path]: message })),
  };

  if (me.data) return <Navigate to={next} replace />;

  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const found = {
      email: /^\S+@\S+\.\S+$/.test(email.trim()) ? undefined : t('auth.emailInvalid'),
      password: password ? undefined : t('auth.passwordRequired'),
    };
    setErrors(found);
    if (found.email || found.password) {
      const first = found.email ? 'login-email' : 'login-password';
      document.getElementById(first)?.focus();
      return;
    }
    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: ({ user }) => startSession(user),
        onError: (error) => {
          const rest = showServerErrors(form, error, ['email', 'password']);
          if (rest) setProblem(messageOf(rest));
        },
      },
    );
  };

  return (
    <PublicLayout>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} fz="h2">
            {t('auth.login.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('auth.login.intro')}
          </Text>
        </Stack>
        {signedOut && !problem && (
          <Alert color="mentorTeal" variant="light" role="status">
            {t('auth.login.signedOut')}
          </Alert>
        )}
        {problem && (
          <Alert color="red" variant="light" role="alert">
            {problem}
          </Alert>
        )}
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput
              id="login-email"
              label={t('auth.email')}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={errors.email}
            />
            <PasswordInput
              id="login-password"
              label={t('auth.password')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={errors.password}
            />
            <Group justify="space-between" align="center" wrap="wrap" gap="sm">
              <Anchor
                component={Link}
                to={`/forgot-password${email.trim() ? `?email=${encodeURIComponent(email.trim())}` : ''}`}
                size="sm"
              >
                {t('auth.login.forgot')}
              </Anchor>
              <Button type="submit" loading={login.isPending || (login.isSuccess && !me.data)}>
                {t('auth.login.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </PublicLayout>
  );
}
