import { Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { NotificationKind } from '../../../contracts/relationships';
import {
  type Notification,
  useMarkRead,
  useNotificationPreferences,
  useNotifications,
  useSaveNotificationPreferences,
} from '../../api/notifications';
import { ListState } from '../../components/ListState';
import { LoadMore } from '../../components/LoadMore';
import { notifyError, notifySaved } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useMembership } from '../organisation/OrganisationContext';
import { BellIcon, NotificationItem } from './NotificationsBell';

/** All of a person's notifications, and what of it comes by e-mail. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const { organisationId } = useMembership();
  const list = useNotifications(organisationId);
  const markRead = useMarkRead(organisationId);
  const navigate = useNavigate();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const unread = list.data?.pages[0]?.unreadCount ?? 0;

  const open = (item: Notification) => {
    if (item.readAt === null) {
      markRead.mutate({ ids: [item.id] }, { onError: (error) => notifyError(error) });
    }
    if (item.link) navigate(item.link);
  };

  return (
    <>
      <PageHeader
        title={t('support.page.title')}
        description={t('support.page.intro')}
        actions={
          unread > 0 && (
            <Button
              variant="default"
              loading={markRead.isPending}
              onClick={() =>
                markRead.mutate(
                  { all: true },
                  {
                    onSuccess: () => notifySaved(t('support.page.allRead')),
                    onError: (error) => notifyError(error),
                  },
                )
              }
            >
              {t('support.page.markAllRead')}
            </Button>
          )
        }
      />
      <Stack gap="lg" maw={720}>
        <section aria-label={t('support.page.title')}>
          <ListState
            query={list}
            isEmpty={items.length === 0}
            empty={t('support.page.empty')}
            emptyHelp={t('support.page.emptyHelp')}
            icon={<BellIcon size={24} />}
          >
            <Paper withBorder p="xs">
              <Stack gap={0}>
                {items.map((item) => (
                  <NotificationItem key={item.id} item={item} onOpen={open} />
                ))}
              </Stack>
            </Paper>
            <LoadMore
              hasNextPage={list.hasNextPage}
              loading={list.isFetchingNextPage}
              onLoadMore={() => void list.fetchNextPage()}
            />
          </ListState>
        </section>
        <EmailPreferences />
      </Stack>
    </>
  );
}

function EmailPreferences() {
  const { t } = useTranslation();
  const preferences = useNotificationPreferences();
  const save = useSaveNotificationPreferences();
  const data = preferences.data?.preferences;

  const toggle = (kind: NotificationKind, byEmail: boolean) => {
    if (!data) return;
    const off = new Set(data.emailOff);
    if (byEmail) off.delete(kind);
    else off.add(kind);
    save.mutate(
      { emailOff: [...off] },
      {
        onSuccess: () => notifySaved(t('support.preferences.saved')),
        onError: (error) => notifyError(error),
      },
    );
  };

  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="email-prefs"
    >
      <Title order={2} fz="h4" id="email-prefs">
        {t('support.preferences.title')}
      </Title>
      <Text size="sm" c="dimmed" mt={4}>
        {t('support.preferences.intro')}
      </Text>
      {preferences.isError ? (
        <QueryError error={preferences.error} onRetry={() => void preferences.refetch()} />
      ) : (
        <Stack gap="sm" mt="md">
          {data?.kinds.map((kind) => (
            <Group key={kind} justify="space-between" wrap="nowrap" gap="md">
              <Switch
                label={t(`support.kinds.${kind}`)}
                checked={!data.emailOff.includes(kind)}
                disabled={save.isPending}
                onChange={(event) => toggle(kind, event.currentTarget.checked)}
              />
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
