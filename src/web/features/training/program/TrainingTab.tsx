import { Badge, Button, Group, Paper, Spoiler, Stack, Switch, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Program } from '../../../api/programs';
import {
  type CohortEntry,
  type Reflection,
  useCohort,
  useLessonFeedbackSummary,
  useReflections,
  useReviewReflection,
} from '../../../api/training';
import { ListState } from '../../../components/ListState';
import { notifyError, notifySaved } from '../../../components/notify';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import { useFormat } from '../../../i18n/format';
import { useMembership } from '../../organisation/OrganisationContext';
import {
  DeadlineText,
  EnrolmentStatusBadge,
  LabelledProgress,
  TitledSection,
  useLocalText,
} from '../parts';

/** Trainers and coordinators: the cohort, reflections to review, lesson feedback. */
export function TrainingTab({ program }: { program: Program }) {
  const { t } = useTranslation();
  const membership = useMembership();
  return (
    <Stack gap="xl">
      {membership.can['curriculum.edit'] && (
        <Paper withBorder p="md">
          <Group justify="space-between" gap="sm">
            <Text size="sm" style={{ flex: '1 1 18rem' }}>
              {t('cohort.curriculumHelp')}
            </Text>
            <Button component={Link} to={`/programs/${program.id}/curriculum`} variant="default">
              {t('curriculum.open')}
            </Button>
          </Group>
        </Paper>
      )}
      <CohortSection programId={program.id} />
      {membership.can['training.deliver'] && <ReflectionsSection programId={program.id} />}
      {membership.can['curriculum.edit'] && <FeedbackSection programId={program.id} />}
    </Stack>
  );
}

function CohortSection({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const local = useLocalText();
  const cohort = useCohort(programId);
  const [behindOnly, setBehindOnly] = useState(false);
  const all = cohort.data?.pages.flatMap((page) => page.items) ?? [];
  const rows = behindOnly ? all.filter((row) => row.behind) : all;
  const behindCount = all.filter((row) => row.behind).length;

  return (
    <TitledSection
      id="cohort-title"
      title={t('cohort.title')}
      actions={
        <Switch
          label={t('cohort.behindOnly', { count: behindCount })}
          checked={behindOnly}
          onChange={(event) => setBehindOnly(event.currentTarget.checked)}
        />
      }
    >
      <ListState
        query={cohort}
        isEmpty={rows.length === 0}
        empty={behindOnly ? t('cohort.noneBehind') : t('cohort.empty')}
      >
        <ResponsiveTable
          label={t('cohort.title')}
          rows={rows}
          rowKey={(row) => row.enrolmentId}
          columns={[
            {
              key: 'name',
              header: t('mentors.name'),
              width: 170,
              cell: (row) => (
                <Stack gap={4} align="flex-start">
                  <Text fw={600} size="sm" className="break-anywhere">
                    {row.name}
                  </Text>
                  <Group gap={4}>
                    <EnrolmentStatusBadge status={row.status} />
                    {row.behind && (
                      <Badge color="red.9" variant="filled" tt="none" radius="sm">
                        {t('cohort.behind')}
                      </Badge>
                    )}
                  </Group>
                </Stack>
              ),
            },
            {
              key: 'progress',
              header: t('mentors.progress'),
              width: 200,
              cell: (row) => (
                <LabelledProgress
                  size="sm"
                  label={t('cohort.expected', {
                    percent: format.percent(row.expectedPercent / 100),
                  })}
                  value={row.progressPercent}
                  expected={row.expectedPercent}
                />
              ),
            },
            {
              key: 'deadline',
              header: t('cohort.deadline'),
              cell: (row) =>
                row.status === 'certified' ? (
                  <Text size="sm">–</Text>
                ) : (
                  <DeadlineText deadline={row.deadline} compact />
                ),
            },
            {
              key: 'why',
              header: t('cohort.why'),
              cell: (row) => <BehindReasons row={row} local={local} />,
            },
          ]}
        />
      </ListState>
    </TitledSection>
  );
}

function BehindReasons({
  row,
  local,
}: {
  row: CohortEntry;
  local: ReturnType<typeof useLocalText>;
}) {
  const { t } = useTranslation();
  if (row.reasons.length === 0 && row.blockingItems.length === 0) {
    return <Text size="sm">{t('cohort.onTrack')}</Text>;
  }
  const shown = row.blockingItems.slice(0, 3);
  return (
    <Stack gap={2}>
      {row.reasons.map((reason) => (
        <Text size="sm" fw={600} key={reason} c="red.9">
          {t(`cohort.reasons.${reason}`)}
        </Text>
      ))}
      {shown.length > 0 && (
        <Text size="sm">
          {t('cohort.next')}{' '}
          {shown
            .map(
              (item) =>
                `${local(item.title)} (${t(`training.itemState.${item.state}`).toLocaleLowerCase()})`,
            )
            .join('; ')}
          {row.blockingItems.length > shown.length &&
            ` ${t('cohort.more', { count: row.blockingItems.length - shown.length })}`}
        </Text>
      )}
    </Stack>
  );
}

function ReflectionsSection({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const reflections = useReflections(programId);
  const rows = reflections.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <TitledSection id="reflections-title" title={t('review.title')}>
      <ListState query={reflections} isEmpty={rows.length === 0} empty={t('review.empty')}>
        <Stack gap="md">
          {rows.map((reflection) => (
            <ReviewCard key={reflection.id} reflection={reflection} />
          ))}
        </Stack>
      </ListState>
    </TitledSection>
  );
}

function ReviewCard({ reflection }: { reflection: Reflection }) {
  const { t } = useTranslation();
  const format = useFormat();
  const review = useReviewReflection();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | undefined>();

  const decide = (decision: 'approve' | 'return') => {
    if (decision === 'return' && !comment.trim()) {
      setError(t('review.commentRequired'));
      return;
    }
    review.mutate(
      { reflectionId: reflection.id, decision, comment: comment.trim() || undefined },
      {
        onSuccess: () =>
          notifySaved(
            t(decision === 'approve' ? 'review.approved' : 'review.returned', {
              name: reflection.name,
            }),
          ),
        onError: (err) => notifyError(err),
      },
    );
  };

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="article" aria-label={reflection.name}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Text fw={600}>{reflection.name}</Text>
          <Text size="sm" c="dimmed">
            {t('review.submitted', { date: format.dateTime(reflection.submittedAt) })}
          </Text>
        </Group>
        <Spoiler maxHeight={140} showLabel={t('review.showAll')} hideLabel={t('review.showLess')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {reflection.text}
          </Text>
        </Spoiler>
        <Textarea
          label={t('review.comment')}
          description={t('review.commentHelp')}
          autosize
          minRows={2}
          value={comment}
          onChange={(event) => {
            setComment(event.currentTarget.value);
            setError(undefined);
          }}
          error={error}
        />
        <Group gap="sm">
          <Button
            onClick={() => decide('approve')}
            loading={review.isPending && review.variables?.decision === 'approve'}
            disabled={review.isPending}
          >
            {t('review.approve')}
          </Button>
          <Button
            variant="default"
            onClick={() => decide('return')}
            loading={review.isPending && review.variables?.decision === 'return'}
            disabled={review.isPending}
          >
            {t('review.return')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function FeedbackSection({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const local = useLocalText();
  const format = useFormat();
  const feedback = useLessonFeedbackSummary(programId);
  const rows = feedback.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <TitledSection id="feedback-title" title={t('feedback.title')}>
      <ListState query={feedback} isEmpty={rows.length === 0} empty={t('feedback.empty')}>
        <ResponsiveTable
          label={t('feedback.title')}
          rows={rows}
          rowKey={(row) => row.itemKey}
          columns={[
            {
              key: 'lesson',
              header: t('training.kind.lesson'),
              cell: (row) => (
                <Text size="sm" fw={600}>
                  {local(row.title)}
                </Text>
              ),
            },
            {
              key: 'share',
              header: t('feedback.helpful'),
              width: 190,
              cell: (row) =>
                row.helpfulShare === null ? (
                  <Text size="sm" c="dimmed">
                    {t('feedback.noAnswers')}
                  </Text>
                ) : (
                  <Text size="sm">
                    {t('feedback.share', {
                      share: format.percent(row.helpfulShare),
                      count: row.responses,
                    })}
                  </Text>
                ),
            },
            {
              key: 'comments',
              header: t('feedback.comments'),
              cell: (row) => {
                const comments = row.comments.filter((c) => c.comment.trim());
                return comments.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    –
                  </Text>
                ) : (
                  <Stack component="ul" gap={4} m={0} pl="md">
                    {comments.map((c) => (
                      <Text component="li" size="sm" key={c.createdAt}>
                        <Text span fw={600} inherit>
                          {c.helpful ? t('training.lesson.yes') : t('training.lesson.no')}:
                        </Text>{' '}
                        {c.comment}
                      </Text>
                    ))}
                  </Stack>
                );
              },
            },
          ]}
        />
      </ListState>
    </TitledSection>
  );
}
