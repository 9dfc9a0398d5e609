import { Accordion, Badge, EmptyState, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type OutboundMail, useOutbox } from '../../api/outbox';
import { MailIcon } from '../../components/icons';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../i18n/format';
import { useMembership } from '../organisation/OrganisationContext';
import { MailBody } from './MailBody';

const statusColors: Record<OutboundMail['status'], string> = {
  stored: 'gray',
  sent: 'mentorTeal',
  failed: 'red',
};

/** The organisation's e-mail, newest first; without SMTP this is where mail waits. */
export function OutboxPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const membership = useMembership();
  const outbox = useOutbox(membership.organisationId);
  const items = outbox.data?.pages.flatMap((page) => page.items) ?? [];

  let list: React.ReactNode;
  if (outbox.isPending) list = <PageLoader />;
  else if (outbox.isError)
    list = <QueryError error={outbox.error} onRetry={() => void outbox.refetch()} />;
  else if (items.length === 0)
    list = (
      <Paper withBorder p="xl">
        <EmptyState
          icon={<MailIcon size={28} />}
          withIndicatorBackground
          title={t('outbox.empty')}
          description={t('outbox.emptyHelp')}
        />
      </Paper>
    );
  else
    list = (
      <Paper withBorder>
        <Accordion chevronPosition="right" variant="default">
          {items.map((mail) => (
            <Accordion.Item key={mail.id} value={mail.id}>
              <Accordion.Control>
                <Stack gap={4} miw={0}>
                  <Text fw={600} size="sm" className="break-anywhere">
                    {mail.subject}
                  </Text>
                  <Group gap="xs" wrap="wrap">
                    <Text size="sm" c="dimmed" className="break-anywhere">
                      {t('outbox.to', { to: mail.to })}
                    </Text>
                    <Text size="sm" c="dimmed">
                      · {format.dateTime(mail.createdAt)}
                    </Text>
                  </Group>
                  <Group gap={6}>
                    <Badge variant="light" color="gray" tt="none" radius="sm">
                      {t(`outbox.kind.${mail.kind}`)}
                    </Badge>
                    <Badge variant="light" color={statusColors[mail.status]} tt="none" radius="sm">
                      {t(`outbox.status.${mail.status}`)}
                    </Badge>
                  </Group>
                </Stack>
              </Accordion.Control>
              <Accordion.Panel>
                <Paper bg="gray.0" p="md" radius="sm">
                  <MailBody body={mail.body} />
                </Paper>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </Paper>
    );

  return (
    <>
      <PageHeader title={t('outbox.title')} description={t('outbox.intro')} />
      {list}
      <LoadMore
        hasNextPage={outbox.hasNextPage}
        loading={outbox.isFetchingNextPage}
        onLoadMore={() => void outbox.fetchNextPage()}
      />
    </>
  );
}
