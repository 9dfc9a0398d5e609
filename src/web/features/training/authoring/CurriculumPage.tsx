import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { type Program, useProgram } from '../../../api/programs';
import {
  type Curriculum,
  type CurriculumItem,
  type CurriculumVersion,
  useCreateDraft,
  useCurriculum,
  useCurriculumVersions,
  usePublishDraft,
  useRemoveItem,
  useReorder,
} from '../../../api/training';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import {
  AlertIcon,
  ArrowDownIcon,
  ArrowUpIcon,
  PlusIcon,
  TrashIcon,
} from '../../../components/icons';
import { notifyError, notifySaved } from '../../../components/notify';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { useFormat } from '../../../i18n/format';
import { ItemMeta } from '../MyTrainingPage';
import { useLocalText } from '../parts';
import { AddItemModal } from './AddItemModal';
import { EditItemModal } from './EditItemModal';
import { moveItem } from './reorder';

/** Authors: the curriculum's versions; a draft's modules and items to edit, order and publish. */
export function CurriculumPage() {
  const { t } = useTranslation();
  const { programId = '' } = useParams();
  const program = useProgram(programId);
  const versions = useCurriculumVersions(programId);
  const [params, setParams] = useSearchParams();
  const list = versions.data?.pages.flatMap((p) => p.items) ?? [];
  const draft = list.find((v) => v.status === 'draft');
  const chosenId = params.get('version') ?? draft?.id ?? list[0]?.id ?? null;
  const title = t('curriculum.title');

  if (program.isPending || versions.isPending) {
    return (
      <>
        <PageHeader title={title} />
        <PageLoader />
      </>
    );
  }
  if (program.isError || versions.isError) {
    return (
      <>
        <PageHeader title={title} />
        <QueryError
          error={program.error ?? versions.error}
          onRetry={() => void versions.refetch()}
        />
      </>
    );
  }
  return (
    <>
      <Anchor
        component={Link}
        to={`/programs/${programId}/training`}
        size="sm"
        mb="xs"
        display="inline-block"
      >
        ← {program.data.name}
      </Anchor>
      <PageHeader title={title} description={t('curriculum.intro')} />
      <Stack gap="lg">
        <VersionPicker
          programId={programId}
          versions={list}
          chosenId={chosenId}
          hasDraft={Boolean(draft)}
          onChoose={(id) => setParams({ version: id }, { replace: true })}
        />
        {chosenId && <VersionView versionId={chosenId} program={program.data} />}
      </Stack>
    </>
  );
}

function VersionPicker(props: {
  programId: string;
  versions: CurriculumVersion[];
  chosenId: string | null;
  hasDraft: boolean;
  onChoose: (id: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const createDraft = useCreateDraft(props.programId);
  const start = () =>
    createDraft.mutate(undefined, {
      onSuccess: ({ curriculum }) => {
        notifySaved(t('curriculum.draftCreated', { version: curriculum.version }));
        props.onChoose(curriculum.id);
      },
      onError: (error) => notifyError(error),
    });
  return (
    <Group align="flex-end" gap="sm">
      <NativeSelect
        label={t('curriculum.version')}
        value={props.chosenId ?? ''}
        onChange={(event) => props.onChoose(event.currentTarget.value)}
        data={props.versions.map((v) => ({
          value: v.id,
          label:
            v.status === 'draft'
              ? t('curriculum.versionDraft', { version: v.version })
              : t('curriculum.versionPublished', {
                  version: v.version,
                  date: v.publishedAt ? format.date(v.publishedAt) : '',
                }),
        }))}
        style={{ flex: '1 1 16rem', maxWidth: '24rem' }}
      />
      {!props.hasDraft && (
        <Button
          variant="default"
          leftSection={<PlusIcon />}
          onClick={start}
          loading={createDraft.isPending}
        >
          {t('curriculum.newDraft')}
        </Button>
      )}
    </Group>
  );
}

function VersionView({ versionId, program }: { versionId: string; program: Program }) {
  const curriculum = useCurriculum(versionId);
  if (curriculum.isPending) return <PageLoader />;
  if (curriculum.isError)
    return <QueryError error={curriculum.error} onRetry={() => void curriculum.refetch()} />;
  return <CurriculumEditor curriculum={curriculum.data} program={program} />;
}

function CurriculumEditor({ curriculum, program }: { curriculum: Curriculum; program: Program }) {
  const { t } = useTranslation();
  const local = useLocalText();
  const format = useFormat();
  const draft = curriculum.status === 'draft';
  const publish = usePublishDraft();
  const reorder = useReorder(curriculum.id);
  const remove = useRemoveItem(curriculum.id);
  const [publishError, setPublishError] = useState<string[] | null>(null);
  const [editing, setEditing] = useState<CurriculumItem | null>(null);
  const [adding, setAdding] = useState<string | null>(null);
  const [removing, setRemoving] = useState<CurriculumItem | null>(null);
  const short = curriculum.requiredMinutes < program.trainingMinutes;

  const doPublish = () => {
    setPublishError(null);
    publish.mutate(curriculum.id, {
      onSuccess: ({ curriculum: published }) =>
        notifySaved(t('curriculum.published', { version: published.version })),
      onError: (error) =>
        setPublishError(
          error instanceof ApiError && error.issues.length > 0
            ? error.issues.map((i) => i.message)
            : [error instanceof Error ? error.message : String(error)],
        ),
    });
  };

  const move = (item: CurriculumItem, direction: -1 | 1) => {
    const order = moveItem(curriculum.modules, item.id, direction);
    if (order) reorder.mutate(order, { onError: (error) => notifyError(error) });
  };

  const confirmRemove = () => {
    if (!removing) return;
    remove.mutate(removing.id, {
      onSuccess: () => {
        notifySaved(t('curriculum.removed', { title: local(removing.title) }));
        setRemoving(null);
      },
      onError: (error) => {
        notifyError(error);
        setRemoving(null);
      },
    });
  };

  const allItems = curriculum.modules.flatMap((m) => m.items);
  return (
    <Stack gap="lg">
      <Paper withBorder p="md">
        <Group justify="space-between" gap="sm" align="flex-start">
          <Stack gap={4} style={{ flex: '1 1 18rem' }}>
            <Group gap="xs">
              <Title order={2} fz="h3">
                {t('curriculum.versionTitle', { version: curriculum.version })}
              </Title>
              <Badge variant="light" color={draft ? 'orange' : 'mentorTeal'} tt="none" radius="sm">
                {draft ? t('curriculum.draft') : t('curriculum.publishedBadge')}
              </Badge>
            </Group>
            <Text size="sm" c={short ? 'red.9' : undefined}>
              {t('curriculum.minutes', {
                required: format.duration(curriculum.requiredMinutes),
                total: format.duration(curriculum.totalMinutes),
                program: format.duration(program.trainingMinutes),
              })}
            </Text>
            {!draft && (
              <Text size="sm" c="dimmed">
                {t('curriculum.readOnly')}
              </Text>
            )}
          </Stack>
          {draft && (
            <Button onClick={doPublish} loading={publish.isPending}>
              {t('curriculum.publish')}
            </Button>
          )}
        </Group>
        {publishError && (
          <Alert
            mt="md"
            color="red"
            variant="light"
            icon={<AlertIcon />}
            title={t('curriculum.publishRefused')}
            role="alert"
          >
            <Stack gap={4}>
              {publishError.map((message) => (
                <Text size="sm" key={message}>
                  {message}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
      </Paper>

      {curriculum.modules.map((module) => (
        <Paper
          key={module.id}
          withBorder
          p={{ base: 'sm', sm: 'md' }}
          component="section"
          aria-labelledby={`module-${module.id}`}
        >
          <Group justify="space-between" gap="sm" mb="xs">
            <Title order={3} fz="h4" id={`module-${module.id}`}>
              {local(module.title)}
            </Title>
            {draft && (
              <Button
                size="xs"
                variant="subtle"
                leftSection={<PlusIcon size={14} />}
                onClick={() => setAdding(module.id)}
              >
                {t('curriculum.addItem')}
              </Button>
            )}
          </Group>
          <Stack gap={0} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
            {module.items.map((item) => {
              const index = allItems.findIndex((i) => i.id === item.id);
              const name = local(item.title);
              return (
                <Group
                  component="li"
                  key={item.id}
                  justify="space-between"
                  gap="xs"
                  wrap="nowrap"
                  py={8}
                  style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
                >
                  <Stack gap={0} miw={0} style={{ flex: 1 }}>
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      fw={600}
                      ta="left"
                      onClick={() => setEditing(item)}
                      className="break-anywhere"
                    >
                      {name}
                    </Anchor>
                    <ItemMeta kind={item.kind} minutes={item.minutes} required={item.required} />
                  </Stack>
                  {draft && (
                    <Group gap={2} wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('curriculum.moveUp', { title: name })}
                        disabled={index === 0 || reorder.isPending}
                        onClick={() => move(item, -1)}
                      >
                        <ArrowUpIcon />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('curriculum.moveDown', { title: name })}
                        disabled={index === allItems.length - 1 || reorder.isPending}
                        onClick={() => move(item, 1)}
                      >
                        <ArrowDownIcon />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red.9"
                        aria-label={t('curriculum.remove', { title: name })}
                        onClick={() => setRemoving(item)}
                      >
                        <TrashIcon />
                      </ActionIcon>
                    </Group>
                  )}
                </Group>
              );
            })}
          </Stack>
        </Paper>
      ))}

      {editing && (
        <EditItemModal item={editing} readOnly={!draft} onClose={() => setEditing(null)} />
      )}
      {adding && (
        <AddItemModal versionId={curriculum.id} moduleId={adding} onClose={() => setAdding(null)} />
      )}
      <ConfirmDialog
        opened={removing !== null}
        title={t('curriculum.removeTitle')}
        confirmLabel={t('curriculum.removeConfirm')}
        danger
        loading={remove.isPending}
        onConfirm={confirmRemove}
        onClose={() => setRemoving(null)}
      >
        {removing ? t('curriculum.removeMessage', { title: local(removing.title) }) : ''}
      </ConfirmDialog>
    </Stack>
  );
}
