import {
  Accordion,
  Alert,
  Anchor,
  Button,
  Card,
  EmptyState,
  Group,
  Paper,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Enrolment, useMyTraining, useStartRefresher } from '../../api/training';
import { ArrowRightIcon, CheckIcon, ProgramsIcon } from '../../components/icons';
import { notifyError, notifySaved } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../i18n/format';
import { currentLocale } from '../../i18n/i18n';
import { useMembership } from '../organisation/OrganisationContext';
import {
  DeadlineText,
  EnrolmentStatusBadge,
  ItemStateBadge,
  LabelledProgress,
  useLocalText,
} from './parts';

export const itemPath = (enrolmentId: string, itemKey: string) =>
  `/training/${enrolmentId}/${encodeURIComponent(itemKey)}`;

/** The mentor's training in every program: progress, deadline, where to go on, certificate. */
export function MyTrainingPage() {
  const { t } = useTranslation();
  const membership = useMembership();
  const training = useMyTraining(membership.organisationId);
  const items = training.data?.pages.flatMap((page) => page.items) ?? [];

  let content: React.ReactNode;
  if (training.isPending) content = <PageLoader />;
  else if (training.isError)
    content = <QueryError error={training.error} onRetry={() => void training.refetch()} />;
  else if (items.length === 0)
    content = (
      <Paper withBorder p="xl">
        <EmptyState
          icon={<ProgramsIcon size={28} />}
          withIndicatorBackground
          title={t('training.mine.empty')}
          description={t('training.mine.emptyHelp')}
        />
      </Paper>
    );
  else
    content = (
      <Stack gap="lg">
        {items.map((enrolment) => (
          <EnrolmentCard key={enrolment.id} enrolment={enrolment} />
        ))}
      </Stack>
    );

  return (
    <>
      <PageHeader title={t('training.mine.title')} description={t('training.mine.intro')} />
      {content}
    </>
  );
}

/** Resume where the mentor left off, or start at the first item. */
export function ResumeButton({ enrolment }: { enrolment: Enrolment }) {
  const { t } = useTranslation();
  if (!enrolment.resumeItemKey || enrolment.status === 'certified') return null;
  return (
    <Button
      component={Link}
      to={itemPath(enrolment.id, enrolment.resumeItemKey)}
      rightSection={<ArrowRightIcon />}
    >
      {enrolment.progressPercent > 0 ? t('training.resume') : t('training.start')}
    </Button>
  );
}

function EnrolmentCard({ enrolment }: { enrolment: Enrolment }) {
  const { t } = useTranslation();
  const local = useLocalText();
  const training = enrolment.status !== 'certified';
  const openModule =
    enrolment.modules.find((m) => m.items.some((i) => i.key === enrolment.resumeItemKey))
      ?.moduleId ?? null;

  return (
    <Card withBorder padding={0} component="section" aria-labelledby={`enrolment-${enrolment.id}`}>
      <Stack gap="md" p={{ base: 'md', sm: 'lg' }}>
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4} miw={0} style={{ flex: '1 1 14rem' }}>
            <Title order={2} fz="h3" id={`enrolment-${enrolment.id}`} className="break-anywhere">
              {enrolment.programName}
            </Title>
            <Group gap="xs">
              <EnrolmentStatusBadge status={enrolment.status} />
              {training && <DeadlineText deadline={enrolment.deadline} />}
            </Group>
          </Stack>
          <ResumeButton enrolment={enrolment} />
        </Group>
        <LabelledProgress
          label={t('training.overall')}
          value={enrolment.progressPercent}
          size="lg"
        />
        <CertificateBox enrolment={enrolment} />
      </Stack>
      <Accordion
        variant="default"
        defaultValue={training ? openModule : null}
        chevronPosition="right"
        styles={{ item: { borderBottom: 0, borderTop: '1px solid var(--mantine-color-gray-3)' } }}
      >
        {enrolment.modules.map((module) => (
          <Accordion.Item key={module.moduleId} value={module.moduleId}>
            <Accordion.Control aria-label={`${local(module.title)}, ${module.progressPercent} %`}>
              <Stack gap={6} pr="xs">
                <Group gap="xs" wrap="nowrap">
                  {module.progressPercent >= 100 && (
                    <Text c="mentorTeal.8" lh={1} aria-hidden="true">
                      <CheckIcon size={16} />
                    </Text>
                  )}
                  <Text fw={600} size="sm">
                    {local(module.title)}
                  </Text>
                </Group>
                <ModuleBar value={module.progressPercent} />
              </Stack>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap={0} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
                {module.items.map((item) => (
                  <li key={item.key}>
                    <UnstyledButton
                      component={Link}
                      to={itemPath(enrolment.id, item.key)}
                      className="item-row"
                      aria-current={item.key === enrolment.resumeItemKey ? 'step' : undefined}
                    >
                      <Stack gap={0} miw={0} style={{ flex: 1 }}>
                        <Text size="sm" fw={500} c="mentorTeal.9" className="break-anywhere">
                          {local(item.title)}
                        </Text>
                        <ItemMeta
                          kind={item.kind}
                          minutes={item.minutes}
                          required={item.required}
                        />
                      </Stack>
                      <ItemStateBadge state={item.state} />
                    </UnstyledButton>
                  </li>
                ))}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Card>
  );
}

/** A module's bar inside its heading: the heading already names it. */
function ModuleBar({ value }: { value: number }) {
  const format = useFormat();
  return (
    <Group gap="xs" wrap="nowrap" aria-hidden="true">
      <div
        style={{
          flex: 1,
          height: 6,
          borderRadius: 6,
          background: 'var(--mantine-color-gray-2)',
          overflow: 'hidden',
        }}
      >
        <div
          style={{
            width: `${value}%`,
            height: '100%',
            background: 'var(--mantine-color-mentorTeal-6)',
          }}
        />
      </div>
      <Text size="xs" c="dimmed" w={36} ta="right">
        {format.percent(value / 100)}
      </Text>
    </Group>
  );
}

export function ItemMeta({
  kind,
  minutes,
  required,
}: {
  kind: Enrolment['modules'][number]['items'][number]['kind'];
  minutes: number;
  required: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Text size="xs" c="dimmed">
      {t(`training.kind.${kind}`)} · {format.duration(minutes)}
      {!required && ` · ${t('training.optional')}`}
    </Text>
  );
}

function CertificateBox({ enrolment }: { enrolment: Enrolment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const refresher = useStartRefresher(enrolment.id);
  const certificate = enrolment.certificate;
  if (!certificate) return null;
  const startRefresher = () =>
    refresher.mutate(undefined, {
      onSuccess: () => notifySaved(t('training.certificate.refresherStarted')),
      onError: (error) => notifyError(error),
    });
  return (
    <Alert
      color={certificate.valid ? 'mentorTeal' : 'orange'}
      variant="light"
      title={
        certificate.valid ? t('training.certificate.valid') : t('training.certificate.expired')
      }
    >
      <Stack gap={6}>
        <Text size="sm">
          {t('training.certificate.details', {
            issued: format.date(certificate.issuedAt),
            until: format.date(certificate.expiresAt),
            version: certificate.curriculumVersion,
          })}
        </Text>
        <Text size="sm">
          {t('training.certificate.code')}{' '}
          <Text span ff="monospace" fw={600} className="break-anywhere">
            {certificate.code}
          </Text>
        </Text>
        <Group gap="md">
          <Anchor
            href={`/api/v1/enrolments/${enrolment.id}/certificate.pdf?locale=${currentLocale()}`}
            download
            size="sm"
            fw={600}
          >
            {t('training.certificate.download')}
          </Anchor>
          <Anchor
            component={Link}
            to={`/verify/${encodeURIComponent(certificate.code)}`}
            size="sm"
            fw={600}
          >
            {t('training.certificate.verifyLink')}
          </Anchor>
          {enrolment.refresherAvailable && (
            <Button
              size="xs"
              variant="default"
              loading={refresher.isPending}
              onClick={startRefresher}
            >
              {t('training.certificate.startRefresher')}
            </Button>
          )}
        </Group>
      </Stack>
    </Alert>
  );
}
