import { Alert, Badge, Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { useCreateMatch, useWaitingMentees } from '../../../api/matches';
import { useMembers } from '../../../api/members';
import type { Program } from '../../../api/programs';
import { type ProgramMentor, useEnrolMentor, useProgramMentors } from '../../../api/training';
import { MembersIcon, PlusIcon } from '../../../components/icons';
import { ListState } from '../../../components/ListState';
import { notifyError, notifySaved } from '../../../components/notify';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import { usePhone } from '../../../components/use-phone';
import type { Texts } from '../../../i18n/da';
import { useFormat } from '../../../i18n/format';
import { useMembership } from '../../organisation/OrganisationContext';
import { EnrolmentStatusBadge, LabelledProgress } from '../parts';

/** The program's mentors: training, child certificate, and whether they may mentor and why not. */
export function MentorsTab({ program }: { program: Program }) {
  const { t } = useTranslation();
  const format = useFormat();
  const membership = useMembership();
  const mentors = useProgramMentors(program.id);
  const rows = mentors.data?.pages.flatMap((page) => page.items) ?? [];
  const [enrolOpened, enrolModal] = useDisclosure(false);
  const canEnrol = membership.can['training.enrol'];
  const canMatch = membership.can['matches.manage'];
  const [matching, setMatching] = useState<ProgramMentor | null>(null);

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed" style={{ flex: '1 1 20rem' }}>
          {t('mentors.intro')}
        </Text>
        {canEnrol && (
          <Button leftSection={<PlusIcon />} onClick={enrolModal.open}>
            {t('mentors.enrol.action')}
          </Button>
        )}
      </Group>
      <ListState
        query={mentors}
        isEmpty={rows.length === 0}
        empty={t('mentors.empty')}
        emptyHelp={canEnrol ? t('mentors.emptyHelpEnrol') : undefined}
        icon={<MembersIcon size={28} />}
      >
        <ResponsiveTable
          label={t('programTabs.mentors')}
          rows={rows}
          rowKey={(row) => row.id}
          columns={[
            {
              key: 'name',
              header: t('mentors.name'),
              cell: (row) => (
                <Stack gap={4} align="flex-start">
                  <Text fw={600} size="sm" className="break-anywhere">
                    {row.name}
                  </Text>
                  <EnrolmentStatusBadge status={row.status} />
                </Stack>
              ),
            },
            {
              key: 'training',
              header: t('mentors.training'),
              width: 200,
              cell: (row) => (
                <LabelledProgress
                  size="sm"
                  label={
                    row.training.validUntil
                      ? t('mentors.validUntil', { date: format.date(row.training.validUntil) })
                      : t('mentors.progress')
                  }
                  value={row.training.progressPercent}
                />
              ),
            },
            {
              key: 'child',
              header: t('mentors.childCertificate'),
              cell: (row) => (
                <Text size="sm">
                  {row.childCertificate.required
                    ? t(`mentors.childStatus.${row.childCertificate.status}`)
                    : t('mentors.childStatus.not_applicable')}
                  {row.childCertificate.validUntil &&
                    ` · ${t('mentors.until', { date: format.date(row.childCertificate.validUntil) })}`}
                </Text>
              ),
            },
            {
              key: 'eligible',
              header: t('mentors.eligible'),
              cell: (row) => <Eligibility mentor={row} />,
            },
            ...(canMatch
              ? [
                  {
                    key: 'match',
                    header: t('mentors.match.column'),
                    cell: (row: ProgramMentor) => (
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => setMatching(row)}
                        aria-label={t('mentors.match.actionFor', { name: row.name })}
                      >
                        {t('mentors.match.action')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </ListState>
      {canMatch && (
        <MatchModal programId={program.id} mentor={matching} onClose={() => setMatching(null)} />
      )}
      {canEnrol && (
        <EnrolModal
          programId={program.id}
          enrolled={rows.map((r) => r.userId)}
          opened={enrolOpened}
          onClose={enrolModal.close}
        />
      )}
    </Stack>
  );
}

/** "Yes", or "No" with every blocker in words. */
function Eligibility({ mentor }: { mentor: ProgramMentor }) {
  const { t } = useTranslation();
  if (mentor.eligibleToMentor) {
    return (
      <Badge color="mentorTeal.8" variant="filled" tt="none" radius="sm">
        {t('mentors.mayMentor')}
      </Badge>
    );
  }
  return (
    <Stack gap={4} align="flex-start">
      <Badge color="red" variant="light" tt="none" radius="sm">
        {t('mentors.mayNotMentor')}
      </Badge>
      <Stack component="ul" gap={2} m={0} pl="md">
        {mentor.blockers.map((blocker) => (
          <Text component="li" size="sm" key={blocker}>
            {t(`blockers.${blocker}`)}
          </Text>
        ))}
      </Stack>
    </Stack>
  );
}

/** Enrol one of the organisation's mentors who is not yet in this program's training. */
function EnrolModal(props: {
  programId: string;
  enrolled: string[];
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phone = usePhone();
  const membership = useMembership();
  const members = useMembers(membership.organisationId, {
    search: '',
    role: 'mentor',
    status: null,
  });
  const enrol = useEnrolMentor(props.programId);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | undefined>();
  const candidates = (members.data?.pages.flatMap((p) => p.items) ?? []).filter(
    (m) => !props.enrolled.includes(m.userId) && m.status === 'active',
  );

  const close = () => {
    setChosen('');
    setError(undefined);
    props.onClose();
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!chosen) {
      setError(t('mentors.enrol.chooseRequired'));
      return;
    }
    enrol.mutate(chosen, {
      onSuccess: ({ enrolment }) => {
        notifySaved(t('mentors.enrol.done', { name: enrolment.name }));
        close();
      },
      onError: (err) => notifyError(err),
    });
  };

  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={t('mentors.enrol.title')}
      fullScreen={phone}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('mentors.enrol.help')}</Text>
          <NativeSelect
            label={t('mentors.enrol.member')}
            data={[
              {
                value: '',
                label: members.isPending ? t('common.loading') : t('mentors.enrol.choose'),
              },
              ...candidates.map((m) => ({ value: m.id, label: `${m.name} (${m.email})` })),
            ]}
            value={chosen}
            onChange={(event) => {
              setChosen(event.currentTarget.value);
              setError(undefined);
            }}
            error={error}
            required
            data-autofocus
          />
          {!members.isPending && candidates.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('mentors.enrol.noCandidates')}
            </Text>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={enrol.isPending}>
              {t('mentors.enrol.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * Match a mentor with a waiting mentee by hand. The server decides through the gate: a
 * refusal shows its reason and every blocker, so the coordinator knows what is missing.
 */
function MatchModal(props: {
  programId: string;
  mentor: ProgramMentor | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phone = usePhone();
  const opened = props.mentor !== null;
  const mentees = useWaitingMentees(props.programId, opened);
  const create = useCreateMatch(props.programId);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [refusal, setRefusal] = useState<{ message: string; blockers: string[] } | null>(null);
  const waiting = mentees.data?.items ?? [];

  const close = () => {
    setChosen('');
    setError(undefined);
    setRefusal(null);
    create.reset();
    props.onClose();
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!props.mentor) return;
    if (!chosen) {
      setError(t('mentors.match.chooseRequired'));
      return;
    }
    setRefusal(null);
    create.mutate(
      { mentorId: props.mentor.id, menteeId: chosen },
      {
        onSuccess: ({ match }) => {
          notifySaved(
            t('mentors.match.done', { mentor: match.mentorName, mentee: match.menteeName }),
          );
          close();
        },
        onError: (err) => {
          if (err instanceof ApiError && err.status === 422) {
            const blockers = Array.isArray(err.details.blockers)
              ? (err.details.blockers as string[])
              : [];
            setRefusal({ message: err.message, blockers });
          } else notifyError(err);
        },
      },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('mentors.match.title', { name: props.mentor?.name ?? '' })}
      fullScreen={phone}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('mentors.match.help')}</Text>
          <NativeSelect
            label={t('mentors.match.mentee')}
            data={[
              {
                value: '',
                label: mentees.isPending ? t('common.loading') : t('mentors.match.choose'),
              },
              ...waiting.map((m) => ({
                value: m.id,
                label: t('mentors.match.menteeOption', { name: m.name, age: m.age }),
              })),
            ]}
            value={chosen}
            onChange={(event) => {
              setChosen(event.currentTarget.value);
              setError(undefined);
              setRefusal(null);
            }}
            error={error}
            required
            data-autofocus
          />
          {!mentees.isPending && waiting.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('mentors.match.noMentees')}
            </Text>
          )}
          {refusal && (
            <Alert color="red" title={t('mentors.match.refused')} role="alert">
              <Text size="sm">{refusal.message}</Text>
              {refusal.blockers.length > 1 && (
                <Stack component="ul" gap={2} mt="xs" mb={0} pl="md">
                  {refusal.blockers.map((blocker) => (
                    <Text component="li" size="sm" key={blocker}>
                      {t(`blockers.${blocker as MatchBlockerKey}`)}
                    </Text>
                  ))}
                </Stack>
              )}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('mentors.match.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

type MatchBlockerKey = keyof Texts['blockers'];
