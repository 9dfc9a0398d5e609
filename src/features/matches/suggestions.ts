import type { LeftOut, PairRef, Weights } from '../../contracts/match-suggestions';
import type { AvailabilitySlot, Profile } from '../../contracts/profile';
import type { EdgeList } from '../../matching/edges';
import type { Gender, Mentee, Mentor } from '../../matching/instance';
import {
  type HardConstraint,
  type ScoreTerms,
  scorePair,
  violatedConstraint,
} from '../../matching/scoring';
import { solveMatching } from '../../matching/solver';
import { AppError } from '../../server/lib/app-error';
import { findPlace, type Place } from '../gazetteer/gazetteer';

/**
 * The whole-cohort suggestions: the program's eligible mentors and waiting mentees become
 * the solver's instance (SCORING.md), the coordinator's exclusions take edges away, locks
 * fix pairs, and weights multiply the score's terms. Pure: the cohort is read elsewhere.
 */

/**
 * The hours of the week each part of a day stands for (slot = day * 24 + hour, Monday = 0):
 * morning 8–12, afternoon 12–17, evening 17–21.
 */
export const DAY_PART_HOURS = {
  morning: [8, 12],
  afternoon: [12, 17],
  evening: [17, 21],
} as const;
const DAY_INDEX = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 } as const;

/** Sorted unique hour slots 0..167 for the day-parts a person gave. */
export function availabilityHours(slots: readonly AvailabilitySlot[]): number[] {
  const hours = new Set<number>();
  for (const slot of slots) {
    const [day, part] = slot.split('_') as [keyof typeof DAY_INDEX, keyof typeof DAY_PART_HOURS];
    const [from, to] = DAY_PART_HOURS[part];
    for (let h = from; h < to; h++) hours.add(DAY_INDEX[day] * 24 + h);
  }
  return [...hours].sort((a, b) => a - b);
}

/** Every mentor and mentee of the instance is in the same program. */
const PROGRAM = 'youth' as const;

export interface CohortMentor {
  id: string;
  userId: string;
  name: string;
  profile: Profile | null;
  birthYear: number | null;
  capacity: number;
  /** Proposed and active matches now. */
  openMatches: number;
  blockers: LeftOut['blockers'];
}

export interface CohortMentee {
  id: string;
  name: string;
  profile: Profile;
  age: number;
}

export interface ExclusionRule {
  mentorId: string | null;
  menteeId: string | null;
}

export interface Cohort {
  program: { menteeAgeMin: number; menteeAgeMax: number };
  mentors: CohortMentor[];
  mentees: CohortMentee[];
  exclusions: ExclusionRule[];
  at: Date;
}

export interface SuggestionOptions {
  locks: PairRef[];
  excludePairs: PairRef[];
  excludeMentorIds: string[];
  excludeMenteeIds: string[];
  weights: Weights;
}

export interface PoolMentor {
  entry: CohortMentor;
  place: Place;
  solver: Mentor;
  /** Places left now (capacity less open matches). */
  room: number;
}
export interface PoolMentee {
  entry: CohortMentee;
  place: Place;
  solver: Mentee;
}

export interface SuggestedPair {
  mentor: PoolMentor;
  mentee: PoolMentee;
  score: number;
  terms: ScoreTerms;
  locked: boolean;
}

export interface SuggestionResult {
  pairs: SuggestedPair[];
  totalScore: number;
  unmatchedMenteeIds: string[];
  leftOut: LeftOut[];
  mentorCount: number;
  menteeCount: number;
}

/**
 * A mentor's age for the rules: born in `birthYear`, on `at` they are this old or one year
 * younger; the younger, as the manual match's rules take it (rules.ts).
 */
export const mentorAgeOn = (birthYear: number, at: Date) => at.getUTCFullYear() - birthYear - 1;

function person(profile: Profile, place: Place) {
  return {
    id: '',
    program: PROGRAM,
    languages: profile.languages,
    // A person who did not give a gender never meets a preference for one (SCORING.md §3.5).
    gender: profile.gender as Gender,
    genderPreference: profile.genderPreference,
    location: { latE6: place.latE6, lonE6: place.lonE6 },
    maxTravelKm: profile.maxTravelKm,
    interests: profile.interests,
    goals: profile.goals,
    availability: availabilityHours(profile.availability),
  };
}

/** The weighted score: SCORING.md's base plus each term times its weight. */
export function weightedScore(terms: ScoreTerms, weights: Weights): number {
  return (
    terms.base +
    weights.interests * terms.interests.points +
    weights.goals * terms.goals.points +
    weights.availability * terms.availability.points +
    weights.distance * terms.distance.points +
    weights.language * terms.primaryLanguage.points
  );
}

const pairKey = (mentorId: string, menteeId: string) => `${mentorId}\u0000${menteeId}`;

/** The mentors and mentees that can take part, and who is left out and why. */
export function buildPool(
  cohort: Cohort,
  options: Pick<SuggestionOptions, 'excludeMentorIds' | 'excludeMenteeIds'>,
) {
  const leftOut: LeftOut[] = [];
  const excludedMentors = new Set(options.excludeMentorIds);
  const excludedMentees = new Set(options.excludeMenteeIds);
  for (const rule of cohort.exclusions) {
    if (rule.mentorId && !rule.menteeId) excludedMentors.add(rule.mentorId);
    if (rule.menteeId && !rule.mentorId) excludedMentees.add(rule.menteeId);
  }
  const out = (
    side: LeftOut['side'],
    entry: { id: string; name: string },
    reason: LeftOut['reason'],
    extra: Partial<Pick<LeftOut, 'blockers' | 'place'>> = {},
  ) =>
    leftOut.push({
      side,
      id: entry.id,
      name: entry.name,
      reason,
      blockers: extra.blockers ?? [],
      place: extra.place ?? null,
    });

  const mentors: PoolMentor[] = [];
  for (const entry of cohort.mentors) {
    if (entry.blockers.length > 0) {
      out('mentor', entry, 'not_eligible', { blockers: entry.blockers });
      continue;
    }
    if (!entry.profile || entry.birthYear === null) {
      out('mentor', entry, 'incomplete_profile');
      continue;
    }
    const found = findPlace(entry.profile.place);
    if (found.status !== 'found') {
      out('mentor', entry, 'unknown_place', { place: entry.profile.place });
      continue;
    }
    const room = entry.capacity - entry.openMatches;
    if (room <= 0) {
      out('mentor', entry, 'at_capacity');
      continue;
    }
    if (excludedMentors.has(entry.id)) {
      out('mentor', entry, 'excluded');
      continue;
    }
    mentors.push({
      entry,
      place: found.place,
      room,
      solver: {
        ...person(entry.profile, found.place),
        id: entry.id,
        age: mentorAgeOn(entry.birthYear, cohort.at),
        menteeAgeMin: cohort.program.menteeAgeMin,
        menteeAgeMax: cohort.program.menteeAgeMax,
        trainingCompleted: true,
        capacity: room,
      },
    });
  }

  const mentees: PoolMentee[] = [];
  for (const entry of cohort.mentees) {
    const found = findPlace(entry.profile.place);
    if (found.status !== 'found') {
      out('mentee', entry, 'unknown_place', { place: entry.profile.place });
      continue;
    }
    if (excludedMentees.has(entry.id)) {
      out('mentee', entry, 'excluded');
      continue;
    }
    mentees.push({
      entry,
      place: found.place,
      solver: {
        ...person(entry.profile, found.place),
        id: entry.id,
        age: entry.age,
        capacity: 1,
      },
    });
  }
  return { mentors, mentees, leftOut };
}

type LockProblem =
  | 'mentor_unavailable'
  | 'mentee_unavailable'
  | 'excluded'
  | 'duplicate_mentee'
  | 'mentor_full'
  | 'infeasible';

function refuseLock(
  index: number,
  lock: PairRef,
  problem: LockProblem,
  rule?: HardConstraint,
): never {
  throw new AppError(problem === 'mentor_full' ? 'mentor_at_capacity' : 'constraint_violated', {
    details: { path: `locks[${index}]`, lock, problem, ...(rule ? { rule } : {}) },
  });
}

/**
 * The optimal matching of the cohort under the options: locked pairs first (422 naming the
 * first lock that cannot hold), then a maximum-score matching of everyone else.
 */
export function suggestMatches(cohort: Cohort, options: SuggestionOptions): SuggestionResult {
  const { mentors, mentees, leftOut } = buildPool(cohort, options);
  const excludedPairs = new Set(options.excludePairs.map((p) => pairKey(p.mentorId, p.menteeId)));
  for (const rule of cohort.exclusions) {
    if (rule.mentorId && rule.menteeId) excludedPairs.add(pairKey(rule.mentorId, rule.menteeId));
  }
  const mentorIndex = new Map(mentors.map((m, j) => [m.entry.id, j]));
  const menteeIndex = new Map(mentees.map((m, i) => [m.entry.id, i]));
  const room = mentors.map((m) => m.room);
  const lockedMentee = new Set<number>();
  const pairs: SuggestedPair[] = [];

  options.locks.forEach((lock, k) => {
    const j = mentorIndex.get(lock.mentorId);
    const i = menteeIndex.get(lock.menteeId);
    if (j === undefined) refuseLock(k, lock, 'mentor_unavailable');
    if (i === undefined) refuseLock(k, lock, 'mentee_unavailable');
    if (excludedPairs.has(pairKey(lock.mentorId, lock.menteeId))) refuseLock(k, lock, 'excluded');
    if (lockedMentee.has(i)) refuseLock(k, lock, 'duplicate_mentee');
    const mentor = mentors[j] as PoolMentor;
    const mentee = mentees[i] as PoolMentee;
    const scored = scorePair(mentor.solver, mentee.solver);
    if (!scored) {
      refuseLock(
        k,
        lock,
        'infeasible',
        violatedConstraint(mentor.solver, mentee.solver) ?? undefined,
      );
    }
    if ((room[j] as number) <= 0) refuseLock(k, lock, 'mentor_full');
    room[j] = (room[j] as number) - 1;
    lockedMentee.add(i);
    pairs.push({
      mentor,
      mentee,
      score: weightedScore(scored.terms, options.weights),
      terms: scored.terms,
      locked: true,
    });
  });

  // The rest: every feasible, not excluded pair, in mentee then mentor order (an edge list).
  const edgeMentee: number[] = [];
  const edgeMentor: number[] = [];
  const edgeScore: number[] = [];
  const termsOf = new Map<number, ScoreTerms>();
  for (let i = 0; i < mentees.length; i++) {
    if (lockedMentee.has(i)) continue;
    const mentee = mentees[i] as PoolMentee;
    for (let j = 0; j < mentors.length; j++) {
      if ((room[j] as number) <= 0) continue;
      const mentor = mentors[j] as PoolMentor;
      if (excludedPairs.has(pairKey(mentor.entry.id, mentee.entry.id))) continue;
      const scored = scorePair(mentor.solver, mentee.solver);
      if (!scored) continue;
      termsOf.set(edgeMentee.length, scored.terms);
      edgeMentee.push(i);
      edgeMentor.push(j);
      edgeScore.push(weightedScore(scored.terms, options.weights));
    }
  }
  const edges: EdgeList = {
    mentee: Int32Array.from(edgeMentee),
    mentor: Int32Array.from(edgeMentor),
    score: Int32Array.from(edgeScore),
  };
  const solution = solveMatching({ menteeCount: mentees.length, capacities: room, edges });
  // Edges are in mentee order: find each chosen pair's edge for its terms.
  const firstEdgeOf = new Map<number, number>();
  for (let e = edgeMentee.length - 1; e >= 0; e--) firstEdgeOf.set(edgeMentee[e] as number, e);
  for (let p = 0; p < solution.matched; p++) {
    const i = solution.pairs.mentee[p] as number;
    const j = solution.pairs.mentor[p] as number;
    let e = firstEdgeOf.get(i) as number;
    while (edgeMentor[e] !== j) e++;
    pairs.push({
      mentor: mentors[j] as PoolMentor,
      mentee: mentees[i] as PoolMentee,
      score: edgeScore[e] as number,
      terms: termsOf.get(e) as ScoreTerms,
      locked: false,
    });
  }
  pairs.sort(
    (a, b) =>
      Number(b.locked) - Number(a.locked) ||
      b.score - a.score ||
      a.mentee.entry.name.localeCompare(b.mentee.entry.name, 'da'),
  );
  const matchedMentees = new Set(pairs.map((p) => p.mentee.entry.id));
  for (const mentee of mentees) {
    if (matchedMentees.has(mentee.entry.id)) continue;
    leftOut.push({
      side: 'mentee',
      id: mentee.entry.id,
      name: mentee.entry.name,
      reason: 'no_suitable_mentor',
      blockers: [],
      place: null,
    });
  }
  return {
    pairs,
    totalScore: pairs.reduce((sum, p) => sum + p.score, 0),
    unmatchedMenteeIds: cohort.mentees.filter((m) => !matchedMentees.has(m.id)).map((m) => m.id),
    leftOut,
    mentorCount: mentors.length,
    menteeCount: mentees.length,
  };
}
