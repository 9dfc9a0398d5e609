import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EdgeList } from './edges';
import { computeEdges } from './scoring';
import { type MatchingProblem, solveMatching } from './solver';
import { checkMatching, edgeList, loadFixtureS } from './test-support';

interface Optimum {
  score: number;
  matched: number;
}

const better = (a: Optimum, b: Optimum): boolean =>
  a.score > b.score || (a.score === b.score && a.matched > b.matched);

/** Tries every assignment: each mentee unmatched or with one of its mentors that has room. */
function bruteForce({ menteeCount, capacities, edges }: MatchingProblem): Optimum {
  const options: [number, number][][] = Array.from({ length: menteeCount }, () => []);
  for (let e = 0; e < edges.mentee.length; e++) {
    options[edges.mentee[e] as number]?.push([edges.mentor[e] as number, edges.score[e] as number]);
  }
  const room = Array.from(capacities);
  let best: Optimum = { score: 0, matched: 0 };
  const visit = (i: number, score: number, matched: number): void => {
    if (i === menteeCount) {
      if (better({ score, matched }, best)) best = { score, matched };
      return;
    }
    visit(i + 1, score, matched);
    for (const [j, s] of options[i] as [number, number][]) {
      if ((room[j] as number) === 0) continue;
      room[j] = (room[j] as number) - 1;
      visit(i + 1, score + s, matched + 1);
      room[j] = (room[j] as number) + 1;
    }
  };
  visit(0, 0, 0);
  return best;
}

/**
 * Dense O(n³) Hungarian method (shortest augmenting paths with potentials, e-maxx style) on the
 * slot-expanded matrix with one private "unmatched" column per mentee: an independent exact
 * method for instances too large to enumerate.
 */
function denseHungarian({ menteeCount: n, capacities, edges }: MatchingProblem): Optimum {
  const slotMentor: number[] = [];
  Array.from(capacities).forEach((c, j) => {
    for (let k = 0; k < c; k++) slotMentor.push(j);
  });
  const m = slotMentor.length + n;
  const weight = new Map<number, number>();
  for (let e = 0; e < edges.mentee.length; e++) {
    const i = edges.mentee[e] as number;
    const s = edges.score[e] as number;
    weight.set(i * capacities.length + (edges.mentor[e] as number), s * (n + 1) + 1);
  }
  const infeasible = 1e12;
  const cost = (i: number, col: number): number => {
    if (col >= slotMentor.length) return col - slotMentor.length === i ? 0 : infeasible;
    const w = weight.get(i * capacities.length + (slotMentor[col] as number));
    return w === undefined ? infeasible : -w;
  };
  // 1-based arrays as in the classic formulation; row 0 / column 0 are sentinels
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const rowOfCol = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    rowOfCol[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = rowOfCol[j0] as number;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - (u[i0] as number) - (v[j] as number);
        if (cur < (minv[j] as number)) {
          minv[j] = cur;
          way[j] = j0;
        }
        if ((minv[j] as number) < delta) {
          delta = minv[j] as number;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[rowOfCol[j] as number] = (u[rowOfCol[j] as number] as number) + delta;
          v[j] = (v[j] as number) - delta;
        } else {
          minv[j] = (minv[j] as number) - delta;
        }
      }
      j0 = j1;
    } while (rowOfCol[j0] !== 0);
    do {
      const j1 = way[j0] as number;
      rowOfCol[j0] = rowOfCol[j1] as number;
      j0 = j1;
    } while (j0 !== 0);
  }
  let total = 0;
  for (let col = 1; col <= slotMentor.length; col++) {
    const i = rowOfCol[col] as number;
    if (i > 0) total -= cost(i - 1, col - 1);
  }
  return { score: Math.floor(total / (n + 1)), matched: total % (n + 1) };
}

/** Random problems: scores drawn from a few values so that equal totals (ties) are common. */
const problems = (maxMentees: number, maxMentors: number): fc.Arbitrary<MatchingProblem> =>
  fc
    .record({
      menteeCount: fc.integer({ min: 0, max: maxMentees }),
      capacities: fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: maxMentors }),
      density: fc.integer({ min: 0, max: 4 }),
      scores: fc.constantFrom<number[]>([10, 11, 20, 21, 22, 30, 110], [10, 20, 30], [10, 11, 12]),
    })
    .chain(({ menteeCount, capacities, density, scores }) =>
      fc
        .array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom(...scores)), {
          minLength: menteeCount * capacities.length,
          maxLength: menteeCount * capacities.length,
        })
        .map((cells) => {
          const triples: [number, number, number][] = [];
          cells.forEach(([presence, score], k) => {
            if (presence < density) {
              triples.push([Math.floor(k / capacities.length), k % capacities.length, score]);
            }
          });
          return { menteeCount, capacities, edges: edgeList(triples) };
        }),
    );

function solveAndCheck(problem: MatchingProblem): Optimum {
  const solution = solveMatching(problem);
  checkMatching(problem, solution);
  return { score: solution.totalScore, matched: solution.matched };
}

describe('solveMatching', () => {
  it('finds the brute-force optimum and tie-break on thousands of small problems', () => {
    fc.assert(
      fc.property(problems(7, 4), (problem) => {
        expect(solveAndCheck(problem)).toEqual(bruteForce(problem));
      }),
      { numRuns: 4000 },
    );
  });

  it('agrees with a dense Hungarian method on larger problems', () => {
    fc.assert(
      fc.property(problems(40, 15), (problem) => {
        expect(solveAndCheck(problem)).toEqual(denseHungarian(problem));
      }),
      { numRuns: 300 },
    );
  });

  it('handles empty sides and problems without edges', () => {
    const none: EdgeList = edgeList([]);
    expect(solveAndCheck({ menteeCount: 0, capacities: [], edges: none })).toEqual({
      score: 0,
      matched: 0,
    });
    expect(solveAndCheck({ menteeCount: 3, capacities: [], edges: none })).toEqual({
      score: 0,
      matched: 0,
    });
    expect(solveAndCheck({ menteeCount: 0, capacities: [2, 1], edges: none })).toEqual({
      score: 0,
      matched: 0,
    });
    expect(solveAndCheck({ menteeCount: 4, capacities: [3, 1], edges: none })).toEqual({
      score: 0,
      matched: 0,
    });
  });

  it('prefers more matched mentees among equal-score matchings', () => {
    // A–X alone scores 20; A–Y plus B–X also scores 20 with two mentees matched
    const problem = {
      menteeCount: 2,
      capacities: [1, 1],
      edges: edgeList([
        [0, 0, 20],
        [0, 1, 10],
        [1, 0, 10],
      ]),
    };
    expect(solveAndCheck(problem)).toEqual({ score: 20, matched: 2 });
  });

  it('leaves a mentee out when that scores more than matching everyone', () => {
    // A–X alone scores 110; A–Y plus B–X scores 100 + 10 = 110 too, so both get matched
    const problem = {
      menteeCount: 2,
      capacities: [1, 1],
      edges: edgeList([
        [0, 0, 110],
        [0, 1, 100],
        [1, 0, 10],
      ]),
    };
    expect(solveAndCheck(problem)).toEqual({ score: 110, matched: 2 });
    // with A–Y worth 90, matching both gives only 100: B stays unmatched
    const sharper = {
      ...problem,
      edges: edgeList([
        [0, 0, 110],
        [0, 1, 90],
        [1, 0, 10],
      ]),
    };
    expect(solveAndCheck(sharper)).toEqual({ score: 110, matched: 1 });
  });

  it('fills a mentor up to its capacity and no further', () => {
    const problem = {
      menteeCount: 4,
      capacities: [3],
      edges: edgeList([
        [0, 0, 50],
        [1, 0, 40],
        [2, 0, 30],
        [3, 0, 60],
      ]),
    };
    const solution = solveMatching(problem);
    checkMatching(problem, solution);
    expect(solution.totalScore).toBe(150);
    expect(Array.from(solution.mentorOfMentee)).toEqual([0, 0, -1, 0]);
  });

  it('rejects edge lists that break their contract', () => {
    const unsorted = {
      mentee: Int32Array.of(1, 0),
      mentor: Int32Array.of(0, 0),
      score: Int32Array.of(10, 10),
    };
    expect(() => solveMatching({ menteeCount: 2, capacities: [1], edges: unsorted })).toThrow(
      'edges.mentee[1]: expected edges sorted by mentee then mentor, each pair once',
    );
    const outside = edgeList([[0, 1, 10]]);
    expect(() => solveMatching({ menteeCount: 1, capacities: [1], edges: outside })).toThrow(
      'edges.mentor[0]: expected a mentor index 0..0',
    );
    expect(() => solveMatching({ menteeCount: 1, capacities: [1.5], edges: edgeList([]) })).toThrow(
      'capacities[0]',
    );
  });

  it('solves the S fixture: 8495 with 196 matched, from the edge file and from the profiles', () => {
    const { instance, edges } = loadFixtureS();
    const capacities = instance.mentors.map((mentor) => mentor.capacity);
    const menteeCount = instance.mentees.length;
    expect(solveAndCheck({ menteeCount, capacities, edges })).toEqual({
      score: 8495,
      matched: 196,
    });
    const scored = computeEdges(instance);
    expect(solveAndCheck({ menteeCount, capacities, edges: scored })).toEqual({
      score: 8495,
      matched: 196,
    });
  });

  it('reports progress up to completion', () => {
    const { instance, edges } = loadFixtureS();
    const calls: [number, number][] = [];
    solveMatching(
      {
        menteeCount: instance.mentees.length,
        capacities: instance.mentors.map((m) => m.capacity),
        edges,
      },
      { onProgress: (done, total) => calls.push([done, total]) },
    );
    expect(calls.at(-1)?.[0]).toBe(calls.at(-1)?.[1]);
  });
});
