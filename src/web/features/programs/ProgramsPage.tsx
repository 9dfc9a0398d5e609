import {
  Anchor,
  Button,
  Card,
  EmptyState,
  Group,
  NativeSelect,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from '@mantine/core';

import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ProgramStatus } from '../../api/programs';
import { type Program, usePrograms } from '../../api/programs';
import { PlusIcon, ProgramsIcon } from '../../components/icons';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { usePhone } from '../../components/use-phone';
import { useFormat } from '../../i18n/format';
import { useMembership } from '../organisation/OrganisationContext';
import { ProgramStatusBadge } from './ProgramStatusBadge';

/** The filter choices; "current" means drafts and published together, the server's default. */
const filters = ['current', 'draft', 'published', 'archived'] as const satisfies readonly (
  | ProgramStatus
  | 'current'
)[];
type Filter = (typeof filters)[number];

function filterFrom(value: string | null): Filter {
  return filters.find((f) => f === value) ?? 'current';
}

export function ProgramsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const membership = useMembership();
  const canManage = membership.can['programs.manage'];
  const seesAll = membership.can['programs.readAll'];
  const phone = usePhone();
  const [params, setParams] = useSearchParams();
  const filter = seesAll ? filterFrom(params.get('status')) : 'published';
  const programs = usePrograms(membership.organisationId, filter === 'current' ? null : filter);
  const items = programs.data?.pages.flatMap((page) => page.items) ?? [];

  const setFilter = (value: string) =>
    setParams(value === 'current' ? {} : { status: value }, { replace: true });

  const filterOptions = filters.map((f) => ({ value: f, label: t(`programs.filter.${f}`) }));

  const programLink = (program: Program) => (
    <Anchor component={Link} to={`/programs/${program.id}`} fw={600}>
      {program.name}
    </Anchor>
  );

  const training = (program: Program) =>
    program.inPersonSessionRequired
      ? t('programs.facts.trainingInPerson', { duration: format.duration(program.trainingMinutes) })
      : format.duration(program.trainingMinutes);

  let list: React.ReactNode;
  if (programs.isPending) list = <PageLoader />;
  else if (programs.isError)
    list = <QueryError error={programs.error} onRetry={() => void programs.refetch()} />;
  else if (items.length === 0)
    list = (
      <Paper withBorder p="xl">
        <EmptyState
          icon={<ProgramsIcon size={28} />}
          withIndicatorBackground
          title={t(`programs.empty.${filter}`)}
          description={canManage ? t('programs.emptyHelpManage') : t('programs.emptyHelp')}
        >
          {canManage && filter !== 'archived' && (
            <Button component={Link} to="/programs/new" mt="md" leftSection={<PlusIcon />}>
              {t('programs.new')}
            </Button>
          )}
        </EmptyState>
      </Paper>
    );
  else if (phone)
    list = (
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((program) => (
          <Card component="li" key={program.id} withBorder padding="md">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Stack gap={2} miw={0}>
                {programLink(program)}
                <Text size="sm" c="dimmed">
                  {t(`programTypes.${program.type}`)}
                </Text>
              </Stack>
              {seesAll && <ProgramStatusBadge status={program.status} />}
            </Group>
            <Text size="sm" mt="xs">
              {t('programs.facts.training')}: {training(program)}
            </Text>
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
              <Table.Th scope="col">{t('programs.name')}</Table.Th>
              <Table.Th scope="col">{t('programs.type')}</Table.Th>
              {seesAll && <Table.Th scope="col">{t('programs.status')}</Table.Th>}
              <Table.Th scope="col">{t('programs.facts.training')}</Table.Th>
              <Table.Th scope="col">{t('programs.updated')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((program) => (
              <Table.Tr key={program.id}>
                <Table.Td maw={320}>{programLink(program)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`programTypes.${program.type}`)}</Text>
                </Table.Td>
                {seesAll && (
                  <Table.Td>
                    <ProgramStatusBadge status={program.status} />
                  </Table.Td>
                )}
                <Table.Td>
                  <Text size="sm">{training(program)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{format.date(program.updatedAt)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    );

  return (
    <>
      <PageHeader
        title={t('programs.title')}
        description={seesAll ? t('programs.introStaff') : t('programs.intro')}
        actions={
          canManage && (
            <Button component={Link} to="/programs/new" leftSection={<PlusIcon />}>
              {t('programs.new')}
            </Button>
          )
        }
      />
      {seesAll &&
        (phone ? (
          <NativeSelect
            label={t('programs.filter.label')}
            value={filter}
            onChange={(event) => setFilter(event.currentTarget.value)}
            data={filterOptions}
            mb="md"
          />
        ) : (
          <SegmentedControl
            aria-label={t('programs.filter.label')}
            value={filter}
            onChange={setFilter}
            data={filterOptions}
            mb="md"
          />
        ))}
      {list}
      <LoadMore
        hasNextPage={programs.hasNextPage}
        loading={programs.isFetchingNextPage}
        onLoadMore={() => void programs.fetchNextPage()}
      />
    </>
  );
}
