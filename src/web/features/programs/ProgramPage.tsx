import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import {
  type Program,
  type ProgramTypeInfo,
  useProgram,
  useProgramTypes,
  useSetProgramArchived,
  useUpdateProgram,
} from '../../api/programs';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { showServerErrors } from '../../components/form-errors';
import { ArchiveIcon } from '../../components/icons';
import { notifyError, notifySaved } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { useMembership } from '../organisation/OrganisationContext';
import { WatchWordsCard } from '../relationships/WatchWordsCard';
import { ProgramTabContent, ProgramTabs, tabOf } from '../training/program/ProgramTabs';
import { ProgramFacts } from './ProgramFacts';
import { ProgramFields } from './ProgramFields';
import { ProgramStatusBadge } from './ProgramStatusBadge';
import { programFormFields, toProgramBody, useProgramForm, valuesOf } from './program-form';

/** One program: editable for those who manage programs, a summary for everyone else. */
export function ProgramPage() {
  const { t } = useTranslation();
  const { programId = '' } = useParams();
  const membership = useMembership();
  const program = useProgram(programId);
  const canManage = membership.can['programs.manage'];
  const types = useProgramTypes();
  const { pathname } = useLocation();

  if (program.isPending || (canManage && types.isPending)) {
    return (
      <>
        <PageHeader title={t('programs.programTitle')} />
        <PageLoader />
      </>
    );
  }
  if (program.isError || types.isError) {
    return (
      <>
        <PageHeader title={t('programs.programTitle')} />
        <QueryError error={program.error ?? types.error} onRetry={() => void program.refetch()} />
      </>
    );
  }
  const tab = tabOf(pathname);
  if (tab !== 'overview') {
    // Keyed by tab: each tab is a page of its own, drawn afresh.
    return (
      <Fragment key={tab}>
        <PageHeader
          title={program.data.name}
          description={t(`programTypes.${program.data.type}`)}
        />
        <ProgramTabs programId={program.data.id} current={tab} />
        <ProgramTabContent program={program.data} tab={tab} />
      </Fragment>
    );
  }
  const typeInfo = types.data?.find((info) => info.type === program.data.type);
  if (canManage && typeInfo) {
    // A fresh form whenever another program is opened.
    return <ProgramEditor key={program.data.id} program={program.data} typeInfo={typeInfo} />;
  }
  return <ProgramSummary program={program.data} />;
}

function ProgramSummary({ program }: { program: Program }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={program.name} description={t(`programTypes.${program.type}`)} />
      <ProgramTabs programId={program.id} current="overview" />
      <Stack gap="lg">
        {program.description && (
          <Paper withBorder p="lg">
            <Text style={{ whiteSpace: 'pre-line' }}>{program.description}</Text>
          </Paper>
        )}
        <Paper withBorder p="lg">
          <Title order={2} fz="h4" mb="md">
            {t('programs.facts.title')}
          </Title>
          <ProgramFacts settings={program} />
        </Paper>
      </Stack>
    </>
  );
}

type Intent = 'save' | 'publish' | 'unpublish';

function ProgramEditor({ program, typeInfo }: { program: Program; typeInfo: ProgramTypeInfo }) {
  const { t } = useTranslation();
  const membership = useMembership();
  const update = useUpdateProgram(membership.organisationId, program.id);
  const setArchived = useSetProgramArchived(membership.organisationId, program.id);
  const form = useProgramForm(valuesOf(program));
  const [confirming, setConfirming] = useState<'archive' | 'restore' | null>(null);
  const [intent, setIntent] = useState<Intent>('save');
  const archived = program.status === 'archived';

  const submit = form.onSubmit((values, event) => {
    const submitter = (event?.nativeEvent as SubmitEvent | undefined)?.submitter;
    const chosen = (submitter?.dataset.intent as Intent | undefined) ?? 'save';
    setIntent(chosen);
    const status =
      chosen === 'publish' ? 'published' : chosen === 'unpublish' ? 'draft' : undefined;
    update.mutate(
      { ...toProgramBody(values), ...(status ? { status } : {}) },
      {
        onSuccess: ({ program: saved }) => {
          form.setValues(valuesOf(saved));
          form.resetDirty(valuesOf(saved));
          notifySaved(t(`programs.saved.${chosen}`, { name: saved.name }));
        },
        onError: (error) => {
          const rest = showServerErrors(form, error, programFormFields);
          if (rest) notifyError(rest);
        },
      },
    );
  });

  const confirmArchive = () => {
    const archive = confirming === 'archive';
    setArchived.mutate(archive, {
      onSuccess: ({ program: saved }) => {
        form.setValues(valuesOf(saved));
        form.resetDirty(valuesOf(saved));
        notifySaved(t(archive ? 'programs.archived' : 'programs.restored', { name: saved.name }));
        setConfirming(null);
      },
      onError: (error) => {
        notifyError(error);
        setConfirming(null);
      },
    });
  };

  return (
    <>
      <PageHeader
        title={program.name}
        description={
          <Group gap="xs" component="span">
            <span>{t(`programTypes.${program.type}`)}</span>
            <ProgramStatusBadge status={program.status} />
          </Group>
        }
        actions={
          archived ? (
            <Button variant="default" onClick={() => setConfirming('restore')}>
              {t('programs.restore.action')}
            </Button>
          ) : (
            <Button
              variant="default"
              leftSection={<ArchiveIcon />}
              onClick={() => setConfirming('archive')}
            >
              {t('programs.archive.action')}
            </Button>
          )
        }
      />
      <ProgramTabs programId={program.id} current="overview" />
      {archived && (
        <Alert color="gray" variant="light" mb="lg" title={t('programs.archivedTitle')}>
          {t('programs.archivedHelp')}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <ProgramFields form={form} typeInfo={typeInfo} disabled={archived} />
          {!archived && (
            <Group justify="flex-end" gap="sm" wrap="wrap">
              {program.status === 'published' && (
                <Button
                  type="submit"
                  variant="default"
                  data-intent="unpublish"
                  loading={update.isPending && intent === 'unpublish'}
                  disabled={update.isPending && intent !== 'unpublish'}
                >
                  {t('programs.unpublish')}
                </Button>
              )}
              <Button
                type="submit"
                variant={program.status === 'draft' ? 'default' : 'filled'}
                data-intent="save"
                loading={update.isPending && intent === 'save'}
                disabled={update.isPending && intent !== 'save'}
              >
                {t('common.saveChanges')}
              </Button>
              {program.status === 'draft' && (
                <Button
                  type="submit"
                  data-intent="publish"
                  loading={update.isPending && intent === 'publish'}
                  disabled={update.isPending && intent !== 'publish'}
                >
                  {t('programs.publish')}
                </Button>
              )}
            </Group>
          )}
        </Stack>
      </form>
      {!archived && <WatchWordsCard programId={program.id} />}
      <ConfirmDialog
        opened={confirming !== null}
        title={confirming === 'restore' ? t('programs.restore.title') : t('programs.archive.title')}
        confirmLabel={
          confirming === 'restore' ? t('programs.restore.confirm') : t('programs.archive.confirm')
        }
        danger={confirming === 'archive'}
        loading={setArchived.isPending}
        onConfirm={confirmArchive}
        onClose={() => setConfirming(null)}
      >
        {confirming === 'restore'
          ? t('programs.restore.message', { name: program.name })
          : t('programs.archive.message', { name: program.name })}
      </ConfirmDialog>
    </>
  );
}
