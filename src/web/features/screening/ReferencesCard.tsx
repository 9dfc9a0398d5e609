import {
  Badge,
  Button,
  Card,
  DataList,
  Group,
  Paper,
  Spoiler,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Reference,
  type Screening,
  useRequestReference,
  useResendReference,
  useWithdrawReference,
} from '../../api/screening';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { showServerErrors } from '../../components/form-errors';
import { notifyError, notifySaved } from '../../components/notify';
import { useFormat } from '../../i18n/format';

const statusColors: Record<Reference['status'], string> = {
  pending: 'orange',
  answered: 'mentorTeal',
  expired: 'red',
};

interface RequestValues {
  refereeName: string;
  refereeEmail: string;
  relation: string;
}

/** References: who was asked, who answered (with the answers), and asking someone new. */
export function ReferencesCard({
  screening,
  programId,
}: {
  screening: Screening;
  programId: string;
}) {
  const { t } = useTranslation();
  const { references } = screening;
  const request = useRequestReference(screening.mentorId, programId);
  const form = useForm<RequestValues>({
    initialValues: { refereeName: '', refereeEmail: '', relation: '' },
    validate: {
      refereeName: (v) => (v.trim() ? null : t('screening.references.nameRequired')),
      refereeEmail: (v) =>
        /^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('screening.references.emailInvalid'),
    },
  });
  const submit = form.onSubmit((values) =>
    request.mutate(
      {
        refereeName: values.refereeName.trim(),
        refereeEmail: values.refereeEmail.trim(),
        relation: values.relation.trim(),
      },
      {
        onSuccess: () => {
          notifySaved(t('screening.references.sent', { name: values.refereeName.trim() }));
          form.reset();
        },
        onError: (error) => {
          const rest = showServerErrors(form, error, ['refereeName', 'refereeEmail', 'relation']);
          if (rest) notifyError(rest);
        },
      },
    ),
  );

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="references-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600} id="references-title" component="h3" m={0}>
            {t('screening.references.title')}
          </Text>
          <Badge
            variant="light"
            color={references.answered >= references.required ? 'mentorTeal' : 'orange'}
            tt="none"
          >
            {t('screening.references.count', {
              answered: references.answered,
              required: references.required,
            })}
          </Badge>
        </Group>
        {references.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('screening.references.none')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {references.items.map((reference) => (
              <ReferenceItem
                key={reference.id}
                reference={reference}
                mentorId={screening.mentorId}
                programId={programId}
              />
            ))}
          </Stack>
        )}
        <form onSubmit={submit} noValidate aria-labelledby="reference-request-title">
          <Stack gap="xs">
            <Text size="sm" fw={600} id="reference-request-title">
              {t('screening.references.requestTitle')}
            </Text>
            <Group grow wrap="wrap" align="flex-start">
              <TextInput
                label={t('screening.references.name')}
                required
                miw={180}
                autoComplete="off"
                {...form.getInputProps('refereeName')}
              />
              <TextInput
                label={t('screening.references.email')}
                type="email"
                required
                miw={180}
                autoComplete="off"
                {...form.getInputProps('refereeEmail')}
              />
            </Group>
            <TextInput
              label={t('screening.references.relation')}
              description={t('screening.references.relationHelp')}
              autoComplete="off"
              {...form.getInputProps('relation')}
            />
            <Group>
              <Button type="submit" variant="light" loading={request.isPending}>
                {t('screening.references.request')}
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              {t('screening.references.requestHelp')}
            </Text>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}

function ReferenceItem({
  reference,
  mentorId,
  programId,
}: {
  reference: Reference;
  mentorId: string;
  programId: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const resend = useResendReference(mentorId, programId);
  const withdraw = useWithdrawReference(mentorId, programId);
  const [confirming, setConfirming] = useState(false);
  const answers = reference.answers;

  return (
    <Paper component="li" withBorder p="sm" radius="sm">
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Text size="sm" fw={600} className="break-anywhere">
              {reference.refereeName}
            </Text>
            <Text size="xs" c="dimmed" className="break-anywhere">
              {[reference.refereeEmail, reference.relation].filter(Boolean).join(' · ')}
            </Text>
          </div>
          <Badge variant="light" color={statusColors[reference.status]} tt="none">
            {t(`screening.references.status.${reference.status}`)}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {reference.answeredAt
            ? t('screening.references.answeredOn', { date: format.date(reference.answeredAt) })
            : t('screening.references.requestedOn', {
                requested: format.date(reference.requestedAt),
                expires: format.date(reference.expiresAt),
              })}
        </Text>
        {answers && (
          <Spoiler
            maxHeight={0}
            showLabel={t('screening.references.showAnswers')}
            hideLabel={t('screening.references.hideAnswers')}
          >
            <DataList size="sm" gap="xs" mt="xs">
              {(
                [
                  [t('screening.referenceForm.relationship'), answers.relationship],
                  [
                    t('screening.referenceForm.knownForYears'),
                    format.number(answers.knownForYears),
                  ],
                  [t('screening.referenceForm.suitability'), `${answers.suitability} / 5`],
                  [t('screening.referenceForm.strengths'), answers.strengths],
                  [t('screening.referenceForm.concerns'), answers.concerns || '–'],
                  [
                    t('screening.referenceForm.wouldRecommend'),
                    answers.wouldRecommend ? t('screening.yes') : t('screening.no'),
                  ],
                ] as const
              ).map(([label, value]) => (
                <DataList.Item key={label}>
                  <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
                  <DataList.ItemValue className="break-anywhere" style={{ whiteSpace: 'pre-wrap' }}>
                    {value}
                  </DataList.ItemValue>
                </DataList.Item>
              ))}
            </DataList>
          </Spoiler>
        )}
        {!reference.answeredAt && (
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              loading={resend.isPending}
              onClick={() =>
                resend.mutate(reference.id, {
                  onSuccess: () =>
                    notifySaved(t('screening.references.resent', { name: reference.refereeName })),
                  onError: (error) => notifyError(error),
                })
              }
            >
              {t('screening.references.resend')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setConfirming(true)}>
              {t('screening.references.withdraw')}
            </Button>
          </Group>
        )}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('screening.references.withdrawTitle')}
        confirmLabel={t('screening.references.withdraw')}
        danger
        loading={withdraw.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          withdraw.mutate(reference.id, {
            onSuccess: () => {
              setConfirming(false);
              notifySaved(t('screening.references.withdrawn'));
            },
            onError: (error) => notifyError(error),
          })
        }
      >
        {t('screening.references.withdrawText', { name: reference.refereeName })}
      </ConfirmDialog>
    </Paper>
  );
}
