import { describe, expect, it } from 'vitest';
import { testProfile } from '../../db/factories';
import {
  ageAt,
  changedFields,
  childAgeProblem,
  intakeMode,
  mapHeader,
  parseDate,
  readEmployeeRow,
  selfAgeProblem,
} from './rules';

const at = new Date('2025-03-10T12:00:00Z');

describe('ages', () => {
  it('counts whole years on the Danish date, the day before and on the birthday', () => {
    expect(ageAt('2010-03-11', at)).toBe(14);
    expect(ageAt('2010-03-10', at)).toBe(15);
    // 23:30 UTC on 9 March is already 10 March in Copenhagen.
    expect(ageAt('2010-03-10', new Date('2025-03-09T23:30:00Z'))).toBe(15);
    expect(ageAt('2008-02-29', new Date('2025-02-28T12:00:00Z'))).toBe(16);
  });

  it('lets a guardian register a child in the program’s range and under 18', () => {
    const school = { menteeAgeMin: 6, menteeAgeMax: 17 };
    expect(childAgeProblem(6, school)).toBeNull();
    expect(childAgeProblem(17, school)).toBeNull();
    expect(childAgeProblem(5, school)?.params).toEqual({ min: 6, max: 17, age: 5 });
    expect(childAgeProblem(30, { menteeAgeMin: 6, menteeAgeMax: 99 })?.params.max).toBe(17);
  });

  it('lets a student register themselves from 15 (digital consent age); younger ask a guardian', () => {
    const career = { menteeAgeMin: 15, menteeAgeMax: 19 };
    expect(selfAgeProblem(15, career)).toBeNull();
    expect(selfAgeProblem(14, career)?.messageKey).toBe('mentees.validation.askGuardian');
    expect(selfAgeProblem(20, career)?.messageKey).toBe('mentees.validation.ageRange');
  });

  it('says who registers in each program', () => {
    const p = (type: 'school' | 'career' | 'workplace', min: number, max: number) =>
      intakeMode({ type, menteeAgeMin: min, menteeAgeMax: max });
    expect(p('school', 6, 17)).toBe('guardian_or_self');
    expect(p('school', 6, 14)).toBe('guardian');
    expect(p('career', 15, 19)).toBe('self');
    expect(p('workplace', 16, 99)).toBe('employer');
  });
});

describe('import rows', () => {
  const program = { menteeAgeMin: 16, menteeAgeMax: 99 };

  it('knows Danish and English column names, loosely written', () => {
    const header = mapHeader(['Medarbejdernummer', 'Navn', 'E-mail', 'Fødselsdato', 'Sprog', 'By']);
    expect(header.columns).toEqual([
      'employeeId',
      'name',
      'email',
      'birthDate',
      'languages',
      'place',
    ]);
    expect(header.missing).toEqual([]);
    const english = mapHeader(['employee_id', 'Name', 'email', 'birth date', 'Shoe size']);
    expect(english.missing).toEqual(['languages', 'place']);
    expect(english.ignored).toEqual(['Shoe size']);
  });

  it('reads dates as Danish spreadsheets and ISO write them, and refuses impossible ones', () => {
    expect(parseDate('31-12-1990')).toBe('1990-12-31');
    expect(parseDate('1.2.1990')).toBe('1990-02-01');
    expect(parseDate('1990-12-31')).toBe('1990-12-31');
    expect(parseDate('31-02-1990')).toBeNull();
    expect(parseDate('12/31/1990')).toBeNull();
  });

  it('reads a complete row into an employee with a matching profile', () => {
    const { employee, problems } = readEmployeeRow(
      {
        employeeId: 'E1',
        name: 'Mona Berg',
        email: 'Mona@Firma.DK',
        birthDate: '01-05-1995',
        languages: 'da;en',
        interests: 'chess, cooking',
        place: 'Odense',
        gender: 'kvinde',
        maxTravelKm: '25',
      },
      program,
      at,
    );
    expect(problems).toEqual([]);
    expect(employee).toMatchObject({
      employeeId: 'E1',
      email: 'mona@firma.dk',
      birthDate: '1995-05-01',
      locale: 'da',
      profile: {
        languages: ['da', 'en'],
        interests: ['chess', 'cooking'],
        place: 'Odense',
        gender: 'female',
        maxTravelKm: 25,
      },
    });
  });

  it('names every problem of a row by field', () => {
    const { employee, problems } = readEmployeeRow(
      {
        employeeId: '',
        name: 'X',
        email: 'not-mail',
        birthDate: '2015-01-01',
        languages: 'da;xx',
        place: 'Vejle',
      },
      program,
      at,
    );
    expect(employee).toBeNull();
    expect(problems.map((p) => [p.field, p.messageKey])).toEqual([
      ['employeeId', 'mentees.import.required'],
      ['name', 'mentees.import.tooShort'],
      ['email', 'mentees.import.email'],
      ['birthDate', 'mentees.validation.ageRange'],
      ['languages', 'mentees.import.unknownValues'],
    ]);
  });

  it('tells an update from an unchanged row, field by field', () => {
    const profile = testProfile({ languages: ['da', 'en'] });
    const stored = {
      name: 'Mona',
      email: 'm@x.dk',
      birthDate: '1995-05-01',
      phone: null,
      needs: '',
      profile,
    };
    const next = {
      ...stored,
      employeeId: 'E1',
      startDate: null,
      department: null,
      locale: 'da' as const,
      email: 'm@x.dk',
      profile: { ...profile, languages: ['en', 'da'] as typeof profile.languages },
    };
    expect(changedFields(stored, next)).toEqual([]);
    expect(
      changedFields(stored, { ...next, name: 'Mona B', profile: { ...profile, place: 'Vejle' } }),
    ).toEqual(['name', 'place']);
  });
});
