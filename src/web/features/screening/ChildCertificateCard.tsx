import { Badge, Button, Card, Group, Stack, Text, TextInput, Timeline } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import {
  type ChildCertificate,
  type ChildCertificateStep,
  type Screening,
  useRecordCertificateStep,
  useStartChildCertificate,
} from '../../api/screening';
import { CheckIcon } from '../../components/icons';
import { notifyError, notifySaved } from '../../components/notify';
import { useFormat } from '../../i18n/format';
import { useCan } from '../organisation/OrganisationContext';
import { DecisionForm } from './DecisionForm';
import { dateValueToIso, todayValue } from './dates';
import { PrivacyNote } from './ScreeningPanel';

export const certificateStateColors: Record<Screening['childCertificate']['state'], string> = {
  not_required: 'gray',
  missing: 'orange',
  in_progress: 'orange',
  awaiting_decision: 'orange',
  valid: 'mentorTeal',
  expired: 'red',
  rejected: 'red',
  lapsed: 'orange',
};

/** The child certificate (børneattest): its steps with dates, the next step, the decision. */
export function ChildCertificateCard({
  screening,
  programId,
}: {
  screening: Screening;
  programId: string;
}) {
  const { t } = useTranslation();
  const canRecord = useCan('childCertificates.record');
  const canDecide = useCan('childCertificates.decide');
  const start = useStartChildCertificate(screening.mentorId, programId);
  const { childCertificate } = screening;
  const record = childCertificate.record;

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="certificate-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600} id="certificate-title" component="h3" m={0}>
            {t('screening.certificate.title')}
          </Text>
          <Badge variant="light" color={certificateStateColors[childCertificate.state]} tt="none">
            {t(`screening.certificate.state.${childCertificate.state}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {childCertificate.required
            ? t('screening.certificate.required')
            : t('screening.certificate.notRequired')}
        </Text>
        {childCertificate.renewalAfterBreak && (
          <Text size="sm" c="orange.9">
            {t('screening.certificate.afterBreak')}
          </Text>
        )}
        {record && <CertificateSteps certificate={record} />}
        {record && canRecord && record.nextSteps.length > 0 && <NextStep certificate={record} />}
        {record?.awaitingDecision &&
          (canDecide ? (
            <DecisionForm certificate={record} />
          ) : (
            <Text size="sm">{t('screening.certificate.awaitingSafeguarding')}</Text>
          ))}
        {canRecord && childCertificate.canStart && (
          <Group>
            <Button
              variant={record ? 'default' : 'light'}
              loading={start.isPending}
              onClick={() =>
                start.mutate(undefined, {
                  onSuccess: () => notifySaved(t('screening.certificate.started')),
                  onError: (error) => notifyError(error),
                })
              }
            >
              {record ? t('screening.certificate.startNew') : t('screening.certificate.start')}
            </Button>
          </Group>
        )}
        <PrivacyNote />
      </Stack>
    </Card>
  );
}

/** What happened to the certificate so far, with dates. */
export function CertificateSteps({ certificate }: { certificate: ChildCertificate }) {
  const { t } = useTranslation();
  const format = useFormat();
  const steps: { key: string; label: string; date: string | null }[] = [
    {
      key: 'requested',
      label: t('screening.certificate.steps.consent_requested'),
      date: certificate.consentRequestedAt,
    },
    {
      key: 'given',
      label: t('screening.certificate.steps.consent_given'),
      date: certificate.consentGivenAt,
    },
    {
      key: 'ordered',
      label: t('screening.certificate.steps.ordered'),
      date: certificate.orderedAt,
    },
    {
      key: 'received',
      label: !certificate.receivedAt
        ? t('screening.certificate.steps.received')
        : certificate.status === 'received_blank'
          ? t('screening.certificate.steps.received_blank')
          : t('screening.certificate.steps.received_remarks'),
      date: certificate.receivedAt,
    },
  ];
  if (certificate.decidedAt) {
    steps.push({
      key: 'decided',
      label:
        certificate.decision === 'approved'
          ? t('screening.certificate.steps.approved')
          : t('screening.certificate.steps.rejected'),
      date: certificate.decidedAt,
    });
  }
  const done = steps.filter((s) => s.date).length;
  return (
    <Stack gap="xs">
      <Timeline active={done - 1} bulletSize={18} lineWidth={2} color="mentorTeal">
        {steps.map((step) => (
          <Timeline.Item
            key={step.key}
            bullet={step.date ? <CheckIcon size={12} /> : undefined}
            title={<Text size="sm">{step.label}</Text>}
          >
            <Text size="xs" c="dimmed">
              {step.date ? format.date(step.date) : t('screening.certificate.notYet')}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
      {certificate.status === 'consent_requested' && (
        <Text size="sm">
          {t('screening.certificate.consentBy', { date: format.date(certificate.consentDeadline) })}
        </Text>
      )}
      {certificate.status === 'lapsed' && (
        <Text size="sm" c="orange.9">
          {t('screening.certificate.lapsed', { date: format.date(certificate.consentDeadline) })}
        </Text>
      )}
      {certificate.validUntil && (
        <Text size="sm" fw={600} c={certificate.valid ? undefined : 'red.9'}>
          {certificate.valid
            ? t('screening.certificate.validUntil', { date: format.date(certificate.validUntil) })
            : t('screening.certificate.expiredOn', { date: format.date(certificate.validUntil) })}
        </Text>
      )}
      {certificate.decidedByName && (
        <Text size="xs" c="dimmed">
          {t('screening.certificate.decidedBy', { name: certificate.decidedByName })}
        </Text>
      )}
      {certificate.decisionReason && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
          {t('screening.certificate.reason')}: {certificate.decisionReason}
        </Text>
      )}
    </Stack>
  );
}

/** The next step's button(s) with the date it happened (today unless changed). */
function NextStep({ certificate }: { certificate: ChildCertificate }) {
  const { t } = useTranslation();
  const recordStep = useRecordCertificateStep();
  const [date, setDate] = useState(todayValue());
  const [error, setError] = useState<string | null>(null);
  const onStep = (step: ChildCertificateStep) => {
    const at = dateValueToIso(date);
    if (!at) {
      setError(t('screening.certificate.dateRequired'));
      return;
    }
    setError(null);
    recordStep.mutate(
      { certificateId: certificate.id, step, at },
      {
        onSuccess: () => notifySaved(t(`screening.certificate.recorded.${step}`)),
        onError: (err) => {
          const issue =
            err instanceof ApiError ? err.issues.find((i) => i.path === 'at') : undefined;
          if (issue) setError(issue.message);
          else notifyError(err);
        },
      },
    );
  };
  return (
    <Stack gap="xs">
      <TextInput
        type="date"
        label={t('screening.certificate.stepDate')}
        value={date}
        max={todayValue()}
        onChange={(e) => setDate(e.currentTarget.value)}
        error={error}
        maw={220}
      />
      <Group gap="xs" wrap="wrap">
        {certificate.nextSteps.map((step) => (
          <Button
            key={step}
            variant={step === 'received_remarks' ? 'default' : 'filled'}
            loading={recordStep.isPending && recordStep.variables?.step === step}
            onClick={() => onStep(step)}
          >
            {t(`screening.certificate.actions.${step}`)}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
