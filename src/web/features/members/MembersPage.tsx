import {
  ActionIcon,
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  Loader,
  Menu,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { roles as allRoles, type Role } from '../../../contracts/roles';
import {
  type Member,
  type MemberStatus,
  useMembers,
  useRemoveMember,
  useResendInvitation,
} from '../../api/members';
import { useMe } from '../../api/session';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DotsIcon, MembersIcon, PlusIcon, SearchIcon } from '../../components/icons';
import { LoadMore } from '../../components/LoadMore';
import { notifyError, notifySaved } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { usePhone } from '../../components/use-phone';
import { useFormat } from '../../i18n/format';
import { useMembership } from '../organisation/OrganisationContext';
import { EditRolesModal } from './EditRolesModal';
import { InviteMemberModal } from './InviteMemberModal';
import { RoleBadges } from './RoleBadges';

function roleFrom(value: string | null): Role | null {
  return value && (allRoles as readonly string[]).includes(value) ? (value as Role) : null;
}

function statusFrom(value: string | null): MemberStatus | null {
  return value === 'active' || value === 'invited' ? value : null;
}

/** Members of the organisation: find them, and (admins) invite, change roles, remove. */
export function MembersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const membership = useMembership();
  const organisationId = membership.organisationId;
  const canManage = membership.can['members.manage'];
  const { data: me } = useMe();
  const phone = usePhone();

  const [params, setParams] = useSearchParams();
  const role = roleFrom(params.get('role'));
  const status = statusFrom(params.get('status'));
  const [search, setSearch] = useState(params.get('search') ?? '');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const members = useMembers(organisationId, { search: debouncedSearch, role, status });

  // The filter lives in the address, so it survives a reload and can be linked to.
  useEffect(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (debouncedSearch.trim()) next.set('search', debouncedSearch.trim());
        else next.delete('search');
        return next;
      },
      { replace: true },
    );
  }, [debouncedSearch, setParams]);

  const setFilter = (name: 'role' | 'status', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  const [inviteOpened, inviteModal] = useDisclosure(false);
  const [editing, setEditing] = useState<Member | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const remove = useRemoveMember(organisationId);
  const resend = useResendInvitation(organisationId);

  const items = members.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(debouncedSearch.trim() || role || status);

  const resendInvitation = (member: Member) =>
    resend.mutate(member.id, {
      onSuccess: () => notifySaved(t('members.resent', { email: member.email })),
      onError: (error) => notifyError(error),
    });

  const confirmRemove = () => {
    if (!removing) return;
    remove.mutate(removing.id, {
      onSuccess: () => {
        notifySaved(t('members.remove.done', { name: removing.name }));
        setRemoving(null);
      },
      onError: (error) => {
        notifyError(error);
        setRemoving(null);
      },
    });
  };

  const actions = (member: Member) =>
    canManage ? (
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('members.actionsFor', { name: member.name })}
          >
            <DotsIcon />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => setEditing(member)}>{t('members.edit.action')}</Menu.Item>
          {member.status === 'invited' && (
            <Menu.Item onClick={() => resendInvitation(member)}>{t('members.resend')}</Menu.Item>
          )}
          <Menu.Divider />
          <Menu.Item color="red.9" onClick={() => setRemoving(member)}>
            {t('members.remove.action')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    ) : null;

  const nameCell = (member: Member) => (
    <Stack gap={0} miw={0}>
      <Text fw={600} size="sm" className="break-anywhere">
        {member.name}
        {member.userId === me?.user.id && (
          <Text span c="dimmed" size="sm" fw={400}>
            {' '}
            {t('members.you')}
          </Text>
        )}
      </Text>
      <Text size="sm" c="dimmed" className="break-anywhere">
        {member.email}
      </Text>
    </Stack>
  );

  const statusBadge = (member: Member) =>
    member.status === 'invited' ? (
      <Badge variant="light" color="orange" tt="none" radius="sm">
        {t('members.status.invited')}
      </Badge>
    ) : (
      <Badge variant="light" color="mentorTeal" tt="none" radius="sm">
        {t('members.status.active')}
      </Badge>
    );

  let list: React.ReactNode;
  if (members.isPending) list = <PageLoader />;
  else if (members.isError)
    list = <QueryError error={members.error} onRetry={() => void members.refetch()} />;
  else if (items.length === 0)
    list = (
      <Paper withBorder p="xl">
        <EmptyState
          icon={<MembersIcon size={28} />}
          withIndicatorBackground
          title={filtered ? t('members.emptyFiltered') : t('members.empty')}
          description={filtered ? t('members.emptyFilteredHelp') : t('members.emptyHelp')}
        >
          {filtered && (
            <Button
              variant="default"
              mt="md"
              onClick={() => {
                setSearch('');
                setFilter('role', '');
                setFilter('status', '');
              }}
            >
              {t('common.clearFilters')}
            </Button>
          )}
        </EmptyState>
      </Paper>
    );
  else if (phone)
    list = (
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((member) => (
          <Card component="li" key={member.id} withBorder padding="md">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              {nameCell(member)}
              {actions(member)}
            </Group>
            <Group gap="xs" mt="sm" wrap="wrap">
              {statusBadge(member)}
              <RoleBadges roles={member.roles} />
            </Group>
          </Card>
        ))}
      </Stack>
    );
  else
    list = (
      <Paper withBorder>
        <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('members.name')}</Table.Th>
              <Table.Th scope="col">{t('members.roles')}</Table.Th>
              <Table.Th scope="col">{t('members.statusLabel')}</Table.Th>
              <Table.Th scope="col">{t('members.added')}</Table.Th>
              {canManage && (
                <Table.Th scope="col">
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((member) => (
              <Table.Tr key={member.id}>
                <Table.Td maw={320}>{nameCell(member)}</Table.Td>
                <Table.Td>
                  <RoleBadges roles={member.roles} />
                </Table.Td>
                <Table.Td>{statusBadge(member)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{format.date(member.createdAt)}</Text>
                </Table.Td>
                {canManage && <Table.Td ta="right">{actions(member)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    );

  return (
    <>
      <PageHeader
        title={t('members.title')}
        description={t('members.intro', { organisation: membership.organisationName })}
        actions={
          canManage && (
            <Button leftSection={<PlusIcon />} onClick={inviteModal.open}>
              {t('members.invite.action')}
            </Button>
          )
        }
      />
      <Group gap="md" mb="md" align="flex-end" wrap="wrap">
        <TextInput
          label={t('members.search')}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          leftSection={<SearchIcon size={16} />}
          rightSection={members.isFetching && !members.isPending ? <Loader size="xs" /> : null}
          style={{ flex: '1 1 16rem' }}
        />
        <NativeSelect
          label={t('members.roleFilter')}
          value={role ?? ''}
          onChange={(event) => setFilter('role', event.currentTarget.value)}
          data={[
            { value: '', label: t('members.allRoles') },
            ...allRoles.map((r) => ({ value: r, label: t(`roles.${r}`) })),
          ]}
          style={{ flex: '0 1 14rem' }}
        />
        <NativeSelect
          label={t('members.statusLabel')}
          value={status ?? ''}
          onChange={(event) => setFilter('status', event.currentTarget.value)}
          data={[
            { value: '', label: t('members.allStatuses') },
            { value: 'active', label: t('members.status.active') },
            { value: 'invited', label: t('members.status.invited') },
          ]}
          style={{ flex: '0 1 12rem' }}
        />
      </Group>
      {list}
      <LoadMore
        hasNextPage={members.hasNextPage}
        loading={members.isFetchingNextPage}
        onLoadMore={() => void members.fetchNextPage()}
      />
      {canManage && (
        <InviteMemberModal
          organisationId={organisationId}
          opened={inviteOpened}
          onClose={inviteModal.close}
        />
      )}
      {editing && (
        <EditRolesModal
          organisationId={organisationId}
          member={editing}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        opened={removing !== null}
        title={t('members.remove.title')}
        confirmLabel={t('members.remove.confirm')}
        danger
        loading={remove.isPending}
        onConfirm={confirmRemove}
        onClose={() => setRemoving(null)}
      >
        {removing &&
          t('members.remove.message', {
            name: removing.name,
            organisation: membership.organisationName,
          })}
      </ConfirmDialog>
    </>
  );
}
