import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../contracts/roles';
import { messageOf } from '../../api/client';
import { type Member, useUpdateMemberRoles } from '../../api/members';
import { showServerErrors } from '../../components/form-errors';
import { notifySaved } from '../../components/notify';
import { usePhone } from '../../components/use-phone';
import { RolesField } from './RolesField';

/** Changes a member's roles; the server keeps at least one admin. */
export function EditRolesModal(props: {
  organisationId: string;
  member: Member;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phone = usePhone();
  const update = useUpdateMemberRoles(props.organisationId);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<{ roles: Role[] }>({
    initialValues: { roles: props.member.roles },
    validate: { roles: (value) => (value.length > 0 ? null : t('members.rolesRequired')) },
  });

  const submit = form.onSubmit(({ roles }) => {
    setProblem(null);
    update.mutate(
      { membershipId: props.member.id, roles },
      {
        onSuccess: ({ member }) => {
          notifySaved(t('members.edit.saved', { name: member.name }));
          props.onClose();
        },
        onError: (error) => {
          const rest = showServerErrors(form, error, ['roles']);
          if (rest) setProblem(messageOf(rest));
        },
      },
    );
  });

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t('members.edit.title')}
      size="lg"
      fullScreen={phone}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" className="break-anywhere">
            {t('members.edit.intro', { name: props.member.name, email: props.member.email })}
          </Text>
          {problem && (
            <Alert color="red" variant="light" role="alert">
              {problem}
            </Alert>
          )}
          <RolesField
            label={t('members.roles')}
            value={form.values.roles}
            onChange={(roles) => form.setFieldValue('roles', roles)}
            error={form.errors.roles}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
