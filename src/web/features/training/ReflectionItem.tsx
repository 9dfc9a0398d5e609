import { Alert, Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MentorItem, type Reflection, useSubmitReflection } from '../../api/training';
import { AlertIcon, CheckIcon } from '../../components/icons';
import { notifyError, notifySaved } from '../../components/notify';
import { ItemText } from './ItemPage';
import { useLocalText } from './parts';

const statusColors: Record<Reflection['status'], string> = {
  submitted: 'blue',
  approved: 'mentorTeal',
  returned: 'orange',
};

export function ReflectionStatusBadge({ status }: { status: Reflection['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={statusColors[status]} tt="none" radius="sm">
      {t(`training.reflection.status.${status}`)}
    </Badge>
  );
}

/** Write a reflection for a trainer; a returned one comes back with the trainer's comment. */
export function ReflectionItem({ enrolmentId, item }: { enrolmentId: string; item: MentorItem }) {
  const { t } = useTranslation();
  const local = useLocalText();
  const submit = useSubmitReflection(enrolmentId);
  const reflection = item.reflection;
  const [text, setText] = useState(reflection?.text ?? '');
  const [error, setError] = useState<string | undefined>();
  const approved = reflection?.status === 'approved';

  const send = (event: React.FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setError(t('common.required'));
      return;
    }
    submit.mutate(
      { itemKey: item.key, text },
      {
        onSuccess: () => notifySaved(t('training.reflection.sent')),
        onError: (err) => notifyError(err),
      },
    );
  };

  return (
    <Stack gap="lg">
      <ItemText text={local(item.body)} />
      {reflection && (
        <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
          <Stack gap="sm">
            <Group gap="sm">
              <Title order={2} fz="h4">
                {t('training.reflection.yours')}
              </Title>
              <ReflectionStatusBadge status={reflection.status} />
            </Group>
            {reflection.status === 'returned' && (
              <Alert
                color="orange"
                variant="light"
                icon={<AlertIcon />}
                title={t('training.reflection.returnedTitle')}
              >
                {reflection.reviewComment || t('training.reflection.noComment')}
              </Alert>
            )}
            {reflection.status === 'approved' && (
              <Alert
                color="mentorTeal"
                variant="light"
                icon={<CheckIcon />}
                title={t('training.reflection.approvedTitle')}
              >
                {reflection.reviewComment || t('training.reflection.approvedHelp')}
              </Alert>
            )}
            {reflection.status === 'submitted' && (
              <Text size="sm" c="dimmed">
                {t('training.reflection.waiting')}
              </Text>
            )}
            {approved && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {reflection.text}
              </Text>
            )}
          </Stack>
        </Paper>
      )}
      {!approved && (
        <form onSubmit={send} noValidate>
          <Stack gap="sm">
            <Textarea
              label={reflection ? t('training.reflection.rewrite') : t('training.reflection.write')}
              autosize
              minRows={8}
              maxLength={20000}
              value={text}
              onChange={(event) => {
                setText(event.currentTarget.value);
                setError(undefined);
              }}
              error={error}
              required
            />
            <Group>
              <Button type="submit" loading={submit.isPending}>
                {reflection?.status === 'submitted'
                  ? t('training.reflection.replace')
                  : t('training.reflection.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
