import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../training/rules';
import { dueReminders, type ReminderFacts, reminderWindows } from './rules';

const HOUR = 3_600_000;
const deadline = new Date('2026-05-20T10:00:00Z');
const cycleStartedAt = new Date('2026-02-19T10:00:00Z');
const expiresAt = new Date('2027-05-20T10:00:00Z');

const inTraining: ReminderFacts = {
  status: 'in_training',
  deadline,
  cycleStartedAt,
  latestCertificate: null,
};
const certified: ReminderFacts = {
  status: 'certified',
  deadline,
  cycleStartedAt,
  latestCertificate: { id: 'cert-1', expiresAt },
};
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

describe('dueReminders: the deadline', () => {
  it('is due from 3 days before the deadline, naming the round and the deadline', () => {
    expect(dueReminders(inTraining, at(deadline, -3 * DAY_MS))).toEqual([
      { kind: 'deadline', occasion: cycleStartedAt.toISOString(), date: deadline },
    ]);
    expect(dueReminders(inTraining, at(deadline, -HOUR))).toHaveLength(1);
  });

  it('is not due earlier than that', () => {
    expect(dueReminders(inTraining, at(deadline, -3 * DAY_MS - 1))).toEqual([]);
    expect(dueReminders(inTraining, cycleStartedAt)).toEqual([]);
  });

  it('is still due just after the deadline, but not once it is more than a day overdue', () => {
    expect(dueReminders(inTraining, at(deadline, 23 * HOUR))).toHaveLength(1);
    expect(dueReminders(inTraining, at(deadline, DAY_MS))).toHaveLength(1);
    expect(dueReminders(inTraining, at(deadline, DAY_MS + 1))).toEqual([]);
    expect(dueReminders(inTraining, at(deadline, 30 * DAY_MS))).toEqual([]);
  });

  it('counts for a refresher round too, as a new occasion', () => {
    const refresher: ReminderFacts = {
      status: 'recertification_due',
      deadline,
      cycleStartedAt: new Date('2027-04-01T08:00:00Z'),
      latestCertificate: { id: 'cert-1', expiresAt: new Date('2026-05-25T10:00:00Z') },
    };
    // A refresher has started, so the expiring certificate is no longer reminded of.
    expect(dueReminders(refresher, at(deadline, -DAY_MS))).toEqual([
      { kind: 'deadline', occasion: '2027-04-01T08:00:00.000Z', date: deadline },
    ]);
  });

  it('is never due for a certified mentor', () => {
    expect(dueReminders({ ...certified, latestCertificate: null }, deadline)).toEqual([]);
  });
});

describe('dueReminders: the certificate', () => {
  it('is due from 30 days before expiry until it expires, naming the certificate', () => {
    expect(dueReminders(certified, at(expiresAt, -30 * DAY_MS))).toEqual([
      { kind: 'certificate_expiry', occasion: 'cert-1', date: expiresAt },
    ]);
    expect(dueReminders(certified, at(expiresAt, -1))).toHaveLength(1);
  });

  it('is not due earlier, nor once the certificate has expired', () => {
    expect(dueReminders(certified, at(expiresAt, -30 * DAY_MS - 1))).toEqual([]);
    expect(dueReminders(certified, expiresAt)).toEqual([]);
    expect(dueReminders(certified, at(expiresAt, 10 * DAY_MS))).toEqual([]);
  });

  it('is not due once a refresher has started', () => {
    const refresher: ReminderFacts = { ...certified, status: 'recertification_due' };
    expect(dueReminders(refresher, at(expiresAt, -10 * DAY_MS))).toEqual([]);
  });
});

describe('reminderWindows', () => {
  it('covers every moment at which dueReminders answers something', () => {
    const now = new Date('2026-05-18T12:00:00Z');
    const w = reminderWindows(now);
    for (const offset of [-2 * DAY_MS, -DAY_MS, 0, DAY_MS, 3 * DAY_MS, 29 * DAY_MS, 30 * DAY_MS]) {
      const date = at(now, offset);
      const facts: ReminderFacts[] = [
        { ...inTraining, deadline: date },
        { ...certified, latestCertificate: { id: 'c', expiresAt: date } },
      ];
      for (const f of facts) {
        if (dueReminders(f, now).length === 0) continue;
        const inWindow =
          f.status === 'certified'
            ? date > w.expiryFrom && date <= w.expiryTo
            : date >= w.deadlineFrom && date <= w.deadlineTo;
        expect(inWindow).toBe(true);
      }
    }
  });
});
