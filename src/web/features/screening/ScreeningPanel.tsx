import { Alert, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Screening, usePassScreening, useScreening } from '../../api/screening';
import { AlertIcon, CheckIcon } from '../../components/icons';
import { notifyError, notifySaved } from '../../components/notify';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../i18n/format';
import { ChildCertificateCard } from './ChildCertificateCard';
import { InterviewCard } from './InterviewCard';
import { ReferencesCard } from './ReferencesCard';

/**
 * A mentor's screening on the mentor page: the checklist with each item's state, the
 * interview, references, the child certificate, and passing screening into training.
 */
export function ScreeningPanel({ mentorId, programId }: { mentorId: string; programId: string }) {
  const { t } = useTranslation();
  const screening = useScreening(mentorId);

  if (screening.isPending) return <PageLoader />;
  if (screening.isError) {
    return <QueryError error={screening.error} onRetry={() => void screening.refetch()} />;
  }
  const data = screening.data;
  return (
    <Stack gap="md" component="section" aria-labelledby="screening-title">
      <Title order={2} fz="h3" id="screening-title">
        {t('screening.panel.title')}
      </Title>
      <Summary screening={data} programId={programId} />
      <InterviewCard screening={data} programId={programId} />
      <ReferencesCard screening={data} programId={programId} />
      <ChildCertificateCard screening={data} programId={programId} />
    </Stack>
  );
}

function Summary({ screening, programId }: { screening: Screening; programId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const pass = usePassScreening(screening.mentorId, programId);

  if (screening.screeningCompletedAt) {
    return (
      <Alert
        color="mentorTeal"
        variant="light"
        icon={<CheckIcon />}
        title={t('screening.panel.passed')}
      >
        {t('screening.panel.passedOn', { date: format.date(screening.screeningCompletedAt) })}
      </Alert>
    );
  }
  const onPass = () =>
    pass.mutate(undefined, {
      onSuccess: () =>
        notifySaved(t('screening.panel.passedNotice', { name: screening.personName })),
      onError: (error) => notifyError(error),
    });
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600}>{t('screening.panel.checklist')}</Text>
          <Badge variant="light" color={screening.complete ? 'mentorTeal' : 'orange'} tt="none">
            {screening.complete ? t('screening.panel.complete') : t('screening.panel.incomplete')}
          </Badge>
        </Group>
        {screening.missing.length > 0 && (
          <div id="screening-missing">
            <Text size="sm">{t('screening.panel.missingIntro')}</Text>
            <List size="sm" mt={4}>
              {screening.missing.map((item) => (
                <List.Item key={item}>{t(`screening.missing.${item}`)}</List.Item>
              ))}
            </List>
          </div>
        )}
        {!screening.canPass && (
          <Text size="sm" c="dimmed">
            {t('screening.panel.stageNotReady')}
          </Text>
        )}
        <Group>
          <Button
            onClick={onPass}
            loading={pass.isPending}
            disabled={!screening.complete || !screening.canPass}
            aria-describedby={screening.missing.length > 0 ? 'screening-missing' : undefined}
          >
            {t('screening.panel.pass')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('screening.panel.passHelp')}
        </Text>
      </Stack>
    </Card>
  );
}

/** The note shown wherever a child certificate is: what we store, and what never. */
export function PrivacyNote() {
  const { t } = useTranslation();
  return (
    <Alert variant="light" color="gray" icon={<AlertIcon />} p="sm">
      <Text size="sm">{t('screening.privacy')}</Text>
    </Alert>
  );
}
