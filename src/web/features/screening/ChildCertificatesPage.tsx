import { Anchor, Badge, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ChildCertificateQueueItem, useChildCertificateQueue } from '../../api/screening';
import { CheckIcon } from '../../components/icons';
import { ListState } from '../../components/ListState';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../i18n/format';
import { useMembership } from '../organisation/OrganisationContext';
import { CertificateSteps } from './ChildCertificateCard';
import { DecisionForm } from './DecisionForm';
import { PrivacyNote } from './ScreeningPanel';

/** The safeguarding lead's queue: child certificates with remarks to decide on. */
export function ChildCertificatesPage() {
  const { t } = useTranslation();
  const membership = useMembership();
  const [status, setStatus] = useState<'remarks' | 'all'>('remarks');
  const queue = useChildCertificateQueue(membership.organisationId, status);
  const items = queue.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader title={t('screening.queue.title')} description={t('screening.queue.intro')} />
      <Stack gap="md">
        <PrivacyNote />
        <SegmentedControl
          value={status}
          onChange={(value) => setStatus(value as 'remarks' | 'all')}
          data={[
            { value: 'remarks', label: t('screening.queue.filter.remarks') },
            { value: 'all', label: t('screening.queue.filter.all') },
          ]}
          aria-label={t('screening.queue.filter.label')}
          style={{ alignSelf: 'flex-start' }}
        />
        <ListState
          query={queue}
          isEmpty={items.length === 0}
          empty={status === 'remarks' ? t('screening.queue.empty') : t('screening.queue.emptyAll')}
          emptyHelp={t('screening.queue.emptyHelp')}
          icon={<CheckIcon size={28} />}
        >
          <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((item) => (
              <QueueItem key={item.certificate.id} item={item} />
            ))}
          </Stack>
        </ListState>
        <LoadMore
          hasNextPage={queue.hasNextPage}
          loading={queue.isFetchingNextPage}
          onLoadMore={() => void queue.fetchNextPage()}
        />
      </Stack>
    </>
  );
}

function QueueItem({ item }: { item: ChildCertificateQueueItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { certificate } = item;
  return (
    <Card component="li" withBorder padding="md">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Text fw={600} component="h2" fz="md" m={0} className="break-anywhere">
              {certificate.personName}
            </Text>
            {certificate.receivedAt && (
              <Text size="xs" c="dimmed">
                {t('screening.queue.received', { date: format.date(certificate.receivedAt) })}
              </Text>
            )}
          </div>
          <Badge
            variant="light"
            tt="none"
            color={
              certificate.awaitingDecision ? 'orange' : certificate.valid ? 'mentorTeal' : 'gray'
            }
          >
            {t(`screening.certificate.status.${certificate.status}`)}
          </Badge>
        </Group>
        {item.programs.length > 0 && (
          <Group gap="xs" wrap="wrap">
            <Text size="sm" c="dimmed">
              {t('screening.queue.programs')}
            </Text>
            {item.programs.map((p) => (
              <Anchor
                key={p.mentorId}
                component={Link}
                to={`/programs/${p.programId}/mentors/${p.mentorId}`}
                size="sm"
              >
                {p.name}
              </Anchor>
            ))}
          </Group>
        )}
        <CertificateSteps certificate={certificate} />
        {certificate.awaitingDecision && <DecisionForm certificate={certificate} />}
      </Stack>
    </Card>
  );
}
