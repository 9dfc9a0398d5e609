import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GENDERS,
  GOALS,
  INTERESTS,
  type Instance,
  LANGUAGES,
  type Mentee,
  type Mentor,
  PROGRAMS,
  parseInstance,
} from './instance';
import {
  computeEdges,
  distancePoints,
  MAX_SCORE,
  type ScoreTerms,
  scorePair,
  squaredDistanceMetres,
  violatedConstraint,
} from './scoring';
import { loadFixtureS } from './test-support';

const mentor = (overrides: Partial<Mentor> = {}): Mentor => ({
  id: 'mentor-1',
  program: 'career',
  languages: ['da', 'en'],
  age: 40,
  gender: 'female',
  genderPreference: null,
  menteeAgeMin: 18,
  menteeAgeMax: 40,
  location: { latE6: 55_676_100, lonE6: 12_568_300 },
  maxTravelKm: 20,
  interests: ['chess', 'cooking', 'hiking'],
  goals: ['job_search', 'networking'],
  availability: [40, 41, 42, 100],
  trainingCompleted: true,
  capacity: 2,
  ...overrides,
});

const mentee = (overrides: Partial<Mentee> = {}): Mentee => ({
  id: 'mentee-1',
  program: 'career',
  languages: ['ar', 'en'],
  age: 25,
  gender: 'male',
  genderPreference: null,
  location: { latE6: 55_686_100, lonE6: 12_568_300 },
  maxTravelKm: 10,
  interests: ['cooking', 'chess', 'football'],
  goals: ['networking', 'cv_and_applications', 'job_search'],
  availability: [41, 42, 43],
  capacity: 1,
  ...overrides,
});

const pointsOf = (terms: ScoreTerms): number =>
  terms.base +
  terms.interests.points +
  terms.goals.points +
  terms.availability.points +
  terms.distance.points +
  terms.primaryLanguage.points;

describe('scorePair', () => {
  it('breaks a score into its terms', () => {
    const result = scorePair(mentor(), mentee());
    // 0.01° north = floor(10000 * 111320 / 1e6) = 1113 m
    expect(result).toEqual({
      score: 10 + 10 + 16 + 4 + 20 + 0,
      terms: {
        base: 10,
        interests: { shared: ['cooking', 'chess'], count: 2, points: 10 },
        goals: { shared: ['networking', 'job_search'], count: 2, points: 16 },
        availability: { sharedSlots: [41, 42], count: 2, points: 4 },
        distance: { squaredMetres: 1113 * 1113, approxMetres: 1113, points: 20 },
        primaryLanguage: { language: 'ar', spokenByMentor: false, points: 0 },
      },
    });
  });

  it('caps interests at 6, goals at 3 and hours at 10, and adds the primary language', () => {
    const many = INTERESTS.slice(0, 8);
    const hours = Array.from({ length: 12 }, (_, k) => 50 + k);
    const result = scorePair(
      mentor({ interests: [...many], goals: [...GOALS], availability: hours, languages: ['ar'] }),
      mentee({ interests: [...many], goals: [...GOALS], availability: hours }),
    );
    expect(result?.terms.interests).toMatchObject({ count: 8, points: 30 });
    expect(result?.terms.goals).toMatchObject({ count: 12, points: 24 });
    expect(result?.terms.availability).toMatchObject({ count: 12, points: 20 });
    expect(result?.terms.primaryLanguage).toEqual({
      language: 'ar',
      spokenByMentor: true,
      points: 6,
    });
    expect(result?.score).toBe(MAX_SCORE);
  });

  it('gives distance points by tier, boundaries included', () => {
    expect(distancePoints(2000 * 2000)).toBe(20);
    expect(distancePoints(2000 * 2000 + 1)).toBe(15);
    expect(distancePoints(5000 * 5000)).toBe(15);
    expect(distancePoints(10000 * 10000)).toBe(10);
    expect(distancePoints(20000 * 20000)).toBe(6);
    expect(distancePoints(35000 * 35000)).toBe(3);
    expect(distancePoints(35000 * 35000 + 1)).toBe(0);
  });

  it('floors each axis to whole metres before squaring', () => {
    // 9 µ° of latitude is 1.00188 m → 1 m; 17 µ° of longitude is 1.0591 m → 1 m
    expect(
      squaredDistanceMetres(
        { latE6: 55_000_000, lonE6: 12_000_000 },
        { latE6: 55_000_009, lonE6: 11_999_983 },
      ),
    ).toBe(2);
  });

  it('names the hard constraint a pair breaks', () => {
    expect(violatedConstraint(mentor(), mentee())).toBeNull();
    expect(violatedConstraint(mentor({ program: 'youth' }), mentee())).toBe('program');
    expect(violatedConstraint(mentor({ trainingCompleted: false }), mentee())).toBe('training');
    expect(violatedConstraint(mentor({ languages: ['da'] }), mentee())).toBe('language');
    expect(violatedConstraint(mentor({ menteeAgeMin: 26 }), mentee())).toBe('age');
    expect(violatedConstraint(mentor({ menteeAgeMax: 24 }), mentee())).toBe('age');
    expect(violatedConstraint(mentor({ age: 29 }), mentee())).toBe('age');
    expect(violatedConstraint(mentor({ age: 30 }), mentee())).toBeNull();
    expect(violatedConstraint(mentor({ age: 19, menteeAgeMin: 10 }), mentee({ age: 14 }))).toBe(
      'age',
    );
    expect(
      violatedConstraint(mentor({ age: 20, menteeAgeMin: 10 }), mentee({ age: 14 })),
    ).toBeNull();
    expect(violatedConstraint(mentor(), mentee({ genderPreference: 'male' }))).toBe('gender');
    expect(violatedConstraint(mentor({ genderPreference: 'female' }), mentee())).toBe('gender');
    expect(violatedConstraint(mentor({ genderPreference: 'male' }), mentee())).toBeNull();
    // 1113 m apart: a 1 km limit on either side is too short
    expect(violatedConstraint(mentor(), mentee({ maxTravelKm: 1 }))).toBe('travel');
    expect(violatedConstraint(mentor({ maxTravelKm: 1 }), mentee())).toBe('travel');
    expect(violatedConstraint(mentor(), mentee({ maxTravelKm: 2 }))).toBeNull();
  });
});

describe('computeEdges', () => {
  it('reproduces the S edge file exactly', () => {
    const { instance, edges } = loadFixtureS();
    const ours = computeEdges(instance);
    expect(Array.from(ours.mentee)).toEqual(Array.from(edges.mentee));
    expect(Array.from(ours.mentor)).toEqual(Array.from(edges.mentor));
    expect(Array.from(ours.score)).toEqual(Array.from(edges.score));
  });

  it('agrees with scorePair on every pair of S, terms adding up to the score', () => {
    const { instance, edges } = loadFixtureS();
    const expected = new Map<string, number>();
    for (let e = 0; e < edges.mentee.length; e++) {
      expected.set(`${edges.mentee[e]}:${edges.mentor[e]}`, edges.score[e] as number);
    }
    instance.mentees.forEach((e, i) => {
      instance.mentors.forEach((t, j) => {
        const result = scorePair(t, e);
        expect(result?.score, `mentee ${i}, mentor ${j}`).toBe(expected.get(`${i}:${j}`));
        if (result !== null) expect(pointsOf(result.terms)).toBe(result.score);
      });
    });
  });

  it('finds exactly the feasible pairs with their scores on random instances', () => {
    const near = (spanE6: number) => fc.integer({ min: 0, max: spanE6 });
    const availability = fc
      .uniqueArray(fc.constantFrom(0, 1, 2, 31, 32, 33, 63, 64, 95, 96, 127, 128, 159, 160, 167), {
        maxLength: 12,
      })
      .map((slots) => slots.sort((a, b) => a - b));
    const person = {
      program: fc.constantFrom(...PROGRAMS.slice(0, 2)),
      languages: fc.shuffledSubarray([...LANGUAGES.slice(0, 4)], { minLength: 1 }),
      gender: fc.constantFrom(...GENDERS),
      genderPreference: fc.oneof(
        { arbitrary: fc.constant(null), weight: 4 },
        { arbitrary: fc.constantFrom(...GENDERS), weight: 1 },
      ),
      location: fc.record({
        latE6: near(200_000).map((d) => 55_500_000 + d),
        lonE6: near(300_000).map((d) => 12_100_000 + d),
      }),
      maxTravelKm: fc.constantFrom(0, 2, 10, 20, 30, 30, 40, 40),
      interests: fc.shuffledSubarray([...INTERESTS.slice(28, 40)]),
      goals: fc.shuffledSubarray([...GOALS.slice(0, 6)]),
      availability,
    };
    const mentors = fc.array(
      fc
        .record({
          ...person,
          age: fc.integer({ min: 17, max: 70 }),
          menteeAgeMin: fc.integer({ min: 10, max: 25 }),
          span: fc.integer({ min: 0, max: 40 }),
          trainingCompleted: fc.oneof(fc.constant(true), fc.constant(true), fc.constant(false)),
          capacity: fc.integer({ min: 1, max: 3 }),
        })
        .map(({ span, ...rest }) => ({ ...rest, menteeAgeMax: rest.menteeAgeMin + span })),
      { maxLength: 12 },
    );
    const mentees = fc.array(
      fc.record({
        ...person,
        age: fc.integer({ min: 10, max: 35 }),
        capacity: fc.constant(1 as const),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(mentors, mentees, (rawMentors, rawMentees) => {
        const instance: Instance = parseInstance({
          mentors: rawMentors.map((m, j) => ({ ...m, id: `mentor-${j}` })),
          mentees: rawMentees.map((m, i) => ({ ...m, id: `mentee-${i}` })),
        });
        const expected: [number, number, number][] = [];
        instance.mentees.forEach((e, i) => {
          instance.mentors.forEach((t, j) => {
            const result = scorePair(t, e);
            if (result !== null) expected.push([i, j, result.score]);
          });
        });
        const edges = computeEdges(instance);
        const actual = Array.from(edges.mentee, (i, k) => [i, edges.mentor[k], edges.score[k]]);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
