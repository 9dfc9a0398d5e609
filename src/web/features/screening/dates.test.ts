import { describe, expect, it } from 'vitest';
import { dateValueToIso, isoToDateValue, todayValue } from './dates';

describe('date fields', () => {
  const now = new Date(2026, 5, 10, 9, 30);

  it('read today as now, never in the future', () => {
    expect(dateValueToIso(todayValue(now), now)).toBe(now.toISOString());
  });

  it('read an earlier day as its noon, and nothing for an empty field', () => {
    expect(dateValueToIso('2026-06-01', now)).toBe(new Date(2026, 5, 1, 12).toISOString());
    expect(dateValueToIso('', now)).toBeNull();
  });

  it('show an instant on the person’s calendar', () => {
    expect(isoToDateValue(new Date(2026, 0, 31, 23, 0).toISOString())).toBe('2026-01-31');
  });
});
