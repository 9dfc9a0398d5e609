import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mentorBlockers } from '../../contracts/training';
import { evaluateGate, type GateFacts } from './gate';

const at = new Date('2026-06-01T12:00:00Z');
const day = 86_400_000;
const daysAgo = (days: number) => new Date(at.getTime() - days * day);
const daysAhead = (days: number) => new Date(at.getTime() + days * day);

const ready: GateFacts = {
  training: { completedAt: daysAgo(30), certificateExpiresAt: daysAhead(700) },
  codeOfConduct: { signedAt: daysAgo(31) },
};

const maybeDate = fc.option(
  fc.integer({ min: -1000, max: 1000 }).map((d) => new Date(at.getTime() + d * day)),
  { nil: null },
);
const facts: fc.Arbitrary<GateFacts> = fc.record(
  {
    training: fc.record({ completedAt: maybeDate, certificateExpiresAt: maybeDate }),
    codeOfConduct: fc.record({ signedAt: maybeDate }),
    screening: fc.record({ completedAt: maybeDate }),
    childCertificate: fc.record({ required: fc.boolean(), validUntil: maybeDate }),
  },
  { requiredKeys: ['training', 'codeOfConduct'] },
);

describe('evaluateGate', () => {
  it('lets a trained, certified mentor who signed the code of conduct mentor', () => {
    expect(evaluateGate(ready, at)).toEqual({ eligible: true, blockers: [] });
  });

  it('names every blocker of a new mentor, in the fixed order', () => {
    const result = evaluateGate(
      {
        training: { completedAt: null, certificateExpiresAt: null },
        codeOfConduct: { signedAt: null },
        screening: { completedAt: null },
        childCertificate: { required: true, validUntil: null },
      },
      at,
    );
    expect(result).toEqual({
      eligible: false,
      blockers: [
        'screening_incomplete',
        'child_certificate_missing',
        'training_incomplete',
        'code_of_conduct_unsigned',
      ],
    });
  });

  it('treats absent screening and child-certificate facts as no requirement', () => {
    expect(
      evaluateGate({ ...ready, childCertificate: { required: false, validUntil: null } }, at),
    ).toEqual({ eligible: true, blockers: [] });
    expect(
      evaluateGate({ ...ready, childCertificate: { required: true, validUntil: daysAgo(1) } }, at)
        .blockers,
    ).toEqual(['child_certificate_expired']);
  });

  it('answers screening_incomplete until screening is passed, whatever else holds', () => {
    expect(evaluateGate({ ...ready, screening: { completedAt: null } }, at)).toEqual({
      eligible: false,
      blockers: ['screening_incomplete'],
    });
    expect(evaluateGate({ ...ready, screening: { completedAt: daysAgo(40) } }, at).eligible).toBe(
      true,
    );
  });

  it('answers child_certificate_missing without a counting certificate where one is required', () => {
    expect(
      evaluateGate({ ...ready, childCertificate: { required: true, validUntil: null } }, at)
        .blockers,
    ).toEqual(['child_certificate_missing']);
    expect(
      evaluateGate({ ...ready, childCertificate: { required: false, validUntil: null } }, at)
        .blockers,
    ).toEqual([]);
  });

  it('answers child_certificate_expired from the moment the certificate stops counting', () => {
    const expiring = { ...ready, childCertificate: { required: true, validUntil: at } };
    expect(evaluateGate(expiring, at).blockers).toEqual(['child_certificate_expired']);
    expect(evaluateGate(expiring, new Date(at.getTime() - 1)).eligible).toBe(true);
  });

  it('counts a certificate as expired at the moment it expires', () => {
    const facts = { ...ready, training: { completedAt: daysAgo(730), certificateExpiresAt: at } };
    expect(evaluateGate(facts, at).blockers).toEqual(['certification_expired']);
    expect(evaluateGate(facts, new Date(at.getTime() - 1)).eligible).toBe(true);
  });

  it('is eligible exactly when there are no blockers, and lists each blocker once, in order', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const { eligible, blockers } = evaluateGate(f, at);
        expect(eligible).toBe(blockers.length === 0);
        expect(new Set(blockers).size).toBe(blockers.length);
        const order = blockers.map((b) => mentorBlockers.indexOf(b));
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }),
    );
  });

  it('always answers certification_expired once a completed mentor’s certificate has expired', () => {
    fc.assert(
      fc.property(facts, fc.integer({ min: 0, max: 1000 }), (f, ago) => {
        const expired: GateFacts = {
          ...f,
          training: { completedAt: daysAgo(ago + 1), certificateExpiresAt: daysAgo(ago) },
        };
        const { eligible, blockers } = evaluateGate(expired, at);
        expect(eligible).toBe(false);
        expect(blockers).toContain('certification_expired');
        expect(blockers).not.toContain('training_incomplete');
      }),
    );
  });

  it('always answers training_incomplete without a completion, and never eligible then', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const result = evaluateGate({ ...f, training: { ...f.training, completedAt: null } }, at);
        expect(result.blockers).toContain('training_incomplete');
        expect(result.eligible).toBe(false);
      }),
    );
  });

  it('blocks whenever any single requirement fails, whatever the others are', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const { eligible } = evaluateGate(f, at);
        const trainingOk =
          f.training.completedAt !== null &&
          f.training.completedAt <= at &&
          f.training.certificateExpiresAt !== null &&
          f.training.certificateExpiresAt > at;
        const conductOk = f.codeOfConduct.signedAt !== null && f.codeOfConduct.signedAt <= at;
        const screeningOk = !f.screening || f.screening.completedAt !== null;
        const childOk =
          !f.childCertificate?.required ||
          (f.childCertificate.validUntil !== null && f.childCertificate.validUntil > at);
        expect(eligible).toBe(trainingOk && conductOk && screeningOk && childOk);
      }),
    );
  });

  it('only ever reports blockers about the mentor', () => {
    fc.assert(
      fc.property(facts, (f) => {
        for (const b of evaluateGate(f, at).blockers) expect(mentorBlockers).toContain(b);
      }),
    );
  });
});
