import {
  Anchor,
  Badge,
  Button,
  DataList,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  type MentorDetails,
  type MentorEvent,
  type MentorStage,
  useDecideNomination,
  useMentorDetails,
  useMentorTimeline,
  usePipelineAction,
} from '../../api/recruitment';
import { notifyError, notifySaved } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../i18n/format';
import { ScreeningPanel } from '../screening/ScreeningPanel';
import { RejectDialog } from './PipelineTab';
import { StageBadge } from './parts';
import {
  availabilityLabel,
  genderLabel,
  goalLabel,
  interestLabel,
  languageLabel,
} from './profile-labels';

/** One mentor of a program: the application, a nomination's ratings, screening, the timeline. */
export function MentorPage() {
  const { t } = useTranslation();
  const { programId = '', mentorId = '' } = useParams();
  const mentor = useMentorDetails(mentorId);

  if (mentor.isPending) return <PageLoader />;
  if (mentor.isError) {
    return (
      <>
        <PageHeader title={t('recruitment.mentor.title')} />
        <QueryError error={mentor.error} onRetry={() => void mentor.refetch()} />
      </>
    );
  }
  const data = mentor.data;
  return (
    <>
      <PageHeader
        title={data.name}
        description={
          <Group gap="xs" wrap="wrap">
            <StageBadge stage={data.stage} />
            <Anchor component={Link} to={`/programs/${programId}/pipeline`} size="sm">
              {t('recruitment.mentor.backTo', { program: data.programName })}
            </Anchor>
          </Group>
        }
        actions={<StageActions mentor={data} />}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="lg">
          <Application mentor={data} />
          {data.nomination && <Nomination mentor={data} />}
        </Stack>
        <Stack gap="lg">
          <ScreeningPanel mentorId={data.id} programId={data.programId} />
          <MentorTimeline mentorId={data.id} />
        </Stack>
      </SimpleGrid>
    </>
  );
}

function StageActions({ mentor }: { mentor: MentorDetails }) {
  const { t } = useTranslation();
  const action = usePipelineAction(mentor.programId);
  const [rejecting, setRejecting] = useState(false);
  const canAdvance =
    mentor.stage === 'applied' ||
    (mentor.stage === 'nominated' &&
      mentor.nomination?.response === 'accepted' &&
      mentor.nomination.decision === 'pending');
  const canReject = ['applied', 'nominated', 'screening'].includes(mentor.stage);
  if (!canAdvance && !canReject) return null;
  return (
    <>
      {canAdvance && (
        <Button
          loading={action.isPending}
          onClick={() =>
            action.mutate(
              { action: 'advance', mentorIds: [mentor.id] },
              {
                onSuccess: () => notifySaved(t('recruitment.pipeline.advanced', { count: 1 })),
                onError: (error) => notifyError(error),
              },
            )
          }
        >
          {mentor.stage === 'nominated'
            ? t('recruitment.mentor.approve')
            : t('recruitment.mentor.toScreening')}
        </Button>
      )}
      {canReject && (
        <Button variant="default" onClick={() => setRejecting(true)}>
          {t('recruitment.pipeline.reject')}
        </Button>
      )}
      <RejectDialog
        opened={rejecting}
        programId={mentor.programId}
        mentors={[mentor]}
        onClose={() => setRejecting(false)}
        onDone={() => undefined}
      />
    </>
  );
}

function Facts({ facts }: { facts: [string, React.ReactNode][] }) {
  return (
    <DataList size="sm" orientation="vertical" gap="xs">
      {facts.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
          <DataList.ItemValue className="break-anywhere" style={{ whiteSpace: 'pre-wrap' }}>
            {value}
          </DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}

function Application({ mentor }: { mentor: MentorDetails }) {
  const { t } = useTranslation();
  const format = useFormat();
  const none = t('recruitment.mentor.none');
  const profile = mentor.profile;
  const list = (items: string[]) => (items.length > 0 ? items.join(', ') : none);
  const facts: [string, React.ReactNode][] = [
    [t('recruitment.mentor.email'), mentor.email],
    [t('recruitment.mentor.phone'), mentor.phone ?? none],
    [t('recruitment.mentor.birthYear'), mentor.birthYear ? String(mentor.birthYear) : none],
    [t('recruitment.pipeline.source'), t(`recruitment.sources.${mentor.source}`)],
    [t('recruitment.mentor.consent'), mentor.consentAt ? format.dateTime(mentor.consentAt) : none],
  ];
  if (mentor.source === 'application') {
    facts.push(
      [t('recruitment.mentor.motivation'), mentor.motivation || none],
      [t('recruitment.mentor.experience'), mentor.experience || none],
      [
        t('recruitment.mentor.capacity'),
        t('recruitment.apply.capacityValue', { count: mentor.capacity }),
      ],
    );
  }
  if (profile) {
    facts.push(
      [t('recruitment.profile.languages'), list(profile.languages.map((l) => languageLabel(t, l)))],
      [t('recruitment.profile.interests'), list(profile.interests.map((i) => interestLabel(t, i)))],
      [t('recruitment.mentor.goals'), list(profile.goals.map((g) => goalLabel(t, g)))],
      [
        t('recruitment.mentor.availability'),
        list(profile.availability.map((s) => availabilityLabel(t, s))),
      ],
      [
        t('recruitment.mentor.place'),
        t('recruitment.mentor.placeValue', {
          place: profile.place,
          km: format.number(profile.maxTravelKm),
        }),
      ],
      [t('recruitment.mentor.gender'), profile.gender ? genderLabel(t, profile.gender) : none],
      [
        t('recruitment.mentor.genderPreference'),
        profile.genderPreference
          ? genderLabel(t, profile.genderPreference)
          : t('recruitment.profile.noPreference'),
      ],
    );
  }
  if (mentor.exitReason) facts.push([t('recruitment.mentor.exitReason'), mentor.exitReason]);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="application-title">
      <Title order={2} fz="h4" mb="sm" id="application-title">
        {t('recruitment.mentor.application')}
      </Title>
      <Facts facts={facts} />
    </Paper>
  );
}

function Nomination({ mentor }: { mentor: MentorDetails }) {
  const { t } = useTranslation();
  const decide = useDecideNomination();
  const nomination = mentor.nomination;
  const [rejecting, setRejecting] = useState(false);
  if (!nomination) return null;
  const rating = (value: number) => t('recruitment.nominate.ratingValue', { value });
  const waitingForDecision =
    nomination.response === 'accepted' && nomination.decision === 'pending';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="nomination-title">
      <Title order={2} fz="h4" mb="sm" id="nomination-title">
        {t('recruitment.mentor.nomination', { name: nomination.nominatedByName ?? '–' })}
      </Title>
      <Facts
        facts={[
          [
            t('recruitment.nominate.criteria.worksWellWithOthers'),
            rating(nomination.worksWellWithOthers),
          ],
          [
            t('recruitment.nominate.criteria.positiveAttitude'),
            rating(nomination.positiveAttitude),
          ],
          [t('recruitment.nominate.criteria.performsDuties'), rating(nomination.performsDuties)],
          [t('recruitment.nominate.comment'), nomination.comment || t('recruitment.mentor.none')],
          [
            t('recruitment.mentor.nominationStatus'),
            <Group gap={6} key="status">
              <Badge variant="light" tt="none" radius="sm" color="gray" c="gray.9">
                {t(`recruitment.nominate.response.${nomination.response}`)}
              </Badge>
              <Badge variant="light" tt="none" radius="sm" color="gray" c="gray.9">
                {t(`recruitment.nominate.decision.${nomination.decision}`)}
              </Badge>
            </Group>,
          ],
        ]}
      />
      {waitingForDecision && (
        <Group gap="sm" mt="md">
          <Button
            loading={decide.isPending}
            onClick={() =>
              decide.mutate(
                { nominationId: nomination.id, approve: true },
                {
                  onSuccess: () => notifySaved(t('recruitment.mentor.approved')),
                  onError: (error) => notifyError(error),
                },
              )
            }
          >
            {t('recruitment.mentor.approve')}
          </Button>
          <Button variant="default" onClick={() => setRejecting(true)}>
            {t('recruitment.pipeline.reject')}
          </Button>
        </Group>
      )}
      <RejectDialog
        opened={rejecting}
        programId={mentor.programId}
        mentors={[mentor]}
        onClose={() => setRejecting(false)}
        onDone={() => undefined}
      />
    </Paper>
  );
}

/** The detail worth a line under an event: where to, the reason, the subject. */
function eventText(event: MentorEvent, movedTo: (stage: MentorStage) => string): string | null {
  const details = event.details ?? {};
  if (event.kind === 'stage_changed' && typeof details.to === 'string') {
    return movedTo(details.to as MentorStage);
  }
  if (typeof details.reason === 'string' && details.reason) return details.reason;
  if (typeof details.subject === 'string') return details.subject;
  return null;
}

function MentorTimeline({ mentorId }: { mentorId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const timeline = useMentorTimeline(mentorId);
  const events = timeline.data ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="timeline-title">
      <Title order={2} fz="h4" mb="md" id="timeline-title">
        {t('recruitment.timeline.title')}
      </Title>
      {timeline.isPending ? (
        <PageLoader />
      ) : timeline.isError ? (
        <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : events.length === 0 ? (
        <Text size="sm">{t('recruitment.timeline.empty')}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} active={events.length - 1}>
          {events.map((event) => {
            const text = eventText(event, (stage) =>
              t('recruitment.timeline.movedTo', { stage: t(`recruitment.stages.${stage}`) }),
            );
            return (
              <Timeline.Item key={event.id} title={t(`recruitment.timeline.kinds.${event.kind}`)}>
                <Text size="xs" c="dimmed">
                  {format.dateTime(event.at)}
                  {event.actorName && ` · ${event.actorName}`}
                </Text>
                {text && (
                  <Text size="sm" className="break-anywhere">
                    {text}
                  </Text>
                )}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Paper>
  );
}
