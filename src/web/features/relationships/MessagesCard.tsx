import { Alert, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Message, useMessages, useSendMessage } from '../../api/messaging';
import { showServerErrors } from '../../components/form-errors';
import { notifyError, notifySaved } from '../../components/notify';
import { QueryError } from '../../components/QueryError';
import type { Texts } from '../../i18n/da';
import { useFormat } from '../../i18n/format';

type BlockerKey = keyof Texts['blockers'];

/**
 * The message thread of a match with a send box. When the caller may not write (staff, a
 * closed match, or the gate no longer holding for the mentor) the reason is said in words
 * and the earlier messages stay readable.
 */
export function MessagesCard({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const thread = useMessages(matchId);
  const send = useSendMessage(matchId);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    send.mutate(body, {
      onSuccess: () => {
        setBody('');
        setError(null);
        notifySaved(t('messaging.messages.sent'));
      },
      onError: (e) => {
        const rest = showServerErrors({ setFieldError: (_, m) => setError(m) }, e, ['body']);
        if (rest) notifyError(rest);
      },
    });
  };

  const data = thread.data;
  const reason = data?.closedReason ?? null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="messages-title">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="messages-title">
          {t('messaging.messages.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('messaging.messages.who')}
        </Text>
        {thread.isError && (
          <QueryError error={thread.error} onRetry={() => void thread.refetch()} />
        )}
        {data && data.items.length === 0 && <Text size="sm">{t('messaging.messages.empty')}</Text>}
        {data && data.items.length > 0 && (
          <Stack
            gap="xs"
            component="ol"
            p={0}
            m={0}
            style={{ listStyle: 'none', maxHeight: '28rem', overflowY: 'auto' }}
            aria-live="polite"
            tabIndex={0}
            aria-labelledby="messages-title"
          >
            {data.items.map((message) => (
              <MessageItem key={message.id} message={message} />
            ))}
          </Stack>
        )}
        {reason && (
          <Alert color={reason === 'gate' ? 'orange' : 'gray'} variant="light">
            {reason === 'gate'
              ? t('messaging.messages.closed.gate', {
                  reasons: (data?.blockers ?? [])
                    .map((b) => t(`blockers.${b as BlockerKey}`))
                    .join('; '),
                })
              : t(`messaging.messages.closed.${reason}`)}
          </Alert>
        )}
        {data?.canPost && (
          <form onSubmit={submit} noValidate>
            <Stack gap="xs">
              <Textarea
                label={t('messaging.messages.label')}
                description={t('messaging.messages.help')}
                value={body}
                onChange={(e) => setBody(e.currentTarget.value)}
                error={error}
                autosize
                minRows={2}
                maxLength={4000}
              />
              <Group>
                <Button type="submit" loading={send.isPending} disabled={body.trim() === ''}>
                  {t('messaging.messages.send')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}

function MessageItem({ message }: { message: Message }) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = message.mine
    ? t('messaging.messages.you')
    : message.senderRole && message.senderName
      ? t('messaging.messages.from', {
          name: message.senderName,
          role: t(`messaging.messages.roles.${message.senderRole}`),
        })
      : t('messaging.messages.deleted');
  return (
    <li>
      <Card
        padding="xs"
        radius="md"
        bg={message.mine ? 'var(--mantine-color-blue-light)' : 'var(--mantine-color-gray-light)'}
        ml={message.mine ? 'lg' : 0}
        mr={message.mine ? 0 : 'lg'}
      >
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text size="xs" fw={600}>
            {name}
          </Text>
          <Text size="xs" c="dimmed" component="time" dateTime={message.createdAt}>
            {format.dateTime(message.createdAt)}
          </Text>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {message.body}
        </Text>
      </Card>
    </li>
  );
}
