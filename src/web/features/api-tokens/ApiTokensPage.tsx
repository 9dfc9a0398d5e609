import {
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiToken, useApiTokens, useRevokeApiToken } from '../../api/api-tokens';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { KeyIcon, PlusIcon } from '../../components/icons';
import { LoadMore } from '../../components/LoadMore';
import { notifyError, notifySaved } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { usePhone } from '../../components/use-phone';
import { useFormat } from '../../i18n/format';
import { RoleBadges } from '../members/RoleBadges';
import { useMembership } from '../organisation/OrganisationContext';
import { CreateApiTokenModal } from './CreateApiTokenModal';

/** Tokens that let other systems (an HR system, reporting) use the API for the organisation. */
export function ApiTokensPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const membership = useMembership();
  const organisationId = membership.organisationId;
  const tokens = useApiTokens(organisationId);
  const revoke = useRevokeApiToken(organisationId);
  const phone = usePhone();
  const [createOpened, createModal] = useDisclosure(false);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const items = tokens.data?.pages.flatMap((page) => page.items) ?? [];

  const confirmRevoke = () => {
    if (!revoking) return;
    revoke.mutate(revoking.id, {
      onSuccess: () => {
        notifySaved(t('apiTokens.revoked', { name: revoking.name }));
        setRevoking(null);
      },
      onError: (error) => {
        notifyError(error);
        setRevoking(null);
      },
    });
  };

  const status = (token: ApiToken) =>
    token.revokedAt ? (
      <Badge variant="light" color="gray" tt="none" radius="sm">
        {t('apiTokens.statusRevoked', { date: format.date(token.revokedAt) })}
      </Badge>
    ) : (
      <Badge variant="light" color="mentorTeal" tt="none" radius="sm">
        {t('apiTokens.statusActive')}
      </Badge>
    );

  const lastUsed = (token: ApiToken) =>
    token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('apiTokens.neverUsed');

  const revokeButton = (token: ApiToken) =>
    token.revokedAt ? null : (
      <Button
        variant="subtle"
        color="red"
        size="xs"
        onClick={() => setRevoking(token)}
        aria-label={t('apiTokens.revokeFor', { name: token.name })}
      >
        {t('apiTokens.revoke')}
      </Button>
    );

  let list: React.ReactNode;
  if (tokens.isPending) list = <PageLoader />;
  else if (tokens.isError)
    list = <QueryError error={tokens.error} onRetry={() => void tokens.refetch()} />;
  else if (items.length === 0)
    list = (
      <Paper withBorder p="xl">
        <EmptyState
          icon={<KeyIcon size={28} />}
          withIndicatorBackground
          title={t('apiTokens.empty')}
          description={t('apiTokens.emptyHelp')}
        >
          <Button mt="md" leftSection={<PlusIcon />} onClick={createModal.open}>
            {t('apiTokens.new')}
          </Button>
        </EmptyState>
      </Paper>
    );
  else if (phone)
    list = (
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((token) => (
          <Card component="li" key={token.id} withBorder padding="md">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Stack gap={2} miw={0}>
                <Text fw={600} className="break-anywhere">
                  {token.name}
                </Text>
                <Text size="sm" c="dimmed" ff="monospace">
                  {token.prefix}…
                </Text>
              </Stack>
              {status(token)}
            </Group>
            <Stack gap={6} mt="sm">
              <RoleBadges roles={token.roles} />
              <Text size="sm" c="dimmed">
                {t('apiTokens.created')}: {format.date(token.createdAt)} · {t('apiTokens.lastUsed')}
                : {lastUsed(token)}
              </Text>
            </Stack>
            {!token.revokedAt && <Group justify="flex-end">{revokeButton(token)}</Group>}
          </Card>
        ))}
      </Stack>
    );
  else
    list = (
      <Paper withBorder>
        <Table verticalSpacing="sm" horizontalSpacing="md">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('apiTokens.name')}</Table.Th>
              <Table.Th scope="col">{t('apiTokens.roles')}</Table.Th>
              <Table.Th scope="col">{t('apiTokens.created')}</Table.Th>
              <Table.Th scope="col">{t('apiTokens.lastUsed')}</Table.Th>
              <Table.Th scope="col">{t('apiTokens.status')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((token) => (
              <Table.Tr key={token.id}>
                <Table.Td>
                  <Text fw={600} size="sm">
                    {token.name}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {token.prefix}…
                  </Text>
                </Table.Td>
                <Table.Td>
                  <RoleBadges roles={token.roles} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{format.date(token.createdAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{lastUsed(token)}</Text>
                </Table.Td>
                <Table.Td>{status(token)}</Table.Td>
                <Table.Td ta="right">{revokeButton(token)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    );

  return (
    <>
      <PageHeader
        title={t('apiTokens.title')}
        description={t('apiTokens.intro')}
        actions={
          <Button leftSection={<PlusIcon />} onClick={createModal.open}>
            {t('apiTokens.new')}
          </Button>
        }
      />
      {list}
      <LoadMore
        hasNextPage={tokens.hasNextPage}
        loading={tokens.isFetchingNextPage}
        onLoadMore={() => void tokens.fetchNextPage()}
      />
      <CreateApiTokenModal
        organisationId={organisationId}
        opened={createOpened}
        onClose={createModal.close}
      />
      <ConfirmDialog
        opened={revoking !== null}
        title={t('apiTokens.revokeTitle')}
        confirmLabel={t('apiTokens.revokeConfirm')}
        danger
        loading={revoke.isPending}
        onConfirm={confirmRevoke}
        onClose={() => setRevoking(null)}
      >
        {revoking && t('apiTokens.revokeMessage', { name: revoking.name })}
      </ConfirmDialog>
    </>
  );
}
