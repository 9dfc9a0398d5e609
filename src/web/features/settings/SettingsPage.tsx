import {
  Anchor,
  Button,
  Group,
  Paper,
  PasswordInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { User } from '../../../contracts/accounts';
import type { Locale } from '../../../contracts/roles';
import { ApiError } from '../../api/client';
import { useChangePassword, useMe, useUpdateMe } from '../../api/session';
import { showServerErrors } from '../../components/form-errors';
import { notifyError, notifySaved } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { currentLocale, setLocale } from '../../i18n/i18n';
import { MIN_PASSWORD_LENGTH } from '../auth/password-rules';
import { RoleBadges } from '../members/RoleBadges';
import { useOrganisations } from '../organisation/OrganisationContext';

function Section(props: { title: string; description?: string; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
      <Title order={2} fz="h4">
        {props.title}
      </Title>
      {props.description && (
        <Text size="sm" c="dimmed" mt={4}>
          {props.description}
        </Text>
      )}
      <Stack gap="md" mt="md">
        {props.children}
      </Stack>
    </Paper>
  );
}

/** The person's own settings: name, language, password, and where they are a member. */
export function SettingsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me) return <PageLoader />;
  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.intro')} />
      <Stack gap="lg" maw={720}>
        <ProfileSection user={me.user} />
        <LanguageSection />
        <Section
          title={t('support.settingsLink.title')}
          description={t('support.settingsLink.description')}
        >
          <Anchor component={Link} to="/notifications" w="fit-content">
            {t('support.settingsLink.open')}
          </Anchor>
        </Section>
        <PasswordSection />
        <MembershipsSection />
      </Stack>
    </>
  );
}

function ProfileSection({ user }: { user: User }) {
  const { t } = useTranslation();
  const update = useUpdateMe();
  const form = useForm({
    initialValues: { name: user.name },
    validate: { name: (value) => (value.trim() ? null : t('settings.nameRequired')) },
  });
  const submit = form.onSubmit(({ name }) =>
    update.mutate(
      { name: name.trim() },
      {
        onSuccess: ({ user: saved }) => {
          form.resetDirty({ name: saved.name });
          notifySaved(t('settings.nameSaved'));
        },
        onError: (error) => {
          const rest = showServerErrors(form, error, ['name']);
          if (rest) notifyError(rest);
        },
      },
    ),
  );
  return (
    <Section title={t('settings.profile')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('settings.name')}
            autoComplete="name"
            required
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('auth.email')}
            description={t('settings.emailHelp')}
            value={user.email}
            readOnly
          />
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
              {t('common.saveChanges')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

function LanguageSection() {
  const { t } = useTranslation();
  const update = useUpdateMe();
  const choose = async (value: string) => {
    const locale = value as Locale;
    await setLocale(locale);
    update.mutate(
      { locale },
      {
        onSuccess: () => notifySaved(t('settings.languageSaved')),
        onError: (error) => notifyError(error),
      },
    );
  };
  return (
    <Section title={t('settings.language')} description={t('settings.languageHelp')}>
      <SegmentedControl
        aria-label={t('settings.language')}
        value={currentLocale()}
        onChange={(value) => void choose(value)}
        data={[
          { value: 'da', label: <span lang="da">Dansk</span> },
          { value: 'en', label: <span lang="en">English</span> },
        ]}
        maw={320}
      />
    </Section>
  );
}

function PasswordSection() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', repeat: '' },
    validate: {
      currentPassword: (value) => (value ? null : t('auth.passwordRequired')),
      newPassword: (value) =>
        value.length >= MIN_PASSWORD_LENGTH
          ? null
          : t('auth.passwordTooShort', { min: MIN_PASSWORD_LENGTH }),
      repeat: (value, values) => (value === values.newPassword ? null : t('auth.passwordsDiffer')),
    },
  });
  const submit = form.onSubmit(({ currentPassword, newPassword }) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.reset();
          notifySaved(t('settings.passwordSaved'));
        },
        onError: (error) => {
          // A wrong current password is a 422 without a field; it belongs at that field.
          if (error instanceof ApiError && error.code === 'wrong_password') {
            form.setFieldError('currentPassword', error.message);
            return;
          }
          const rest = showServerErrors(form, error, ['currentPassword', 'newPassword']);
          if (rest) notifyError(rest);
        },
      },
    ),
  );
  return (
    <Section title={t('settings.password')} description={t('settings.passwordHelp')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <PasswordInput
            label={t('settings.currentPassword')}
            autoComplete="current-password"
            required
            {...form.getInputProps('currentPassword')}
          />
          <PasswordInput
            label={t('auth.newPassword')}
            description={t('auth.passwordHint', { min: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            required
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput
            label={t('auth.repeatPassword')}
            autoComplete="new-password"
            required
            {...form.getInputProps('repeat')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={change.isPending}>
              {t('settings.changePassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

function MembershipsSection() {
  const { t } = useTranslation();
  const { memberships } = useOrganisations();
  if (memberships.length === 0) return null;
  return (
    <Section title={t('settings.memberships')} description={t('settings.membershipsHelp')}>
      {memberships.map((membership) => (
        <Stack key={membership.organisationId} gap={6}>
          <Text fw={600}>{membership.organisationName}</Text>
          <RoleBadges roles={membership.roles} />
        </Stack>
      ))}
    </Section>
  );
}
