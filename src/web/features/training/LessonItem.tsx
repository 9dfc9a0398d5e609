import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MentorItem, useLessonFeedback, useMarkLessonRead } from '../../api/training';
import { CheckIcon } from '../../components/icons';
import { notifyError, notifySaved } from '../../components/notify';
import { noticeCertificate } from './certificate-notice';
import { ItemText } from './ItemPage';
import { useLocalText } from './parts';

/** A lesson: read it, mark it read, then say whether it helped. */
export function LessonItem({ enrolmentId, item }: { enrolmentId: string; item: MentorItem }) {
  const { t } = useTranslation();
  const local = useLocalText();
  const markRead = useMarkLessonRead(enrolmentId);
  const read = item.state === 'completed';

  const mark = () =>
    markRead.mutate(
      { itemKey: item.key },
      {
        onSuccess: ({ certificate }) => {
          notifySaved(t('training.lesson.marked'));
          noticeCertificate(certificate);
        },
        onError: (error) => notifyError(error),
      },
    );

  return (
    <Stack gap="lg">
      <ItemText text={local(item.body)} />
      {read ? (
        <Alert
          color="mentorTeal"
          variant="light"
          icon={<CheckIcon />}
          title={t('training.lesson.read')}
        >
          {t('training.lesson.readHelp')}
        </Alert>
      ) : (
        <Group>
          <Button onClick={mark} loading={markRead.isPending} leftSection={<CheckIcon />}>
            {t('training.lesson.markRead')}
          </Button>
        </Group>
      )}
      {read && <HelpfulForm enrolmentId={enrolmentId} item={item} />}
    </Stack>
  );
}

/** "Did this help you?": yes or no, with an optional comment; it can be changed later. */
function HelpfulForm({ enrolmentId, item }: { enrolmentId: string; item: MentorItem }) {
  const { t } = useTranslation();
  const save = useLessonFeedback(enrolmentId);
  const [helpful, setHelpful] = useState<boolean | null>(item.feedback?.helpful ?? null);
  const [comment, setComment] = useState(item.feedback?.comment ?? '');
  const [editing, setEditing] = useState(!item.feedback);

  const send = (answer: boolean, withComment: string) =>
    save.mutate(
      { itemKey: item.key, helpful: answer, comment: withComment.trim() || undefined },
      {
        onSuccess: () => {
          notifySaved(t('training.lesson.thanks'));
          setEditing(false);
        },
        onError: (error) => notifyError(error),
      },
    );

  if (!editing && item.feedback) {
    return (
      <Paper withBorder p="md">
        <Group justify="space-between" gap="sm">
          <Text size="sm">
            {item.feedback.helpful
              ? t('training.lesson.answeredYes')
              : t('training.lesson.answeredNo')}
          </Text>
          <Button variant="subtle" size="compact-sm" onClick={() => setEditing(true)}>
            {t('training.lesson.changeAnswer')}
          </Button>
        </Group>
      </Paper>
    );
  }

  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="helpful-title"
    >
      <Stack gap="sm">
        <Title order={2} fz="h4" id="helpful-title">
          {t('training.lesson.helpful')}
        </Title>
        <Group gap="sm" role="group" aria-labelledby="helpful-title">
          {[true, false].map((answer) => (
            <Button
              key={String(answer)}
              variant={helpful === answer ? 'filled' : 'default'}
              aria-pressed={helpful === answer}
              onClick={() => setHelpful(answer)}
              miw={88}
            >
              {answer ? t('training.lesson.yes') : t('training.lesson.no')}
            </Button>
          ))}
        </Group>
        <Textarea
          label={t('training.lesson.comment')}
          description={t('training.lesson.commentHelp')}
          autosize
          minRows={2}
          maxLength={2000}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
        />
        <Group>
          <Button
            variant="light"
            disabled={helpful === null}
            loading={save.isPending}
            onClick={() => helpful !== null && send(helpful, comment)}
          >
            {t('training.lesson.send')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
