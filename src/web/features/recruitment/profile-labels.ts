import type { TFunction } from 'i18next';
import {
  type AvailabilitySlot,
  type dayParts,
  profileGenders,
  profileGoals,
  profileInterests,
  profileLanguages,
  type weekdays,
} from '../../../contracts/profile';

/**
 * Words for the matching profile's vocabularies (contracts/profile.ts), in the UI's
 * language: used by the mentor application and the mentee intake alike.
 */

export type Interest = (typeof profileInterests)[number];
export type Goal = (typeof profileGoals)[number];
export type Language = (typeof profileLanguages)[number];
export type Gender = (typeof profileGenders)[number];
export type Weekday = (typeof weekdays)[number];
export type DayPart = (typeof dayParts)[number];

export const interestLabel = (t: TFunction, id: Interest) => t(`recruitment.interests.${id}`);
export const goalLabel = (t: TFunction, id: Goal) => t(`recruitment.goals.${id}`);
export const languageLabel = (t: TFunction, id: Language) => t(`recruitment.languages.${id}`);
export const genderLabel = (t: TFunction, id: Gender) => t(`recruitment.genders.${id}`);
export const weekdayLabel = (t: TFunction, id: Weekday) => t(`recruitment.weekdays.${id}`);
export const dayPartLabel = (t: TFunction, id: DayPart) => t(`recruitment.dayParts.${id}`);

/** "Tirsdag eftermiddag" for `tue_afternoon`. */
export function availabilityLabel(t: TFunction, slot: AvailabilitySlot): string {
  const [day, part] = slot.split('_') as [Weekday, DayPart];
  return t('recruitment.availability.slot', {
    day: weekdayLabel(t, day),
    part: dayPartLabel(t, part).toLocaleLowerCase(),
  });
}

/** Options for a select, sorted by their words in the UI's language. */
function options<T extends string>(ids: readonly T[], label: (id: T) => string) {
  return ids
    .map((id) => ({ value: id, label: label(id) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

export const interestOptions = (t: TFunction) =>
  options(profileInterests, (id) => interestLabel(t, id));
export const goalOptions = (t: TFunction) => options(profileGoals, (id) => goalLabel(t, id));
/** Danish and English first (most people's), then the rest by name. */
export const languageOptions = (t: TFunction) => {
  const [first, ...rest] = [
    ...['da', 'en'].map((id) => ({ value: id, label: languageLabel(t, id as Language) })),
    ...options(
      profileLanguages.filter((id) => id !== 'da' && id !== 'en'),
      (id) => languageLabel(t, id),
    ),
  ];
  return first ? [first, ...rest] : rest;
};
export const genderOptions = (t: TFunction) =>
  profileGenders.map((id) => ({ value: id, label: genderLabel(t, id) }));
