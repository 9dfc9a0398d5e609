import {
  Alert,
  Button,
  NumberInput,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useAnswerReference, usePublicReference } from '../../api/screening';
import { showServerErrors } from '../../components/form-errors';
import { AlertIcon, CheckIcon } from '../../components/icons';
import { notifyError } from '../../components/notify';
import { PageLoader } from '../../components/PageLoader';
import { PublicLayout } from '../../components/PublicLayout';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../i18n/format';

interface AnswerValues {
  relationship: string;
  knownForYears: number | string;
  suitability: string;
  strengths: string;
  concerns: string;
  wouldRecommend: string;
}

const fields = [
  'relationship',
  'knownForYears',
  'suitability',
  'strengths',
  'concerns',
  'wouldRecommend',
] as const;

/** The referee's short form, reached from the e-mailed link; no account needed. */
export function ReferenceFormPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const reference = usePublicReference(token);
  const [done, setDone] = useState<'answered' | 'already' | null>(null);
  useDocumentTitle(`${t('screening.referenceForm.title')} · Mentorpath`);

  let content: React.ReactNode;
  if (done) {
    content = (
      <Alert
        color="mentorTeal"
        variant="light"
        icon={<CheckIcon />}
        title={t('screening.referenceForm.thanks')}
      >
        {done === 'answered'
          ? t('screening.referenceForm.thanksHelp')
          : t('screening.referenceForm.alreadyHelp')}
      </Alert>
    );
  } else if (!token) {
    content = <InvalidLink />;
  } else if (reference.isPending) {
    content = <PageLoader />;
  } else if (reference.isError) {
    content =
      reference.error instanceof ApiError && [404, 410].includes(reference.error.status) ? (
        <InvalidLink />
      ) : (
        <QueryError error={reference.error} onRetry={() => void reference.refetch()} />
      );
  } else {
    content = <AnswerForm token={token} onDone={setDone} data={reference.data} />;
  }

  return (
    <PublicLayout>
      <Stack gap="md">
        <Title order={1} fz="h3">
          {t('screening.referenceForm.title')}
        </Title>
        {content}
      </Stack>
    </PublicLayout>
  );
}

function InvalidLink() {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<AlertIcon />}
      title={t('screening.referenceForm.invalid')}
    >
      {t('screening.referenceForm.invalidHelp')}
    </Alert>
  );
}

function AnswerForm({
  token,
  data,
  onDone,
}: {
  token: string;
  data: NonNullable<ReturnType<typeof usePublicReference>['data']>;
  onDone: (done: 'answered' | 'already') => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const answer = useAnswerReference(token);
  const required = (value: string) => (value.trim() ? null : t('screening.referenceForm.required'));
  const form = useForm<AnswerValues>({
    initialValues: {
      relationship: '',
      knownForYears: '',
      suitability: '',
      strengths: '',
      concerns: '',
      wouldRecommend: '',
    },
    validate: {
      relationship: required,
      knownForYears: (value) =>
        typeof value === 'number' && value >= 0 && value <= 80
          ? null
          : t('screening.referenceForm.yearsInvalid'),
      suitability: (value) => (value ? null : t('screening.referenceForm.choose')),
      strengths: required,
      wouldRecommend: (value) => (value ? null : t('screening.referenceForm.choose')),
    },
  });

  const submit = form.onSubmit((values) =>
    answer.mutate(
      {
        relationship: values.relationship.trim(),
        knownForYears: Number(values.knownForYears),
        suitability: Number(values.suitability),
        strengths: values.strengths.trim(),
        concerns: values.concerns.trim(),
        wouldRecommend: values.wouldRecommend === 'yes',
      },
      {
        onSuccess: () => onDone('answered'),
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'reference_answered') {
            onDone('already');
            return;
          }
          const rest = showServerErrors(form, error, fields);
          if (rest) notifyError(rest);
        },
      },
    ),
  );

  return (
    <Stack gap="md">
      <Text size="sm">
        {t('screening.referenceForm.intro', {
          referee: data.refereeName,
          candidate: data.candidateName,
          program: data.programName,
          organisation: data.organisationName,
        })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('screening.referenceForm.privacy', { date: format.date(data.expiresAt) })}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('screening.referenceForm.relationship')}
            description={t('screening.referenceForm.relationshipHelp', {
              candidate: data.candidateName,
            })}
            required
            maxLength={1000}
            {...form.getInputProps('relationship')}
          />
          <NumberInput
            label={t('screening.referenceForm.knownForYears')}
            required
            min={0}
            max={80}
            allowDecimal={false}
            allowNegative={false}
            styles={{ wrapper: { maxWidth: 160 } }}
            {...form.getInputProps('knownForYears')}
          />
          <Radio.Group
            label={t('screening.referenceForm.suitability')}
            description={t('screening.referenceForm.suitabilityHelp')}
            required
            {...form.getInputProps('suitability')}
          >
            <Stack gap={6} mt="xs">
              {[1, 2, 3, 4, 5].map((n) => (
                <Radio
                  key={n}
                  value={String(n)}
                  label={t(
                    `screening.referenceForm.scale.${n}` as 'screening.referenceForm.scale.1',
                  )}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('screening.referenceForm.strengths')}
            required
            autosize
            minRows={3}
            maxLength={4000}
            {...form.getInputProps('strengths')}
          />
          <Textarea
            label={t('screening.referenceForm.concerns')}
            description={t('screening.referenceForm.concernsHelp')}
            autosize
            minRows={2}
            maxLength={4000}
            {...form.getInputProps('concerns')}
          />
          <Radio.Group
            label={t('screening.referenceForm.wouldRecommend')}
            required
            {...form.getInputProps('wouldRecommend')}
          >
            <Stack gap={6} mt="xs">
              <Radio value="yes" label={t('screening.yes')} />
              <Radio value="no" label={t('screening.no')} />
            </Stack>
          </Radio.Group>
          <Button type="submit" loading={answer.isPending}>
            {t('screening.referenceForm.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
