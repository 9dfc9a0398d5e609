import { Badge, Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMembers } from '../../../api/members';
import type { Program } from '../../../api/programs';
import { type ProgramMentor, useEnrolMentor, useProgramMentors } from '../../../api/training';
import { MembersIcon, PlusIcon } from '../../../components/icons';
import { ListState } from '../../../components/ListState';
import { notifyError, notifySaved } from '../../../components/notify';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import { usePhone } from '../../../components/use-phone';
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
          ]}
        />
      </ListState>
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
