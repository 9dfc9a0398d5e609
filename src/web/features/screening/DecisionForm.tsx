import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { MIN_DECISION_REASON } from '../../../contracts/screening';
import { type ChildCertificate, useDecideCertificate } from '../../api/screening';
import { showServerErrors } from '../../components/form-errors';
import { notifyError, notifySaved } from '../../components/notify';

/** The safeguarding lead's decision on a certificate with remarks, with a written reason. */
export function DecisionForm({ certificate }: { certificate: ChildCertificate }) {
  const { t } = useTranslation();
  const decide = useDecideCertificate();
  const form = useForm({
    initialValues: { reason: '' },
    validate: {
      reason: (value) =>
        value.trim().length >= MIN_DECISION_REASON
          ? null
          : t('screening.decision.reasonTooShort', { min: MIN_DECISION_REASON }),
    },
  });
  const submit = (approve: boolean) =>
    form.onSubmit((values) =>
      decide.mutate(
        { certificateId: certificate.id, approve, reason: values.reason.trim() },
        {
          onSuccess: () => {
            notifySaved(
              approve
                ? t('screening.decision.approved', { name: certificate.personName })
                : t('screening.decision.rejected', { name: certificate.personName }),
            );
            form.reset();
          },
          onError: (error) => {
            const rest = showServerErrors(form, error, ['reason']);
            if (rest) notifyError(rest);
          },
        },
      ),
    )();
  const reasonId = `decision-reason-${certificate.id}`;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {t('screening.decision.title')}
      </Text>
      <Textarea
        id={reasonId}
        label={t('screening.decision.reason')}
        description={t('screening.decision.reasonHelp', { min: MIN_DECISION_REASON })}
        required
        autosize
        minRows={3}
        maxLength={4000}
        {...form.getInputProps('reason')}
      />
      <Group gap="xs">
        <Button
          loading={decide.isPending && decide.variables?.approve === true}
          onClick={() => submit(true)}
        >
          {t('screening.decision.approve')}
        </Button>
        <Button
          color="red.9"
          variant="outline"
          loading={decide.isPending && decide.variables?.approve === false}
          onClick={() => submit(false)}
        >
          {t('screening.decision.reject')}
        </Button>
      </Group>
    </Stack>
  );
}
