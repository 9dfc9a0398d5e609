import {
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  CopyButton,
  Drawer,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { menteeStatuses } from '../../../contracts/mentees';
import type { AvailabilitySlot } from '../../../contracts/profile';
import {
  type MenteeListItem,
  type MenteeStatus,
  useMenteeRecord,
  useMentees,
} from '../../api/mentees';
import type { Program } from '../../api/programs';
import { CheckIcon, CopyIcon, MembersIcon, SearchIcon } from '../../components/icons';
import { ListState } from '../../components/ListState';
import { LoadMore } from '../../components/LoadMore';
import { QueryError } from '../../components/QueryError';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { usePhone } from '../../components/use-phone';
import { useFormat } from '../../i18n/format';
import { useMembership } from '../organisation/OrganisationContext';
import {
  availabilityLabel,
  type Gender,
  type Goal,
  genderLabel,
  goalLabel,
  type Interest,
  interestLabel,
  type Language,
  languageLabel,
} from '../recruitment/profile-labels';
import { ImportPanel } from './ImportPanel';

/**
 * The program's mentees: the waiting list with search and status, each record on its own
 * (a view of a child's record is logged), the public registration link to share, and for
 * workplace programs the import of new employees from a spreadsheet.
 */
export function MenteesTab({ program }: { program: Program }) {
  const membership = useMembership();
  const canRead = membership.can['mentees.read'];
  const canImport = membership.can['mentees.import'] && program.type === 'workplace';
  return (
    <Stack gap="lg">
      {program.type !== 'workplace' && canRead && <ShareLink program={program} />}
      {canImport && <ImportPanel program={program} />}
      {canRead && <MenteeList program={program} />}
    </Stack>
  );
}

function ShareLink({ program }: { program: Program }) {
  const { t } = useTranslation();
  const url = `${window.location.origin}/register/${program.id}`;
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} fz="h4">
          {t('mentees.share.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {program.status === 'published' ? t('mentees.share.help') : t('mentees.share.draft')}
        </Text>
        <Group gap="sm" wrap="wrap" align="center">
          <Code className="break-anywhere" style={{ flex: '1 1 16rem' }}>
            {url}
          </Code>
          <CopyButton value={url}>
            {({ copied, copy }) => (
              <Button
                size="xs"
                variant={copied ? 'light' : 'default'}
                leftSection={copied ? <CheckIcon size={14} /> : <CopyIcon size={14} />}
                onClick={copy}
              >
                {copied ? t('mentees.share.copied') : t('mentees.share.copy')}
              </Button>
            )}
          </CopyButton>
          {program.status === 'published' && (
            <Anchor href={url} target="_blank" rel="noopener" size="sm">
              {t('mentees.share.open')}
            </Anchor>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

const statusColors: Record<MenteeStatus, string> = {
  waiting: 'orange',
  matched: 'mentorTeal',
  closed: 'gray',
  withdrawn: 'gray',
};

export function MenteeStatusBadge({ status }: { status: MenteeStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="light" tt="none" radius="sm">
      {t(`mentees.status.${status}`)}
    </Badge>
  );
}

function MenteeList({ program }: { program: Program }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<MenteeStatus | null>('waiting');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const mentees = useMentees(program.id, { status, q });
  const rows = mentees.data?.pages.flatMap((page) => page.items) ?? [];
  const [open, setOpen] = useState<MenteeListItem | null>(null);
  const workplace = program.type === 'workplace';

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2} fz="h4">
          {t('mentees.list.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('mentees.list.intro')}
        </Text>
      </Stack>
      <Group gap="md" align="flex-end" wrap="wrap">
        <TextInput
          label={t('mentees.list.search')}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          leftSection={<SearchIcon size={16} />}
          rightSection={mentees.isFetching && !mentees.isPending ? <Loader size="xs" /> : null}
          style={{ flex: '1 1 16rem' }}
        />
        <NativeSelect
          label={t('mentees.list.statusFilter')}
          value={status ?? ''}
          onChange={(event) =>
            setStatus((event.currentTarget.value || null) as MenteeStatus | null)
          }
          data={[
            { value: '', label: t('mentees.list.allStatuses') },
            ...menteeStatuses.map((s) => ({ value: s, label: t(`mentees.status.${s}`) })),
          ]}
          style={{ flex: '0 1 14rem' }}
        />
      </Group>
      <ListState
        query={mentees}
        isEmpty={rows.length === 0}
        empty={q || status ? t('mentees.list.noneFound') : t('mentees.list.empty')}
        emptyHelp={workplace ? t('mentees.list.emptyHelpImport') : t('mentees.list.emptyHelp')}
        icon={<MembersIcon size={28} />}
      >
        <ResponsiveTable
          label={t('mentees.list.title')}
          rows={rows}
          rowKey={(row) => row.id}
          columns={[
            {
              key: 'name',
              header: t('mentees.list.name'),
              cell: (row) => (
                <Stack gap={4} align="flex-start">
                  <Anchor
                    component="button"
                    type="button"
                    fw={600}
                    size="sm"
                    ta="left"
                    className="break-anywhere"
                    onClick={() => setOpen(row)}
                    aria-label={t('mentees.list.open', { name: row.name })}
                  >
                    {row.name}
                  </Anchor>
                  {row.child && (
                    <Badge color="blue" variant="light" tt="none" radius="sm" size="sm">
                      {t('mentees.list.child')}
                    </Badge>
                  )}
                </Stack>
              ),
            },
            ...(workplace
              ? [
                  {
                    key: 'employeeId',
                    header: t('mentees.list.employeeId'),
                    cell: (row: MenteeListItem) => <Text size="sm">{row.employeeId ?? '–'}</Text>,
                  },
                ]
              : []),
            {
              key: 'age',
              header: t('mentees.list.age'),
              cell: (row) => <Text size="sm">{t('mentees.years', { count: row.age })}</Text>,
            },
            {
              key: 'status',
              header: t('mentees.list.status'),
              cell: (row) => (
                <Stack gap={2} align="flex-start">
                  <MenteeStatusBadge status={row.status} />
                  {row.status === 'waiting' && (
                    <Text size="xs" c="dimmed">
                      {t('mentees.waitingSince', { date: format.date(row.waitingSince) })}
                    </Text>
                  )}
                </Stack>
              ),
            },
            {
              key: 'languages',
              header: t('mentees.list.languages'),
              cell: (row) => (
                <Text size="sm">
                  {row.languages.map((l) => languageLabel(t, l as Language)).join(', ')}
                </Text>
              ),
            },
            {
              key: 'place',
              header: t('mentees.list.place'),
              cell: (row) => <Text size="sm">{row.place}</Text>,
            },
          ]}
        />
      </ListState>
      <LoadMore
        hasNextPage={mentees.hasNextPage}
        loading={mentees.isFetchingNextPage}
        onLoadMore={() => void mentees.fetchNextPage()}
      />
      <RecordDrawer mentee={open} onClose={() => setOpen(null)} />
    </Stack>
  );
}

/** The full record; opening a child's writes to the audit log, and the drawer says so. */
function RecordDrawer({ mentee, onClose }: { mentee: MenteeListItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = usePhone();
  const format = useFormat();
  const record = useMenteeRecord(mentee?.id ?? null);
  const data = record.data;

  return (
    <Drawer
      opened={mentee !== null}
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'md'}
      title={
        <Text fw={700} component="span">
          {mentee?.name}
        </Text>
      }
    >
      {mentee?.child && (
        <Alert color="blue" variant="light" mb="md" title={t('mentees.record.loggedTitle')}>
          {t('mentees.record.logged')}
        </Alert>
      )}
      {record.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {record.isError && <QueryError error={record.error} onRetry={() => void record.refetch()} />}
      {data && (
        <Stack gap="md">
          <Group gap="xs">
            <MenteeStatusBadge status={data.status} />
            <Text size="sm" c="dimmed">
              {t(`mentees.source.${data.source}`)}
            </Text>
          </Group>
          <Facts
            items={[
              [t('mentees.record.program'), data.programName],
              [
                t('mentees.record.birthDate'),
                `${format.date(`${data.birthDate}T12:00:00Z`)} (${t('mentees.years', { count: data.age })})`,
              ],
              [t('mentees.record.waitingSince'), format.date(data.waitingSince)],
              ...(data.employeeId
                ? ([[t('mentees.list.employeeId'), data.employeeId]] as [string, string][])
                : []),
              ...(data.guardian
                ? ([
                    [t('mentees.record.guardian'), `${data.guardian.name}, ${data.guardian.email}`],
                  ] as [string, string][])
                : []),
              [t('mentees.record.email'), data.email ?? '–'],
              [t('mentees.record.phone'), data.phone ?? '–'],
              [t('mentees.record.consentAt'), format.dateTime(data.consentAt)],
            ]}
          />
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('mentees.record.needs')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {data.needs || t('mentees.record.noNeeds')}
            </Text>
          </Stack>
          <Title order={3} fz="h5">
            {t('mentees.record.profile')}
          </Title>
          <ProfileFacts profile={data.profile} />
        </Stack>
      )}
    </Drawer>
  );
}

function Facts({ items }: { items: [string, string][] }) {
  return (
    <Stack gap={8} component="dl" m={0}>
      {items.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="xs" c="dimmed" fw={600}>
            {label}
          </Text>
          <Text component="dd" size="sm" m={0} className="break-anywhere">
            {value}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

/** The matching profile in words. */
export function ProfileFacts({
  profile,
}: {
  profile: {
    languages: string[];
    interests: string[];
    goals: string[];
    availability: string[];
    place: string;
    maxTravelKm: number;
    gender: string | null;
    genderPreference: string | null;
  };
}) {
  const { t } = useTranslation();
  const list = (items: string[]) => (items.length ? items.join(', ') : '–');
  return (
    <Facts
      items={[
        [
          t('mentees.profile.languages'),
          list(profile.languages.map((l) => languageLabel(t, l as Language))),
        ],
        [
          t('mentees.profile.interests'),
          list(profile.interests.map((i) => interestLabel(t, i as Interest))),
        ],
        [t('mentees.profile.goals'), list(profile.goals.map((g) => goalLabel(t, g as Goal)))],
        [
          t('mentees.profile.availability'),
          list(profile.availability.map((s) => availabilityLabel(t, s as AvailabilitySlot))),
        ],
        [
          t('mentees.profile.place'),
          t('mentees.profile.placeValue', { place: profile.place, km: profile.maxTravelKm }),
        ],
        [
          t('mentees.profile.gender'),
          profile.gender ? genderLabel(t, profile.gender as Gender) : '–',
        ],
        [
          t('mentees.profile.genderPreference'),
          profile.genderPreference
            ? genderLabel(t, profile.genderPreference as Gender)
            : t('mentees.profile.noPreference'),
        ],
      ]}
    />
  );
}
