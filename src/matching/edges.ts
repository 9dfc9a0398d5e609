import { InstanceError } from './instance';
import { MAX_SCORE, MIN_SCORE } from './scoring';

/**
 * Feasible pairs in columnar form, as in SCORING.md's edge file: sorted by mentee then mentor,
 * each pair at most once.
 */
export interface EdgeList {
  mentee: Int32Array;
  mentor: Int32Array;
  score: Int32Array;
}

export interface EdgeListProblem {
  path: string;
  expectation: string;
}

/** The first way the edge list breaks its contract for these sizes, or null. */
export function findEdgeListProblem(
  edges: EdgeList,
  menteeCount: number,
  mentorCount: number,
  scoreRange: readonly [number, number] = [MIN_SCORE, MAX_SCORE],
): EdgeListProblem | null {
  const { mentee, mentor, score } = edges;
  const n = mentee.length;
  if (mentor.length !== n || score.length !== n) {
    return { path: 'edges', expectation: 'mentee, mentor and score must have the same length' };
  }
  const [minScore, maxScore] = scoreRange;
  let previousMentee = -1;
  let previousMentor = -1;
  for (let k = 0; k < n; k++) {
    const i = mentee[k] as number;
    const j = mentor[k] as number;
    const s = score[k] as number;
    if (i < 0 || i >= menteeCount) {
      return {
        path: `edges.mentee[${k}]`,
        expectation: `expected a mentee index 0..${menteeCount - 1}`,
      };
    }
    if (j < 0 || j >= mentorCount) {
      return {
        path: `edges.mentor[${k}]`,
        expectation: `expected a mentor index 0..${mentorCount - 1}`,
      };
    }
    if (s < minScore || s > maxScore) {
      return {
        path: `edges.score[${k}]`,
        expectation: `expected an integer score ${minScore}..${maxScore}`,
      };
    }
    if (i < previousMentee || (i === previousMentee && j <= previousMentor)) {
      return {
        path: `edges.mentee[${k}]`,
        expectation: 'expected edges sorted by mentee then mentor, each pair once',
      };
    }
    previousMentee = i;
    previousMentor = j;
  }
  return null;
}

/**
 * Reads an edge file (`{"mentee":[...], "mentor":[...], "score":[...]}`) for an instance of the
 * given sizes. Throws InstanceError naming the array and position of the first problem.
 */
export function parseEdgeFile(json: unknown, menteeCount: number, mentorCount: number): EdgeList {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new InstanceError('edges', 'expected a JSON object {mentee, mentor, score}');
  }
  const record = json as Record<string, unknown>;
  const column = (name: 'mentee' | 'mentor' | 'score'): Int32Array => {
    const values = record[name];
    if (!Array.isArray(values)) throw new InstanceError(`edges.${name}`, 'expected an array');
    const out = new Int32Array(values.length);
    for (let k = 0; k < values.length; k++) {
      const value: unknown = values[k];
      if (!Number.isInteger(value) || Math.abs(value as number) > 2 ** 31 - 1) {
        throw new InstanceError(`edges.${name}[${k}]`, 'expected an integer');
      }
      out[k] = value as number;
    }
    return out;
  };
  const edges = { mentee: column('mentee'), mentor: column('mentor'), score: column('score') };
  const problem = findEdgeListProblem(edges, menteeCount, mentorCount);
  if (problem !== null) throw new InstanceError(problem.path, problem.expectation);
  return edges;
}
