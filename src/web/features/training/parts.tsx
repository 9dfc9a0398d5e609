import { Badge, Group, Progress, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enrolment, ItemState, LocalText } from '../../api/training';
import { useFormat } from '../../i18n/format';
import { currentLocale } from '../../i18n/i18n';
import { deadlineInfo } from './deadline';

/** Picks the reader's language from content written in both. */
export function useLocalText(): (text: LocalText) => string {
  useTranslation(); // re-render when the language changes
  return (text) => {
    const locale = currentLocale();
    return text[locale] || text.da || text.en;
  };
}

/** A progress bar with its label and percentage in words above it. */
export function LabelledProgress({
  label,
  value,
  size = 'md',
  expected,
}: {
  label: string;
  value: number;
  size?: 'sm' | 'md' | 'lg';
  /** Where the person should be by now; drawn as a mark on the bar. */
  expected?: number;
}) {
  const format = useFormat();
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={size === 'lg' ? 600 : 500} className="break-anywhere">
          {label}
        </Text>
        <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
          {format.percent(value / 100)}
        </Text>
      </Group>
      <div style={{ position: 'relative' }}>
        <Progress
          value={value}
          size={size}
          radius="xl"
          color={value >= 100 ? 'mentorTeal.7' : 'mentorTeal'}
          aria-label={label}
        />
        {expected !== undefined && expected > 0 && expected < 100 && (
          <div
            aria-hidden="true"
            style={{
              position: 'absolute',
              top: -3,
              bottom: -3,
              left: `${expected}%`,
              width: 2,
              background: 'var(--mantine-color-gray-7)',
            }}
          />
        )}
      </div>
    </Stack>
  );
}

/** "Frist 11. dec. 2026 · 3 dage tilbage", red once overdue. */
export function DeadlineText({ deadline, compact }: { deadline: string; compact?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const info = deadlineInfo(deadline);
  const left =
    info.kind === 'overdue'
      ? t('training.deadline.overdue')
      : info.kind === 'today'
        ? t('training.deadline.today')
        : t('training.deadline.daysLeft', { count: info.days });
  const overdue = info.kind === 'overdue' ? 'red.9' : undefined;
  if (compact) {
    // Under a "Deadline" heading: the date, and below it how it stands.
    return (
      <Stack gap={0}>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {format.date(deadline)}
        </Text>
        <Text size="sm" fw={600} c={overdue} className="first-upper">
          {left}
        </Text>
      </Stack>
    );
  }
  return (
    <Text size="sm" component="span" c={overdue}>
      {t('training.deadline.label', { date: format.date(deadline) })}
      {' · '}
      <Text span fw={600} inherit>
        {left}
      </Text>
    </Text>
  );
}

const statusColors: Record<Enrolment['status'], string> = {
  in_training: 'blue',
  certified: 'mentorTeal',
  recertification_due: 'orange',
};

export function EnrolmentStatusBadge({ status }: { status: Enrolment['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={statusColors[status]} tt="none" radius="sm">
      {t(`training.status.${status}`)}
    </Badge>
  );
}

const stateColors: Record<ItemState, string> = {
  not_started: 'gray',
  opened: 'gray',
  failed: 'red',
  submitted: 'blue',
  returned: 'orange',
  signed_up: 'blue',
  waitlisted: 'orange',
  completed: 'mentorTeal',
};

export function ItemStateBadge({ state }: { state: ItemState }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant={state === 'completed' ? 'filled' : 'light'}
      color={state === 'completed' ? 'mentorTeal.8' : stateColors[state]}
      tt="none"
      radius="sm"
      style={{ flexShrink: 0 }}
    >
      {t(`training.itemState.${state}`)}
    </Badge>
  );
}

/** A section of a page with its h2 and, on the right, what can be done there. */
export function TitledSection({
  id,
  title,
  children,
  actions,
}: {
  id: string;
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Group justify="space-between" gap="sm">
        <Title order={2} fz="h3" id={id}>
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Stack>
  );
}
