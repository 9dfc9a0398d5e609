import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MentorItem, useCancelSignup, useSignUpForSession } from '../../api/training';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CheckIcon } from '../../components/icons';
import { notifyError, notifySaved } from '../../components/notify';
import { useFormat } from '../../i18n/format';
import { currentLocale } from '../../i18n/i18n';
import { ItemText } from './ItemPage';
import { useLocalText } from './parts';

type Session = NonNullable<MentorItem['sessions']>[number];

/** "torsdag 3. december 17.00–19.00" */
export function useSessionTime() {
  const format = useFormat();
  return (session: { startsAt: string; endsAt: string }) =>
    `${format.when(session.startsAt)}–${format.time(session.endsAt)}`;
}

/** An in-person session item: the coming sessions, to sign up for or cancel. */
export function SessionsItem({ enrolmentId, item }: { enrolmentId: string; item: MentorItem }) {
  const { t } = useTranslation();
  const local = useLocalText();
  const sessions = item.sessions ?? [];
  const signUp = useSignUpForSession(enrolmentId);
  const cancel = useCancelSignup();
  const [cancelling, setCancelling] = useState<Session | null>(null);
  const mine = sessions.find((s) => s.mySignup && s.mySignup.status !== 'cancelled');

  const join = (session: Session) =>
    signUp.mutate(
      { sessionId: session.id },
      {
        onSuccess: ({ signup }) =>
          notifySaved(
            signup.status === 'waitlisted'
              ? t('training.sessions.waitlistedDone')
              : t('training.sessions.signedUpDone'),
          ),
        onError: (error) => notifyError(error),
      },
    );

  const confirmCancel = () => {
    const signupId = cancelling?.mySignup?.id;
    if (!signupId) return;
    cancel.mutate(signupId, {
      onSuccess: () => {
        notifySaved(t('training.sessions.cancelledDone'));
        setCancelling(null);
      },
      onError: (error) => {
        notifyError(error);
        setCancelling(null);
      },
    });
  };

  return (
    <Stack gap="lg">
      <ItemText text={local(item.body)} />
      {item.state === 'completed' && (
        <Alert
          color="mentorTeal"
          variant="light"
          icon={<CheckIcon />}
          title={t('training.sessions.attended')}
        >
          {t('training.sessions.attendedHelp')}
        </Alert>
      )}
      <Stack gap="sm" component="section" aria-labelledby="sessions-title">
        <Title order={2} fz="h3" id="sessions-title">
          {t('training.sessions.title')}
        </Title>
        {sessions.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('training.sessions.none')}
          </Text>
        ) : (
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {sessions.map((session) => (
              <SessionCard
                key={session.id}
                session={session}
                busy={signUp.isPending && signUp.variables?.sessionId === session.id}
                otherChosen={Boolean(mine && mine.id !== session.id)}
                onJoin={() => join(session)}
                onCancel={() => setCancelling(session)}
              />
            ))}
          </Stack>
        )}
      </Stack>
      <ConfirmDialog
        opened={cancelling !== null}
        title={t('training.sessions.cancelTitle')}
        confirmLabel={t('training.sessions.cancelConfirm')}
        danger
        loading={cancel.isPending}
        onConfirm={confirmCancel}
        onClose={() => setCancelling(null)}
      >
        {t('training.sessions.cancelMessage')}
      </ConfirmDialog>
    </Stack>
  );
}

function SessionCard({
  session,
  busy,
  otherChosen,
  onJoin,
  onCancel,
}: {
  session: Session;
  busy: boolean;
  otherChosen: boolean;
  onJoin: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const when = useSessionTime();
  const left = Math.max(0, session.capacity - session.signedUp);
  const signup = session.mySignup?.status === 'cancelled' ? null : session.mySignup;
  return (
    <Card component="li" withBorder padding="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2} miw={0} style={{ flex: '1 1 14rem' }}>
          <Text fw={600} className="first-upper">
            {when(session)}
          </Text>
          <Text size="sm" className="break-anywhere">
            {session.place}
          </Text>
          <Text size="sm" c={left === 0 ? 'orange.9' : 'dimmed'}>
            {left === 0
              ? t('training.sessions.full')
              : t('training.sessions.seatsLeft', { count: left, capacity: session.capacity })}
          </Text>
        </Stack>
        <Stack gap="xs" align="flex-end">
          {signup && signup.status === 'signed_up' && (
            <Anchor
              href={`/api/v1/training-sessions/${session.id}/calendar.ics?locale=${currentLocale()}`}
              download
              size="sm"
              fw={600}
            >
              {t('training.sessions.calendar')}
            </Anchor>
          )}
          {signup && (
            <Badge
              color={signup.status === 'waitlisted' ? 'orange' : 'mentorTeal.8'}
              variant={signup.status === 'waitlisted' ? 'light' : 'filled'}
              tt="none"
              radius="sm"
            >
              {signup.attendance
                ? t(`training.attendance.${signup.attendance}`)
                : signup.status === 'waitlisted'
                  ? t('training.sessions.onWaitlist')
                  : t('training.sessions.youAreSignedUp')}
            </Badge>
          )}
          {signup
            ? !signup.attendance && (
                <Button variant="default" size="sm" onClick={onCancel}>
                  {signup.status === 'waitlisted'
                    ? t('training.sessions.leaveWaitlist')
                    : t('training.sessions.cancel')}
                </Button>
              )
            : !otherChosen && (
                <Button
                  size="sm"
                  onClick={onJoin}
                  loading={busy}
                  variant={left === 0 ? 'light' : 'filled'}
                >
                  {left === 0 ? t('training.sessions.joinWaitlist') : t('training.sessions.signUp')}
                </Button>
              )}
        </Stack>
      </Group>
    </Card>
  );
}
