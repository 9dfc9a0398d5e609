import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { concernCategories, concernUrgencies } from '../../../contracts/relationships';
import { useReportConcern } from '../../api/concerns';
import { showServerErrors } from '../../components/form-errors';
import { notifyError } from '../../components/notify';
import { useMembership } from '../organisation/OrganisationContext';

type Category = (typeof concernCategories)[number];
type Urgency = (typeof concernUrgencies)[number];

/**
 * "Report a concern": a dialog with category, urgency and what happened. After sending, the
 * reporter sees only that it was received — nothing of how it is handled.
 */
export function ReportConcernButton({
  matchId,
  programId,
  variant = 'outline',
}: {
  matchId?: string;
  programId?: string;
  variant?: 'light' | 'filled' | 'outline';
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [received, setReceived] = useState(false);
  const { organisationId } = useMembership();
  const report = useReportConcern(organisationId);
  const form = useForm({
    initialValues: {
      category: 'wellbeing' as Category,
      urgency: 'medium' as Urgency,
      description: '',
    },
  });
  const close = () => {
    setOpen(false);
    setReceived(false);
    form.reset();
  };
  const submit = form.onSubmit((values) => {
    report.mutate(
      matchId
        ? { ...values, matchId }
        : { ...values, organisationId, ...(programId ? { programId } : {}) },
      {
        onSuccess: () => setReceived(true),
        onError: (error) => {
          const rest = showServerErrors(form, error, ['category', 'urgency', 'description']);
          if (rest) notifyError(rest);
        },
      },
    );
  });

  return (
    <>
      <Button
        variant={variant}
        color="red.9"
        c={variant === 'filled' ? undefined : 'red.9'}
        onClick={() => setOpen(true)}
      >
        {t('concerns.report.button')}
      </Button>
      <Modal
        opened={open}
        onClose={close}
        title={t('concerns.report.title')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('concerns.report.closeDialog') }}
      >
        {received ? (
          <Stack>
            <Alert color="mentorTeal" role="status">
              {t('concerns.report.received')}
            </Alert>
            <Group justify="flex-end">
              <Button onClick={close}>{t('concerns.report.close')}</Button>
            </Group>
          </Stack>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack>
              <Text size="sm">{t('concerns.report.intro')}</Text>
              <NativeSelect
                label={t('concerns.report.category')}
                data={concernCategories.map((c) => ({
                  value: c,
                  label: t(`concerns.category.${c}`),
                }))}
                {...form.getInputProps('category')}
              />
              <NativeSelect
                label={t('concerns.report.urgency')}
                data={concernUrgencies.map((u) => ({
                  value: u,
                  label: t(`concerns.urgency.${u}`),
                }))}
                {...form.getInputProps('urgency')}
              />
              <Textarea
                label={t('concerns.report.description')}
                description={t('concerns.report.descriptionHelp')}
                required
                autosize
                minRows={4}
                maxLength={5000}
                {...form.getInputProps('description')}
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  {t('concerns.report.cancel')}
                </Button>
                <Button type="submit" color="red.9" loading={report.isPending}>
                  {t('concerns.report.send')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </>
  );
}
