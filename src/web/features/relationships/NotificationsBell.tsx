import {
  ActionIcon,
  Anchor,
  Box,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { type Notification, useLatestNotifications, useMarkRead } from '../../api/notifications';
import { notifyError } from '../../components/notify';
import { useFormat } from '../../i18n/format';
import { useOrganisations } from '../organisation/OrganisationContext';

export function BellIcon({ size = 20 }: { size?: number }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M10 5a2 2 0 1 1 4 0a7 7 0 0 1 4 6v3a4 4 0 0 0 2 3h-16a4 4 0 0 0 2 -3v-3a7 7 0 0 1 4 -6" />
      <path d="M9 17v1a3 3 0 0 0 6 0v-1" />
    </svg>
  );
}

/** One notification: what happened, when, and a link to where it happened. */
export function NotificationItem({
  item,
  onOpen,
}: {
  item: Notification;
  onOpen: (item: Notification) => void;
}) {
  const format = useFormat();
  const { t } = useTranslation();
  const unread = item.readAt === null;
  const content = (
    <Stack gap={2} miw={0}>
      <Group gap={6} wrap="nowrap" align="baseline">
        {unread && (
          <>
            <Box
              aria-hidden="true"
              w={8}
              h={8}
              bg="mentorTeal.7"
              style={{ borderRadius: '50%', flex: 'none', alignSelf: 'center' }}
            />
            <VisuallyHidden>{t('support.page.unread')}</VisuallyHidden>
          </>
        )}
        <Text size="sm" fw={unread ? 700 : 500} className="break-anywhere">
          {item.title}
        </Text>
      </Group>
      <Text size="sm" c="dimmed" className="break-anywhere">
        {item.body}
      </Text>
      <Text size="xs" c="dimmed">
        <time dateTime={item.createdAt}>{format.dateTime(item.createdAt)}</time>
      </Text>
    </Stack>
  );
  return (
    <UnstyledButton
      onClick={() => onOpen(item)}
      p="xs"
      w="100%"
      style={{ borderRadius: 'var(--mantine-radius-sm)' }}
    >
      {content}
    </UnstyledButton>
  );
}

/** The bell in the header: the unread count, the newest few, and "mark all read". */
export function NotificationsBell() {
  const { t } = useTranslation();
  const { current } = useOrganisations();
  const organisationId = current?.can['organisation.read'] ? current.organisationId : null;
  const latest = useLatestNotifications(organisationId);
  const markRead = useMarkRead(organisationId ?? '');
  const navigate = useNavigate();
  const [opened, popover] = useDisclosure(false);
  if (!organisationId) return null;

  const unread = latest.data?.unreadCount ?? 0;
  const items = latest.data?.items ?? [];
  const label =
    unread > 0 ? t('support.bell.label', { count: unread }) : t('support.bell.labelNone');

  const open = (item: Notification) => {
    popover.close();
    if (item.readAt === null) {
      markRead.mutate({ ids: [item.id] }, { onError: (error) => notifyError(error) });
    }
    navigate(item.link ?? '/notifications');
  };

  return (
    <Popover
      opened={opened}
      onChange={(value) => (value ? popover.open() : popover.close())}
      position="bottom-end"
      width={340}
      shadow="md"
      withinPortal
      trapFocus
    >
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={label}
          onClick={popover.toggle}
        >
          <Indicator
            disabled={unread === 0}
            label={unread > 99 ? '99+' : String(unread)}
            size={16}
            offset={2}
            color="red"
          >
            <BellIcon />
          </Indicator>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown p="xs" role="dialog" aria-label={t('support.bell.title')}>
        <Group justify="space-between" px="xs" pb={4} gap={4} wrap="wrap">
          <Text fw={700}>{t('support.bell.title')}</Text>
          {unread > 0 && (
            <Button
              variant="subtle"
              size="compact-sm"
              loading={markRead.isPending}
              onClick={() =>
                markRead.mutate({ all: true }, { onError: (error) => notifyError(error) })
              }
            >
              {t('support.bell.markAllRead')}
            </Button>
          )}
        </Group>
        <Divider />
        {items.length === 0 ? (
          <Text size="sm" c="dimmed" p="sm">
            {t('support.bell.empty')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah="min(60vh, 420px)" type="auto">
            <Stack gap={0}>
              {items.map((item) => (
                <NotificationItem key={item.id} item={item} onOpen={open} />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
        <Divider />
        <Anchor
          component={Link}
          to="/notifications"
          size="sm"
          display="block"
          p="xs"
          onClick={popover.close}
        >
          {t('support.bell.seeAll')}
        </Anchor>
      </Popover.Dropdown>
    </Popover>
  );
}
