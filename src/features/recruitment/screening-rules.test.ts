import { describe, expect, it } from 'vitest';
import {
  addMonths,
  breakStart,
  childCertificateState,
  effectiveCertificateStatus,
  mayPassFrom,
  missingItems,
  nextSteps,
  validUntilAfterBreak,
} from './screening-rules';

const at = new Date('2026-06-01T12:00:00Z');
const day = 86_400_000;
const daysAgo = (days: number) => new Date(at.getTime() - days * day);

describe('the child certificate’s steps', () => {
  it('go in order only', () => {
    expect(nextSteps('consent_requested')).toEqual(['consent_given']);
    expect(nextSteps('consent_given')).toEqual(['ordered']);
    expect(nextSteps('ordered')).toEqual(['received_blank', 'received_remarks']);
    for (const s of [
      'received_blank',
      'received_remarks',
      'approved',
      'rejected',
      'lapsed',
    ] as const)
      expect(nextSteps(s)).toEqual([]);
  });

  it('lapse 14 days after consent was requested and not given', () => {
    const cert = { status: 'consent_requested' as const, consentRequestedAt: daysAgo(14) };
    expect(effectiveCertificateStatus(cert, at)).toBe('lapsed');
    expect(effectiveCertificateStatus(cert, new Date(at.getTime() - 1))).toBe('consent_requested');
    expect(effectiveCertificateStatus({ ...cert, status: 'consent_given' }, at)).toBe(
      'consent_given',
    );
  });

  it('count for the renewal period in months, on the same day of the month', () => {
    expect(addMonths(new Date('2026-01-31T10:00:00Z'), 24).toISOString()).toBe(
      '2028-01-31T10:00:00.000Z',
    );
    expect(addMonths(new Date('2026-01-31T10:00:00Z'), 1).toISOString()).toBe(
      '2026-02-28T10:00:00.000Z',
    );
  });

  it('read as the checklist’s state', () => {
    const latest = {
      status: 'received_blank' as const,
      consentRequestedAt: daysAgo(30),
      validUntil: daysAgo(1),
    };
    expect(childCertificateState(true, latest, daysAgo(1), at)).toBe('expired');
    expect(childCertificateState(true, null, null, at)).toBe('missing');
    expect(childCertificateState(false, null, null, at)).toBe('not_required');
    expect(childCertificateState(true, { ...latest, status: 'received_remarks' }, null, at)).toBe(
      'awaiting_decision',
    );
  });
});

describe('the 6-month break', () => {
  it('begins when the last place ended, and not while the person mentors anywhere', () => {
    expect(
      breakStart([
        { stage: 'paused', pausedAt: daysAgo(300), stageChangedAt: daysAgo(300) },
        { stage: 'alumni', pausedAt: null, stageChangedAt: daysAgo(200) },
      ]),
    ).toEqual(daysAgo(200));
    expect(
      breakStart([
        { stage: 'paused', pausedAt: daysAgo(300), stageChangedAt: daysAgo(300) },
        { stage: 'certified', pausedAt: null, stageChangedAt: daysAgo(10) },
      ]),
    ).toBeNull();
    expect(
      breakStart([{ stage: 'applied', pausedAt: null, stageChangedAt: daysAgo(1) }]),
    ).toBeNull();
  });

  it('caps a certificate received before the break at 183 days into it', () => {
    const validUntil = new Date(at.getTime() + 400 * day);
    expect(validUntilAfterBreak(validUntil, daysAgo(500), daysAgo(200))).toEqual(
      new Date(daysAgo(200).getTime() + 183 * day),
    );
    // A certificate received during the break is the new one: it counts in full.
    expect(validUntilAfterBreak(validUntil, daysAgo(10), daysAgo(200))).toEqual(validUntil);
    expect(validUntilAfterBreak(validUntil, daysAgo(500), null)).toEqual(validUntil);
  });
});

describe('passing screening', () => {
  it('names what is missing, in a fixed order', () => {
    const facts = {
      interviewRequired: true,
      referencesRequired: 2,
      childCertificateRequired: true,
      interviewOutcome: 'failed' as const,
      referencesAnswered: 1,
      childCertificateValidUntil: at,
    };
    expect(missingItems(facts, at)).toEqual(['interview', 'references', 'child_certificate']);
    expect(
      missingItems(
        {
          ...facts,
          interviewOutcome: 'passed',
          referencesAnswered: 2,
          childCertificateValidUntil: new Date(at.getTime() + 1),
        },
        at,
      ),
    ).toEqual([]);
  });

  it('is possible from applied and screening, and only once', () => {
    expect(mayPassFrom('applied', null)).toBe(true);
    expect(mayPassFrom('screening', null)).toBe(true);
    expect(mayPassFrom('screening', at)).toBe(false);
    expect(mayPassFrom('nominated', null)).toBe(false);
    expect(mayPassFrom('rejected', null)).toBe(false);
  });
});
