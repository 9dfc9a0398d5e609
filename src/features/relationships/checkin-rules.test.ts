import { describe, expect, it } from 'vitest';
import { checkInSchedule, compareDue, DAY, partiesOf, worstStatus } from './checkin-rules';

const start = new Date('2026-01-01T10:00:00.000Z');
const day = (n: number) => new Date(start.getTime() + n * DAY);
const base = { startedAt: start, menteeAge: 16, childrensProgram: false, hasGuardian: false };

describe('partiesOf', () => {
  it('reaches the mentee side of a child under 15 through the guardian, monthly', () => {
    expect(partiesOf({ menteeAge: 9, childrensProgram: true, hasGuardian: true })).toEqual([
      expect.objectContaining({ party: 'mentor', cadence: 'monthly' }),
      expect.objectContaining({ party: 'mentee', cadence: 'monthly', throughGuardian: true }),
    ]);
  });

  it('adds the guardian quarterly for a teenager', () => {
    const parties = partiesOf({ menteeAge: 16, childrensProgram: false, hasGuardian: true });
    expect(parties.map((p) => [p.party, p.cadence])).toEqual([
      ['mentor', 'monthly'],
      ['mentee', 'monthly'],
      ['guardian', 'quarterly'],
    ]);
  });

  it('has no guardian for an adult mentee in an adults’ program', () => {
    const parties = partiesOf({ menteeAge: 30, childrensProgram: false, hasGuardian: false });
    expect(parties.map((p) => p.party)).toEqual(['mentor', 'mentee']);
  });
});

describe('checkInSchedule', () => {
  const mentorOf = (
    checkIns: { party: 'mentor' | 'mentee' | 'guardian'; date: Date }[],
    now: Date,
  ) => checkInSchedule({ ...base, checkIns, now }).find((p) => p.party === 'mentor');

  it('wants the first check-in by day 14: ok early, due in the last week, overdue after', () => {
    expect(mentorOf([], day(2))).toMatchObject({ nextDueAt: day(14).toISOString(), status: 'ok' });
    expect(mentorOf([], day(8))?.status).toBe('due');
    expect(mentorOf([], day(15))?.status).toBe('overdue');
  });

  it('wants a second check-in by day 30, then one every 30 days after the last', () => {
    expect(mentorOf([{ party: 'mentor', date: day(5) }], day(10))).toMatchObject({
      lastCheckInAt: day(5).toISOString(),
      nextDueAt: day(30).toISOString(),
      status: 'ok',
    });
    const two = [
      { party: 'mentor' as const, date: day(5) },
      { party: 'mentor' as const, date: day(28) },
    ];
    expect(mentorOf(two, day(40))).toMatchObject({
      nextDueAt: day(58).toISOString(),
      status: 'ok',
    });
    expect(mentorOf(two, day(60))?.status).toBe('overdue');
  });

  it('counts a late first check-in as the start of the monthly rhythm', () => {
    expect(mentorOf([{ party: 'mentor', date: day(45) }], day(50))?.nextDueAt).toBe(
      day(75).toISOString(),
    );
  });

  it('wants the guardian every 91 days and counts only check-ins with that side', () => {
    const schedule = checkInSchedule({
      ...base,
      hasGuardian: true,
      checkIns: [{ party: 'mentee', date: day(3) }],
      now: day(95),
    });
    expect(schedule.find((p) => p.party === 'guardian')).toMatchObject({
      nextDueAt: day(91).toISOString(),
      status: 'overdue',
      lastCheckInAt: null,
    });
    expect(schedule.find((p) => p.party === 'mentee')?.lastCheckInAt).toBe(day(3).toISOString());
  });

  it('counts a talk with the guardian of a young child for the mentee side', () => {
    const schedule = checkInSchedule({
      ...base,
      menteeAge: 8,
      childrensProgram: true,
      hasGuardian: true,
      checkIns: [{ party: 'guardian', date: day(4) }],
      now: day(6),
    });
    expect(schedule.find((p) => p.party === 'mentee')).toMatchObject({
      throughGuardian: true,
      lastCheckInAt: day(4).toISOString(),
      nextDueAt: day(30).toISOString(),
    });
  });
});

describe('ordering', () => {
  it('puts overdue before due before ok, and the earliest due first', () => {
    const m = (status: 'ok' | 'due' | 'overdue', due: number) => ({
      status,
      parties: [{ nextDueAt: day(due).toISOString() }],
    });
    const sorted = [m('ok', 1), m('overdue', 9), m('due', 3), m('overdue', 2)].sort(compareDue);
    expect(sorted.map((x) => [x.status, x.parties[0]?.nextDueAt])).toEqual([
      ['overdue', day(2).toISOString()],
      ['overdue', day(9).toISOString()],
      ['due', day(3).toISOString()],
      ['ok', day(1).toISOString()],
    ]);
    expect(worstStatus([{ status: 'ok' }, { status: 'due' }])).toBe('due');
  });
});
