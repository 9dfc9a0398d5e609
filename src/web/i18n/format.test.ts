import { describe, expect, it } from 'vitest';
import { formatterFor } from './format';

describe('formatterFor', () => {
  it('says training time as people do, in each language', () => {
    expect(formatterFor('da').duration(30)).toBe('30 minutter');
    expect(formatterFor('da').duration(270)).toBe('4,5 timer');
    expect(formatterFor('en').duration(60)).toBe('1 hour');
  });

  it('formats quantities and ranges through Intl', () => {
    expect(formatterFor('da').quantity(14, 'day')).toBe('14 dage');
    expect(formatterFor('en').range(6, 17, 'year')).toMatch(/^6.17 years$/);
  });
});
