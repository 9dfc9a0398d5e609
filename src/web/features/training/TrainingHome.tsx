import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Page } from '../../api/page';
import { usePrograms } from '../../api/programs';
import {
  type CohortEntry,
  type Reflection,
  type TrainingSession,
  useMyTraining,
} from '../../api/training';
import { useMembership } from '../organisation/OrganisationContext';
import { ResumeButton } from './MyTrainingPage';
import { DeadlineText, LabelledProgress } from './parts';

/** A count on the home page that leads to where it can be acted on. */
export interface CountAction {
  key: string;
  count: number;
  text: string;
  link: string;
  to: string;
}

/** The mentor's training still to do, first on their home page. */
export function MyTrainingCards() {
  const { t } = useTranslation();
  const membership = useMembership();
  const isMentor = membership.roles.includes('mentor');
  const training = useMyTraining(membership.organisationId, isMentor);
  const open = (training.data?.pages.flatMap((p) => p.items) ?? []).filter(
    (e) => e.status !== 'certified',
  );
  if (!isMentor || open.length === 0) return null;
  return (
    <Stack gap="sm">
      {open.map((enrolment) => (
        <Card key={enrolment.id} withBorder padding="lg" className="training-card">
          <Stack gap="sm">
            <Group justify="space-between" align="flex-start" gap="sm">
              <Stack gap={2} style={{ flex: '1 1 14rem' }} miw={0}>
                <Title order={3} fz="h4">
                  {t('home.training.title', { program: enrolment.programName })}
                </Title>
                <DeadlineText deadline={enrolment.deadline} />
              </Stack>
              <ResumeButton enrolment={enrolment} />
            </Group>
            <LabelledProgress label={t('training.overall')} value={enrolment.progressPercent} />
            <Text size="sm" c="dimmed">
              {t('home.training.help')}
            </Text>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

function startOfWeek(now = new Date()): Date {
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const weekday = (day.getDay() + 6) % 7; // Monday first
  return new Date(day.getTime() - weekday * 24 * 60 * 60 * 1000);
}

/**
 * Trainers: sessions this week and reflections waiting; coordinators: mentors behind.
 * One request per published program and kind (organisations run a handful of programs).
 */
export function useTrainingActions(): { actions: CountAction[]; pending: boolean } {
  const { t } = useTranslation();
  const membership = useMembership();
  const delivers = membership.can['training.deliver'];
  const seesCohort = membership.can['training.viewAll'] && membership.can['programs.manage'];
  const programs = usePrograms(membership.organisationId, 'published');
  const list = (programs.data?.pages.flatMap((p) => p.items) ?? []).slice(0, 20);
  const weekStart = startOfWeek();
  const weekEnd = new Date(weekStart.getTime() + 7 * 24 * 60 * 60 * 1000);
  const from = weekStart.toISOString();

  const sessions = useQueries({
    queries: list.map((program) => ({
      queryKey: ['training', 'program', program.id, 'home-sessions', from],
      queryFn: () =>
        api<Page<TrainingSession>>(
          `/api/v1/programs/${program.id}/training-sessions?limit=100&from=${encodeURIComponent(from)}`,
        ),
      enabled: delivers,
    })),
  });
  const reflections = useQueries({
    queries: list.map((program) => ({
      queryKey: ['training', 'program', program.id, 'home-reflections'],
      queryFn: () =>
        api<Page<Reflection>>(
          `/api/v1/programs/${program.id}/reflections?status=submitted&limit=100`,
        ),
      enabled: delivers,
    })),
  });
  const cohorts = useQueries({
    queries: list.map((program) => ({
      queryKey: ['training', 'program', program.id, 'home-cohort'],
      queryFn: () => api<Page<CohortEntry>>(`/api/v1/programs/${program.id}/cohort?limit=100`),
      enabled: seesCohort,
    })),
  });

  const count = <T,>(
    results: { data?: Page<T> }[],
    keep: (item: T) => boolean,
  ): { total: number; firstProgram?: string } => {
    let total = 0;
    let firstProgram: string | undefined;
    results.forEach((result, i) => {
      const n = result.data?.items.filter(keep).length ?? 0;
      total += n;
      if (n > 0 && !firstProgram) firstProgram = list[i]?.id;
    });
    return { total, firstProgram };
  };

  const actions: CountAction[] = [];
  if (delivers) {
    const week = count(sessions, (s) => new Date(s.startsAt) < weekEnd);
    actions.push({
      key: 'sessions',
      count: week.total,
      text: t('home.training.sessionsThisWeek', { count: week.total }),
      link: t('home.training.sessionsLink'),
      to: `/programs/${week.firstProgram ?? list[0]?.id ?? ''}/sessions`,
    });
    const waiting = count(reflections, () => true);
    actions.push({
      key: 'reflections',
      count: waiting.total,
      text: t('home.training.reflectionsWaiting', { count: waiting.total }),
      link: t('home.training.reflectionsLink'),
      to: `/programs/${waiting.firstProgram ?? list[0]?.id ?? ''}/training`,
    });
  }
  if (seesCohort) {
    const behind = count(cohorts, (c) => c.behind);
    actions.push({
      key: 'behind',
      count: behind.total,
      text: t('home.training.mentorsBehind', { count: behind.total }),
      link: t('home.training.behindLink'),
      to: `/programs/${behind.firstProgram ?? list[0]?.id ?? ''}/training`,
    });
  }
  const pending =
    programs.isPending ||
    (delivers && (sessions.some((q) => q.isPending) || reflections.some((q) => q.isPending))) ||
    (seesCohort && cohorts.some((q) => q.isPending));
  return { actions: list.length > 0 ? actions : [], pending };
}
