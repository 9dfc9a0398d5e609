import type { IntakeMode } from '../../contracts/mentee-intake';
import { DIGITAL_CONSENT_AGE } from '../../contracts/mentees';
import {
  type AvailabilitySlot,
  availabilitySlots,
  type Profile,
  profileGenders,
  profileGoals,
  profileInterests,
  profileLanguages,
} from '../../contracts/profile';
import type { ProgramType } from '../../contracts/programs';
import type { Locale } from '../../contracts/roles';
import { findPlace } from '../gazetteer/gazetteer';

/** Under this age a mentee's record is a child's: minimal in lists, every view logged. */
export const ADULT_AGE = 18;

/** Today's date in Denmark, YYYY-MM-DD. */
export function danishDate(at: Date): string {
  return at.toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });
}

/** Whole years from a YYYY-MM-DD birth date to the Danish date at `at`. */
export function ageAt(birthDate: string, at: Date): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = danishDate(at).split('-').map(Number) as [number, number, number];
  let age = ty - by;
  if (tm < bm || (tm === bm && td < bd)) age--;
  return age;
}

export function isChild(birthDate: string, at: Date): boolean {
  return ageAt(birthDate, at) < ADULT_AGE;
}

/**
 * How a program takes mentees in. Workplace programs: the employer imports its employees.
 * Otherwise by the ages it serves: a guardian registers a child under the digital consent
 * age (15), a student of 15 or older registers directly.
 */
export function intakeMode(program: {
  type: ProgramType;
  menteeAgeMin: number;
  menteeAgeMax: number;
}): IntakeMode {
  if (program.type === 'workplace') return 'employer';
  if (program.menteeAgeMax < DIGITAL_CONSENT_AGE) return 'guardian';
  if (program.menteeAgeMin >= DIGITAL_CONSENT_AGE) return 'self';
  return 'guardian_or_self';
}

export interface AgeProblem {
  messageKey: string;
  params: Record<string, number>;
}

/** Whether a child of this age may be registered by a guardian in the program. */
export function childAgeProblem(
  age: number,
  program: { menteeAgeMin: number; menteeAgeMax: number },
): AgeProblem | null {
  const max = Math.min(program.menteeAgeMax, ADULT_AGE - 1);
  if (age < program.menteeAgeMin || age > max) {
    return {
      messageKey: 'mentees.validation.ageRange',
      params: { min: program.menteeAgeMin, max, age: Math.max(age, 0) },
    };
  }
  return null;
}

/** Whether a student of this age may register themselves: 15 or older, and in the range. */
export function selfAgeProblem(
  age: number,
  program: { menteeAgeMin: number; menteeAgeMax: number },
): AgeProblem | null {
  if (age < DIGITAL_CONSENT_AGE) {
    return {
      messageKey: 'mentees.validation.askGuardian',
      params: { consentAge: DIGITAL_CONSENT_AGE },
    };
  }
  if (age < program.menteeAgeMin || age > program.menteeAgeMax) {
    return {
      messageKey: 'mentees.validation.ageRange',
      params: { min: program.menteeAgeMin, max: program.menteeAgeMax, age },
    };
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// CSV import of employees

export const importFields = [
  'employeeId',
  'name',
  'email',
  'birthDate',
  'startDate',
  'department',
  'phone',
  'locale',
  'languages',
  'interests',
  'goals',
  'availability',
  'place',
  'maxTravelKm',
  'gender',
  'genderPreference',
  'needs',
] as const;
export type ImportField = (typeof importFields)[number];

export const requiredImportFields: readonly ImportField[] = [
  'employeeId',
  'name',
  'email',
  'birthDate',
  'languages',
  'place',
];

/** Header names accepted for each field, in Danish and English, compared loosely. */
const headerAliases: Record<ImportField, string[]> = {
  employeeId: [
    'employeeid',
    'employeenumber',
    'employeeno',
    'externalref',
    'medarbejderid',
    'medarbejdernummer',
    'medarbejdernr',
    'ansatnummer',
    'lønnummer',
  ],
  name: ['name', 'fullname', 'navn', 'fuldtnavn'],
  email: ['email', 'mail', 'emailaddress', 'emailadresse'],
  birthDate: ['birthdate', 'dateofbirth', 'birthday', 'fødselsdato', 'fødselsdag'],
  startDate: ['startdate', 'startdato', 'ansættelsesdato', 'hireddate', 'firstday', 'førstedag'],
  department: ['department', 'afdeling', 'team'],
  phone: ['phone', 'mobile', 'telephone', 'telefon', 'mobil', 'telefonnummer'],
  locale: ['locale', 'uilanguage', 'brugersprog', 'sprogvalg'],
  languages: ['languages', 'language', 'sprog', 'talersprog'],
  interests: ['interests', 'interesser'],
  goals: ['goals', 'mål', 'maal'],
  availability: ['availability', 'tilgængelighed', 'tider'],
  place: ['place', 'town', 'city', 'location', 'by', 'sted', 'arbejdssted', 'bopæl'],
  maxTravelKm: ['maxtravelkm', 'maxkm', 'traveldistance', 'makskm', 'maksafstand', 'afstand'],
  gender: ['gender', 'køn'],
  genderPreference: ['genderpreference', 'mentorgender', 'kønspræference', 'ønsketkøn'],
  needs: ['needs', 'notes', 'behov', 'bemærkninger', 'noter'],
};

const normaliseHeader = (cell: string) => cell.toLowerCase().replace(/[\s_\-.:/()]+/g, '');

/** Which field each header cell is, or null for a column we do not know (ignored). */
export function mapHeader(header: string[]): {
  columns: (ImportField | null)[];
  missing: ImportField[];
  duplicate: ImportField[];
  ignored: string[];
} {
  const seen = new Set<ImportField>();
  const duplicate: ImportField[] = [];
  const ignored: string[] = [];
  const columns = header.map((cell) => {
    const key = normaliseHeader(cell);
    const field = importFields.find((f) => headerAliases[f].includes(key)) ?? null;
    if (!field) {
      if (cell.trim() !== '') ignored.push(cell.trim());
      return null;
    }
    if (seen.has(field)) duplicate.push(field);
    seen.add(field);
    return field;
  });
  return {
    columns,
    missing: requiredImportFields.filter((f) => !seen.has(f)),
    duplicate,
    ignored,
  };
}

/** A problem with one cell: a message key and its parameters (translated by the caller). */
export interface CellProblem {
  field: ImportField;
  messageKey: string;
  params?: Record<string, string | number>;
}

/** One employee, read from a row. */
export interface ImportedEmployee {
  employeeId: string;
  name: string;
  email: string;
  birthDate: string;
  startDate: string | null;
  department: string | null;
  phone: string | null;
  locale: Locale;
  needs: string;
  profile: Profile;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const listOf = (value: string) =>
  value
    .split(/[;,|/]+|\s+/)
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);

/** A date as Danish spreadsheets write it (31-12-1990, 31.12.1990, 31/12/1990) or ISO. */
export function parseDate(value: string): string | null {
  const v = value.trim();
  let y: number;
  let m: number;
  let d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(v);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (danish) [d, m, y] = [Number(danish[1]), Number(danish[2]), Number(danish[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

function codes<T extends string>(
  field: ImportField,
  value: string,
  allowed: readonly T[],
  problems: CellProblem[],
): T[] {
  const items = [...new Set(listOf(value))];
  const unknown = items.filter((item) => !(allowed as readonly string[]).includes(item));
  if (unknown.length > 0) {
    problems.push({
      field,
      messageKey: 'mentees.import.unknownValues',
      params: { values: unknown.join(', '), allowed: allowed.join(', ') },
    });
  }
  return items.filter((item): item is T => (allowed as readonly string[]).includes(item));
}

const genderWords: Record<string, (typeof profileGenders)[number]> = {
  female: 'female',
  kvinde: 'female',
  k: 'female',
  f: 'female',
  male: 'male',
  mand: 'male',
  m: 'male',
  nonbinary: 'nonbinary',
  'non-binary': 'nonbinary',
  nonbinær: 'nonbinary',
  'non-binær': 'nonbinary',
};

function gender(field: ImportField, value: string, problems: CellProblem[]) {
  const v = value.trim().toLowerCase();
  if (v === '') return null;
  const found = genderWords[v];
  if (!found) {
    problems.push({
      field,
      messageKey: 'mentees.import.unknownValues',
      params: { values: value.trim(), allowed: profileGenders.join(', ') },
    });
    return null;
  }
  return found;
}

/**
 * Reads one row into an employee, or lists every problem with its cells. The age must be in
 * the program's range on the day of the import.
 */
export function readEmployeeRow(
  cells: Partial<Record<ImportField, string>>,
  program: { menteeAgeMin: number; menteeAgeMax: number },
  at: Date,
): { employee: ImportedEmployee | null; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const get = (field: ImportField) => (cells[field] ?? '').trim();
  for (const field of requiredImportFields) {
    if (get(field) === '') problems.push({ field, messageKey: 'mentees.import.required' });
  }
  const tooLong = (field: ImportField, max: number) => {
    if (get(field).length > max) {
      problems.push({ field, messageKey: 'mentees.import.tooLong', params: { max } });
    }
  };
  tooLong('employeeId', 100);
  tooLong('name', 120);
  tooLong('department', 120);
  tooLong('needs', 2000);
  tooLong('place', 80);
  const name = get('name');
  if (name !== '' && name.length < 2) {
    problems.push({ field: 'name', messageKey: 'mentees.import.tooShort', params: { min: 2 } });
  }
  const email = get('email').toLowerCase();
  if (email !== '' && (!EMAIL.test(email) || email.length > 254)) {
    problems.push({ field: 'email', messageKey: 'mentees.import.email' });
  }
  const phone = get('phone');
  if (phone !== '' && (!/^[+0-9 ()-]+$/.test(phone) || phone.length > 40)) {
    problems.push({ field: 'phone', messageKey: 'mentees.import.phone' });
  }
  let birthDate = '';
  if (get('birthDate') !== '') {
    birthDate = parseDate(get('birthDate')) ?? '';
    if (!birthDate) {
      problems.push({ field: 'birthDate', messageKey: 'mentees.import.date' });
    } else {
      const age = ageAt(birthDate, at);
      if (age < program.menteeAgeMin || age > program.menteeAgeMax) {
        problems.push({
          field: 'birthDate',
          messageKey: 'mentees.validation.ageRange',
          params: { min: program.menteeAgeMin, max: program.menteeAgeMax, age: Math.max(age, 0) },
        });
      }
    }
  }
  let startDate: string | null = null;
  if (get('startDate') !== '') {
    startDate = parseDate(get('startDate'));
    if (!startDate) problems.push({ field: 'startDate', messageKey: 'mentees.import.date' });
  }
  const localeCell = get('locale').toLowerCase();
  let locale: Locale = 'da';
  if (['en', 'english', 'engelsk'].includes(localeCell)) locale = 'en';
  else if (!['', 'da', 'dansk', 'danish'].includes(localeCell)) {
    problems.push({
      field: 'locale',
      messageKey: 'mentees.import.unknownValues',
      params: { values: get('locale'), allowed: 'da, en' },
    });
  }
  const languages = codes('languages', get('languages'), profileLanguages, problems);
  const interests = codes('interests', get('interests'), profileInterests, problems);
  const goals = codes('goals', get('goals'), profileGoals, problems);
  const availability = codes(
    'availability',
    get('availability'),
    availabilitySlots as AvailabilitySlot[],
    problems,
  );
  const place = get('place');
  if (place !== '' && place.length < 2) {
    problems.push({ field: 'place', messageKey: 'mentees.import.tooShort', params: { min: 2 } });
  } else if (place !== '') {
    // Matching measures distances only between places the gazetteer knows.
    const found = findPlace(place);
    if (found.status !== 'found') {
      problems.push({
        field: 'place',
        messageKey:
          found.status === 'ambiguous' ? 'validation.ambiguous_place' : 'validation.unknown_place',
        params: {
          place,
          candidates:
            found.status === 'ambiguous' ? found.candidates.map((p) => p.label).join(', ') : '',
        },
      });
    }
  }
  let maxTravelKm = 15;
  if (get('maxTravelKm') !== '') {
    const km = Number(get('maxTravelKm').replace(',', '.'));
    if (!Number.isInteger(km) || km < 1 || km > 200) {
      problems.push({
        field: 'maxTravelKm',
        messageKey: 'mentees.import.number',
        params: { min: 1, max: 200 },
      });
    } else {
      maxTravelKm = km;
    }
  }
  const ownGender = gender('gender', get('gender'), problems);
  const genderPreference = gender('genderPreference', get('genderPreference'), problems);
  if (problems.length > 0) return { employee: null, problems };
  return {
    employee: {
      employeeId: get('employeeId'),
      name,
      email,
      birthDate,
      startDate,
      department: get('department') || null,
      phone: phone || null,
      locale,
      needs: get('needs'),
      profile: {
        languages,
        interests,
        goals,
        availability,
        place,
        maxTravelKm,
        gender: ownGender,
        genderPreference,
      },
    },
    problems,
  };
}

/** The stored fields an import may change, to tell an update from an unchanged row. */
export interface StoredEmployee {
  name: string;
  email: string | null;
  birthDate: string;
  phone: string | null;
  needs: string;
  profile: Profile;
  department?: string | null;
  startDate?: string | null;
}

/** The fields whose values differ, by the import's field names (empty: unchanged). */
export function changedFields(stored: StoredEmployee, next: ImportedEmployee): ImportField[] {
  const changed: ImportField[] = [];
  if (stored.name !== next.name) changed.push('name');
  if ((stored.email ?? '') !== next.email) changed.push('email');
  if (stored.birthDate !== next.birthDate) changed.push('birthDate');
  if ((stored.phone ?? null) !== next.phone) changed.push('phone');
  if (stored.needs !== next.needs) changed.push('needs');
  if ((stored.department ?? null) !== next.department) changed.push('department');
  if ((stored.startDate ?? null) !== next.startDate) changed.push('startDate');
  const a = stored.profile;
  const b = next.profile;
  const sameList = (x: readonly string[], y: readonly string[]) =>
    x.length === y.length && [...x].sort().join() === [...y].sort().join();
  if (!sameList(a.languages, b.languages)) changed.push('languages');
  if (!sameList(a.interests, b.interests)) changed.push('interests');
  if (!sameList(a.goals, b.goals)) changed.push('goals');
  if (!sameList(a.availability, b.availability)) changed.push('availability');
  if (a.place !== b.place) changed.push('place');
  if (a.maxTravelKm !== b.maxTravelKm) changed.push('maxTravelKm');
  if (a.gender !== b.gender) changed.push('gender');
  if (a.genderPreference !== b.genderPreference) changed.push('genderPreference');
  return changed;
}
