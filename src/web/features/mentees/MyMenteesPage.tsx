import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../api/client';
import {
  type MyMentee,
  useAddChild,
  useMyMentees,
  useUpdateMentee,
  useWithdrawMentee,
} from '../../api/mentees';
import { usePrograms } from '../../api/programs';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { showServerErrors } from '../../components/form-errors';
import { MembersIcon, PlusIcon } from '../../components/icons';
import { ListState } from '../../components/ListState';
import { notifyError, notifySaved } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { usePhone } from '../../components/use-phone';
import { useFormat } from '../../i18n/format';
import { useMembership } from '../organisation/OrganisationContext';
import {
  emptyProfile,
  ProfileFields,
  type ProfileValue,
  profileErrors,
} from '../recruitment/ProfileFields';
import { MenteeStatusBadge, ProfileFacts } from './MenteesTab';
import { ageFrom, profileBody } from './mentee-form';

/** A guardian's children (and a mentee's own registrations): status, needs, profile. */
export function MyMenteesPage() {
  const { t } = useTranslation();
  const membership = useMembership();
  const organisationId = membership.organisationId;
  const mine = useMyMentees(organisationId);
  const items = mine.data ?? [];
  const isGuardian = membership.roles.includes('guardian');
  const [addOpened, addModal] = useDisclosure(false);
  const [editing, setEditing] = useState<MyMentee | null>(null);
  const [withdrawing, setWithdrawing] = useState<MyMentee | null>(null);
  const withdraw = useWithdrawMentee(organisationId);

  return (
    <>
      <PageHeader
        title={isGuardian ? t('mentees.mine.title') : t('mentees.mine.titleSelf')}
        description={isGuardian ? t('mentees.mine.intro') : t('mentees.mine.introSelf')}
        actions={
          isGuardian && (
            <Button leftSection={<PlusIcon />} onClick={addModal.open}>
              {t('mentees.mine.add')}
            </Button>
          )
        }
      />
      <ListState
        query={mine}
        isEmpty={items.length === 0}
        empty={isGuardian ? t('mentees.mine.empty') : t('mentees.mine.emptySelf')}
        emptyHelp={isGuardian ? t('mentees.mine.emptyHelp') : undefined}
        icon={<MembersIcon size={28} />}
      >
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {items.map((mentee) => (
            <MenteeCard
              key={mentee.id}
              mentee={mentee}
              onEdit={() => setEditing(mentee)}
              onWithdraw={() => setWithdrawing(mentee)}
            />
          ))}
        </SimpleGrid>
      </ListState>
      {isGuardian && (
        <AddChildModal
          organisationId={organisationId}
          opened={addOpened}
          onClose={addModal.close}
        />
      )}
      {editing && (
        <EditModal
          organisationId={organisationId}
          mentee={editing}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        opened={withdrawing !== null}
        title={t('mentees.mine.withdrawTitle', { name: withdrawing?.name ?? '' })}
        confirmLabel={t('mentees.mine.withdrawConfirm')}
        danger
        loading={withdraw.isPending}
        onClose={() => setWithdrawing(null)}
        onConfirm={() => {
          if (!withdrawing) return;
          withdraw.mutate(withdrawing.id, {
            onSuccess: ({ mentee }) => {
              notifySaved(t('mentees.mine.withdrawn', { name: mentee.name }));
              setWithdrawing(null);
            },
            onError: (error) => notifyError(error),
          });
        }}
      >
        {t('mentees.mine.withdrawText', { program: withdrawing?.programName ?? '' })}
      </ConfirmDialog>
    </>
  );
}

function MenteeCard({
  mentee,
  onEdit,
  onWithdraw,
}: {
  mentee: MyMentee;
  onEdit: () => void;
  onWithdraw: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const open = mentee.status === 'waiting' || mentee.status === 'matched';
  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={`mentee-${mentee.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
            <Title order={2} fz="h4" id={`mentee-${mentee.id}`} className="break-anywhere">
              {mentee.name}
            </Title>
            <Text size="sm" c="dimmed">
              {t('mentees.mine.inProgram', { program: mentee.programName })} ·{' '}
              {t('mentees.years', { count: mentee.age })}
            </Text>
          </Stack>
          <MenteeStatusBadge status={mentee.status} />
        </Group>
        <Text size="sm">
          {mentee.status === 'waiting'
            ? t('mentees.mine.waiting', { date: format.date(mentee.waitingSince) })
            : t(`mentees.mine.statusText.${mentee.status}`)}
        </Text>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('mentees.record.needs')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {mentee.needs || t('mentees.record.noNeeds')}
          </Text>
        </Stack>
        <ProfileFacts profile={mentee.profile} />
        {open && (
          <Group gap="sm" mt="xs">
            <Button variant="default" size="sm" onClick={onEdit}>
              {t('mentees.mine.edit')}
            </Button>
            {mentee.status === 'waiting' && (
              <Button variant="default" size="sm" onClick={onWithdraw}>
                {t('mentees.mine.withdraw')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

interface ChildValues {
  programId: string;
  name: string;
  birthDate: string;
  needs: string;
  profile: ProfileValue;
  consent: boolean;
  childDataConsent: boolean;
}

const childPaths = [
  'programId',
  'name',
  'birthDate',
  'needs',
  'consent',
  'childDataConsent',
  ...[
    'languages',
    'interests',
    'goals',
    'availability',
    'place',
    'maxTravelKm',
    'gender',
    'genderPreference',
  ].map((f) => `profile.${f}`),
];

function AddChildModal(props: { organisationId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = usePhone();
  const add = useAddChild(props.organisationId);
  const programs = usePrograms(props.organisationId, null);
  const choices = (programs.data?.pages.flatMap((p) => p.items) ?? []).filter(
    (p) => p.status === 'published' && p.type !== 'workplace' && p.menteeAgeMin < 18,
  );
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<ChildValues>({
    initialValues: {
      programId: '',
      name: '',
      birthDate: '',
      needs: '',
      profile: emptyProfile,
      consent: false,
      childDataConsent: false,
    },
    validate: {
      programId: (v) => (v ? null : t('mentees.mine.programRequired')),
      name: (v) => (v.trim().length >= 2 ? null : t('common.required')),
      birthDate: (v) => (ageFrom(v) === null ? t('mentees.register.birthDateRequired') : null),
      consent: (v) => (v ? null : t('mentees.register.consentRequired')),
      childDataConsent: (v) => (v ? null : t('mentees.register.consentRequired')),
      profile: {
        place: (v) => (v.trim().length < 2 ? t('common.required') : null),
        languages: (v) => (v.length > 0 ? null : t('mentees.register.languagesRequired')),
      },
    },
  });

  const close = () => {
    form.reset();
    add.reset();
    setProblem(null);
    props.onClose();
  };

  const submit = form.onSubmit((v) => {
    setProblem(null);
    add.mutate(
      { ...v, name: v.name.trim(), needs: v.needs.trim(), profile: profileBody(v.profile) },
      {
        onSuccess: ({ mentee }) => {
          notifySaved(t('mentees.mine.added', { name: mentee.name }));
          close();
        },
        onError: (error) => {
          const rest = showServerErrors(form, error, childPaths);
          if (rest) setProblem(messageOf(rest));
        },
      },
    );
  });

  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={t('mentees.mine.addTitle')}
      size="lg"
      fullScreen={phone}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <NativeSelect
            label={t('mentees.mine.program')}
            data={[
              {
                value: '',
                label: programs.isPending ? t('common.loading') : t('mentees.mine.chooseProgram'),
              },
              ...choices.map((p) => ({ value: p.id, label: p.name })),
            ]}
            required
            data-autofocus
            {...form.getInputProps('programId')}
          />
          <TextInput
            label={t('mentees.register.childName')}
            required
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('mentees.register.childBirthDate')}
            type="date"
            required
            {...form.getInputProps('birthDate')}
          />
          <Textarea
            label={t('mentees.register.needs')}
            description={t('mentees.register.needsHelp')}
            autosize
            minRows={3}
            maxLength={2000}
            {...form.getInputProps('needs')}
          />
          <ProfileFields
            subject="mentee"
            idPrefix="child-profile"
            value={form.values.profile}
            onChange={(profile) => form.setFieldValue('profile', profile)}
            errors={profileErrors(form.errors, 'profile')}
          />
          <Checkbox
            label={t('mentees.register.consentGuardian')}
            aria-invalid={Boolean(form.errors.consent)}
            {...form.getInputProps('consent', { type: 'checkbox' })}
          />
          <Checkbox
            label={t('mentees.register.childDataConsent')}
            aria-invalid={Boolean(form.errors.childDataConsent)}
            {...form.getInputProps('childDataConsent', { type: 'checkbox' })}
          />
          {problem && (
            <Alert color="red" variant="light" role="alert">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {t('mentees.mine.addSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function EditModal(props: { organisationId: string; mentee: MyMentee; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = usePhone();
  const update = useUpdateMentee(props.organisationId);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<{ needs: string; profile: ProfileValue }>({
    initialValues: {
      needs: props.mentee.needs,
      profile: { ...emptyProfile, ...props.mentee.profile } as ProfileValue,
    },
    validate: {
      profile: {
        place: (v) => (v.trim().length < 2 ? t('common.required') : null),
        languages: (v) => (v.length > 0 ? null : t('mentees.register.languagesRequired')),
      },
    },
  });

  const submit = form.onSubmit((v) => {
    setProblem(null);
    update.mutate(
      { id: props.mentee.id, needs: v.needs.trim(), profile: profileBody(v.profile) },
      {
        onSuccess: () => {
          notifySaved(t('mentees.mine.saved'));
          props.onClose();
        },
        onError: (error) => {
          const rest = showServerErrors(form, error, childPaths);
          if (rest) setProblem(messageOf(rest));
        },
      },
    );
  });

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t('mentees.mine.editTitle', { name: props.mentee.name })}
      size="lg"
      fullScreen={phone}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Textarea
            label={
              props.mentee.relation === 'child'
                ? t('mentees.register.needs')
                : t('mentees.register.needsSelf')
            }
            description={t('mentees.register.needsHelp')}
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
            {...form.getInputProps('needs')}
          />
          <ProfileFields
            subject="mentee"
            idPrefix="edit-profile"
            value={form.values.profile}
            onChange={(profile) => form.setFieldValue('profile', profile)}
            errors={profileErrors(form.errors, 'profile')}
          />
          {problem && (
            <Alert color="red" variant="light" role="alert">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('common.saveChanges')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
