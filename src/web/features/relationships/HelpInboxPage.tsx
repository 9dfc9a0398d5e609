import { NativeSelect, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useHelpRequests } from '../../api/concerns';
import { MailIcon } from '../../components/icons';
import { ListState } from '../../components/ListState';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { useMembership } from '../organisation/OrganisationContext';
import { HelpRequestCard } from './HelpPage';

/** The coordinators' inbox: every request for help, with the conversation and an answer box. */
export function HelpInboxPage() {
  const { t } = useTranslation();
  const { organisationId } = useMembership();
  const [params] = useSearchParams();
  const opened = params.get('request');
  const [status, setStatus] = useState<'' | 'open' | 'answered' | 'closed'>('');
  const list = useHelpRequests(organisationId, false, status);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <PageHeader title={t('concerns.inbox.title')} description={t('concerns.inbox.intro')} />
      <Stack gap="md">
        <NativeSelect
          label={t('concerns.list.filter')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as typeof status)}
          data={[
            { value: '', label: t('concerns.list.all') },
            ...(['open', 'answered', 'closed'] as const).map((s) => ({
              value: s,
              label: t(`concerns.request.status.${s}`),
            })),
          ]}
          maw={240}
        />
        <ListState
          query={list}
          isEmpty={items.length === 0}
          empty={t('concerns.inbox.empty')}
          emptyHelp={t('concerns.inbox.emptyHelp')}
          icon={<MailIcon size={28} />}
        >
          <Stack gap="sm">
            {items.map((r) => (
              <HelpRequestCard key={r.id} request={r} initiallyOpen={r.id === opened} />
            ))}
          </Stack>
        </ListState>
        <LoadMore
          hasNextPage={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onLoadMore={() => void list.fetchNextPage()}
        />
      </Stack>
    </>
  );
}
