import {
  Anchor,
  Button,
  Checkbox,
  Chip,
  CopyButton,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Program } from '../../api/programs';
import {
  type MentorStage,
  type PipelineEntry,
  usePipeline,
  usePipelineAction,
  usePipelineSummary,
} from '../../api/recruitment';
import { showServerErrors } from '../../components/form-errors';
import { CopyIcon, MembersIcon, SearchIcon } from '../../components/icons';
import { ListState } from '../../components/ListState';
import { LoadMore } from '../../components/LoadMore';
import { notifyError, notifySaved } from '../../components/notify';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { usePhone } from '../../components/use-phone';
import { useFormat } from '../../i18n/format';
import { ScreeningChecklistCard } from '../screening/ScreeningChecklistCard';
import { ScreeningProgress, StageBadge } from './parts';

/** The chips, in the lifecycle's order; the exits last. */
const chipStages: MentorStage[] = [
  'applied',
  'nominated',
  'screening',
  'in_training',
  'certified',
  'recertification_due',
  'active',
  'alumni',
  'withdrawn',
  'rejected',
  'paused',
];

/** The program's recruitment: every mentor by stage, with actions on several at once. */
export function PipelineTab({ program }: { program: Program }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [stage, setStage] = useState<MentorStage | null>(null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const list = usePipeline(program.id, { stage, q });
  const summary = usePipelineSummary(program.id, q);
  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const chosen = rows.filter((row) => selected.has(row.id));
  const counts = summary.data?.counts;
  const shown = chipStages.filter(
    (s) => (counts?.[s] ?? 0) > 0 || ['applied', 'screening'].includes(s) || s === stage,
  );

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const allChosen = rows.length > 0 && chosen.length === rows.length;

  return (
    <Stack gap="lg">
      <ScreeningChecklistCard program={program} />
      <ShareLink program={program} />
      <Stack gap="sm" component="section" aria-labelledby="pipeline-title">
        <Text component="h2" fz="h3" fw={700} id="pipeline-title" m={0}>
          {t('recruitment.pipeline.title')}
        </Text>
        <Chip.Group
          multiple={false}
          value={stage ?? 'all'}
          onChange={(value) => {
            setStage(value === 'all' ? null : (value as MentorStage));
            setSelected(new Set());
          }}
        >
          <Group gap={6} role="group" aria-label={t('recruitment.pipeline.filter')}>
            <Chip value="all" size="sm">
              {t('recruitment.pipeline.all', { count: summary.data?.total ?? 0 })}
            </Chip>
            {shown.map((s) => (
              <Chip key={s} value={s} size="sm">
                {t('recruitment.pipeline.chip', {
                  stage: t(`recruitment.stages.${s}`),
                  count: counts?.[s] ?? 0,
                })}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <TextInput
          label={t('recruitment.pipeline.search')}
          placeholder={t('recruitment.pipeline.searchPlaceholder')}
          leftSection={<SearchIcon size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          maw={420}
        />
        <BulkActions
          programId={program.id}
          chosen={chosen}
          allChosen={allChosen}
          onToggleAll={(on) => setSelected(on ? new Set(rows.map((r) => r.id)) : new Set())}
          onDone={() => setSelected(new Set())}
          hasRows={rows.length > 0}
        />
        <ListState
          query={list}
          isEmpty={rows.length === 0}
          empty={t(q || stage ? 'recruitment.pipeline.noneFound' : 'recruitment.pipeline.empty')}
          emptyHelp={q || stage ? undefined : t('recruitment.pipeline.emptyHelp')}
          icon={<MembersIcon size={28} />}
        >
          <ResponsiveTable
            label={t('recruitment.pipeline.title')}
            rows={rows}
            rowKey={(row) => row.id}
            columns={[
              {
                key: 'name',
                header: t('recruitment.pipeline.name'),
                cell: (row) => (
                  <Group gap="sm" wrap="nowrap" align="flex-start">
                    <Checkbox
                      mt={2}
                      aria-label={t('recruitment.pipeline.select', { name: row.name })}
                      checked={selected.has(row.id)}
                      onChange={(event) => toggle(row.id, event.currentTarget.checked)}
                    />
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Anchor
                        component={Link}
                        to={`/programs/${program.id}/mentors/${row.id}`}
                        fw={600}
                        size="sm"
                        className="break-anywhere"
                      >
                        {row.name}
                      </Anchor>
                      <Text size="xs" c="dimmed" className="break-anywhere">
                        {row.email}
                      </Text>
                    </Stack>
                  </Group>
                ),
              },
              {
                key: 'stage',
                header: t('recruitment.pipeline.stage'),
                cell: (row) => (
                  <Stack gap={4} align="flex-start">
                    <StageBadge stage={row.stage} />
                    <Text size="xs" c="dimmed">
                      {t('recruitment.pipeline.since', { date: format.date(row.stageChangedAt) })}
                    </Text>
                  </Stack>
                ),
              },
              {
                key: 'source',
                header: t('recruitment.pipeline.source'),
                cell: (row) => <Text size="sm">{t(`recruitment.sources.${row.source}`)}</Text>,
              },
              {
                key: 'screening',
                header: t('recruitment.pipeline.screening'),
                cell: (row) =>
                  row.exitReason ? (
                    <Text size="sm" className="break-anywhere">
                      {row.exitReason}
                    </Text>
                  ) : (
                    <ScreeningProgress screening={row.screening} />
                  ),
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
    </Stack>
  );
}

/** The public application page's address, for the coordinator to share. */
function ShareLink({ program }: { program: Program }) {
  const { t } = useTranslation();
  if (program.nominationRequired) {
    return (
      <Paper withBorder p="md">
        <Text size="sm">{t('recruitment.pipeline.byNomination')}</Text>
      </Paper>
    );
  }
  const url = `${window.location.origin}/apply/${program.id}`;
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('recruitment.pipeline.shareTitle')}
        </Text>
        {program.status === 'published' ? (
          <Group gap="sm" wrap="wrap">
            <Anchor href={url} target="_blank" size="sm" className="break-anywhere">
              {url}
            </Anchor>
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<CopyIcon size={14} />}
                  onClick={copy}
                >
                  {copied ? t('recruitment.pipeline.copied') : t('recruitment.pipeline.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('recruitment.pipeline.shareDraft')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function BulkActions(props: {
  programId: string;
  chosen: PipelineEntry[];
  allChosen: boolean;
  hasRows: boolean;
  onToggleAll: (on: boolean) => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const action = usePipelineAction(props.programId);
  const [dialog, setDialog] = useState<'reject' | 'message' | null>(null);
  const count = props.chosen.length;
  const ids = props.chosen.map((row) => row.id);

  const advance = () =>
    action.mutate(
      { action: 'advance', mentorIds: ids },
      {
        onSuccess: () => {
          notifySaved(t('recruitment.pipeline.advanced', { count }));
          props.onDone();
        },
        onError: (error) => notifyError(error, t('recruitment.pipeline.nothingChanged')),
      },
    );

  if (!props.hasRows) return null;
  return (
    <Paper withBorder p="sm" bg={count > 0 ? 'gray.0' : undefined}>
      <Group gap="sm" justify="space-between" wrap="wrap">
        <Checkbox
          label={
            count > 0
              ? t('recruitment.pipeline.chosen', { count })
              : t('recruitment.pipeline.chooseAll')
          }
          checked={props.allChosen}
          indeterminate={count > 0 && !props.allChosen}
          onChange={(event) => props.onToggleAll(event.currentTarget.checked)}
        />
        <Group gap="xs" wrap="wrap">
          <Button size="sm" disabled={count === 0} loading={action.isPending} onClick={advance}>
            {t('recruitment.pipeline.advance')}
          </Button>
          <Button
            size="sm"
            variant="default"
            disabled={count === 0}
            onClick={() => setDialog('reject')}
          >
            {t('recruitment.pipeline.reject')}
          </Button>
          <Button
            size="sm"
            variant="default"
            disabled={count === 0}
            onClick={() => setDialog('message')}
          >
            {t('recruitment.pipeline.message')}
          </Button>
        </Group>
      </Group>
      <RejectDialog
        opened={dialog === 'reject'}
        programId={props.programId}
        mentors={props.chosen}
        onClose={() => setDialog(null)}
        onDone={props.onDone}
      />
      <MessageDialog
        opened={dialog === 'message'}
        programId={props.programId}
        mentors={props.chosen}
        onClose={() => setDialog(null)}
        onDone={props.onDone}
      />
    </Paper>
  );
}

interface DialogProps {
  opened: boolean;
  programId: string;
  mentors: { id: string; name: string }[];
  onClose: () => void;
  onDone: () => void;
}

/** Reject with a reason, which the person receives by mail. */
export function RejectDialog(props: DialogProps) {
  const { t } = useTranslation();
  const phone = usePhone();
  const action = usePipelineAction(props.programId);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const close = () => {
    setReason('');
    setError(undefined);
    props.onClose();
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(t('recruitment.pipeline.reasonRequired'));
      return;
    }
    action.mutate(
      { action: 'reject', mentorIds: props.mentors.map((m) => m.id), reason },
      {
        onSuccess: () => {
          notifySaved(t('recruitment.pipeline.rejected', { count: props.mentors.length }));
          props.onDone();
          close();
        },
        onError: (err) => {
          const rest = showServerErrors(
            { setFieldError: (_path, message) => setError(message) },
            err,
            ['reason'],
          );
          if (rest) notifyError(rest, t('recruitment.pipeline.nothingChanged'));
        },
      },
    );
  };
  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={t('recruitment.pipeline.rejectTitle', { count: props.mentors.length })}
      fullScreen={phone}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{props.mentors.map((m) => m.name).join(', ')}</Text>
          <Textarea
            label={t('recruitment.pipeline.reason')}
            description={t('recruitment.pipeline.reasonHelp')}
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setError(undefined);
            }}
            error={error}
            required
            autosize
            minRows={3}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={action.isPending}>
              {t('recruitment.pipeline.rejectSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function MessageDialog(props: DialogProps) {
  const { t } = useTranslation();
  const phone = usePhone();
  const action = usePipelineAction(props.programId);
  const [subject, setSubject] = useState('');
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const close = () => {
    setSubject('');
    setMessage('');
    setErrors({});
    props.onClose();
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const missing = {
      subject: subject.trim() ? undefined : t('recruitment.pipeline.subjectRequired'),
      message: message.trim() ? undefined : t('recruitment.pipeline.messageRequired'),
    };
    if (missing.subject || missing.message) {
      setErrors(missing);
      return;
    }
    action.mutate(
      { action: 'message', mentorIds: props.mentors.map((m) => m.id), subject, message },
      {
        onSuccess: () => {
          notifySaved(t('recruitment.pipeline.sent', { count: props.mentors.length }));
          props.onDone();
          close();
        },
        onError: (err) => {
          const rest = showServerErrors(
            { setFieldError: (path, text) => setErrors((e) => ({ ...e, [path]: text })) },
            err,
            ['subject', 'message'],
          );
          if (rest) notifyError(rest);
        },
      },
    );
  };
  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={t('recruitment.pipeline.messageTitle', { count: props.mentors.length })}
      fullScreen={phone}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{props.mentors.map((m) => m.name).join(', ')}</Text>
          <TextInput
            label={t('recruitment.pipeline.subject')}
            value={subject}
            onChange={(event) => setSubject(event.currentTarget.value)}
            error={errors.subject}
            required
            data-autofocus
          />
          <Textarea
            label={t('recruitment.pipeline.messageText')}
            value={message}
            onChange={(event) => setMessage(event.currentTarget.value)}
            error={errors.message}
            required
            autosize
            minRows={4}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={action.isPending}>
              {t('recruitment.pipeline.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
