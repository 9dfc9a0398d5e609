import {
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { InterviewOutcome } from '../../../contracts/recruitment';
import { type Screening, useRecordInterview } from '../../api/screening';
import { showServerErrors } from '../../components/form-errors';
import { notifyError, notifySaved } from '../../components/notify';
import { useFormat } from '../../i18n/format';
import { dateValueToIso, isoToDateValue, todayValue } from './dates';

const noteFields = ['motivation', 'availability', 'experience', 'concerns'] as const;
const MAX_NOTE = 4000;

interface InterviewValues {
  date: string;
  outcome: InterviewOutcome;
  motivation: string;
  availability: string;
  experience: string;
  concerns: string;
}

export const interviewColors: Record<Screening['interview']['state'], string> = {
  not_recorded: 'gray',
  pending: 'orange',
  passed: 'mentorTeal',
  failed: 'red',
};

/** The structured interview: four notes, the date and the outcome. */
export function InterviewCard({
  screening,
  programId,
}: {
  screening: Screening;
  programId: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const record = useRecordInterview(screening.mentorId, programId);
  const existing = screening.interview.record;
  const form = useForm<InterviewValues>({
    initialValues: {
      date: existing ? isoToDateValue(existing.interviewedAt) : todayValue(),
      outcome: existing?.outcome ?? 'pending',
      motivation: existing?.motivation ?? '',
      availability: existing?.availability ?? '',
      experience: existing?.experience ?? '',
      concerns: existing?.concerns ?? '',
    },
    validate: {
      date: (value) => (dateValueToIso(value) ? null : t('screening.interview.dateRequired')),
      ...Object.fromEntries(
        noteFields.map((f) => [
          f,
          (value: string) =>
            value.length > MAX_NOTE ? t('screening.interview.tooLong', { max: MAX_NOTE }) : null,
        ]),
      ),
    },
  });

  const submit = form.onSubmit((values) =>
    record.mutate(
      {
        interviewedAt: dateValueToIso(values.date) ?? new Date().toISOString(),
        outcome: values.outcome,
        motivation: values.motivation,
        availability: values.availability,
        experience: values.experience,
        concerns: values.concerns,
      },
      {
        onSuccess: () => notifySaved(t('screening.interview.saved')),
        onError: (error) => {
          const rest = showServerErrors(
            {
              setFieldError: (path, message) =>
                form.setFieldError(path === 'interviewedAt' ? 'date' : path, message),
            },
            error,
            ['interviewedAt', ...noteFields, 'outcome'],
          );
          if (rest) notifyError(rest);
        },
      },
    ),
  );

  const state = screening.interview.state;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="interview-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600} id="interview-title" component="h3" m={0}>
            {t('screening.interview.title')}
          </Text>
          <Group gap={6}>
            {!screening.interview.required && (
              <Badge variant="outline" color="gray" tt="none">
                {t('screening.optional')}
              </Badge>
            )}
            <Badge variant="light" color={interviewColors[state]} tt="none">
              {t(`screening.interview.state.${state}`)}
            </Badge>
          </Group>
        </Group>
        {existing && (
          <Text size="sm" c="dimmed">
            {t('screening.interview.recordedBy', {
              date: format.date(existing.interviewedAt),
              name: existing.interviewerName ?? t('screening.unknownPerson'),
            })}
          </Text>
        )}
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Group grow wrap="wrap" align="flex-start">
              <TextInput
                type="date"
                label={t('screening.interview.date')}
                required
                miw={160}
                {...form.getInputProps('date')}
              />
              <NativeSelect
                label={t('screening.interview.outcome')}
                miw={160}
                data={(['pending', 'passed', 'failed'] as const).map((value) => ({
                  value,
                  label: t(`screening.interview.state.${value}`),
                }))}
                {...form.getInputProps('outcome')}
              />
            </Group>
            {noteFields.map((field) => (
              <Textarea
                key={field}
                label={t(`screening.interview.${field}`)}
                description={t(`screening.interview.${field}Help`)}
                autosize
                minRows={2}
                maxRows={8}
                maxLength={MAX_NOTE}
                {...form.getInputProps(field)}
              />
            ))}
            <Group>
              <Button type="submit" loading={record.isPending}>
                {t('screening.interview.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}
