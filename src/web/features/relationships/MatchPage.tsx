import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Progress,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type MeetingKind, meetingKinds } from '../../../contracts/relationships';
import {
  type Goal,
  type MatchPage as MatchPageData,
  type Meeting,
  nextMeetingIcsUrl,
  useAddGoal,
  useDeleteGoal,
  useDeleteMeeting,
  useLogMeeting,
  useMatchPage,
  useUpdateGoal,
} from '../../api/relationships';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { showServerErrors } from '../../components/form-errors';
import { notifyError, notifySaved } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../i18n/format';
import { AfterProgramCard } from './AfterProgramCard';
import { CheckInsCard } from './CheckInsCard';
import { ClosureCard } from './ClosureCard';
import { MessagesCard } from './MessagesCard';
import { ReportConcernButton } from './ReportConcernButton';

/**
 * The match page for the mentor, the mentee, a child's guardian and staff: the agreement,
 * the next meeting (with a calendar file), goals with progress and the meeting log.
 */
export function MatchPage() {
  const { t } = useTranslation();
  const { matchId = '' } = useParams();
  const page = useMatchPage(matchId);
  if (page.isPending) return <PageLoader />;
  if (page.isError) {
    return <QueryError error={page.error} onRetry={() => void page.refetch()} />;
  }
  const data = page.data;
  const { match, viewer } = data;
  return (
    <>
      <PageHeader
        title={t('relationships.title', { mentor: match.mentorName, mentee: match.menteeName })}
        description={t('relationships.program', { name: match.programName })}
        actions={
          <Badge variant="light" size="lg">
            {t(`relationships.status.${match.status}`)}
          </Badge>
        }
      />
      <Stack gap="lg">
        <Anchor component={Link} to="/matches" size="sm">
          {t('relationships.back')}
        </Anchor>
        {match.status === 'closed' && <Text size="sm">{t('relationships.closedNote')}</Text>}
        {match.status === 'closed' && <ClosureCard matchId={match.id} status={match.status} />}
        {/* After closure, what still happens comes first: contact after the program. */}
        {match.status === 'closed' && <AfterProgramCard matchId={match.id} />}
        <AgreementCard data={data} />
        {match.status !== 'closed' && <NextMeetingCard data={data} />}
        <GoalsCard data={data} />
        {viewer.canWrite && <MeetingForm matchId={match.id} />}
        <MeetingLog data={data} />
        {viewer.staff && <CheckInsCard matchId={match.id} active={match.status === 'active'} />}
        {match.status !== 'closed' && <ClosureCard matchId={match.id} status={match.status} />}
        <MessagesCard matchId={match.id} />
        <Group>
          <ReportConcernButton matchId={match.id} />
        </Group>
      </Stack>
    </>
  );
}

/** A card of the page, named by its heading so it is a region people can jump to. */
function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} fz="lg" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

function AgreementCard({ data }: { data: MatchPageData }) {
  const { t } = useTranslation();
  const agreement = data.match.agreement;
  return (
    <Section title={t('relationships.agreement.title')}>
      {agreement ? (
        <>
          <Text size="sm">
            {t('relationships.agreement.cadence', {
              cadence: t(`relationships.agreement.cadences.${agreement.cadence}`),
            })}
          </Text>
          <Text size="sm">
            {t('relationships.agreement.length', { months: agreement.lengthMonths })}
          </Text>
          {agreement.goals.length > 0 && (
            <>
              <Text size="sm" fw={600}>
                {t('relationships.agreement.goals')}
              </Text>
              <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
                {agreement.goals.map((goal) => (
                  <li key={goal}>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {goal}
                    </Text>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <Text size="sm">{t('relationships.agreement.none')}</Text>
      )}
    </Section>
  );
}

function NextMeetingCard({ data }: { data: MatchPageData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const next = data.nextMeeting;
  let line = t('relationships.next.none');
  if (next?.source === 'meeting' && next.kind) {
    line = t('relationships.next.planned', {
      when: format.when(next.date),
      kind: t(`relationships.meetings.kinds.${next.kind}`),
    });
  } else if (next) {
    line = next.place
      ? t('relationships.next.firstAt', { when: format.when(next.date), place: next.place })
      : t('relationships.next.first', { when: format.when(next.date) });
  }
  return (
    <Section title={t('relationships.next.title')}>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {line}
      </Text>
      {next && (
        <Anchor href={nextMeetingIcsUrl(data.match.id)} download size="sm">
          {t('relationships.next.calendar')}
        </Anchor>
      )}
    </Section>
  );
}

function GoalsCard({ data }: { data: MatchPageData }) {
  const { t } = useTranslation();
  const matchId = data.match.id;
  const add = useAddGoal(matchId);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    add.mutate(title, {
      onSuccess: () => {
        setTitle('');
        setError(null);
        notifySaved(t('relationships.goals.saved'));
      },
      onError: (e) => {
        const rest = showServerErrors({ setFieldError: (_, m) => setError(m) }, e, ['title']);
        if (rest) notifyError(rest);
      },
    });
  };
  return (
    <Section title={t('relationships.goals.title')}>
      {data.goals.length === 0 && <Text size="sm">{t('relationships.goals.empty')}</Text>}
      <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {data.goals.map((goal) => (
          <GoalRow key={goal.id} goal={goal} matchId={matchId} canWrite={data.viewer.canWrite} />
        ))}
      </Stack>
      {data.viewer.canWrite && (
        <form onSubmit={submit} noValidate>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t('relationships.goals.newGoal')}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={error}
              maxLength={200}
              style={{ flex: '1 1 12rem' }}
            />
            <Button type="submit" loading={add.isPending}>
              {t('relationships.goals.add')}
            </Button>
          </Group>
        </form>
      )}
    </Section>
  );
}

function GoalRow({ goal, matchId, canWrite }: { goal: Goal; matchId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const update = useUpdateGoal(matchId);
  const remove = useDeleteGoal(matchId);
  const [value, setValue] = useState<number | string>(goal.progressPercent);
  const label = t('relationships.goals.progress', { title: goal.title });
  return (
    <li>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {goal.title}
          </Text>
          <Text size="sm">{format.percent(goal.progressPercent / 100)}</Text>
        </Group>
        <Progress value={goal.progressPercent} aria-label={label} />
        {canWrite && (
          <Group gap="sm" align="flex-end" wrap="wrap">
            <NumberInput
              label={t('relationships.goals.progressInput')}
              aria-label={label}
              min={0}
              max={100}
              step={10}
              clampBehavior="strict"
              value={value}
              onChange={setValue}
              w={140}
            />
            <Button
              variant="default"
              loading={update.isPending}
              onClick={() =>
                update.mutate(
                  { goalId: goal.id, progressPercent: Number(value) },
                  {
                    onSuccess: () => notifySaved(t('relationships.goals.saved')),
                    onError: (e) => notifyError(e),
                  },
                )
              }
            >
              {t('relationships.goals.save')}
            </Button>
            <Button
              variant="subtle"
              color="red.9"
              c="red.9"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(goal.id, {
                  onSuccess: () => notifySaved(t('relationships.goals.removed')),
                  onError: (e) => notifyError(e),
                })
              }
            >
              {t('relationships.goals.remove')}
            </Button>
          </Group>
        )}
      </Stack>
    </li>
  );
}

const fields = ['date', 'durationMinutes', 'kind', 'notes'] as const;

function MeetingForm({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const log = useLogMeeting(matchId);
  const form = useForm({
    initialValues: {
      date: '',
      durationMinutes: 60 as number | string,
      kind: 'one_to_one' as MeetingKind,
      notes: '',
    },
  });
  const submit = form.onSubmit((values) => {
    const date = new Date(values.date);
    if (!values.date || Number.isNaN(date.getTime())) {
      form.setFieldError('date', t('relationships.form.dateRequired'));
      return;
    }
    log.mutate(
      {
        date: date.toISOString(),
        durationMinutes: Number(values.durationMinutes),
        kind: values.kind,
        notes: values.notes,
      },
      {
        onSuccess: () => {
          form.reset();
          notifySaved(t('relationships.form.saved'));
        },
        onError: (e) => {
          const rest = showServerErrors(form, e, fields);
          if (rest) notifyError(rest);
        },
      },
    );
  });
  return (
    <Section title={t('relationships.form.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            type="datetime-local"
            label={t('relationships.form.date')}
            description={t('relationships.form.dateHelp')}
            required
            {...form.getInputProps('date')}
          />
          <NumberInput
            label={t('relationships.form.duration')}
            min={5}
            max={1440}
            step={15}
            required
            {...form.getInputProps('durationMinutes')}
          />
          <Select
            label={t('relationships.form.kind')}
            data={meetingKinds.map((kind) => ({
              value: kind,
              label: t(`relationships.meetings.kinds.${kind}`),
            }))}
            allowDeselect={false}
            required
            {...form.getInputProps('kind')}
          />
          <Textarea
            label={t('relationships.form.notes')}
            description={t('relationships.form.notesHelp')}
            autosize
            minRows={2}
            maxLength={4000}
            {...form.getInputProps('notes')}
          />
          <Group>
            <Button type="submit" loading={log.isPending}>
              {t('relationships.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

function MeetingLog({ data }: { data: MatchPageData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const remove = useDeleteMeeting(data.match.id);
  const [removing, setRemoving] = useState<Meeting | null>(null);
  const now = Date.now();
  const canChange = data.viewer.canWrite;
  return (
    <Section title={t('relationships.meetings.title')}>
      {data.meetings.length === 0 && <Text size="sm">{t('relationships.meetings.empty')}</Text>}
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {data.meetings.map((meeting) => (
          <li key={meeting.id} data-testid="meeting">
            <Stack gap={4}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={600}>
                  {format.dateTime(meeting.date)}
                </Text>
                <Badge variant="light">{t(`relationships.meetings.kinds.${meeting.kind}`)}</Badge>
                <Text size="sm">{format.duration(meeting.durationMinutes)}</Text>
                {new Date(meeting.date).getTime() > now && (
                  <Badge variant="outline">{t('relationships.meetings.planned')}</Badge>
                )}
              </Group>
              {meeting.notes && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {meeting.notes}
                </Text>
              )}
              {meeting.loggedByName && (
                <Text size="xs" c="dimmed">
                  {t('relationships.meetings.by', { name: meeting.loggedByName })}
                </Text>
              )}
              {canChange && meeting.canEdit && (
                <Group>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red.9"
                    c="red.9"
                    onClick={() => setRemoving(meeting)}
                  >
                    {t('relationships.meetings.remove')}
                  </Button>
                </Group>
              )}
            </Stack>
          </li>
        ))}
      </Stack>
      <ConfirmDialog
        opened={removing !== null}
        title={t('relationships.meetings.removeTitle')}
        confirmLabel={t('relationships.meetings.remove')}
        danger
        loading={remove.isPending}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.id, {
            onSuccess: () => {
              setRemoving(null);
              notifySaved(t('relationships.meetings.removed'));
            },
            onError: (e) => notifyError(e),
          })
        }
        onClose={() => setRemoving(null)}
      >
        {t('relationships.meetings.removeBody')}
      </ConfirmDialog>
    </Section>
  );
}
