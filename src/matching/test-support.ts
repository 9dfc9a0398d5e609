import { readFileSync } from 'node:fs';
import { type EdgeList, parseEdgeFile } from './edges';
import { type Instance, parseInstance } from './instance';
import type { MatchingProblem, MatchingSolution } from './solver';

/** The S instance of the shared fixtures (seed 20240601): optimum 8495 with 196 matched. */
export function loadFixtureS(): { instance: Instance; edges: EdgeList } {
  const read = (name: string): unknown =>
    JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
  const instance = parseInstance(read('S.json'));
  const edges = parseEdgeFile(
    read('S.edges.json'),
    instance.mentees.length,
    instance.mentors.length,
  );
  return { instance, edges };
}

/** Edge list from [mentee, mentor, score] triples in any order. */
export function edgeList(triples: readonly (readonly [number, number, number])[]): EdgeList {
  const sorted = [...triples].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return {
    mentee: Int32Array.from(sorted, (t) => t[0]),
    mentor: Int32Array.from(sorted, (t) => t[1]),
    score: Int32Array.from(sorted, (t) => t[2]),
  };
}

/**
 * Checks that the solution is a feasible matching whose pairs, total and count agree with each
 * other; returns the total recomputed from the edges.
 */
export function checkMatching(problem: MatchingProblem, solution: MatchingSolution): number {
  const { menteeCount, capacities, edges } = problem;
  const scoreOf = new Map<number, number>();
  for (let e = 0; e < edges.mentee.length; e++) {
    scoreOf.set(
      (edges.mentee[e] as number) * capacities.length + (edges.mentor[e] as number),
      edges.score[e] as number,
    );
  }
  const load = new Array<number>(capacities.length).fill(0);
  const seen = new Set<number>();
  let total = 0;
  const { mentee, mentor } = solution.pairs;
  if (mentee.length !== solution.matched || mentor.length !== solution.matched) {
    throw new Error('pair arrays do not match the matched count');
  }
  for (let p = 0; p < mentee.length; p++) {
    const i = mentee[p] as number;
    const j = mentor[p] as number;
    if (seen.has(i)) throw new Error(`mentee ${i} matched twice`);
    seen.add(i);
    if (p > 0 && (mentee[p - 1] as number) >= i) throw new Error('pairs not by ascending mentee');
    if (solution.mentorOfMentee[i] !== j) throw new Error(`mentorOfMentee[${i}] disagrees`);
    const score = scoreOf.get(i * capacities.length + j);
    if (score === undefined) throw new Error(`(${i}, ${j}) is not an edge`);
    total += score;
    load[j] = (load[j] as number) + 1;
    if ((load[j] as number) > (capacities[j] as number))
      throw new Error(`mentor ${j} over capacity`);
  }
  let assigned = 0;
  for (let i = 0; i < menteeCount; i++) if ((solution.mentorOfMentee[i] as number) >= 0) assigned++;
  if (assigned !== solution.matched) throw new Error('mentorOfMentee disagrees with matched');
  if (total !== solution.totalScore) throw new Error(`total ${total} ≠ ${solution.totalScore}`);
  return total;
}
