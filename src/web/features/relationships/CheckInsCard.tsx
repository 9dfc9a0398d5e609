import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DueStatus } from '../../../contracts/checkins';
import { checkInChannels, type checkInParties } from '../../../contracts/relationships';
import {
  type PartyDue,
  useDueCheckIns,
  useMatchCheckIns,
  useRecordCheckIn,
} from '../../api/checkins';
import { showServerErrors } from '../../components/form-errors';
import { notifyError, notifySaved } from '../../components/notify';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../i18n/format';
import { useMembership } from '../organisation/OrganisationContext';

type Party = (typeof checkInParties)[number];
type Channel = (typeof checkInChannels)[number];

export const statusColor: Record<DueStatus, string> = {
  overdue: 'red.9',
  due: 'yellow.4',
  ok: 'teal.9',
};

/** The value of a datetime-local field for now, in local time. */
function localNow(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** One side's check-in rhythm: its status, when it is due and the last check-in. */
export function PartyDueLine({ due }: { due: PartyDue }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Group gap="xs" wrap="wrap">
      <Badge color={statusColor[due.status]} autoContrast={due.status === 'due'}>
        {t(`checkins.status.${due.status}`)}
      </Badge>
      <Text size="sm" fw={500}>
        {t(`checkins.parties.${due.party}`)}
        {due.throughGuardian ? ` ${t('checkins.throughGuardian')}` : ''}
      </Text>
      <Text size="sm">{t('checkins.nextDue', { date: format.date(due.nextDueAt) })}</Text>
      <Text size="sm" c="dimmed">
        {due.lastCheckInAt
          ? t('checkins.last', { date: format.date(due.lastCheckInAt) })
          : t('checkins.never')}
      </Text>
    </Group>
  );
}

const fields = ['party', 'date', 'durationMinutes', 'channel', 'notes', 'flags'] as const;

/** The coordinator records a check-in with one side of a match. */
export function CheckInForm({
  matchId,
  parties,
  onDone,
}: {
  matchId: string;
  parties: readonly Party[];
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordCheckIn(matchId);
  const form = useForm({
    initialValues: {
      party: (parties[0] ?? 'mentor') as Party,
      date: localNow(),
      durationMinutes: 15 as number | string,
      channel: 'phone' as Channel,
      notes: '',
      flags: [] as string[],
    },
  });
  const submit = form.onSubmit((values) => {
    const date = new Date(values.date);
    if (!values.date || Number.isNaN(date.getTime())) {
      form.setFieldError('date', t('checkins.form.dateRequired'));
      return;
    }
    record.mutate(
      { ...values, date: date.toISOString(), durationMinutes: Number(values.durationMinutes) },
      {
        onSuccess: () => {
          form.reset();
          notifySaved(t('checkins.form.saved'));
          onDone?.();
        },
        onError: (e) => {
          const rest = showServerErrors(form, e, fields);
          if (rest) notifyError(rest);
        },
      },
    );
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Select
          label={t('checkins.form.party')}
          data={parties.map((p) => ({ value: p, label: t(`checkins.parties.${p}`) }))}
          allowDeselect={false}
          required
          {...form.getInputProps('party')}
        />
        <TextInput
          type="datetime-local"
          label={t('checkins.form.date')}
          required
          {...form.getInputProps('date')}
        />
        <NumberInput
          label={t('checkins.form.duration')}
          min={1}
          max={600}
          step={5}
          required
          {...form.getInputProps('durationMinutes')}
        />
        <Select
          label={t('checkins.form.channel')}
          data={checkInChannels.map((c) => ({ value: c, label: t(`checkins.channels.${c}`) }))}
          allowDeselect={false}
          required
          {...form.getInputProps('channel')}
        />
        <Textarea
          label={t('checkins.form.notes')}
          autosize
          minRows={2}
          maxLength={4000}
          {...form.getInputProps('notes')}
        />
        <TagsInput
          label={t('checkins.form.flags')}
          description={t('checkins.form.flagsHelp')}
          maxTags={10}
          {...form.getInputProps('flags')}
        />
        <Group>
          <Button type="submit" loading={record.isPending}>
            {t('checkins.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

/** On the match page, for staff who keep in touch: the rhythm, the check-ins and the form. */
export function CheckInsCard({ matchId, active }: { matchId: string; active: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const membership = useMembership();
  const allowed = membership.can['checkIns.manage'] ?? false;
  const query = useMatchCheckIns(matchId, allowed);
  if (!allowed) return null;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data;
  const parties: Party[] = data?.schedule.length
    ? [
        ...new Set(
          data.schedule.flatMap((p) =>
            p.throughGuardian ? [p.party, 'guardian' as const] : [p.party],
          ),
        ),
      ]
    : ['mentor', 'mentee'];
  return (
    <Section title={t('checkins.card.title')}>
      {data?.schedule.map((due) => (
        <PartyDueLine key={due.party} due={due} />
      ))}
      {data && data.items.length === 0 && <Text size="sm">{t('checkins.card.none')}</Text>}
      {data?.items.map((c) => (
        <Stack key={c.id} gap={2}>
          <Text size="sm" fw={500}>
            {t('checkins.card.entry', {
              date: format.date(c.date),
              party: t(`checkins.parties.${c.party}`),
              channel: t(`checkins.channels.${c.channel}`),
              minutes: c.durationMinutes,
            })}
          </Text>
          {c.notes && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {c.notes}
            </Text>
          )}
          {c.flags.length > 0 && (
            <Group gap={4}>
              {c.flags.map((f) => (
                <Badge key={f} variant="outline" color="orange.9">
                  {f}
                </Badge>
              ))}
            </Group>
          )}
        </Stack>
      ))}
      {active && data && (
        <>
          <Title order={3} fz="md">
            {t('checkins.form.title')}
          </Title>
          <CheckInForm matchId={matchId} parties={parties} />
        </>
      )}
    </Section>
  );
}

/** On the home page: how many check-ins are overdue and due this week. */
export function CheckInsDueNotice() {
  const { t } = useTranslation();
  const membership = useMembership();
  const allowed = membership.can['checkIns.manage'] ?? false;
  const query = useDueCheckIns(membership.organisationId, allowed);
  const summary = query.data?.summary;
  if (!allowed || !summary || summary.overdue + summary.due === 0) return null;
  return (
    <Alert color={summary.overdue > 0 ? 'red' : 'yellow'} title={t('checkins.home.title')}>
      <Stack gap="xs">
        <Text size="sm">
          {t('checkins.home.summary', { overdue: summary.overdue, due: summary.due })}
        </Text>
        <Anchor component={Link} to="/check-ins" size="sm">
          {t('checkins.home.link')}
        </Anchor>
      </Stack>
    </Alert>
  );
}
