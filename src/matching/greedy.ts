// biome-ignore-all lint/style/noNonNullAssertion: typed arrays indexed within bounds fixed at construction

import type { MatchingProblem, MatchingSolution } from './solver';

/**
 * Baseline for the benchmark: take edges by descending score (ties in edge-file order, i.e. by
 * mentee then mentor) whenever both sides still have room. Not optimal.
 */
export function greedyMatching(problem: MatchingProblem): MatchingSolution {
  const { menteeCount, capacities, edges } = problem;
  const E = edges.mentee.length;
  let maxScore = 0;
  for (let e = 0; e < E; e++) maxScore = Math.max(maxScore, edges.score[e]!);
  // counting sort by descending score keeps the edge-file order within a score
  const start = new Int32Array(maxScore + 2);
  for (let e = 0; e < E; e++) start[maxScore - edges.score[e]! + 1]!++;
  for (let b = 0; b <= maxScore; b++) start[b + 1]! += start[b]!;
  const order = new Int32Array(E);
  for (let e = 0; e < E; e++) order[start[maxScore - edges.score[e]!]!++] = e;

  const room = Int32Array.from(capacities);
  const mentorOfMentee = new Int32Array(menteeCount).fill(-1);
  let total = 0;
  let matched = 0;
  for (let t = 0; t < E; t++) {
    const e = order[t]!;
    const i = edges.mentee[e]!;
    const j = edges.mentor[e]!;
    if (mentorOfMentee[i] !== -1 || room[j] === 0) continue;
    mentorOfMentee[i] = j;
    room[j]!--;
    total += edges.score[e]!;
    matched++;
  }
  const pairs = { mentee: new Int32Array(matched), mentor: new Int32Array(matched) };
  for (let i = 0, p = 0; i < menteeCount; i++) {
    if (mentorOfMentee[i]! < 0) continue;
    pairs.mentee[p] = i;
    pairs.mentor[p++] = mentorOfMentee[i]!;
  }
  return { totalScore: total, matched, mentorOfMentee, pairs };
}
