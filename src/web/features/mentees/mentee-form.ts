import type { ProfileValue } from '../recruitment/ProfileFields';

/** Whole years from a YYYY-MM-DD birth date to today (null for no or an unreadable date). */
export function ageFrom(birthDate: string, today = new Date()): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  let age = today.getFullYear() - y;
  const month = today.getMonth() + 1;
  if (month < m || (month === m && today.getDate() < d)) age--;
  return age;
}

/** The profile as the API takes it: the place trimmed. */
export function profileBody(profile: ProfileValue) {
  return { ...profile, place: profile.place.trim() };
}

/**
 * Server field paths as the registration form names its fields: a guardian's form nests
 * `guardian.*` and `child.*`, a student's is flat; both are shown on one set of fields.
 */
export function registrationFieldOf(path: string): string {
  const renamed: Record<string, string> = {
    'guardian.name': 'guardianName',
    'guardian.email': 'email',
    'guardian.phone': 'phone',
    'child.name': 'childName',
    'child.birthDate': 'birthDate',
    'child.needs': 'needs',
    name: 'childName',
  };
  if (renamed[path]) return renamed[path];
  if (path.startsWith('child.profile.')) return path.slice('child.'.length);
  return path;
}

/** The server paths the registration form can show at a field. */
export const registrationPaths = [
  'guardian.name',
  'guardian.email',
  'guardian.phone',
  'child.name',
  'child.birthDate',
  'child.needs',
  'name',
  'email',
  'phone',
  'birthDate',
  'needs',
  'consent',
  'childDataConsent',
  ...[
    'languages',
    'interests',
    'goals',
    'availability',
    'place',
    'maxTravelKm',
    'gender',
    'genderPreference',
  ].flatMap((f) => [`profile.${f}`, `child.profile.${f}`]),
];
