import { describe, expect, it } from 'vitest';
import { findPlace, places, searchPlaces } from './gazetteer';

const found = (text: string) => {
  const result = findPlace(text);
  if (result.status !== 'found') throw new Error(`${text}: ${result.status}`);
  return result.place;
};

describe('the Danish gazetteer', () => {
  it('finds a town whatever the case, accents or spelling of æ, ø and å', () => {
    expect(found('Aarhus')).toEqual(found('Århus'));
    expect(found('aarhus').name).toBe('Aarhus');
    expect(found('KØGE')).toEqual(found('Koege'));
    expect(found('Koge').name).toBe('Køge');
    expect(found('Næstved')).toEqual(found('naestved'));
    expect(found('  odense ').name).toBe('Odense');
  });

  it('knows København by its Danish and its English name, with GeoNames’ coordinates', () => {
    const kbh = found('København');
    expect(found('Copenhagen')).toEqual(kbh);
    expect(found('Kobenhavn')).toEqual(kbh);
    expect(kbh).toMatchObject({ latE6: 55675940, lonE6: 12565530 });
  });

  it('reads a postcode and a postal district around the name', () => {
    expect(found('8000 Aarhus C').name).toBe('Aarhus');
    expect(found('5000 Odense C').name).toBe('Odense');
    expect(found('København NV').name).toBe('København');
    // J for Jutland, Sj for Zealand: the two Vibys.
    expect(found('Viby J').municipality).toBe('Aarhus');
    expect(found('Viby Sj').municipality).toBe('Roskilde');
  });

  it('says unknown for a district that is not in the data, rather than guessing', () => {
    expect(findPlace('Nørrebro')).toEqual({ status: 'unknown' });
    expect(findPlace('Atlantis')).toEqual({ status: 'unknown' });
    expect(findPlace('x')).toEqual({ status: 'unknown' });
  });

  it('picks the place of the same-named municipality, and asks which otherwise', () => {
    expect(found('Frederiksberg').municipality).toBe('Frederiksberg');
    const viby = findPlace('Viby');
    expect(viby.status).toBe('ambiguous');
    if (viby.status !== 'ambiguous') return;
    const labels = viby.candidates.map((p) => p.label);
    expect(labels).toContain('Viby (Aarhus)');
    expect(found('Viby (Aarhus)').municipality).toBe('Aarhus');
  });

  it('completes a few letters to places, whole names first', () => {
    const hits = searchPlaces('frederiks');
    expect(hits.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Frederiksberg', 'Frederikssund', 'Frederiksværk']),
    );
    expect(searchPlaces('Odense')[0]?.name).toBe('Odense');
    expect(searchPlaces('kob').map((p) => p.name)).toContain('København');
    expect(searchPlaces('')).toEqual([]);
  });

  it('has unique labels and every place inside Denmark', () => {
    expect(new Set(places.map((p) => p.label)).size).toBe(places.length);
    for (const p of places) {
      expect(p.latE6).toBeGreaterThanOrEqual(54_560_000);
      expect(p.latE6).toBeLessThanOrEqual(57_750_000);
      expect(p.lonE6).toBeGreaterThanOrEqual(8_070_000);
      expect(p.lonE6).toBeLessThanOrEqual(15_200_000);
    }
  });
});
