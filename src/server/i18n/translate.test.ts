import { describe, expect, it } from 'vitest';
import { catalogs, localeFromAcceptLanguage, translate } from './translate';

const { da, en } = catalogs;

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('server locale files', () => {
  it('have the same keys in Danish and English', () => {
    expect(keys(en).sort()).toEqual(keys(da).sort());
  });

  it('fill in parameters', () => {
    expect(translate('en', 'validation.password_length', { min: 10 })).toBe(
      'The password must have at least 10 characters.',
    );
    expect(translate('da', 'errors.unauthenticated')).toBe('Du skal logge ind.');
  });
});

describe('localeFromAcceptLanguage', () => {
  it.each([
    ['en-GB,en;q=0.9', 'en'],
    ['da-DK', 'da'],
    ['de-DE,en;q=0.5,da;q=0.8', 'da'],
    ['fr', null],
    ['en;q=0', null],
    [undefined, null],
  ])('%s → %s', (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });
});
