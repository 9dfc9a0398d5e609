import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MentorStage, ScreeningSummary } from '../../api/recruitment';

/** Light badges with dark text, so every colour reads at AA contrast. */
const stageColors: Record<MentorStage, string> = {
  applied: 'blue',
  nominated: 'blue',
  screening: 'violet',
  in_training: 'orange',
  certified: 'mentorTeal',
  recertification_due: 'orange',
  active: 'indigo',
  alumni: 'gray',
  withdrawn: 'gray',
  rejected: 'red',
  paused: 'gray',
};

/** A mentor's stage in words, as a badge. */
export function StageBadge({ stage }: { stage: MentorStage }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={stageColors[stage]}
      c={`${stageColors[stage]}.9`}
      variant="light"
      tt="none"
      radius="sm"
    >
      {t(`recruitment.stages.${stage}`)}
    </Badge>
  );
}

/** Screening in one line: interview, references, child certificate. */
export function ScreeningProgress({ screening }: { screening: ScreeningSummary }) {
  const { t } = useTranslation();
  const parts: string[] = [];
  if (screening.completedAt) return <Text size="sm">{t('recruitment.screening.done')}</Text>;
  if (screening.interviewRequired) {
    parts.push(t(`recruitment.screening.interview.${screening.interview}`));
  }
  if (screening.referencesRequired > 0) {
    parts.push(
      t('recruitment.screening.references', {
        answered: screening.referencesAnswered,
        required: screening.referencesRequired,
      }),
    );
  }
  if (screening.childCertificateRequired) {
    parts.push(
      t('recruitment.screening.childCertificate', {
        status: t(`recruitment.screening.certificate.${screening.childCertificate}`),
      }),
    );
  }
  if (parts.length === 0) return <Text size="sm">{t('recruitment.screening.nothing')}</Text>;
  return (
    <Text size="sm" component="div">
      {parts.map((part) => (
        <div key={part}>{part}</div>
      ))}
    </Text>
  );
}
