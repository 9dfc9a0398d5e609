import { Badge, Button, Card, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Match,
  useFirstMeeting,
  useProgramMatches,
  useScheduleFirstMeeting,
} from '../../api/matching';
import { showServerErrors } from '../../components/form-errors';
import { ListState } from '../../components/ListState';
import { notifyError, notifySaved } from '../../components/notify';
import { usePhone } from '../../components/use-phone';
import { useFormat } from '../../i18n/format';

export const statusColor = {
  proposed: 'yellow',
  active: 'mentorTeal',
  closed: 'gray',
  declined: 'red',
} as const;

/** The program's proposed and active matches: who has accepted, and the first meeting. */
export function ProgramMatches({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const matches = useProgramMatches(programId);
  const open = (matches.data?.items ?? []).filter(
    (m) => m.status === 'proposed' || m.status === 'active',
  );
  const [scheduling, setScheduling] = useState<Match | null>(null);
  return (
    <Stack gap="sm">
      <Title order={2} fz="h4">
        {t('matching.matches.title')}
      </Title>
      <ListState query={matches} empty={t('matching.matches.empty')} isEmpty={open.length === 0}>
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {open.map((match) => (
            <MatchCard key={match.id} match={match} onSchedule={() => setScheduling(match)} />
          ))}
        </Stack>
      </ListState>
      {scheduling && (
        <ScheduleModal
          match={scheduling}
          programId={programId}
          onClose={() => setScheduling(null)}
        />
      )}
    </Stack>
  );
}

function MatchCard({ match, onSchedule }: { match: Match; onSchedule: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const meeting = useFirstMeeting(match.id, match.status === 'active');
  const first = meeting.data?.firstMeeting;
  const side = (label: string, at: string | null) =>
    `${label} ${at ? t('matching.matches.accepted') : t('matching.matches.waiting')}`;
  const menteeSide = match.acceptance.menteeSide;
  return (
    <Card withBorder component="li" padding="md" data-testid="program-match">
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {t('matching.tab.pairLabel', { mentor: match.mentorName, mentee: match.menteeName })}
          </Text>
          <Badge color={statusColor[match.status]} variant="light">
            {t(`matching.matches.status.${match.status}`)}
          </Badge>
        </Group>
        {match.status === 'proposed' && (
          <Text size="sm" c="dimmed">
            {side(t('matching.matches.sideMentor'), match.acceptance.mentor)} ·{' '}
            {side(
              menteeSide === 'guardian'
                ? t('matching.matches.sideGuardian')
                : t('matching.matches.sideMentee'),
              menteeSide === 'guardian' ? match.acceptance.guardian : match.acceptance.mentee,
            )}
          </Text>
        )}
        {match.status === 'active' && (
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm">
              {first?.at && first.place
                ? t('matching.matches.firstMeeting', {
                    when: format.when(first.at),
                    place: first.place,
                  })
                : t('matching.matches.noFirstMeeting')}
            </Text>
            <Button size="xs" variant={first?.at ? 'default' : 'filled'} onClick={onSchedule}>
              {first?.at ? t('matching.matches.reschedule') : t('matching.matches.schedule')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function ScheduleModal(props: { match: Match; programId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = usePhone();
  const schedule = useScheduleFirstMeeting(props.match.id, props.programId);
  const form = useForm({
    initialValues: { date: '', time: '16:00', place: '' },
    validate: {
      date: (v) => (v ? null : t('common.required')),
      time: (v) => (v ? null : t('common.required')),
      place: (v) => (v.trim().length >= 2 ? null : t('common.required')),
    },
  });
  const submit = form.onSubmit((values) => {
    schedule.mutate(
      { at: new Date(`${values.date}T${values.time}`).toISOString(), place: values.place.trim() },
      {
        onSuccess: () => {
          notifySaved(t('matching.matches.scheduled'));
          props.onClose();
        },
        onError: (error) => {
          // The server's `at` is the date and time together: show it at the date.
          const rest = showServerErrors(
            {
              setFieldError: (path, message) =>
                form.setFieldError(path === 'at' ? 'date' : path, message),
            },
            error,
            ['at', 'place'],
          );
          if (rest) notifyError(rest);
        },
      },
    );
  });
  return (
    <Modal
      opened
      onClose={props.onClose}
      fullScreen={phone}
      title={t('matching.matches.scheduleTitle', {
        mentor: props.match.mentorName,
        mentee: props.match.menteeName,
      })}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('matching.matches.scheduleHelp')}
          </Text>
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              type="date"
              label={t('matching.matches.date')}
              required
              data-autofocus
              {...form.getInputProps('date')}
            />
            <TextInput
              type="time"
              label={t('matching.matches.time')}
              required
              {...form.getInputProps('time')}
            />
          </Group>
          <TextInput
            label={t('matching.matches.place')}
            description={t('matching.matches.placeHelp')}
            required
            {...form.getInputProps('place')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={schedule.isPending}>
              {t('matching.matches.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
