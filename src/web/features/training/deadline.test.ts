import { describe, expect, it } from 'vitest';
import { deadlineInfo } from './deadline';

describe('deadlineInfo', () => {
  const now = new Date(2026, 11, 8, 10, 0);
  it('counts calendar days left', () => {
    expect(deadlineInfo(new Date(2026, 11, 11, 9, 0).toISOString(), now)).toEqual({
      kind: 'left',
      days: 3,
    });
  });
  it('says today when the deadline is later today', () => {
    expect(deadlineInfo(new Date(2026, 11, 8, 18, 0).toISOString(), now)).toEqual({
      kind: 'today',
    });
  });
  it('says overdue once passed', () => {
    expect(deadlineInfo(new Date(2026, 11, 8, 9, 0).toISOString(), now)).toEqual({
      kind: 'overdue',
    });
  });
});
