import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Locale, Role } from '../../../contracts/roles';
import { useInviteMember } from '../../api/members';
import { showServerErrors } from '../../components/form-errors';
import { notifyError, notifySaved } from '../../components/notify';
import { usePhone } from '../../components/use-phone';
import { currentLocale } from '../../i18n/i18n';
import { RolesField } from './RolesField';

interface InviteValues {
  email: string;
  name: string;
  roles: Role[];
  locale: Locale;
}

/** Invites someone by e-mail; they choose a password from the link in the invitation. */
export function InviteMemberModal(props: {
  organisationId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phone = usePhone();
  const invite = useInviteMember(props.organisationId);
  const form = useForm<InviteValues>({
    initialValues: { email: '', name: '', roles: ['mentor'], locale: currentLocale() },
    validate: {
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('auth.emailInvalid')),
      name: (value) => (value.trim() ? null : t('members.invite.nameRequired')),
      roles: (value) => (value.length > 0 ? null : t('members.rolesRequired')),
    },
  });

  const close = () => {
    form.reset();
    invite.reset();
    props.onClose();
  };

  const submit = form.onSubmit((values) =>
    invite.mutate(
      { ...values, email: values.email.trim(), name: values.name.trim() },
      {
        onSuccess: ({ member }) => {
          notifySaved(t('members.invite.sent', { name: member.name, email: member.email }));
          close();
        },
        onError: (error) => {
          const rest = showServerErrors(form, error, ['email', 'name', 'roles', 'locale']);
          if (rest) notifyError(rest);
        },
      },
    ),
  );

  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={t('members.invite.title')}
      size="lg"
      fullScreen={phone}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('members.name')}
            autoComplete="off"
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="off"
            required
            {...form.getInputProps('email')}
          />
          <NativeSelect
            label={t('members.invite.language')}
            description={t('members.invite.languageHelp')}
            data={[
              { value: 'da', label: 'Dansk' },
              { value: 'en', label: 'English' },
            ]}
            {...form.getInputProps('locale')}
          />
          <RolesField
            label={t('members.roles')}
            value={form.values.roles}
            onChange={(roles) => form.setFieldValue('roles', roles)}
            error={form.errors.roles}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={invite.isPending}>
              {t('members.invite.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
