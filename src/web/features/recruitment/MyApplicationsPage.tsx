import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type MyApplication,
  useMyApplications,
  useRespondToNomination,
  useWithdraw,
} from '../../api/recruitment';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ProgramsIcon } from '../../components/icons';
import { ListState } from '../../components/ListState';
import { LoadMore } from '../../components/LoadMore';
import { notifyError, notifySaved } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../i18n/format';
import { useMembership } from '../organisation/OrganisationContext';
import { StageBadge } from './parts';

/** A person's own applications and nominations: where each stands and what comes next. */
export function MyApplicationsPage() {
  const { t } = useTranslation();
  const membership = useMembership();
  const list = useMyApplications(membership.organisationId);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeader title={t('recruitment.mine.title')} description={t('recruitment.mine.intro')} />
      <ListState
        query={list}
        isEmpty={rows.length === 0}
        empty={t('recruitment.mine.empty')}
        emptyHelp={t('recruitment.mine.emptyHelp')}
        icon={<ProgramsIcon size={28} />}
      >
        <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {rows.map((row) => (
            <ApplicationCard key={row.id} application={row} />
          ))}
        </Stack>
        <LoadMore
          hasNextPage={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onLoadMore={() => void list.fetchNextPage()}
        />
      </ListState>
    </>
  );
}

const withdrawable = ['applied', 'nominated', 'screening'];

function ApplicationCard({ application }: { application: MyApplication }) {
  const { t } = useTranslation();
  const format = useFormat();
  const respond = useRespondToNomination();
  const withdraw = useWithdraw();
  const [confirming, setConfirming] = useState(false);
  const nomination = application.nomination;
  const answer = (accept: boolean) => {
    if (!nomination) return;
    respond.mutate(
      { nominationId: nomination.id, accept },
      {
        onSuccess: () =>
          notifySaved(accept ? t('recruitment.mine.accepted') : t('recruitment.mine.declined')),
        onError: (error) => notifyError(error),
      },
    );
  };
  const titleId = `application-${application.id}`;
  return (
    <Card component="li" withBorder padding="lg" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2} style={{ minWidth: 0, flex: '1 1 14rem' }}>
            <Title order={2} fz="h4" id={titleId} className="break-anywhere">
              {application.programName}
            </Title>
            <Text size="sm" c="dimmed">
              {nomination
                ? t('recruitment.mine.nominatedBy', {
                    name: nomination.nominatedByName ?? '–',
                    date: format.date(application.createdAt),
                  })
                : t('recruitment.mine.appliedOn', { date: format.date(application.createdAt) })}
            </Text>
          </Stack>
          <StageBadge stage={application.stage} />
        </Group>
        <Text size="sm">{t(`recruitment.mine.next.${application.next}`)}</Text>
        {(application.next === 'respond_to_nomination' ||
          withdrawable.includes(application.stage)) && (
          <Group gap="sm">
            {application.next === 'respond_to_nomination' ? (
              <>
                <Button loading={respond.isPending} onClick={() => answer(true)}>
                  {t('recruitment.mine.accept')}
                </Button>
                <Button
                  variant="default"
                  disabled={respond.isPending}
                  onClick={() => answer(false)}
                >
                  {t('recruitment.mine.decline')}
                </Button>
              </>
            ) : (
              <Button variant="default" onClick={() => setConfirming(true)}>
                {t('recruitment.mine.withdraw')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('recruitment.mine.withdrawTitle')}
        confirmLabel={t('recruitment.mine.withdraw')}
        danger
        loading={withdraw.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          withdraw.mutate(
            { mentorId: application.id },
            {
              onSuccess: () => {
                setConfirming(false);
                notifySaved(t('recruitment.mine.withdrawn'));
              },
              onError: (error) => notifyError(error),
            },
          )
        }
      >
        {t('recruitment.mine.withdrawHelp', { program: application.programName })}
      </ConfirmDialog>
    </Card>
  );
}
