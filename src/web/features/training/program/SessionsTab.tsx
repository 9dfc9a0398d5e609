import {
  Badge,
  Button,
  Card,
  Chip,
  Collapse,
  Group,
  Loader,
  Modal,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program } from '../../../api/programs';
import {
  type Attendance,
  type Signup,
  type TrainingSession,
  useCreateSession,
  useCurriculum,
  useCurriculumVersions,
  useSessionSignups,
  useSetAttendance,
  useTrainingSessions,
} from '../../../api/training';
import { showServerErrors } from '../../../components/form-errors';
import { CheckIcon, PlusIcon } from '../../../components/icons';
import { ListState } from '../../../components/ListState';
import { notifyError, notifySaved } from '../../../components/notify';
import { usePhone } from '../../../components/use-phone';
import { useLocalText } from '../parts';
import { useSessionTime } from '../SessionsItem';
import { attendanceValues } from '../training-enums';

/** Trainers: schedule in-person sessions and take attendance. */
export function SessionsTab({ program }: { program: Program }) {
  const { t } = useTranslation();
  const sessions = useTrainingSessions(program.id);
  const rows = sessions.data?.pages.flatMap((page) => page.items) ?? [];
  const [createOpened, createModal] = useDisclosure(false);

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed" style={{ flex: '1 1 20rem' }}>
          {t('trainerSessions.intro')}
        </Text>
        <Button leftSection={<PlusIcon />} onClick={createModal.open}>
          {t('trainerSessions.create')}
        </Button>
      </Group>
      <ListState
        query={sessions}
        isEmpty={rows.length === 0}
        empty={t('trainerSessions.empty')}
        emptyHelp={t('trainerSessions.emptyHelp')}
      >
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {rows.map((session) => (
            <SessionRow key={session.id} session={session} />
          ))}
        </Stack>
      </ListState>
      <CreateSessionModal
        programId={program.id}
        opened={createOpened}
        onClose={createModal.close}
      />
    </Stack>
  );
}

function SessionRow({ session }: { session: TrainingSession }) {
  const { t } = useTranslation();
  const when = useSessionTime();
  const [opened, { toggle }] = useDisclosure(false);
  const regionId = `signups-${session.id}`;
  return (
    <Card component="li" withBorder padding="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2} miw={0} style={{ flex: '1 1 16rem' }}>
          <Text fw={600} className="first-upper">
            {when(session)}
          </Text>
          <Text size="sm" className="break-anywhere">
            {session.place}
          </Text>
          <Text size="sm" c="dimmed">
            {t('trainerSessions.taken', { count: session.signedUp, capacity: session.capacity })}
            {session.waitlisted > 0 &&
              ` · ${t('trainerSessions.waitlisted', { count: session.waitlisted })}`}
          </Text>
        </Stack>
        <Button
          variant={opened ? 'light' : 'default'}
          onClick={toggle}
          aria-expanded={opened}
          aria-controls={regionId}
        >
          {t('trainerSessions.attendance')}
        </Button>
      </Group>
      <Collapse expanded={opened} id={regionId}>
        {opened && <SignupList sessionId={session.id} />}
      </Collapse>
    </Card>
  );
}

function SignupList({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const signups = useSessionSignups(sessionId);
  const rows = (signups.data?.pages.flatMap((page) => page.items) ?? []).filter(
    (s) => s.status !== 'cancelled',
  );
  if (signups.isPending) return <Loader size="sm" mt="md" aria-label={t('common.loading')} />;
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed" mt="md">
        {t('trainerSessions.noSignups')}
      </Text>
    );
  }
  return (
    <Stack gap={0} mt="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {rows.map((signup) => (
        <AttendanceRow key={signup.id} signup={signup} />
      ))}
    </Stack>
  );
}

/** One person's attendance; saved as soon as it is chosen. */
function AttendanceRow({ signup }: { signup: Signup }) {
  const { t } = useTranslation();
  const setAttendance = useSetAttendance();
  const [saved, setSaved] = useState(false);
  const choose = (value: string) => {
    setSaved(false);
    setAttendance.mutate(
      { signupId: signup.id, attendance: value as Attendance },
      {
        onSuccess: () => {
          setSaved(true);
          notifySaved(t('trainerSessions.saved', { name: signup.name }));
        },
        onError: (error) => notifyError(error),
      },
    );
  };
  return (
    <Group
      component="li"
      justify="space-between"
      gap="xs"
      py="sm"
      style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Group gap="xs" miw={0} style={{ flex: '1 1 10rem' }}>
        <Text size="sm" fw={600} className="break-anywhere">
          {signup.name}
        </Text>
        {signup.status === 'waitlisted' && (
          <Badge color="orange" variant="light" tt="none" radius="sm">
            {t('trainerSessions.onWaitlist')}
          </Badge>
        )}
        {setAttendance.isPending && <Loader size="xs" aria-label={t('common.loading')} />}
        {saved && !setAttendance.isPending && (
          <Text span c="mentorTeal.8" size="xs" fw={600}>
            <CheckIcon size={14} /> {t('trainerSessions.savedShort')}
          </Text>
        )}
      </Group>
      {signup.status === 'signed_up' && (
        <Chip.Group multiple={false} value={signup.attendance ?? ''} onChange={choose}>
          <Group
            gap={6}
            role="radiogroup"
            aria-label={t('training.attendance.for', { name: signup.name })}
          >
            {attendanceValues.map((value) => (
              <Chip key={value} value={value} type="radio" size="sm" variant="outline">
                {t(`training.attendance.${value}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      )}
    </Group>
  );
}

interface SessionValues {
  itemKey: string;
  date: string;
  time: string;
  minutes: number | string;
  place: string;
  capacity: number | string;
}

function CreateSessionModal(props: { programId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const local = useLocalText();
  const phone = usePhone();
  const create = useCreateSession(props.programId);
  const versions = useCurriculumVersions(props.programId, props.opened);
  const published = versions.data?.pages
    .flatMap((p) => p.items)
    .find((v) => v.status === 'published');
  const curriculum = useCurriculum(published?.id ?? null);
  const inPerson = (curriculum.data?.modules ?? [])
    .flatMap((m) => m.items)
    .filter((i) => i.kind === 'in_person');

  const form = useForm<SessionValues>({
    initialValues: { itemKey: '', date: '', time: '17:00', minutes: 120, place: '', capacity: 12 },
    validate: {
      date: (v) => (v ? null : t('common.required')),
      time: (v) => (v ? null : t('common.required')),
      place: (v) => (v.trim() ? null : t('common.required')),
      minutes: (v) => (Number(v) > 0 ? null : t('common.required')),
      capacity: (v) => (Number(v) >= 1 ? null : t('common.required')),
    },
  });
  const itemKey = form.values.itemKey || inPerson[0]?.key || '';

  const close = () => {
    form.reset();
    props.onClose();
  };

  const submit = form.onSubmit((values) => {
    const start = new Date(`${values.date}T${values.time}`);
    const end = new Date(start.getTime() + Number(values.minutes) * 60_000);
    create.mutate(
      {
        itemKey,
        startsAt: start.toISOString(),
        endsAt: end.toISOString(),
        place: values.place.trim(),
        capacity: Number(values.capacity),
      },
      {
        onSuccess: () => {
          notifySaved(t('trainerSessions.created'));
          close();
        },
        onError: (error) => {
          const rest = showServerErrors(form, error, ['place', 'capacity', 'itemKey']);
          if (rest) notifyError(rest);
        },
      },
    );
  });

  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={t('trainerSessions.create')}
      size="lg"
      fullScreen={phone}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {inPerson.length > 1 && (
            <NativeSelect
              label={t('trainerSessions.item')}
              data={inPerson.map((i) => ({ value: i.key, label: local(i.title) }))}
              value={itemKey}
              onChange={(event) => form.setFieldValue('itemKey', event.currentTarget.value)}
            />
          )}
          {inPerson.length === 1 && inPerson[0] && (
            <Text size="sm">
              {t('trainerSessions.forItem', { title: local(inPerson[0].title) })}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput
              type="date"
              label={t('trainerSessions.date')}
              required
              data-autofocus
              {...form.getInputProps('date')}
            />
            <TextInput
              type="time"
              label={t('trainerSessions.time')}
              required
              {...form.getInputProps('time')}
            />
            <NumberInput
              label={t('trainerSessions.minutes')}
              min={15}
              step={15}
              allowDecimal={false}
              required
              {...form.getInputProps('minutes')}
            />
          </SimpleGrid>
          <TextInput label={t('trainerSessions.place')} required {...form.getInputProps('place')} />
          <NumberInput
            label={t('trainerSessions.capacity')}
            min={1}
            max={1000}
            allowDecimal={false}
            required
            {...form.getInputProps('capacity')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!itemKey}>
              {t('trainerSessions.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
