import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { concernStatuses } from '../../../contracts/relationships';
import {
  type ConcernStatus,
  type ConcernSummary,
  useConcernDrafts,
  useConcerns,
  useDecideDraft,
} from '../../api/concerns';
import { Forbidden } from '../../components/Forbidden';
import { KeyIcon } from '../../components/icons';
import { ListState } from '../../components/ListState';
import { LoadMore } from '../../components/LoadMore';
import { notifyError, notifySaved } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { type Column, ResponsiveTable } from '../../components/ResponsiveTable';
import { useFormat } from '../../i18n/format';
import { useCan, useMembership } from '../organisation/OrganisationContext';

export const urgencyColor = {
  low: 'gray',
  medium: 'yellow',
  high: 'orange',
  immediate: 'red',
} as const;

/**
 * Concerns for the safeguarding lead and admins, most urgent first; coordinators see only the
 * drafts the watch list opened, to raise or dismiss.
 */
export function ConcernsPage() {
  const { t } = useTranslation();
  const canHandle = useCan('concerns.handle');
  const canDraft = useCan('matches.manage');
  if (!canHandle && !canDraft) return <Forbidden />;
  return (
    <>
      <PageHeader title={t('concerns.list.title')} description={t('concerns.list.intro')} />
      <Stack gap="lg">
        {canDraft && <Drafts />}
        {canHandle && <ConcernList />}
      </Stack>
    </>
  );
}

function ConcernList() {
  const { t } = useTranslation();
  const format = useFormat();
  const { organisationId } = useMembership();
  const [status, setStatus] = useState<ConcernStatus | ''>('');
  const list = useConcerns(organisationId, status);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const columns: Column<ConcernSummary>[] = [
    {
      key: 'concern',
      header: t('concerns.list.concern'),
      cell: (c) => (
        <Anchor component={Link} to={`/concerns/${c.id}`} fw={600}>
          {t(`concerns.category.${c.category}`)}
        </Anchor>
      ),
    },
    {
      key: 'urgency',
      header: t('concerns.report.urgency'),
      cell: (c) => (
        <Badge color={urgencyColor[c.urgency]} variant="light">
          {t(`concerns.urgency.${c.urgency}`)}
        </Badge>
      ),
    },
    {
      key: 'status',
      header: t('concerns.list.filter'),
      cell: (c) => <Text size="sm">{t(`concerns.status.${c.status}`)}</Text>,
    },
    {
      key: 'program',
      header: t('concerns.list.program'),
      cell: (c) => (
        <Text size="sm" className="break-anywhere">
          {c.programName ?? '–'}
        </Text>
      ),
    },
    {
      key: 'reported',
      header: t('concerns.list.reported'),
      cell: (c) => <Text size="sm">{format.dateTime(c.createdAt)}</Text>,
    },
  ];
  return (
    <Stack gap="md">
      <NativeSelect
        label={t('concerns.list.filter')}
        value={status}
        onChange={(e) => setStatus(e.currentTarget.value as ConcernStatus | '')}
        data={[
          { value: '', label: t('concerns.list.all') },
          ...concernStatuses.map((s) => ({ value: s, label: t(`concerns.status.${s}`) })),
        ]}
        maw={240}
      />
      <ListState
        query={list}
        isEmpty={items.length === 0}
        empty={t('concerns.list.empty')}
        emptyHelp={t('concerns.list.emptyHelp')}
        icon={<KeyIcon size={28} />}
      >
        <ResponsiveTable
          rows={items}
          columns={columns}
          rowKey={(c) => c.id}
          label={t('concerns.list.title')}
        />
      </ListState>
      <LoadMore
        hasNextPage={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </Stack>
  );
}

function Drafts() {
  const { t } = useTranslation();
  const format = useFormat();
  const { organisationId } = useMembership();
  const drafts = useConcernDrafts(organisationId, true);
  const decide = useDecideDraft(organisationId);
  const items = drafts.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('concerns.drafts.title')}
      </Title>
      <Text size="sm">{t('concerns.drafts.intro')}</Text>
      {items.map((d) => (
        <Card key={d.id} withBorder>
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {[d.programName, format.dateTime(d.createdAt)].filter(Boolean).join(' · ')}
            </Text>
            {d.word && <Badge variant="light">{t('concerns.drafts.word', { word: d.word })}</Badge>}
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
              {d.excerpt}
            </Text>
            {d.matchId && (
              <Anchor component={Link} to={`/matches/${d.matchId}`} size="sm">
                {t('concerns.record.openMatch')}
              </Anchor>
            )}
            <Group gap="xs" wrap="wrap">
              <Button
                color="red.8"
                size="sm"
                loading={decide.isPending && decide.variables?.id === d.id}
                onClick={() =>
                  decide.mutate(
                    { id: d.id, decision: 'raise' },
                    {
                      onSuccess: () => notifySaved(t('concerns.drafts.raised')),
                      onError: (e) => notifyError(e),
                    },
                  )
                }
              >
                {t('concerns.drafts.raise')}
              </Button>
              <Button
                variant="default"
                size="sm"
                onClick={() =>
                  decide.mutate(
                    { id: d.id, decision: 'dismiss' },
                    {
                      onSuccess: () => notifySaved(t('concerns.drafts.dismissed')),
                      onError: (e) => notifyError(e),
                    },
                  )
                }
              >
                {t('concerns.drafts.dismiss')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
