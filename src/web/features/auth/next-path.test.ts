import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it('keeps a path on this site', () => {
    expect(safeNextPath('/members?role=mentor')).toBe('/members?role=mentor');
  });

  it('refuses other origins and loops back to sign-in', () => {
    for (const next of [null, '', 'https://evil.example', '//evil.example', '/\\evil', '/login']) {
      expect(safeNextPath(next)).toBe('/');
    }
  });
});
