import {
  Alert,
  Box,
  Button,
  Checkbox,
  DataList,
  List,
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
import { useParams } from 'react-router';
import { ApiError, messageOf } from '../../api/client';
import { type PublicProgram, useApply, usePublicProgram } from '../../api/recruitment';
import { showServerErrors } from '../../components/form-errors';
import { AlertIcon, CheckIcon } from '../../components/icons';
import { PageLoader } from '../../components/PageLoader';
import { PublicLayout } from '../../components/PublicLayout';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../i18n/format';
import { currentLocale } from '../../i18n/i18n';
import { emptyProfile, ProfileFields, type ProfileValue, profileErrors } from './ProfileFields';

/**
 * The public page of a published program: what it is and asks of a mentor, in plain
 * words, and the application form (or, where HR nominates, how one becomes a mentor).
 */
export function ApplyPage() {
  const { t } = useTranslation();
  const { programId = '' } = useParams();
  const program = usePublicProgram(programId);
  const [sent, setSent] = useState(false);
  useDocumentTitle(`${program.data?.name ?? t('recruitment.apply.title')} · Mentorpath`);

  let content: React.ReactNode;
  if (program.isPending) content = <PageLoader />;
  else if (program.isError) {
    content = (
      <Stack gap="md">
        <Title order={1} fz="h3">
          {t('recruitment.apply.title')}
        </Title>
        {program.error instanceof ApiError && program.error.status === 404 ? (
          <Alert
            color="red"
            variant="light"
            icon={<AlertIcon />}
            title={t('recruitment.apply.notFound')}
          >
            {t('recruitment.apply.notFoundHelp')}
          </Alert>
        ) : (
          <QueryError error={program.error} onRetry={() => void program.refetch()} />
        )}
      </Stack>
    );
  } else if (sent) {
    content = <Confirmation program={program.data} />;
  } else {
    content = (
      <Stack gap="lg">
        <ProgramIntro program={program.data} />
        {program.data.nominationRequired ? (
          <Alert variant="light" color="mentorTeal" title={t('recruitment.apply.byNomination')}>
            {t('recruitment.apply.byNominationHelp', {
              organisation: program.data.organisationName,
            })}
          </Alert>
        ) : (
          <ApplicationForm program={program.data} onSent={() => setSent(true)} />
        )}
      </Stack>
    );
  }
  return <PublicLayout>{content}</PublicLayout>;
}

function ProgramIntro({ program }: { program: PublicProgram }) {
  const { t } = useTranslation();
  const format = useFormat();
  const facts: [string, string][] = [
    [
      t('recruitment.apply.facts.training'),
      program.inPersonSessionRequired
        ? t('recruitment.apply.facts.trainingInPerson', {
            duration: format.duration(program.trainingMinutes),
          })
        : t('recruitment.apply.facts.trainingOnline', {
            duration: format.duration(program.trainingMinutes),
          }),
    ],
    [
      t('recruitment.apply.facts.commitment'),
      t('recruitment.apply.facts.commitmentValue', {
        duration: format.quantity(program.commitmentMonths, 'month'),
        cadence: t(`meetingCadence.${program.meetingCadence}`).toLocaleLowerCase(),
      }),
    ],
    [
      t('recruitment.apply.facts.mentees'),
      format.range(program.menteeAgeMin, program.menteeAgeMax, 'year'),
    ],
    [
      t('recruitment.apply.facts.childCertificate'),
      program.childCertificateRequired
        ? t('recruitment.apply.facts.childCertificateYes')
        : t('recruitment.apply.facts.childCertificateNo'),
    ],
  ];
  return (
    <Stack gap="sm">
      <Stack gap={2}>
        <Text size="sm" c="dimmed">
          {program.organisationName} · {t(`programTypes.${program.type}`)}
        </Text>
        <Title order={1} fz="h3" className="break-anywhere">
          {program.name}
        </Title>
      </Stack>
      {program.description && <Text size="sm">{program.description}</Text>}
      <Title order={2} fz="h5">
        {t('recruitment.apply.asks')}
      </Title>
      <DataList size="sm" orientation="vertical" gap="xs">
        {facts.map(([label, value]) => (
          <DataList.Item key={label}>
            <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
            <DataList.ItemValue>{value}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
      <Text size="sm">{t('recruitment.apply.free')}</Text>
    </Stack>
  );
}

interface ApplicationValues {
  name: string;
  email: string;
  phone: string;
  birthYear: number | string;
  motivation: string;
  experience: string;
  capacity: string;
  profile: ProfileValue;
  consent: boolean;
  website: string;
}

const fields = [
  'name',
  'email',
  'phone',
  'birthYear',
  'motivation',
  'experience',
  'capacity',
  'consent',
  'profile.languages',
  'profile.interests',
  'profile.goals',
  'profile.availability',
  'profile.place',
  'profile.maxTravelKm',
  'profile.gender',
  'profile.genderPreference',
] as const;

function ApplicationForm({ program, onSent }: { program: PublicProgram; onSent: () => void }) {
  const { t } = useTranslation();
  const apply = useApply(program.id);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<ApplicationValues>({
    initialValues: {
      name: '',
      email: '',
      phone: '',
      birthYear: '',
      motivation: '',
      experience: '',
      capacity: '1',
      profile: emptyProfile,
      consent: false,
      website: '',
    },
    validate: {
      name: (v) => (v.trim().length < 2 ? t('recruitment.apply.errors.name') : null),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('recruitment.apply.errors.email')),
      birthYear: (v) => (typeof v === 'number' ? null : t('recruitment.apply.errors.birthYear')),
      motivation: (v) => (v.trim().length < 20 ? t('recruitment.apply.errors.motivation') : null),
      consent: (v) => (v ? null : t('recruitment.apply.errors.consent')),
      profile: {
        languages: (v) => (v.length === 0 ? t('recruitment.apply.errors.languages') : null),
        place: (v) => (v.trim().length < 2 ? t('recruitment.apply.errors.place') : null),
      },
    },
  });

  const submit = form.onSubmit(
    (values) => {
      setFailure(null);
      apply.mutate(
        {
          name: values.name,
          email: values.email,
          phone: values.phone.trim() || undefined,
          birthYear: Number(values.birthYear),
          motivation: values.motivation,
          experience: values.experience,
          capacity: Number(values.capacity),
          profile: values.profile,
          consent: values.consent,
          locale: currentLocale(),
          website: values.website || undefined,
        },
        {
          onSuccess: onSent,
          onError: (error) => {
            const rest = showServerErrors(form, error, fields);
            if (rest) setFailure(messageOf(rest));
          },
        },
      );
    },
    () => {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('main [aria-invalid="true"]')?.focus(),
      );
    },
  );

  return (
    <Box component="form" onSubmit={submit} noValidate aria-labelledby="apply-form-title">
      <Stack gap="md">
        <Title order={2} fz="h4" id="apply-form-title">
          {t('recruitment.apply.formTitle')}
        </Title>
        <TextInput
          label={t('recruitment.apply.name')}
          autoComplete="name"
          required
          {...form.getInputProps('name')}
        />
        <TextInput
          label={t('recruitment.apply.email')}
          type="email"
          autoComplete="email"
          required
          {...form.getInputProps('email')}
        />
        <TextInput
          label={t('recruitment.apply.phone')}
          description={t('recruitment.apply.phoneHelp')}
          type="tel"
          autoComplete="tel"
          {...form.getInputProps('phone')}
        />
        <NumberInput
          label={t('recruitment.apply.birthYear')}
          description={t('recruitment.apply.birthYearHelp')}
          min={1920}
          max={2012}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=""
          required
          {...form.getInputProps('birthYear')}
        />
        <Textarea
          label={t('recruitment.apply.motivation')}
          description={t('recruitment.apply.motivationHelp')}
          autosize
          minRows={3}
          required
          {...form.getInputProps('motivation')}
        />
        <Textarea
          label={t('recruitment.apply.experience')}
          description={t('recruitment.apply.experienceHelp')}
          autosize
          minRows={2}
          {...form.getInputProps('experience')}
        />
        <Radio.Group
          label={t('recruitment.apply.capacity')}
          description={t('recruitment.apply.capacityHelp')}
          {...form.getInputProps('capacity')}
        >
          <Stack gap={6} mt="xs">
            {['1', '2', '3'].map((n) => (
              <Radio
                key={n}
                value={n}
                label={t('recruitment.apply.capacityValue', { count: Number(n) })}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Title order={2} fz="h4" mt="sm">
          {t('recruitment.apply.matchingTitle')}
        </Title>
        <Text size="sm" c="dimmed" mt={-8}>
          {t('recruitment.apply.matchingHelp')}
        </Text>
        <ProfileFields
          subject="mentor"
          value={form.values.profile}
          onChange={(next) => {
            form.setFieldValue('profile', next);
            for (const key of Object.keys(next)) form.clearFieldError(`profile.${key}`);
          }}
          errors={profileErrors(form.errors)}
        />
        {/* For bots only: hidden from people and screen readers, never focused. */}
        <div
          aria-hidden="true"
          style={{
            position: 'absolute',
            left: '-10000px',
            width: 1,
            height: 1,
            overflow: 'hidden',
          }}
        >
          <label>
            Website
            <input
              type="text"
              name="website"
              tabIndex={-1}
              autoComplete="off"
              value={form.values.website}
              onChange={(event) => form.setFieldValue('website', event.currentTarget.value)}
            />
          </label>
        </div>
        <Stack gap="xs">
          <Title order={2} fz="h4" mt="sm">
            {t('recruitment.apply.privacyTitle')}
          </Title>
          <List size="sm" spacing={4}>
            <List.Item>{t('recruitment.apply.privacy.what')}</List.Item>
            <List.Item>{t('recruitment.apply.privacy.why')}</List.Item>
            <List.Item>{t('recruitment.apply.privacy.who')}</List.Item>
            <List.Item>{t('recruitment.apply.privacy.retention')}</List.Item>
            <List.Item>{t('recruitment.apply.privacy.noCpr')}</List.Item>
          </List>
          <Checkbox
            label={t('recruitment.apply.consent')}
            {...form.getInputProps('consent', { type: 'checkbox' })}
          />
        </Stack>
        {failure && (
          <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
            {failure}
          </Alert>
        )}
        <Button type="submit" loading={apply.isPending} fullWidth>
          {t('recruitment.apply.submit')}
        </Button>
      </Stack>
    </Box>
  );
}

function Confirmation({ program }: { program: PublicProgram }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={1} fz="h3">
        {t('recruitment.apply.thanksTitle')}
      </Title>
      <Alert color="mentorTeal" variant="light" icon={<CheckIcon />} title={program.name}>
        {t('recruitment.apply.thanks', { organisation: program.organisationName })}
      </Alert>
      <Text size="sm" fw={600}>
        {t('recruitment.apply.nextTitle')}
      </Text>
      <List size="sm" spacing={4} type="ordered">
        <List.Item>{t('recruitment.apply.next.mail')}</List.Item>
        <List.Item>{t('recruitment.apply.next.screening')}</List.Item>
        <List.Item>{t('recruitment.apply.next.training')}</List.Item>
      </List>
    </Stack>
  );
}
