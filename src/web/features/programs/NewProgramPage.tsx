import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  type ProgramType,
  type ProgramTypeInfo,
  useCreateProgram,
  useProgramTypes,
} from '../../api/programs';
import { showServerErrors } from '../../components/form-errors';
import { notifyError, notifySaved } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { useMembership } from '../organisation/OrganisationContext';
import { ProgramFields } from './ProgramFields';
import { formValues, programFormFields, toProgramBody, useProgramForm } from './program-form';

/** A new program starts as a draft, with its type's defaults filled in. */
export function NewProgramPage() {
  const { t } = useTranslation();
  const types = useProgramTypes();
  const title = t('programs.newTitle');

  if (types.isPending) {
    return (
      <>
        <PageHeader title={title} />
        <PageLoader />
      </>
    );
  }
  if (types.isError) {
    return (
      <>
        <PageHeader title={title} />
        <QueryError error={types.error} onRetry={() => void types.refetch()} />
      </>
    );
  }
  const first = types.data.find((info) => info.type === 'school') ?? types.data[0];
  if (!first) return <PageHeader title={title} />;
  return <NewProgramForm types={types.data} first={first} />;
}

function NewProgramForm({ types, first }: { types: ProgramTypeInfo[]; first: ProgramTypeInfo }) {
  const { t } = useTranslation();
  const membership = useMembership();
  const create = useCreateProgram(membership.organisationId);
  const navigate = useNavigate();
  const form = useProgramForm(
    formValues({ name: '', description: '', type: first.type }, first.defaults),
  );
  const typeInfo = types.find((info) => info.type === form.values.type) ?? first;

  // Another type brings its own defaults; what the person wrote about the program stays.
  const changeType = (type: ProgramType) => {
    const info = types.find((candidate) => candidate.type === type);
    if (!info) return;
    form.setValues({ ...info.defaults, type });
    form.clearErrors();
  };

  const submit = form.onSubmit((values) =>
    create.mutate(
      { ...toProgramBody(values), type: values.type },
      {
        onSuccess: ({ program }) => {
          notifySaved(t('programs.created', { name: program.name }));
          navigate(`/programs/${program.id}`);
        },
        onError: (error) => {
          const rest = showServerErrors(form, error, programFormFields);
          if (rest) notifyError(rest);
        },
      },
    ),
  );

  return (
    <>
      <PageHeader title={t('programs.newTitle')} description={t('programs.newIntro')} />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <ProgramFields form={form} typeInfo={typeInfo} types={types} onTypeChange={changeType} />
          <Group justify="flex-end" gap="sm">
            <Button component={Link} to="/programs" variant="default">
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('programs.createDraft')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
