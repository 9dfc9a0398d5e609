import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nominationCriteria } from '../../../contracts/recruitment';
import { messageOf } from '../../api/client';
import { usePrograms } from '../../api/programs';
import {
  type MyNomination,
  useMyNominations,
  useNominate,
  useNominationCandidates,
} from '../../api/recruitment';
import { showServerErrors } from '../../components/form-errors';
import { MembersIcon } from '../../components/icons';
import { ListState } from '../../components/ListState';
import { LoadMore } from '../../components/LoadMore';
import { notifySaved } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { useFormat } from '../../i18n/format';
import { currentLocale } from '../../i18n/i18n';
import { useMembership } from '../organisation/OrganisationContext';

/** HR: nominate employees for workplace programs, and follow one's own nominees. */
export function NominationsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('recruitment.nominate.title')}
        description={t('recruitment.nominate.intro')}
      />
      <Stack gap="xl">
        <NominateForm />
        <OwnNominees />
      </Stack>
    </>
  );
}

interface NominateValues {
  programId: string;
  mode: 'existing' | 'new';
  membershipId: string;
  name: string;
  email: string;
  worksWellWithOthers: string;
  positiveAttitude: string;
  performsDuties: string;
  comment: string;
}

const serverFields = [
  'programId',
  'membershipId',
  'name',
  'email',
  'worksWellWithOthers',
  'positiveAttitude',
  'performsDuties',
  'comment',
] as const;

function NominateForm() {
  const { t } = useTranslation();
  const membership = useMembership();
  const programs = usePrograms(membership.organisationId, 'published');
  const open = (programs.data?.pages.flatMap((p) => p.items) ?? []).filter(
    (p) => p.nominationRequired,
  );
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const form = useForm<NominateValues>({
    initialValues: {
      programId: '',
      mode: 'existing',
      membershipId: '',
      name: '',
      email: '',
      worksWellWithOthers: '',
      positiveAttitude: '',
      performsDuties: '',
      comment: '',
    },
    validate: {
      programId: (v) => (v ? null : t('recruitment.nominate.errors.program')),
      membershipId: (v, values) =>
        values.mode === 'existing' && !v ? t('recruitment.nominate.errors.member') : null,
      name: (v, values) =>
        values.mode === 'new' && v.trim().length < 2 ? t('recruitment.nominate.errors.name') : null,
      email: (v, values) =>
        values.mode === 'new' && !/^\S+@\S+\.\S+$/.test(v.trim())
          ? t('recruitment.nominate.errors.email')
          : null,
      worksWellWithOthers: (v) => (v ? null : t('recruitment.nominate.errors.rating')),
      positiveAttitude: (v) => (v ? null : t('recruitment.nominate.errors.rating')),
      performsDuties: (v) => (v ? null : t('recruitment.nominate.errors.rating')),
    },
  });
  const only = open.length === 1 ? (open[0]?.id ?? '') : '';
  // With one program to nominate for, it is chosen already.
  useEffect(() => {
    if (only && !form.values.programId) form.setFieldValue('programId', only);
  }, [only, form.values.programId, form.setFieldValue]);
  const programId = form.values.programId;
  const candidates = useNominationCandidates(programId || null, q);
  const nominate = useNominate(programId || null);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = form.onSubmit(
    (values) => {
      setFailure(null);
      const ratings = {
        worksWellWithOthers: Number(values.worksWellWithOthers),
        positiveAttitude: Number(values.positiveAttitude),
        performsDuties: Number(values.performsDuties),
        comment: values.comment,
      };
      nominate.mutate(
        values.mode === 'existing'
          ? { membershipId: values.membershipId, ...ratings }
          : { name: values.name, email: values.email, locale: currentLocale(), ...ratings },
        {
          onSuccess: () => {
            const chosen = candidates.data?.find((c) => c.membershipId === values.membershipId);
            notifySaved(
              t('recruitment.nominate.done', {
                name: values.mode === 'existing' ? (chosen?.name ?? '') : values.name,
              }),
            );
            form.reset();
            form.setFieldValue('programId', programId);
            setSearch('');
          },
          onError: (error) => {
            const rest = showServerErrors(form, error, serverFields);
            if (rest) setFailure(messageOf(rest));
          },
        },
      );
    },
    () =>
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('main [aria-invalid="true"]')?.focus(),
      ),
  );

  if (programs.isSuccess && open.length === 0) {
    return (
      <Alert variant="light" color="gray">
        {t('recruitment.nominate.noPrograms')}
      </Alert>
    );
  }

  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="nominate-title"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} fz="h4" id="nominate-title">
            {t('recruitment.nominate.formTitle')}
          </Title>
          <NativeSelect
            label={t('recruitment.nominate.program')}
            data={[
              { value: '', label: t('recruitment.nominate.chooseProgram') },
              ...open.map((p) => ({ value: p.id, label: p.name })),
            ]}
            required
            {...form.getInputProps('programId')}
          />
          <Radio.Group
            label={t('recruitment.nominate.who')}
            value={form.values.mode}
            onChange={(value) => form.setFieldValue('mode', value as NominateValues['mode'])}
          >
            <Group gap="lg" mt="xs">
              <Radio value="existing" label={t('recruitment.nominate.existing')} />
              <Radio value="new" label={t('recruitment.nominate.new')} />
            </Group>
          </Radio.Group>
          {form.values.mode === 'existing' ? (
            <Stack gap="xs">
              <TextInput
                label={t('recruitment.nominate.search')}
                description={t('recruitment.nominate.searchHelp')}
                value={search}
                onChange={(event) => setSearch(event.currentTarget.value)}
                disabled={!programId}
              />
              <Radio.Group
                label={t('recruitment.nominate.employee')}
                required
                {...form.getInputProps('membershipId')}
              >
                <Stack gap={6} mt="xs">
                  {q.trim().length < 2 ? (
                    <Text size="sm" c="dimmed">
                      {t('recruitment.nominate.typeToSearch')}
                    </Text>
                  ) : (candidates.data ?? []).length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {candidates.isFetching
                        ? t('common.loading')
                        : t('recruitment.nominate.noMatch')}
                    </Text>
                  ) : (
                    (candidates.data ?? []).map((c) => (
                      <Radio
                        key={c.membershipId}
                        value={c.membershipId}
                        label={c.name}
                        description={c.email}
                      />
                    ))
                  )}
                </Stack>
              </Radio.Group>
            </Stack>
          ) : (
            <Group grow align="flex-start" wrap="wrap" gap="md">
              <TextInput
                label={t('recruitment.nominate.name')}
                required
                miw={200}
                {...form.getInputProps('name')}
              />
              <TextInput
                label={t('recruitment.nominate.email')}
                type="email"
                required
                miw={200}
                {...form.getInputProps('email')}
              />
            </Group>
          )}
          <Text size="sm" c="dimmed">
            {t('recruitment.nominate.ratingHelp')}
          </Text>
          {nominationCriteria.map((criterion) => (
            <Radio.Group
              key={criterion}
              label={t(`recruitment.nominate.criteria.${criterion}`)}
              description={t(`recruitment.nominate.criteriaHelp.${criterion}`)}
              required
              {...form.getInputProps(criterion)}
            >
              <Group gap="md" mt="xs">
                {[1, 2, 3, 4, 5].map((n) => (
                  <Radio
                    key={n}
                    value={String(n)}
                    label={String(n)}
                    aria-label={t('recruitment.nominate.ratingValue', { value: n })}
                  />
                ))}
              </Group>
            </Radio.Group>
          ))}
          <Textarea
            label={t('recruitment.nominate.comment')}
            description={t('recruitment.nominate.commentHelp')}
            autosize
            minRows={2}
            {...form.getInputProps('comment')}
          />
          {failure && (
            <Alert color="red" variant="light" role="alert">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={nominate.isPending}>
              {t('recruitment.nominate.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function OwnNominees() {
  const { t } = useTranslation();
  const format = useFormat();
  const membership = useMembership();
  const list = useMyNominations(membership.organisationId);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const status = (row: MyNomination) => {
    if (row.response === 'pending') return t('recruitment.nominate.status.waitingForEmployee');
    if (row.response === 'declined') return t('recruitment.nominate.status.declined');
    if (row.decision === 'pending') return t('recruitment.nominate.status.waitingForCoordinator');
    if (row.decision === 'rejected') return t('recruitment.nominate.status.notApproved');
    return t(`recruitment.nominate.broad.${row.stage}`);
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="own-nominees-title">
      <Title order={2} fz="h3" id="own-nominees-title">
        {t('recruitment.nominate.ownTitle')}
      </Title>
      <ListState
        query={list}
        isEmpty={rows.length === 0}
        empty={t('recruitment.nominate.ownEmpty')}
        icon={<MembersIcon size={28} />}
      >
        <ResponsiveTable
          label={t('recruitment.nominate.ownTitle')}
          rows={rows}
          rowKey={(row) => row.id}
          columns={[
            {
              key: 'name',
              header: t('recruitment.nominate.name'),
              cell: (row) => (
                <Text size="sm" fw={600} className="break-anywhere">
                  {row.nomineeName}
                </Text>
              ),
            },
            {
              key: 'program',
              header: t('recruitment.nominate.program'),
              cell: (row) => <Text size="sm">{row.programName}</Text>,
            },
            {
              key: 'status',
              header: t('recruitment.nominate.statusLabel'),
              cell: (row) => <Text size="sm">{status(row)}</Text>,
            },
            {
              key: 'date',
              header: t('recruitment.nominate.date'),
              cell: (row) => <Text size="sm">{format.date(row.createdAt)}</Text>,
            },
          ]}
        />
        <LoadMore
          hasNextPage={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onLoadMore={() => void list.fetchNextPage()}
        />
      </ListState>
    </Stack>
  );
}
