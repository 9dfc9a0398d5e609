import { describe, expect, it } from 'vitest';
import { InstanceError } from './instance';
import { matchInstance } from './match';
import { loadFixtureS } from './test-support';

describe('matchInstance', () => {
  it('matches S optimally and explains every pair', () => {
    const { instance } = loadFixtureS();
    const result = matchInstance(instance);
    expect(result.optimalScore).toBe(8495);
    expect(result.matched).toBe(196);
    expect(result.pairs).toHaveLength(196);
    expect(result.edgeCount).toBe(1702);
    expect(result.pairs.reduce((sum, pair) => sum + pair.score, 0)).toBe(8495);
    for (const pair of result.pairs) {
      const { base, interests, goals, availability, distance, primaryLanguage } = pair.terms;
      expect(
        base +
          interests.points +
          goals.points +
          availability.points +
          distance.points +
          primaryLanguage.points,
      ).toBe(pair.score);
      expect(pair.mentee).toBe(instance.mentees[pair.menteeIndex]?.id);
      expect(pair.mentor).toBe(instance.mentors[pair.mentorIndex]?.id);
    }
    expect(result.scoringSeconds).toBeGreaterThan(0);
  });

  it('uses given edges without scoring them', () => {
    const { instance, edges } = loadFixtureS();
    const result = matchInstance(instance, { edges });
    expect([result.optimalScore, result.matched, result.scoringSeconds]).toEqual([8495, 196, 0]);
  });

  it('refuses given edges whose scores the profiles contradict', () => {
    const { instance, edges } = loadFixtureS();
    const score = Int32Array.from(edges.score, (s) => (s < 110 ? s + 1 : s));
    expect(() => matchInstance(instance, { edges: { ...edges, score } })).toThrow(InstanceError);
  });
});
