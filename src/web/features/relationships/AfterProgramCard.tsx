import { Alert, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ContactRequest,
  useAfterContact,
  useAnswerContactRequest,
  useCloseContactChannel,
  useContactRequests,
  useSendContactRequest,
} from '../../api/messaging';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { showServerErrors } from '../../components/form-errors';
import { notifyError, notifySaved } from '../../components/notify';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../i18n/format';

/**
 * After the program (a closed match): the rule for contact in words, the former mentee's
 * messages to the mentor with the monthly limit, the mentor's answers and "close the channel".
 */
export function AfterProgramCard({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const state = useContactRequests(matchId);
  const data = state.data;
  const open = data !== undefined && data.rule !== 'none' && data.channelClosedAt === null;
  const direct = useAfterContact(
    matchId,
    open && data?.rule === 'direct' && data.formerMentee === true,
  );
  const closeChannel = useCloseContactChannel(matchId);
  const [confirming, setConfirming] = useState(false);

  return (
    <Card withBorder padding="md" component="section">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('messaging.after.title')}
        </Title>
        {state.isError && <QueryError error={state.error} onRetry={() => void state.refetch()} />}
        {data && (
          <>
            <Text size="sm">{t(`messaging.after.rules.${data.rule}`)}</Text>
            {data.channelClosedAt && (
              <Alert color="gray" variant="light">
                {t('messaging.after.channelClosed', { date: format.date(data.channelClosedAt) })}
              </Alert>
            )}
            {direct.data && (
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {t('messaging.after.mentorEmail', {
                  name: direct.data.mentor.name,
                  email: direct.data.mentor.email,
                })}
              </Text>
            )}
            {direct.isError && <Text size="sm">{t('messaging.after.mentorEmailUnavailable')}</Text>}
            {data.rule !== 'none' && data.items.length === 0 && (
              <Text size="sm">{t('messaging.after.empty')}</Text>
            )}
            {data.items.length > 0 && (
              <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {data.items.map((item) => (
                  <RequestItem
                    key={item.id}
                    item={item}
                    matchId={matchId}
                    canAnswer={data.canAnswer}
                  />
                ))}
              </Stack>
            )}
            {data.formerMentee && open && (
              <Text size="sm" c="dimmed">
                {data.remaining > 0
                  ? t('messaging.after.limit', {
                      limit: data.limit,
                      days: data.windowDays,
                      remaining: data.remaining,
                    })
                  : t('messaging.after.limitReached', {
                      limit: data.limit,
                      days: data.windowDays,
                    })}
              </Text>
            )}
            {data.canRequest && <RequestForm matchId={matchId} />}
            {data.canAnswer && (
              <Group>
                <Button variant="default" onClick={() => setConfirming(true)}>
                  {t('messaging.after.closeChannel')}
                </Button>
              </Group>
            )}
          </>
        )}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('messaging.after.closeTitle')}
        confirmLabel={t('messaging.after.closeChannel')}
        danger
        loading={closeChannel.isPending}
        onConfirm={() =>
          closeChannel.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              notifySaved(t('messaging.after.channelClosedNow'));
            },
            onError: (e) => notifyError(e),
          })
        }
        onClose={() => setConfirming(false)}
      >
        {t('messaging.after.closeBody')}
      </ConfirmDialog>
    </Card>
  );
}

function RequestItem({
  item,
  matchId,
  canAnswer,
}: {
  item: ContactRequest;
  matchId: string;
  canAnswer: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const answer = useAnswerContactRequest(matchId);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    answer.mutate(
      { id: item.id, answer: text },
      {
        onSuccess: () => {
          setText('');
          notifySaved(t('messaging.after.answered'));
        },
        onError: (e) => {
          const rest = showServerErrors({ setFieldError: (_, m) => setError(m) }, e, ['answer']);
          if (rest) notifyError(rest);
        },
      },
    );
  };
  return (
    <li>
      <Card withBorder padding="sm">
        <Stack gap={6}>
          <Text size="xs" c="dimmed">
            {[item.fromName, t('messaging.after.sentAt', { date: format.dateTime(item.createdAt) })]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {item.message}
          </Text>
          {item.answer ? (
            <Stack
              gap={2}
              pl="sm"
              style={{ borderInlineStart: '3px solid var(--mantine-color-blue-filled)' }}
            >
              <Text size="xs" c="dimmed">
                {item.answeredAt &&
                  t('messaging.after.answeredAt', { date: format.dateTime(item.answeredAt) })}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {item.answer}
              </Text>
            </Stack>
          ) : canAnswer ? (
            <form onSubmit={submit} noValidate>
              <Stack gap="xs">
                <Textarea
                  label={t('messaging.after.answerLabel')}
                  value={text}
                  onChange={(e) => setText(e.currentTarget.value)}
                  error={error}
                  autosize
                  minRows={2}
                  maxLength={2000}
                />
                <Group>
                  <Button type="submit" loading={answer.isPending} disabled={text.trim() === ''}>
                    {t('messaging.after.sendAnswer')}
                  </Button>
                </Group>
              </Stack>
            </form>
          ) : (
            <Text size="xs" c="dimmed">
              {t('messaging.after.noAnswer')}
            </Text>
          )}
        </Stack>
      </Card>
    </li>
  );
}

function RequestForm({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const send = useSendContactRequest(matchId);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    send.mutate(text, {
      onSuccess: () => {
        setText('');
        setError(null);
        notifySaved(t('messaging.after.sent'));
      },
      onError: (e) => {
        const rest = showServerErrors({ setFieldError: (_, m) => setError(m) }, e, ['message']);
        if (rest) notifyError(rest);
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Textarea
          label={t('messaging.after.label')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={error}
          autosize
          minRows={2}
          maxLength={2000}
        />
        <Group>
          <Button type="submit" loading={send.isPending} disabled={text.trim() === ''}>
            {t('messaging.after.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
