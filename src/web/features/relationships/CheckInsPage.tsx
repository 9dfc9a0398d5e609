import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type DueMatch, useDueCheckIns } from '../../api/checkins';
import { ListState } from '../../components/ListState';
import { PageHeader } from '../../components/PageHeader';
import { useMembership } from '../organisation/OrganisationContext';
import { CheckInForm, PartyDueLine, statusColor } from './CheckInsCard';

type Filter = 'attention' | 'all';

/** The coordinator's check-ins: every active match with what is due, overdue first. */
export function CheckInsPage() {
  const { t } = useTranslation();
  const membership = useMembership();
  const query = useDueCheckIns(membership.organisationId);
  const [filter, setFilter] = useState<Filter>('attention');
  const items = (query.data?.items ?? []).filter((m) => filter === 'all' || m.status !== 'ok');
  const summary = query.data?.summary;
  return (
    <>
      <PageHeader title={t('checkins.title')} description={t('checkins.description')} />
      <Stack gap="md">
        {summary && (
          <Text>{t('checkins.home.summary', { overdue: summary.overdue, due: summary.due })}</Text>
        )}
        <SegmentedControl
          aria-label={t('checkins.filter.label')}
          value={filter}
          onChange={(v) => setFilter(v as Filter)}
          data={[
            { value: 'attention', label: t('checkins.filter.attention') },
            { value: 'all', label: t('checkins.filter.all') },
          ]}
          fullWidth
        />
        <ListState
          query={query}
          isEmpty={items.length === 0}
          empty={filter === 'all' ? t('checkins.empty') : t('checkins.emptyAttention')}
        >
          <Stack gap="sm">
            {items.map((m) => (
              <DueMatchCard key={m.matchId} match={m} />
            ))}
          </Stack>
        </ListState>
      </Stack>
    </>
  );
}

function DueMatchCard({ match }: { match: DueMatch }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const parties = [
    ...new Set(
      match.parties.flatMap((p) =>
        p.throughGuardian ? [p.party, 'guardian' as const] : [p.party],
      ),
    ),
  ];
  return (
    <Card withBorder padding="md" component="article">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} fz="md">
            <Anchor component={Link} to={`/matches/${match.matchId}`}>
              {t('checkins.pair', { mentor: match.mentorName, mentee: match.menteeName })}
            </Anchor>
          </Title>
          <Badge color={statusColor[match.status]} autoContrast={match.status === 'due'}>
            {t(`checkins.status.${match.status}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {match.programName}
        </Text>
        {match.parties.map((p) => (
          <PartyDueLine key={p.party} due={p} />
        ))}
        <Group>
          <Button variant={open ? 'default' : 'light'} size="xs" onClick={() => setOpen((o) => !o)}>
            {open ? t('checkins.cancel') : t('checkins.record')}
          </Button>
        </Group>
        {open && (
          <CheckInForm matchId={match.matchId} parties={parties} onDone={() => setOpen(false)} />
        )}
      </Stack>
    </Card>
  );
}
