import { describe, expect, it } from 'vitest';
import { currentMembership } from './OrganisationContext';

const a = { organisationId: 'a', organisationName: 'Mentorforeningen' };
const b = { organisationId: 'b', organisationName: 'Lektiecaféen' };

describe('currentMembership', () => {
  it('takes the only organisation without asking', () => {
    expect(currentMembership([a], null)).toBe(a);
  });

  it('asks a person in several organisations to choose', () => {
    expect(currentMembership([a, b], null)).toBeNull();
  });

  it('remembers the choice', () => {
    expect(currentMembership([a, b], 'b')).toBe(b);
  });

  it('forgets a choice the person no longer belongs to', () => {
    expect(currentMembership([a, b], 'gone')).toBeNull();
    expect(currentMembership([a], 'gone')).toBe(a);
    expect(currentMembership([], 'a')).toBeNull();
  });
});
