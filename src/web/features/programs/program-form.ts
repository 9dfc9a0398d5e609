import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ChildCertificateRule, MeetingCadence } from '../../../contracts/programs';
import type { Program, ProgramSettings, ProgramType } from '../../api/programs';

/** Number inputs hold '' while empty, so the values are wider than the API's. */
export interface ProgramFormValues {
  name: string;
  description: string;
  type: ProgramType;
  trainingMinutes: number | string;
  inPersonSessionRequired: boolean;
  trainingWindowDays: number | string;
  childCertificate: ChildCertificateRule;
  nominationRequired: boolean;
  meetingCadence: MeetingCadence;
  commitmentMonths: number | string;
  menteeAgeMin: number | string;
  menteeAgeMax: number | string;
}

const numberFields = [
  'trainingMinutes',
  'trainingWindowDays',
  'commitmentMonths',
  'menteeAgeMin',
  'menteeAgeMax',
] as const;

/** Every field the server may name in an error, so its message lands there. */
export const programFormFields = [
  'name',
  'description',
  'type',
  ...numberFields,
  'inPersonSessionRequired',
  'childCertificate',
  'nominationRequired',
  'meetingCadence',
] as const;

export function formValues(
  base: { name: string; description: string; type: ProgramType },
  settings: ProgramSettings,
): ProgramFormValues {
  return { ...base, ...settings };
}

export function valuesOf(program: Program): ProgramFormValues {
  return formValues(program, program);
}

/** The API's body from the form; only called after validation, so numbers are numbers. */
export function toProgramBody(values: ProgramFormValues) {
  return {
    name: values.name.trim(),
    description: values.description.trim(),
    trainingMinutes: Number(values.trainingMinutes),
    inPersonSessionRequired: values.inPersonSessionRequired,
    trainingWindowDays: Number(values.trainingWindowDays),
    childCertificate: values.childCertificate,
    nominationRequired: values.nominationRequired,
    meetingCadence: values.meetingCadence,
    commitmentMonths: Number(values.commitmentMonths),
    menteeAgeMin: Number(values.menteeAgeMin),
    menteeAgeMax: Number(values.menteeAgeMax),
  };
}

/**
 * The program form. Only emptiness is checked here: the type's floor is the server's rule,
 * and its message (in the UI's language) is shown at the field.
 */
export function useProgramForm(initialValues: ProgramFormValues) {
  const { t } = useTranslation();
  const required = (value: number | string) =>
    value === '' || Number.isNaN(Number(value)) ? t('common.required') : null;
  return useForm<ProgramFormValues>({
    initialValues,
    validate: {
      name: (value) => (value.trim().length >= 2 ? null : t('programs.form.nameRequired')),
      trainingMinutes: required,
      trainingWindowDays: required,
      commitmentMonths: required,
      menteeAgeMin: required,
      menteeAgeMax: required,
    },
  });
}

export type ProgramForm = ReturnType<typeof useProgramForm>;
