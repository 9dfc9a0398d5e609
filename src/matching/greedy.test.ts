import { describe, expect, it } from 'vitest';
import { greedyMatching } from './greedy';
import { solveMatching } from './solver';
import { checkMatching, edgeList, loadFixtureS } from './test-support';

describe('greedyMatching', () => {
  it('takes edges by descending score, ties in edge order', () => {
    const problem = {
      menteeCount: 3,
      capacities: [1, 1],
      edges: edgeList([
        [0, 0, 50],
        [0, 1, 40],
        [1, 0, 50],
        [2, 1, 45],
      ]),
    };
    const greedy = greedyMatching(problem);
    checkMatching(problem, greedy);
    expect(Array.from(greedy.mentorOfMentee)).toEqual([0, -1, 1]);
    expect(greedy.totalScore).toBe(95);
  });

  it('scores the reference greedy figure on S, below the optimum', () => {
    const { instance, edges } = loadFixtureS();
    const problem = {
      menteeCount: instance.mentees.length,
      capacities: instance.mentors.map((mentor) => mentor.capacity),
      edges,
    };
    const greedy = greedyMatching(problem);
    expect(checkMatching(problem, greedy)).toBe(7988);
    expect(greedy.totalScore).toBeLessThan(solveMatching(problem).totalScore);
  });
});
