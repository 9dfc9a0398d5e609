import { describe, expect, it } from 'vitest';
import * as contract from '../../../contracts/programs';
import { childCertificateRules, meetingCadences } from './program-enums';

describe('the web copies of the program enums', () => {
  it('match the contract, order included (the order is strictness)', () => {
    expect(childCertificateRules).toEqual(contract.childCertificateRules);
    expect(meetingCadences).toEqual(contract.meetingCadences);
  });
});
