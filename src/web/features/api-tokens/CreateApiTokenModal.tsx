import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../contracts/roles';
import { useCreateApiToken } from '../../api/api-tokens';
import { showServerErrors } from '../../components/form-errors';
import { CheckIcon, CopyIcon } from '../../components/icons';
import { notifyError } from '../../components/notify';
import { usePhone } from '../../components/use-phone';
import { RolesField } from '../members/RolesField';

/**
 * Creates a token, then shows its secret once: the server keeps only a hash, so this is the
 * one moment it can be copied.
 */
export function CreateApiTokenModal(props: {
  organisationId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phone = usePhone();
  const create = useCreateApiToken(props.organisationId);
  const form = useForm<{ name: string; roles: Role[] }>({
    initialValues: { name: '', roles: [] },
    validate: {
      name: (value) => (value.trim() ? null : t('apiTokens.nameRequired')),
      roles: (value) => (value.length > 0 ? null : t('members.rolesRequired')),
    },
  });

  const close = () => {
    form.reset();
    create.reset();
    props.onClose();
  };

  const submit = form.onSubmit((values) =>
    create.mutate(
      { name: values.name.trim(), roles: values.roles },
      {
        onError: (error) => {
          const rest = showServerErrors(form, error, ['name', 'roles']);
          if (rest) notifyError(rest);
        },
      },
    ),
  );

  const created = create.data;

  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={created ? t('apiTokens.createdTitle') : t('apiTokens.createTitle')}
      size="lg"
      fullScreen={phone}
      // The secret must not vanish by a stray click before it is copied.
      closeOnClickOutside={!created}
    >
      {created ? (
        <Stack gap="md">
          <Alert color="orange" variant="light" title={t('apiTokens.onceTitle')}>
            {t('apiTokens.once')}
          </Alert>
          <Text size="sm">{t('apiTokens.secretFor', { name: created.apiToken.name })}</Text>
          <Code block className="break-anywhere" style={{ whiteSpace: 'pre-wrap' }}>
            {created.secret}
          </Code>
          <Group justify="space-between" wrap="wrap" gap="sm">
            <CopyButton value={created.secret}>
              {({ copied, copy }) => (
                <Button
                  variant={copied ? 'light' : 'filled'}
                  leftSection={copied ? <CheckIcon /> : <CopyIcon />}
                  onClick={copy}
                >
                  {copied ? t('apiTokens.copied') : t('apiTokens.copy')}
                </Button>
              )}
            </CopyButton>
            <Button variant="default" onClick={close}>
              {t('apiTokens.done')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput
              label={t('apiTokens.name')}
              description={t('apiTokens.nameHelp')}
              required
              data-autofocus
              {...form.getInputProps('name')}
            />
            <RolesField
              label={t('apiTokens.roles')}
              value={form.values.roles}
              onChange={(roles) => form.setFieldValue('roles', roles)}
              error={form.errors.roles}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('apiTokens.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
