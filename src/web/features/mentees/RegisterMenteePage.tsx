import {
  Alert,
  Anchor,
  Box,
  Button,
  Checkbox,
  Fieldset,
  List,
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
import { Link, useParams } from 'react-router';
import type { MenteeRegistrationInput } from '../../../contracts/mentee-intake';
import { ApiError, messageOf } from '../../api/client';
import { type ProgramIntake, useProgramIntake, useRegisterMentee } from '../../api/mentees';
import { showServerErrors } from '../../components/form-errors';
import { PageLoader } from '../../components/PageLoader';
import { PublicLayout } from '../../components/PublicLayout';
import { currentLocale } from '../../i18n/i18n';
import {
  emptyProfile,
  ProfileFields,
  type ProfileValue,
  profileErrors,
} from '../recruitment/ProfileFields';
import { ageFrom, profileBody, registrationFieldOf, registrationPaths } from './mentee-form';

/** Fieldset legends read as the form's section headings. */
const legendStyles = {
  legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)', marginBottom: 8 },
};

interface RegistrationValues {
  kind: 'guardian' | 'self';
  guardianName: string;
  email: string;
  phone: string;
  childName: string;
  birthDate: string;
  needs: string;
  profile: ProfileValue;
  consent: boolean;
  childDataConsent: boolean;
  /** The hidden field only robots fill in. */
  website: string;
}

/**
 * The public registration of a mentee (no sign-in): a guardian registers a child, a student
 * of 15 or older registers themselves. Workplace programs are not open here: the employer
 * registers its employees.
 */
export function RegisterMenteePage() {
  const { t } = useTranslation();
  const { programId = '' } = useParams();
  const intake = useProgramIntake(programId);
  const [done, setDone] = useState<{ name: string; email: string; kind: string } | null>(null);
  useDocumentTitle(`${t('mentees.register.pageTitle')} · Mentorpath`);

  return (
    <PublicLayout>
      {intake.isPending && <PageLoader />}
      {intake.isError && (
        <Stack gap="md">
          <Title order={1} fz="h2">
            {t('mentees.register.pageTitle')}
          </Title>
          <Alert color="red" variant="light" role="alert">
            {intake.error instanceof ApiError && intake.error.status === 404
              ? t('mentees.register.notOpen')
              : messageOf(intake.error)}
          </Alert>
        </Stack>
      )}
      {intake.data &&
        (done ? (
          <Confirmation program={intake.data} {...done} />
        ) : (
          <RegistrationForm program={intake.data} onDone={setDone} />
        ))}
    </PublicLayout>
  );
}

function ProgramIntro({ program }: { program: ProgramIntake }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={1} fz="h2">
        {t('mentees.register.title', { program: program.name })}
      </Title>
      <Text size="sm" c="dimmed">
        {t('mentees.register.organisation', { organisation: program.organisationName })}
      </Text>
      {program.description && <Text size="sm">{program.description}</Text>}
      <Text size="sm">
        {t('mentees.register.ages', { min: program.menteeAgeMin, max: program.menteeAgeMax })}
      </Text>
    </Stack>
  );
}

function RegistrationForm({
  program,
  onDone,
}: {
  program: ProgramIntake;
  onDone: (done: { name: string; email: string; kind: string }) => void;
}) {
  const { t } = useTranslation();
  const register = useRegisterMentee(program.id);
  const [problem, setProblem] = useState<string | null>(null);
  const mode = program.registration;
  const form = useForm<RegistrationValues>({
    initialValues: {
      kind: mode === 'self' ? 'self' : 'guardian',
      guardianName: '',
      email: '',
      phone: '',
      childName: '',
      birthDate: '',
      needs: '',
      profile: emptyProfile,
      consent: false,
      childDataConsent: false,
      website: '',
    },
    validate: {
      guardianName: (value, values) =>
        values.kind === 'guardian' && value.trim().length < 2 ? t('common.required') : null,
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('auth.emailInvalid')),
      phone: (value, values) =>
        values.kind === 'guardian' && value.replace(/\D/g, '').length < 8
          ? t('mentees.register.phoneRequired')
          : null,
      childName: (value) => (value.trim().length < 2 ? t('common.required') : null),
      birthDate: (value, values) => {
        const age = ageFrom(value);
        if (age === null) return t('mentees.register.birthDateRequired');
        if (values.kind === 'self' && age < program.digitalConsentAge) {
          return t('mentees.register.askGuardian', { age: program.digitalConsentAge });
        }
        return null;
      },
      consent: (value) => (value ? null : t('mentees.register.consentRequired')),
      childDataConsent: (value, values) =>
        values.kind === 'guardian' && !value ? t('mentees.register.consentRequired') : null,
      profile: {
        place: (value) => (value.trim().length < 2 ? t('common.required') : null),
        languages: (value) => (value.length > 0 ? null : t('mentees.register.languagesRequired')),
      },
    },
  });

  if (mode === 'employer') {
    return (
      <Stack gap="lg">
        <ProgramIntro program={program} />
        <Alert color="blue" variant="light" title={t('mentees.register.employerTitle')}>
          {t('mentees.register.employer')}
        </Alert>
      </Stack>
    );
  }

  const values = form.values;
  const guardian = values.kind === 'guardian';
  const age = ageFrom(values.birthDate);
  const tooYoungForSelf = !guardian && age !== null && age < program.digitalConsentAge;

  const submit = form.onSubmit((v) => {
    setProblem(null);
    const common = {
      needs: v.needs.trim(),
      profile: profileBody(v.profile),
      consent: v.consent,
      website: v.website || undefined,
    };
    const body: MenteeRegistrationInput = guardian
      ? {
          kind: 'guardian',
          guardian: {
            name: v.guardianName.trim(),
            email: v.email.trim(),
            phone: v.phone.trim(),
            locale: currentLocale(),
          },
          child: {
            name: v.childName.trim(),
            birthDate: v.birthDate,
            needs: common.needs,
            profile: common.profile,
          },
          consent: v.consent,
          childDataConsent: v.childDataConsent,
          website: common.website,
        }
      : {
          kind: 'self',
          name: v.childName.trim(),
          email: v.email.trim(),
          phone: v.phone.trim(),
          locale: currentLocale(),
          birthDate: v.birthDate,
          ...common,
        };
    register.mutate(body, {
      onSuccess: () => onDone({ name: v.childName.trim(), email: v.email.trim(), kind: v.kind }),
      onError: (error) => {
        const mapped = {
          setFieldError: (path: string, message: string) =>
            form.setFieldError(registrationFieldOf(path), message),
        };
        const rest = showServerErrors(mapped, error, registrationPaths);
        if (rest) setProblem(messageOf(rest));
      },
    });
  }, focusFirstInvalid);

  return (
    <Stack gap="lg">
      <ProgramIntro program={program} />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          {mode === 'guardian_or_self' && (
            <Radio.Group
              label={t('mentees.register.who')}
              description={t('mentees.register.whoHelp', { age: program.digitalConsentAge })}
              value={values.kind}
              onChange={(kind) => form.setFieldValue('kind', kind as 'guardian' | 'self')}
            >
              <Stack gap="xs" mt="xs">
                <Radio value="guardian" label={t('mentees.register.asGuardian')} />
                <Radio
                  value="self"
                  label={t('mentees.register.asSelf', { age: program.digitalConsentAge })}
                />
              </Stack>
            </Radio.Group>
          )}
          {mode === 'guardian' && (
            <Text size="sm">
              {t('mentees.register.guardianOnly', { age: program.digitalConsentAge })}
            </Text>
          )}
          {mode === 'self' && (
            <Text size="sm">
              {t('mentees.register.selfOnly', { age: program.digitalConsentAge })}
            </Text>
          )}

          {guardian && (
            <Fieldset
              legend={t('mentees.register.aboutYou')}
              variant="unstyled"
              styles={legendStyles}
            >
              <Stack gap="md">
                <TextInput
                  label={t('mentees.register.guardianName')}
                  autoComplete="name"
                  required
                  {...form.getInputProps('guardianName')}
                />
                <TextInput
                  label={t('mentees.register.email')}
                  type="email"
                  autoComplete="email"
                  required
                  {...form.getInputProps('email')}
                />
                <TextInput
                  label={t('mentees.register.phone')}
                  type="tel"
                  autoComplete="tel"
                  required
                  {...form.getInputProps('phone')}
                />
              </Stack>
            </Fieldset>
          )}

          <Fieldset
            legend={guardian ? t('mentees.register.aboutChild') : t('mentees.register.aboutYou')}
            variant="unstyled"
            styles={legendStyles}
          >
            <Stack gap="md">
              <TextInput
                label={guardian ? t('mentees.register.childName') : t('mentees.register.yourName')}
                autoComplete={guardian ? 'off' : 'name'}
                required
                {...form.getInputProps('childName')}
              />
              <TextInput
                label={
                  guardian ? t('mentees.register.childBirthDate') : t('mentees.register.birthDate')
                }
                description={t('mentees.register.birthDateHelp', {
                  min: program.menteeAgeMin,
                  max: program.menteeAgeMax,
                })}
                type="date"
                required
                {...form.getInputProps('birthDate')}
              />
              {tooYoungForSelf && mode === 'guardian_or_self' && (
                <Alert color="yellow" variant="light">
                  <Text size="sm">
                    {t('mentees.register.switchToGuardian', { age: program.digitalConsentAge })}
                  </Text>
                  <Button
                    mt="xs"
                    size="xs"
                    variant="light"
                    onClick={() => {
                      form.setFieldValue('kind', 'guardian');
                      form.clearFieldError('birthDate');
                    }}
                  >
                    {t('mentees.register.switchAction')}
                  </Button>
                </Alert>
              )}
              {!guardian && (
                <>
                  <TextInput
                    label={t('mentees.register.email')}
                    type="email"
                    autoComplete="email"
                    required
                    {...form.getInputProps('email')}
                  />
                  <TextInput
                    label={t('mentees.register.phoneOptional')}
                    type="tel"
                    autoComplete="tel"
                    {...form.getInputProps('phone')}
                  />
                </>
              )}
              <Textarea
                label={guardian ? t('mentees.register.needs') : t('mentees.register.needsSelf')}
                description={t('mentees.register.needsHelp')}
                autosize
                minRows={3}
                maxLength={2000}
                {...form.getInputProps('needs')}
              />
            </Stack>
          </Fieldset>

          <Fieldset
            legend={guardian ? t('mentees.register.matchChild') : t('mentees.register.matchSelf')}
            variant="unstyled"
            styles={legendStyles}
          >
            <Text size="sm" c="dimmed" mb="sm">
              {t('mentees.register.matchHelp')}
            </Text>
            <ProfileFields
              subject="mentee"
              idPrefix="mentee-profile"
              value={values.profile}
              onChange={(profile) => {
                form.setFieldValue('profile', profile);
              }}
              errors={profileErrors(form.errors, 'profile')}
            />
          </Fieldset>

          <PrivacyNotice guardian={guardian} />

          <Stack gap="sm">
            <Checkbox
              label={
                guardian ? t('mentees.register.consentGuardian') : t('mentees.register.consentSelf')
              }
              aria-invalid={Boolean(form.errors.consent)}
              {...form.getInputProps('consent', { type: 'checkbox' })}
            />
            {guardian && (
              <Checkbox
                label={t('mentees.register.childDataConsent')}
                aria-invalid={Boolean(form.errors.childDataConsent)}
                {...form.getInputProps('childDataConsent', { type: 'checkbox' })}
              />
            )}
          </Stack>

          {/* Hidden from people (and from screen readers); robots fill it in. */}
          <Box style={{ display: 'none' }}>
            <TextInput
              label={t('mentees.register.website')}
              tabIndex={-1}
              autoComplete="off"
              {...form.getInputProps('website')}
            />
          </Box>

          {problem && (
            <Alert color="red" variant="light" role="alert">
              {problem}
            </Alert>
          )}
          <Button type="submit" loading={register.isPending}>
            {t('mentees.register.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}

/** After a refused submit, the first field with a message takes the focus. */
function focusFirstInvalid() {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>('main [aria-invalid="true"]')?.focus();
  });
}

/** What we store, why, who sees it and for how long; never a CPR number. */
function PrivacyNotice({ guardian }: { guardian: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="light" title={t('mentees.privacy.title')}>
      <List size="sm" spacing={6}>
        <List.Item>
          {guardian ? t('mentees.privacy.whatChild') : t('mentees.privacy.whatSelf')}
        </List.Item>
        <List.Item>{t('mentees.privacy.why')}</List.Item>
        <List.Item>{t('mentees.privacy.who')}</List.Item>
        {guardian && <List.Item>{t('mentees.privacy.logged')}</List.Item>}
        <List.Item>{t('mentees.privacy.retention')}</List.Item>
        <List.Item>{t('mentees.privacy.noCpr')}</List.Item>
        <List.Item>{t('mentees.privacy.rights')}</List.Item>
      </List>
    </Alert>
  );
}

function Confirmation({
  program,
  name,
  email,
  kind,
}: {
  program: ProgramIntake;
  name: string;
  email: string;
  kind: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={1} fz="h2">
        {t('mentees.register.doneTitle')}
      </Title>
      <Text role="status">
        {kind === 'guardian'
          ? t('mentees.register.doneChild', { name, program: program.name })
          : t('mentees.register.doneSelf', { program: program.name })}
      </Text>
      <Text size="sm" className="break-anywhere">
        {t('mentees.register.doneMail', { email })}
      </Text>
      <Text size="sm">{t('mentees.register.doneNext')}</Text>
      <Anchor component={Link} to="/login" size="sm">
        {t('mentees.register.signIn')}
      </Anchor>
    </Stack>
  );
}
