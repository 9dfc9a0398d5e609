import { Badge, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditAction, auditActions } from '../../../contracts/audit';
import { auditSubjectTypes } from '../../../contracts/screening';
import { type AuditEntryView, type AuditFilters, useAuditLog } from '../../api/screening';
import { KeyIcon } from '../../components/icons';
import { ListState } from '../../components/ListState';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { type Column, ResponsiveTable } from '../../components/ResponsiveTable';
import { useFormat } from '../../i18n/format';
import { useMembership } from '../organisation/OrganisationContext';

/** A date field's day as the start (or end) of that day on the admin's calendar. */
function dayBoundary(value: string, end: boolean): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return (end ? new Date(y, m - 1, d, 23, 59, 59, 999) : new Date(y, m - 1, d)).toISOString();
}

/** The audit log for admins: who saw or decided what about children's records, and when. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const membership = useMembership();
  const [action, setAction] = useState<AuditAction | ''>('');
  const [subjectType, setSubjectType] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const filters: AuditFilters = {
    action,
    subjectType,
    from: dayBoundary(from, false),
    to: dayBoundary(to, true),
  };
  const log = useAuditLog(membership.organisationId, filters);
  const items = log.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(action || subjectType || from || to);

  const columns: Column<AuditEntryView>[] = [
    {
      key: 'what',
      header: t('screening.audit.what'),
      cell: (e) => (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t(`screening.audit.action.${e.action}`)}
          </Text>
          <Text size="sm" className="break-anywhere">
            {e.subjectLabel || '–'}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'who',
      header: t('screening.audit.who'),
      cell: (e) => (
        <Text size="sm" className="break-anywhere">
          {e.actorName === 'system' ? t('screening.audit.system') : e.actorName}
        </Text>
      ),
    },
    {
      key: 'when',
      header: t('screening.audit.when'),
      cell: (e) => <Text size="sm">{format.dateTime(e.at)}</Text>,
    },
    {
      key: 'details',
      header: t('screening.audit.details'),
      cell: (e) => <Details entry={e} />,
    },
  ];

  return (
    <>
      <PageHeader title={t('screening.audit.title')} description={t('screening.audit.intro')} />
      <Stack gap="md">
        <Group gap="sm" wrap="wrap" align="flex-end">
          <NativeSelect
            label={t('screening.audit.filterAction')}
            value={action}
            onChange={(e) => setAction(e.currentTarget.value as AuditAction | '')}
            data={[
              { value: '', label: t('screening.audit.all') },
              ...auditActions.map((a) => ({ value: a, label: t(`screening.audit.action.${a}`) })),
            ]}
          />
          <NativeSelect
            label={t('screening.audit.filterSubject')}
            value={subjectType}
            onChange={(e) => setSubjectType(e.currentTarget.value)}
            data={[
              { value: '', label: t('screening.audit.all') },
              ...auditSubjectTypes.map((s) => ({
                value: s,
                label: t(`screening.audit.subject.${s}`),
              })),
            ]}
          />
          <TextInput
            type="date"
            label={t('screening.audit.from')}
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('screening.audit.to')}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
          />
          {filtered && (
            <Button
              variant="subtle"
              onClick={() => {
                setAction('');
                setSubjectType('');
                setFrom('');
                setTo('');
              }}
            >
              {t('screening.audit.clear')}
            </Button>
          )}
        </Group>
        <ListState
          query={log}
          isEmpty={items.length === 0}
          empty={filtered ? t('screening.audit.emptyFiltered') : t('screening.audit.empty')}
          emptyHelp={t('screening.audit.emptyHelp')}
          icon={<KeyIcon size={28} />}
        >
          <ResponsiveTable
            rows={items}
            columns={columns}
            rowKey={(e) => e.id}
            label={t('screening.audit.title')}
          />
        </ListState>
        <LoadMore
          hasNextPage={log.hasNextPage}
          loading={log.isFetchingNextPage}
          onLoadMore={() => void log.fetchNextPage()}
        />
      </Stack>
    </>
  );
}

function Details({ entry }: { entry: AuditEntryView }) {
  const { t } = useTranslation();
  const details = entry.details ?? {};
  const parts: string[] = [];
  if (typeof details.decision === 'string') {
    parts.push(
      t(`screening.audit.decision.${details.decision === 'approved' ? 'approved' : 'rejected'}`),
    );
  }
  if (typeof details.status === 'string' && !details.decision) {
    const known = [
      'consent_requested',
      'consent_given',
      'ordered',
      'received_blank',
      'received_remarks',
      'approved',
      'rejected',
      'lapsed',
    ];
    if (known.includes(details.status)) {
      parts.push(t(`screening.certificate.status.${details.status as 'ordered'}`));
    }
  }
  if (parts.length === 0)
    return (
      <Text size="sm" c="dimmed">
        –
      </Text>
    );
  return (
    <Group gap={4} wrap="wrap">
      {parts.map((p) => (
        <Badge key={p} variant="light" color="gray" tt="none">
          {p}
        </Badge>
      ))}
    </Group>
  );
}
