import {
  Checkbox,
  Fieldset,
  Input,
  MultiSelect,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  type AvailabilitySlot,
  dayParts,
  type ProfileInput,
  weekdays,
} from '../../../contracts/profile';
import { PlaceInput } from './PlaceInput';
import {
  dayPartLabel,
  type Gender,
  genderOptions,
  goalOptions,
  interestOptions,
  languageOptions,
  weekdayLabel,
} from './profile-labels';

/** The profile as a form holds it: every field present. */
export interface ProfileValue {
  languages: NonNullable<ProfileInput['languages']>;
  interests: NonNullable<ProfileInput['interests']>;
  goals: NonNullable<ProfileInput['goals']>;
  availability: NonNullable<ProfileInput['availability']>;
  place: string;
  maxTravelKm: number;
  gender: Gender | null;
  genderPreference: Gender | null;
}

export const emptyProfile: ProfileValue = {
  languages: ['da'],
  interests: [],
  goals: [],
  availability: [],
  place: '',
  maxTravelKm: 15,
  gender: null,
  genderPreference: null,
};

export type ProfileField = keyof ProfileValue;

interface ProfileFieldsProps {
  value: ProfileValue;
  onChange: (next: ProfileValue) => void;
  /** Messages by field name (`languages`, `place`, …), e.g. from the server. */
  errors?: Partial<Record<ProfileField, string | undefined>>;
  /** Whose profile: the words differ a little for a mentor and for a mentee. */
  subject: 'mentor' | 'mentee';
  /** Prefix for ids, when two profiles are on one page. */
  idPrefix?: string;
}

/**
 * The matching profile's fields (languages, interests, goals, when and where, gender and
 * preference), for a mentor's application and a mentee's intake alike.
 */
export function ProfileFields({
  value,
  onChange,
  errors = {},
  subject,
  idPrefix = 'profile',
}: ProfileFieldsProps) {
  const { t } = useTranslation();
  const set = <K extends ProfileField>(key: K, next: ProfileValue[K]) =>
    onChange({ ...value, [key]: next });
  const genders = genderOptions(t);
  const chosen = new Set<string>(value.availability);
  const toggle = (slot: AvailabilitySlot, on: boolean) =>
    set(
      'availability',
      on ? [...value.availability, slot] : value.availability.filter((s) => s !== slot),
    );

  return (
    <Stack gap="md">
      <MultiSelect
        id={`${idPrefix}-languages`}
        label={t('recruitment.profile.languages')}
        description={t(`recruitment.profile.languagesHelp.${subject}`)}
        data={languageOptions(t)}
        value={value.languages}
        onChange={(next) => set('languages', next as ProfileValue['languages'])}
        error={errors.languages}
        required
        searchable
        hidePickedOptions
        comboboxProps={{ withinPortal: true }}
      />
      <MultiSelect
        id={`${idPrefix}-interests`}
        label={t('recruitment.profile.interests')}
        description={t('recruitment.profile.interestsHelp')}
        data={interestOptions(t)}
        value={value.interests}
        onChange={(next) => set('interests', next as ProfileValue['interests'])}
        error={errors.interests}
        searchable
        hidePickedOptions
      />
      <MultiSelect
        id={`${idPrefix}-goals`}
        label={t(`recruitment.profile.goals.${subject}`)}
        data={goalOptions(t)}
        value={value.goals}
        onChange={(next) => set('goals', next as ProfileValue['goals'])}
        error={errors.goals}
        searchable
        hidePickedOptions
      />
      <Fieldset
        legend={t('recruitment.profile.availability')}
        variant="unstyled"
        aria-describedby={`${idPrefix}-availability-help`}
      >
        <Text size="sm" c="dimmed" id={`${idPrefix}-availability-help`} mb="xs">
          {t('recruitment.profile.availabilityHelp')}
        </Text>
        <SimpleGrid cols={4} spacing={6} verticalSpacing={6} maw={440}>
          <span />
          {dayParts.map((part) => (
            <Text key={part} size="xs" fw={600} ta="center" aria-hidden>
              {dayPartLabel(t, part)}
            </Text>
          ))}
          {weekdays.map((day) => [
            <Text key={day} size="sm" aria-hidden>
              {weekdayLabel(t, day)}
            </Text>,
            ...dayParts.map((part) => {
              const slot = `${day}_${part}` as AvailabilitySlot;
              return (
                <Checkbox
                  key={slot}
                  styles={{ body: { justifyContent: 'center' } }}
                  aria-label={`${weekdayLabel(t, day)} ${dayPartLabel(t, part).toLocaleLowerCase()}`}
                  checked={chosen.has(slot)}
                  onChange={(event) => toggle(slot, event.currentTarget.checked)}
                />
              );
            }),
          ])}
        </SimpleGrid>
        {errors.availability && <Input.Error mt={4}>{errors.availability}</Input.Error>}
      </Fieldset>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <PlaceInput
          id={`${idPrefix}-place`}
          label={t('recruitment.profile.place')}
          description={t('recruitment.profile.placeHelp')}
          value={value.place}
          onChange={(place) => set('place', place)}
          error={errors.place}
        />
        <NumberInput
          id={`${idPrefix}-maxTravelKm`}
          label={t('recruitment.profile.maxTravelKm')}
          description={t('recruitment.profile.maxTravelKmHelp')}
          value={value.maxTravelKm}
          onChange={(next) => set('maxTravelKm', typeof next === 'number' ? next : 15)}
          error={errors.maxTravelKm}
          min={1}
          max={200}
          suffix=" km"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <NativeSelect
          id={`${idPrefix}-gender`}
          label={t(`recruitment.profile.gender.${subject}`)}
          data={[{ value: '', label: t('recruitment.profile.preferNotToSay') }, ...genders]}
          value={value.gender ?? ''}
          onChange={(event) => set('gender', (event.currentTarget.value || null) as Gender | null)}
          error={errors.gender}
        />
        <NativeSelect
          id={`${idPrefix}-genderPreference`}
          label={t(`recruitment.profile.genderPreference.${subject}`)}
          data={[{ value: '', label: t('recruitment.profile.noPreference') }, ...genders]}
          value={value.genderPreference ?? ''}
          onChange={(event) =>
            set('genderPreference', (event.currentTarget.value || null) as Gender | null)
          }
          error={errors.genderPreference}
        />
      </SimpleGrid>
    </Stack>
  );
}

/** Server field errors under `<prefix>.<field>` as this component's `errors`. */
export function profileErrors(
  errors: Record<string, unknown>,
  prefix = 'profile',
): Partial<Record<ProfileField, string>> {
  const found: Partial<Record<ProfileField, string>> = {};
  for (const [path, message] of Object.entries(errors)) {
    if (!path.startsWith(`${prefix}.`) || typeof message !== 'string') continue;
    const field = path.slice(prefix.length + 1).split('.')[0] as ProfileField;
    found[field] ??= message;
  }
  return found;
}
