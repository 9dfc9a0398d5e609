import { describe, expect, it } from 'vitest';
import { testProfile } from '../../db/factories';
import { ageOn, brokenPairRules } from './rules';

const at = new Date('2026-11-27T12:00:00Z');

describe('ageOn', () => {
  it('counts whole years, the birthday itself included', () => {
    expect(ageOn('2016-11-27', at)).toBe(10);
    expect(ageOn('2016-11-28', at)).toBe(9);
    expect(ageOn('2008-02-29', at)).toBe(18);
  });
});

describe('brokenPairRules', () => {
  const mentee = { profile: testProfile({ languages: ['da', 'ar'] }), age: 10 };

  it('accepts a pair with a shared language, a fitting age and no preferences', () => {
    expect(
      brokenPairRules({
        mentor: { profile: testProfile({ languages: ['ar'] }), birthYear: 1990 },
        mentee,
        at,
      }),
    ).toEqual([]);
  });

  it('names each broken rule', () => {
    expect(
      brokenPairRules({
        mentor: { profile: testProfile({ languages: ['pl'], gender: 'male' }), birthYear: 2008 },
        mentee: {
          profile: testProfile({ languages: ['da'], genderPreference: 'female' }),
          age: 10,
        },
        at,
      }),
    ).toEqual(['language', 'age', 'gender']);
  });

  it('asks a minor’s mentor to be 20 or older even with five years between them', () => {
    const teen = { profile: testProfile(), age: 13 };
    expect(
      brokenPairRules({ mentor: { profile: null, birthYear: 2007 }, mentee: teen, at }),
    ).toEqual(['age']);
    expect(
      brokenPairRules({ mentor: { profile: null, birthYear: 2005 }, mentee: teen, at }),
    ).toEqual([]);
  });

  it('respects the mentor’s own preference for the mentee’s gender', () => {
    expect(
      brokenPairRules({
        mentor: { profile: testProfile({ genderPreference: 'female' }), birthYear: null },
        mentee: { profile: testProfile({ gender: 'male' }), age: 16 },
        at,
      }),
    ).toEqual(['gender']);
  });
});

describe('brokenPairRules with the program and places', () => {
  const mentor = { profile: testProfile({ place: 'Aarhus', maxTravelKm: 10 }), birthYear: 1985 };

  it('keeps the program’s age range', () => {
    const program = { menteeAgeMin: 6, menteeAgeMax: 12 };
    const older = { profile: testProfile(), age: 13 };
    expect(brokenPairRules({ mentor, mentee: older, program, at })).toEqual(['age']);
  });

  it('keeps the travel distance both accept, between places in the gazetteer', () => {
    const far = { profile: testProfile({ place: 'Odense', maxTravelKm: 50 }), age: 12 };
    expect(brokenPairRules({ mentor, mentee: far, at })).toEqual(['travel']);
    const near = { profile: testProfile({ place: 'Aarhus' }), age: 12 };
    expect(brokenPairRules({ mentor, mentee: near, at })).toEqual([]);
  });

  it('does not guess about a place it does not know', () => {
    const unknown = { profile: testProfile({ place: 'Nowhere-by-the-sea' }), age: 12 };
    expect(brokenPairRules({ mentor, mentee: unknown, at })).toEqual([]);
  });
});
