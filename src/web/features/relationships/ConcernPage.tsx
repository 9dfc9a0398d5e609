import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Stack,
  Text,
  Textarea,
  TextInput,
  Timeline,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  type Concern,
  type ConcernStatus,
  useChangeConcernStatus,
  useConcern,
} from '../../api/concerns';
import { showServerErrors } from '../../components/form-errors';
import { notifyError, notifySaved } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../i18n/format';
import { urgencyColor } from './ConcernsPage';

const steps = ['received', 'assessing', 'action_taken', 'closed'] as const;
type Step = (typeof steps)[number];

/** Where a concern may go from here (the server's rule: forward only). */
function nextSteps(status: ConcernStatus): Step[] {
  if (status === 'draft') return ['received', 'closed'];
  if (status === 'closed') return [];
  const at = steps.indexOf(status as Step);
  return steps.filter((_, i) => i > at);
}

/** One concern for the safeguarding lead: what happened, the handling steps and the history. */
export function ConcernPage() {
  const { t } = useTranslation();
  const { concernId = '' } = useParams();
  const query = useConcern(concernId);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const concern = query.data.concern;
  return (
    <>
      <PageHeader
        title={t(`concerns.category.${concern.category}`)}
        actions={
          <Group gap="xs">
            <Badge color={urgencyColor[concern.urgency]} variant="light" size="lg">
              {t(`concerns.urgency.${concern.urgency}`)}
            </Badge>
            <Badge variant="outline" size="lg">
              {t(`concerns.status.${concern.status}`)}
            </Badge>
          </Group>
        }
      />
      <Stack gap="lg">
        <Anchor component={Link} to="/concerns" size="sm">
          {t('concerns.record.back')}
        </Anchor>
        <Alert color="gray" variant="light">
          {t('concerns.record.logged')}
        </Alert>
        <Facts concern={concern} />
        <Handling concern={concern} />
        <History concern={concern} />
      </Stack>
    </>
  );
}

function Facts({ concern }: { concern: Concern }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('concerns.record.what')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
          {concern.description}
        </Text>
        <Text size="sm" c="dimmed">
          {t('concerns.record.reporter')}:{' '}
          {concern.reporterName ?? t('concerns.record.unknownReporter')} ·{' '}
          {format.dateTime(concern.createdAt)}
        </Text>
        {concern.programName && (
          <Text size="sm">
            {t('concerns.record.program')}: {concern.programName}
          </Text>
        )}
        {concern.matchId && (
          <Anchor component={Link} to={`/matches/${concern.matchId}`} size="sm">
            {t('concerns.record.openMatch')}
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}

function Handling({ concern }: { concern: Concern }) {
  const { t } = useTranslation();
  const format = useFormat();
  const change = useChangeConcernStatus(concern.id);
  const today = new Date().toISOString().slice(0, 10);
  const form = useForm({
    initialValues: {
      note: '',
      actionTaken: concern.actionTaken ?? '',
      reportedToAuthorities: concern.reportedToAuthoritiesAt !== null,
      reportedDate: concern.reportedToAuthoritiesAt?.slice(0, 10) ?? today,
    },
  });
  const options = nextSteps(concern.status);
  const active = concern.status === 'draft' ? -1 : steps.indexOf(concern.status as Step);
  const move = (status: Step) => {
    const v = form.getValues();
    const reportedNow = v.reportedToAuthorities && concern.reportedToAuthoritiesAt === null;
    change.mutate(
      {
        status,
        ...(v.note.trim() ? { note: v.note } : {}),
        ...(v.actionTaken.trim() ? { actionTaken: v.actionTaken } : {}),
        ...(reportedNow
          ? {
              reportedToAuthorities: true,
              reportedToAuthoritiesAt: new Date(`${v.reportedDate}T12:00:00`).toISOString(),
            }
          : {}),
      },
      {
        onSuccess: () => {
          notifySaved(t('concerns.record.saved'));
          form.setFieldValue('note', '');
        },
        onError: (error) => {
          const rest = showServerErrors(form, error, ['note', 'actionTaken']);
          if (rest) notifyError(rest);
        },
      },
    );
  };
  const canRecordAction = options.includes('action_taken') || concern.status === 'action_taken';
  return (
    <Card withBorder>
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('concerns.record.steps')}
        </Title>
        <Timeline active={active} bulletSize={18} lineWidth={2} color="mentorTeal">
          {steps.map((s) => (
            <Timeline.Item key={s} title={t(`concerns.status.${s}`)} />
          ))}
        </Timeline>
        {concern.actionTaken && (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t('concerns.record.actionTaken')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
              {concern.actionTaken}
            </Text>
          </Stack>
        )}
        {concern.reportedToAuthoritiesAt && (
          <Badge color="red" variant="light" tt="none">
            {t('concerns.record.reportedAt', {
              date: format.date(concern.reportedToAuthoritiesAt),
            })}
          </Badge>
        )}
        {concern.status === 'closed' ? (
          <Text size="sm" c="dimmed">
            {t('concerns.record.closedNote')}
          </Text>
        ) : (
          <Stack gap="sm">
            {canRecordAction && (
              <>
                <Textarea
                  label={t('concerns.record.actionTaken')}
                  autosize
                  minRows={2}
                  maxLength={5000}
                  {...form.getInputProps('actionTaken')}
                />
                {concern.reportedToAuthoritiesAt === null && (
                  <Group align="flex-end" gap="md" wrap="wrap">
                    <Checkbox
                      label={t('concerns.record.reportedToAuthorities')}
                      {...form.getInputProps('reportedToAuthorities', { type: 'checkbox' })}
                    />
                    {form.getValues().reportedToAuthorities && (
                      <TextInput
                        type="date"
                        label={t('concerns.record.reportedDate')}
                        max={today}
                        {...form.getInputProps('reportedDate')}
                      />
                    )}
                  </Group>
                )}
              </>
            )}
            <Textarea
              label={t('concerns.record.note')}
              autosize
              minRows={2}
              maxLength={2000}
              {...form.getInputProps('note')}
            />
            <Group gap="xs" wrap="wrap">
              {concern.status === 'action_taken' && (
                <Button
                  variant="light"
                  loading={change.isPending}
                  onClick={() => move('action_taken')}
                >
                  {t('concerns.record.saveAction')}
                </Button>
              )}
              {options.map((s) => (
                <Button
                  key={s}
                  variant={s === options[0] ? 'filled' : 'default'}
                  loading={change.isPending && change.variables?.status === s}
                  onClick={() => move(s)}
                >
                  {t('concerns.record.moveTo', { status: t(`concerns.status.${s}`) })}
                </Button>
              ))}
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function History({ concern }: { concern: Concern }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('concerns.record.history')}
        </Title>
        {[...concern.history].reverse().map((h) => (
          <Stack key={`${h.at}-${h.status}`} gap={2}>
            <Text size="sm" fw={600}>
              {t(`concerns.status.${h.status}`)}
            </Text>
            <Text size="xs" c="dimmed">
              {[
                format.dateTime(h.at),
                h.byName ? t('concerns.record.by', { name: h.byName }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            {h.note && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
                {h.note}
              </Text>
            )}
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
