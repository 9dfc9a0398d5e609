import type { EdgeList } from './edges';
import { type Instance, InstanceError } from './instance';
import { computeEdges, type ScoreTerms, scorePair } from './scoring';
import { type SolveOptions, solveMatching } from './solver';

export interface MatchedPair {
  menteeIndex: number;
  mentorIndex: number;
  mentee: string;
  mentor: string;
  score: number;
  terms: ScoreTerms;
}

export interface MatchResult {
  optimalScore: number;
  matched: number;
  /** by ascending mentee index */
  pairs: MatchedPair[];
  /** building the solver's graph, solving and extracting the pairs (as solve_ref.py's `seconds`) */
  seconds: number;
  /** scoring all candidate pairs; 0 when the edges were given */
  scoringSeconds: number;
  edgeCount: number;
}

export interface MatchOptions extends SolveOptions {
  /** precomputed feasible pairs (an edge file); scored from the profiles when absent */
  edges?: EdgeList;
  onPhase?: (phase: 'scoring' | 'solving' | 'explaining', detail: string) => void;
}

const elapsedSeconds = (since: number): number => (performance.now() - since) / 1000;

/**
 * A maximum-score matching of the instance (among those, one with the most matched mentees),
 * with each pair's score broken into its terms.
 */
export function matchInstance(instance: Instance, options: MatchOptions = {}): MatchResult {
  const { mentors, mentees } = instance;
  let edges = options.edges;
  let scoringSeconds = 0;
  if (edges === undefined) {
    options.onPhase?.('scoring', `${mentees.length} mentees × ${mentors.length} mentors`);
    const started = performance.now();
    edges = computeEdges(instance);
    scoringSeconds = elapsedSeconds(started);
  }

  options.onPhase?.('solving', `${edges.mentee.length} feasible pairs`);
  const started = performance.now();
  const solution = solveMatching(
    {
      menteeCount: mentees.length,
      capacities: mentors.map((mentor) => mentor.capacity),
      edges,
    },
    options,
  );
  const seconds = elapsedSeconds(started);

  options.onPhase?.('explaining', `${solution.matched} pairs`);
  const pairs: MatchedPair[] = [];
  let edge = 0;
  for (let p = 0; p < solution.matched; p++) {
    const menteeIndex = solution.pairs.mentee[p] as number;
    const mentorIndex = solution.pairs.mentor[p] as number;
    const mentee = mentees[menteeIndex];
    const mentor = mentors[mentorIndex];
    if (mentee === undefined || mentor === undefined) throw new Error('solver returned a bad pair');
    // pairs and edges are both in mentee order: walk forward to this pair's edge
    while (
      (edges.mentee[edge] as number) < menteeIndex ||
      (edges.mentee[edge] === menteeIndex && (edges.mentor[edge] as number) < mentorIndex)
    ) {
      edge++;
    }
    const given = edges.score[edge] as number;
    const explained = scorePair(mentor, mentee);
    if (explained === null || explained.score !== given) {
      throw new InstanceError(
        `edges.score[${edge}]`,
        `the edge file gives ${given} to (mentees[${menteeIndex}] ${mentee.id}, mentors[${mentorIndex}] ${mentor.id}) but the profiles give ${explained === null ? 'no feasible pair' : explained.score}`,
      );
    }
    pairs.push({
      menteeIndex,
      mentorIndex,
      mentee: mentee.id,
      mentor: mentor.id,
      score: explained.score,
      terms: explained.terms,
    });
  }
  return {
    optimalScore: solution.totalScore,
    matched: solution.matched,
    pairs,
    seconds,
    scoringSeconds,
    edgeCount: edges.mentee.length,
  };
}
