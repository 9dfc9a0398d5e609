import type { AvailabilitySlot, Profile } from '../../contracts/profile';
import type { Locale } from '../../contracts/roles';
import type { ScoreTerms } from '../../matching/scoring';
import { translate } from '../../server/i18n/translate';
import type { Place } from '../gazetteer/gazetteer';

/** What the reasons are written from: the terms and the two people's own words. */
export interface ReasonFacts {
  terms: ScoreTerms;
  mentor: { profile: Profile; place: Place };
  mentee: { profile: Profile; place: Place };
}

const listFormats = {
  da: new Intl.ListFormat('da-DK', { type: 'conjunction' }),
  en: new Intl.ListFormat('en-GB', { type: 'conjunction' }),
} satisfies Record<Locale, Intl.ListFormat>;
const list = (locale: Locale, items: string[]) => listFormats[locale].format(items);

const plural = (key: string, count: number) => `${key}_${count === 1 ? 'one' : 'other'}`;

/** Whole kilometres, at least 1: "about 0 km" reads oddly. */
export const kilometres = (approxMetres: number) => Math.max(1, Math.round(approxMetres / 1000));

/**
 * The score of a pair in sentences, in `locale`: the interests they share, the mentee's
 * goals the mentor can help with, the time they can meet, how far apart they live and the
 * language they share. Each sentence names what earned the points.
 */
export function reasonsFor(locale: Locale, facts: ReasonFacts): string[] {
  const { terms, mentor, mentee } = facts;
  const t = (key: string, params: Record<string, string | number> = {}) =>
    translate(locale, `matching.${key}`, params);
  const reasons: string[] = [];

  if (terms.interests.count > 0) {
    reasons.push(
      t(plural('reasons.interests', terms.interests.count), {
        count: terms.interests.count,
        list: list(
          locale,
          terms.interests.shared.map((i) => t(`interests.${i}`)),
        ),
      }),
    );
  }
  if (terms.goals.count > 0) {
    reasons.push(
      t(plural('reasons.goals', terms.goals.count), {
        count: terms.goals.count,
        list: list(
          locale,
          terms.goals.shared.map((g) => t(`goals.${g}`)),
        ),
      }),
    );
  }
  if (terms.availability.count > 0) {
    const together = mentee.profile.availability.filter((slot) =>
      mentor.profile.availability.includes(slot),
    );
    reasons.push(
      t(plural('reasons.availability', terms.availability.count), {
        count: terms.availability.count,
        list: list(
          locale,
          together.map((slot) => slotWords(locale, slot)),
        ),
      }),
    );
  } else {
    reasons.push(t('reasons.noAvailability'));
  }
  if (mentor.place.label === mentee.place.label) {
    reasons.push(t('reasons.samePlace', { place: mentee.place.name }));
  } else {
    reasons.push(
      t('reasons.distance', {
        km: kilometres(terms.distance.approxMetres),
        mentorPlace: mentor.place.name,
        menteePlace: mentee.place.name,
      }),
    );
  }
  const primary = terms.primaryLanguage.language;
  if (terms.primaryLanguage.spokenByMentor) {
    reasons.push(t('reasons.primaryLanguage', { language: t(`languages.${primary}`) }));
  } else {
    const common = mentee.profile.languages.find((l) => mentor.profile.languages.includes(l));
    if (common) {
      reasons.push(
        t('reasons.sharedLanguage', {
          language: t(`languages.${common}`),
          primary: t(`languages.${primary}`),
        }),
      );
    }
  }
  const wish = mentee.profile.genderPreference;
  if (wish) reasons.push(t('reasons.genderPreference', { gender: t(`genderWish.${wish}`) }));
  return reasons;
}

function slotWords(locale: Locale, slot: AvailabilitySlot): string {
  const [day, part] = slot.split('_');
  return translate(locale, 'matching.slot', {
    day: translate(locale, `matching.weekdays.${day}`),
    part: translate(locale, `matching.dayParts.${part}`),
  });
}
