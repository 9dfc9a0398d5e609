import {
  Anchor,
  Badge,
  Button,
  Card,
  Collapse,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  type HelpRequestSummary,
  useAskForHelp,
  useCloseHelp,
  useHelpRequest,
  useHelpRequests,
  useMyConcerns,
  useReplyToHelp,
} from '../../api/concerns';
import { usePrograms } from '../../api/programs';
import { showServerErrors } from '../../components/form-errors';
import { LoadMore } from '../../components/LoadMore';
import { notifyError, notifySaved } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../i18n/format';
import { useCan, useMembership } from '../organisation/OrganisationContext';
import { ReportConcernButton } from './ReportConcernButton';

const statusColor = { open: 'orange', answered: 'mentorTeal', closed: 'gray' } as const;

/** "How can we help?": ask the coordinators, follow one's requests, report a concern. */
export function HelpPage() {
  const { t } = useTranslation();
  const canAnswer = useCan('help.answer');
  // Coordinators see the watch list's drafts on the concerns page.
  const canHandleConcerns = useCan('concerns.handle');
  const canSeeDrafts = useCan('matches.manage');
  const canHandle = canHandleConcerns || canSeeDrafts;
  return (
    <>
      <PageHeader title={t('concerns.help.title')} description={t('concerns.help.intro')} />
      <Stack gap="lg">
        {(canAnswer || canHandle) && (
          <Group gap="md" wrap="wrap">
            {canAnswer && (
              <Anchor component={Link} to="/help-inbox">
                {t('concerns.help.inboxLink')}
              </Anchor>
            )}
            {canHandle && (
              <Anchor component={Link} to="/concerns">
                {t('concerns.help.concernsLink')}
              </Anchor>
            )}
          </Group>
        )}
        <AskForm />
        <MyRequests />
        <ConcernSection />
      </Stack>
    </>
  );
}

function AskForm() {
  const { t } = useTranslation();
  const { organisationId } = useMembership();
  const programs = usePrograms(organisationId, 'published');
  const items = programs.data?.pages.flatMap((page) => page.items) ?? [];
  const ask = useAskForHelp(organisationId);
  const form = useForm({ initialValues: { programId: '', subject: '', message: '' } });
  const submit = form.onSubmit((values) => {
    ask.mutate(
      {
        subject: values.subject,
        message: values.message,
        ...(values.programId ? { programId: values.programId } : {}),
      },
      {
        onSuccess: () => {
          notifySaved(t('concerns.help.sent'));
          form.reset();
        },
        onError: (error) => {
          const rest = showServerErrors(form, error, ['programId', 'subject', 'message']);
          if (rest) notifyError(rest);
        },
      },
    );
  });
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          {items.length > 0 && (
            <NativeSelect
              label={t('concerns.help.program')}
              data={[
                { value: '', label: t('concerns.help.noProgram') },
                ...items.map((p) => ({ value: p.id, label: p.name })),
              ]}
              {...form.getInputProps('programId')}
            />
          )}
          <TextInput
            label={t('concerns.help.subject')}
            required
            maxLength={200}
            {...form.getInputProps('subject')}
          />
          <Textarea
            label={t('concerns.help.message')}
            required
            autosize
            minRows={3}
            maxLength={5000}
            {...form.getInputProps('message')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={ask.isPending}>
              {t('concerns.help.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function MyRequests() {
  const { t } = useTranslation();
  const { organisationId } = useMembership();
  const list = useHelpRequests(organisationId, true);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('concerns.help.mine')}
      </Title>
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t('concerns.help.empty')}</Text>
      ) : (
        items.map((r) => <HelpRequestCard key={r.id} request={r} />)
      )}
      <LoadMore
        hasNextPage={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </Stack>
  );
}

/** One request as a card that opens into the conversation with a reply box. */
export function HelpRequestCard({
  request,
  initiallyOpen = false,
}: {
  request: HelpRequestSummary;
  initiallyOpen?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600} className="break-anywhere">
            {request.subject}
          </Text>
          <Badge color={statusColor[request.status]} variant="light">
            {t(`concerns.request.status.${request.status}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {[
            !request.mine && request.requesterName
              ? t('concerns.request.from', { name: request.requesterName })
              : null,
            request.programName,
            format.dateTime(request.updatedAt),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        <Group>
          <Button variant="subtle" size="compact-sm" onClick={() => setOpen((o) => !o)}>
            {open ? t('concerns.request.hide') : t('concerns.request.show')}
          </Button>
        </Group>
        <Collapse expanded={open}>{open && <HelpConversation id={request.id} />}</Collapse>
      </Stack>
    </Card>
  );
}

function HelpConversation({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { organisationId } = useMembership();
  const query = useHelpRequest(id);
  const reply = useReplyToHelp(organisationId, id);
  const close = useCloseHelp(organisationId, id);
  const form = useForm({ initialValues: { body: '' } });
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const request = query.data.helpRequest;
  const submit = form.onSubmit((values) => {
    reply.mutate(values.body, {
      onSuccess: () => form.reset(),
      onError: (error) => {
        const rest = showServerErrors(form, error, ['body']);
        if (rest) notifyError(rest);
      },
    });
  });
  return (
    <Stack gap="sm" mt="xs">
      {request.replies.map((r) => (
        <Paper
          key={r.id}
          p="sm"
          withBorder
          bg={r.fromStaff ? 'var(--mantine-color-gray-0)' : undefined}
        >
          <Text size="xs" c="dimmed">
            {[
              r.fromStaff ? t('concerns.request.staff') : null,
              r.authorName,
              format.dateTime(r.createdAt),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
            {r.body}
          </Text>
        </Paper>
      ))}
      {request.status === 'closed' ? (
        <Text size="sm" c="dimmed">
          {t('concerns.request.closedNote')}
        </Text>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <Textarea
              label={t('concerns.request.reply')}
              required
              autosize
              minRows={2}
              maxLength={5000}
              {...form.getInputProps('body')}
            />
            <Group justify="flex-end" gap="xs">
              <Button
                variant="default"
                loading={close.isPending}
                onClick={() => close.mutate(undefined, { onError: (e) => notifyError(e) })}
              >
                {t('concerns.request.close')}
              </Button>
              <Button type="submit" loading={reply.isPending}>
                {t('concerns.request.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

function ConcernSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const { organisationId } = useMembership();
  const mine = useMyConcerns(organisationId);
  const items = mine.data?.items ?? [];
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('concerns.help.concernTitle')}
        </Title>
        <Text size="sm">{t('concerns.help.concernIntro')}</Text>
        <Group>
          <ReportConcernButton variant="outline" />
        </Group>
        {items.length > 0 && (
          <Stack gap={4}>
            <Title order={3} size="h5">
              {t('concerns.mine.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('concerns.mine.intro')}
            </Text>
            {items.map((c) => (
              <Group key={c.id} gap="xs" wrap="wrap">
                <Text size="sm">{t('concerns.mine.item', { date: format.date(c.createdAt) })}</Text>
                <Badge variant="light" color={c.status === 'closed' ? 'gray' : 'mentorTeal'}>
                  {t(`concerns.status.${c.status}`)}
                </Badge>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
