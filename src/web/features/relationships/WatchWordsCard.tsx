import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveWatchWords, useWatchWords } from '../../api/messaging';
import { showServerErrors } from '../../components/form-errors';
import { notifyError, notifySaved } from '../../components/notify';

/** The program's watch list for messages, one word per line (coordinators and admins). */
export function WatchWordsCard({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const words = useWatchWords(programId);
  const save = useSaveWatchWords(programId);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (words.data) setText(words.data.words.join('\n'));
  }, [words.data]);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const list = text
      .split('\n')
      .map((w) => w.trim())
      .filter((w) => w.length > 0);
    save.mutate(list, {
      onSuccess: () => {
        setError(null);
        notifySaved(t('messaging.watchWords.saved'));
      },
      onError: (e) => {
        const rest = showServerErrors({ setFieldError: (_, m) => setError(m) }, e, [
          'words',
          ...list.map((_, i) => `words.${i}`),
        ]);
        if (rest) notifyError(rest);
      },
    });
  };
  return (
    <Card withBorder padding="md" component="section" mt="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} fz="lg">
            {t('messaging.watchWords.title')}
          </Title>
          <Text size="sm">{t('messaging.watchWords.description')}</Text>
          <Textarea
            label={t('messaging.watchWords.label')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={error}
            autosize
            minRows={3}
            maxRows={12}
            disabled={words.isPending}
          />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('messaging.watchWords.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
